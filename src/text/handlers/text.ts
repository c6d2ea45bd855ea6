import type { Text } from '../../model/types.js'
import type { TextState } from '../types.js'
import { printable, upper } from '../util.js'

/**
 * Text: its value (stripped of terminal controls and unbalanced bidi controls
 * when the output needs it); in upper case inside a heading of `headings: 'upper'`.
 */
export function text(node: Text, state: TextState): string {
  const value = printable(state, node.value)
  return state.options.scratch.upper ? upper(state, value) : value
}
