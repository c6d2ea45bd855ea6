import type { Break } from '../../model/types.js'
import type { TextState } from '../types.js'

/** A line break: a line feed (in speech, where it ends a sentence). */
export function lineBreak(_node: Break, _state: TextState): string {
  return '\n'
}
