import type { Pullquote } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText } from '../util.js'
import { quoted } from './quote.js'

/** A pullquote (furniture, rendered only with `furniture: true`): like a quote. */
export function pullquote(node: Pullquote, state: TextState): string {
  if (!state.options.furniture) return ''
  return quoted(state, () => fill(state, inlineText(state, node)), node.attribution)
}
