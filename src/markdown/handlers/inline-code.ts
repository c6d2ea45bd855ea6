import type { InlineCode } from '../../model/types.js'
import type { MdastResult } from '../types.js'
import { str } from '../util.js'

/** Inline code: `` `…` ``, with as many backticks as its value needs. */
export function inlineCode(node: InlineCode): MdastResult {
  return [{ type: 'inlineCode', value: str(node.value) }]
}
