import { creatorPhrase } from '../../core/credits.js'
import type { Image, ImageBlock } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, join, printable, sentence } from '../util.js'

/** An image block: `[Image: caption (credit)]` with `captions`, else nothing. */
export function image(node: ImageBlock, state: TextState): string {
  return figure(node, state)
}

/**
 * An image as text: its caption (or, without one, its alt text) and its
 * credit (the `credit` line, else one made from the `creator`: "Photo: Jane
 * Roe"), as `[Image: caption (credit)]`; `Image: caption (credit).` in
 * speech. Nothing without `captions`, or when there is nothing to say.
 */
export function figure(image: Image, state: TextState): string {
  const { captions, speech, labels } = state.options
  if (!captions || image === null || typeof image !== 'object') return ''
  const caption = image.caption === undefined ? printable(state, image.alt) : inlineText(state, image, 'caption')
  const credit = printable(state, image.credit) || creatorCredit(image, state)
  const text = credit ? join([caption, `(${credit})`], ' ') : caption
  if (text === '') return ''
  return speech ? sentence(`${labels.image}: ${text}`) : fill(state, `[${labels.image}: ${text}]`)
}

/** "Photo: Jane Roe" from the image's creator (the name alone without a role), or `''`. */
function creatorCredit(image: Image, state: TextState): string {
  const phrase = creatorPhrase(state.options.labels, image.creator)
  const name = printable(state, image.creator?.name)
  return phrase === undefined || name === '' ? '' : join([phrase, name], ' ')
}
