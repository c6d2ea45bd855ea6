import type { InlineCode } from '../../model/types.js'
import type { TextState } from '../types.js'
import { str } from '../util.js'

/** Inline code: its value, verbatim. */
export function inlineCode(node: InlineCode, state: TextState): string {
  return str(state, node.value)
}
