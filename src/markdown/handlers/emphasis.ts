import type { PhrasingContent } from 'mdast'
import type { Emphasis, Strong } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { phrasing } from '../util.js'

/** Emphasis: `*…*`. */
export function emphasis(node: Emphasis, state: MarkdownState): MdastResult {
  return [{ type: 'emphasis', children: attention(state, node) }]
}

export function attention(state: MarkdownState, node: Emphasis | Strong): PhrasingContent[] {
  const { scratch } = state.options
  scratch.attention++
  scratch.marks.push(node.type)
  scratch.nextDirect = true
  try {
    return phrasing(state, node)
  } finally {
    scratch.marks.pop()
    scratch.attention--
  }
}
