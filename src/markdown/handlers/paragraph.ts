import type { Paragraph } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { fallbackBlock, phrasing, withAnchor } from '../util.js'

/** A paragraph. */
export function paragraphHandler(node: Paragraph, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children) || node.children.length === 0) {
    return state.options.frontmatter ? fallbackBlock(state, node) : []
  }
  const children = phrasing(state, node)
  if (children.length === 0) return []
  return withAnchor(state, node, [{ type: 'paragraph', children }])
}
