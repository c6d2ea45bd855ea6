import type { Emphasis } from '../../model/types.js'
import type { TextState } from '../types.js'

/** Emphasis: its words, without markers. */
export function emphasis(node: Emphasis, state: TextState): string {
  return state.join(node)
}
