import type { Divider } from '../../model/types.js'
import type { TextState } from '../types.js'

/** A divider: `* * *`; nothing in speech. */
export function divider(_node: Divider, state: TextState): string {
  return state.options.speech ? '' : '* * *'
}
