import type { Code } from '../../model/types.js'
import type { TextState } from '../types.js'
import { printable } from '../util.js'

/** A code block: its value verbatim, never wrapped. */
export function code(node: Code, state: TextState): string {
  return printable(state, node.value)
}
