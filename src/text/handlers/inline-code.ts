import type { InlineCode } from '../../model/types.js'
import type { TextState } from '../types.js'
import { printable } from '../util.js'

/** Inline code: its value, verbatim. */
export function inlineCode(node: InlineCode, state: TextState): string {
  return printable(state, node.value)
}
