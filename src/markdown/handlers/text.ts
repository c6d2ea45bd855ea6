import type { Text } from '../../model/types.js'
import type { MdastResult } from '../types.js'
import { str } from '../util.js'

/** Text: an mdast `text` node; mdast-util-to-markdown escapes it where it is written. */
export function text(node: Text): MdastResult {
  return [{ type: 'text', value: str(node.value) }]
}
