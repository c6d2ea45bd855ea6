import type { Strikethrough } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { phrasing } from '../util.js'

/** Strikethrough: GFM `~~…~~`. */
export function strikethrough(node: Strikethrough, state: MarkdownState): MdastResult {
  const { scratch } = state.options
  scratch.strike++
  try {
    return [{ type: 'delete', children: phrasing(state, node) }]
  } finally {
    scratch.strike--
  }
}
