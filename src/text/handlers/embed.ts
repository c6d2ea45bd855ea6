import type { Embed } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, join, printable, safeUrl, sentence, withUrl } from '../util.js'

/**
 * An embed: `[Media: title: caption (url)]`, the caption only with
 * `captions`. In speech, only with `captions`: title and caption as a
 * sentence, without the URL.
 */
export function embed(node: Embed, state: TextState): string {
  const { captions, speech, labels } = state.options
  const caption = captions && node.caption !== undefined ? inlineText(state, node, 'caption') : ''
  const text = join([printable(state, node.title), caption], ': ')
  if (speech) return captions && text ? sentence(`${labels.media}: ${text}`) : ''
  const url = safeUrl(state, node.url, 'embed', 'url')
  return fill(state, `[${withUrl(state, text ? `${labels.media}: ${text}` : labels.media, url)}]`)
}
