import type { Strong } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attention } from './emphasis.js'

/** Strong: `**…**`. */
export function strong(node: Strong, state: MarkdownState): MdastResult {
  return [{ type: 'strong', children: attention(state, node) }]
}
