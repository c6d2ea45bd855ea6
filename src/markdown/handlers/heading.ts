import type { Heading } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { fallbackBlock, phrasing, withAnchor } from '../util.js'

/** A heading: ATX `##` to `######`. */
export function heading(node: Heading, state: MarkdownState): MdastResult {
  let level = node.level
  if (level !== 2 && level !== 3 && level !== 4 && level !== 5 && level !== 6) {
    if (state.options.frontmatter) return fallbackBlock(state, node)
    // Input that skipped validation: the nearest level Markdown has.
    level = (typeof level === 'number' && level > 6 ? 6 : 2) as Heading['level']
  }
  const { scratch } = state.options
  scratch.heading = true
  try {
    return withAnchor(state, node, [{ type: 'heading', depth: level, children: phrasing(state, node) }])
  } finally {
    scratch.heading = false
  }
}
