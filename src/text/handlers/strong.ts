import type { Strong } from '../../model/types.js'
import type { TextState } from '../types.js'

/** Strong text: its words, without markers. */
export function strong(node: Strong, state: TextState): string {
  return state.join(node)
}
