import type { Divider } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { withAnchor } from '../util.js'

/** A divider: a thematic break. */
export function divider(node: Divider, state: MarkdownState): MdastResult {
  return withAnchor(state, node, [{ type: 'thematicBreak' }])
}
