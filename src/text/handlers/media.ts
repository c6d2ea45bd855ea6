import type { Embed, Image, ImageBlock } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, join, safeUrl, sentence, str, withUrl } from '../util.js'

/** An image block: `[Image: caption (credit)]` with `captions`, else nothing. */
export function image(node: ImageBlock, state: TextState): string {
  return figure(node, state)
}

/**
 * An image as text: its caption (or, without one, its alt text) and its
 * credit, as `[Image: caption (credit)]`; `Image: caption (credit).` in
 * speech. Nothing without `captions`, or when there is nothing to say.
 */
export function figure(image: Image, state: TextState): string {
  const { captions, speech, labels } = state.options
  if (!captions || image === null || typeof image !== 'object') return ''
  const caption = image.caption === undefined ? str(state, image.alt) : inlineText(image, state, 'caption')
  const credit = str(state, image.credit)
  const text = credit ? join([caption, `(${credit})`], ' ') : caption
  if (text === '') return ''
  return speech ? sentence(`${labels.image}: ${text}`) : fill(state, `[${labels.image}: ${text}]`)
}

/**
 * An embed: `[Media: title: caption (url)]`, the caption only with
 * `captions`. In speech, only with `captions`: title and caption as a
 * sentence, without the URL.
 */
export function embed(node: Embed, state: TextState): string {
  const { captions, speech, labels } = state.options
  const caption = captions && node.caption !== undefined ? inlineText(node, state, 'caption') : ''
  const text = join([str(state, node.title), caption], ': ')
  if (speech) return captions && text ? sentence(`${labels.media}: ${text}`) : ''
  const url = safeUrl(state, node.url, 'embed', 'url')
  return fill(state, `[${withUrl(state, text ? `${labels.media}: ${text}` : labels.media, url)}]`)
}
