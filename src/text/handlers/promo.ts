import type { Promo } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, safeUrl, sentence, withUrl } from '../util.js'

/** A promo (furniture, rendered only with `furniture: true`): its text, then its URL as `links` says. */
export function promo(node: Promo, state: TextState): string {
  if (!state.options.furniture) return ''
  const text = inlineText(state, node)
  if (state.options.speech) return sentence(text)
  return fill(state, withUrl(state, text, safeUrl(state, node.url, 'link', 'url')))
}
