import type { Strikethrough } from '../../model/types.js'
import type { TextState } from '../types.js'

/** Struck-through text: its words, without markers. */
export function strikethrough(node: Strikethrough, state: TextState): string {
  return state.join(node)
}
