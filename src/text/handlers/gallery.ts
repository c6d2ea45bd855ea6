import type { Gallery } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, join, sentence } from '../util.js'

/**
 * A gallery: each image as an image block renders (`[Image: caption
 * (credit)]`), then `[Gallery: caption]`; a sentence in speech. Like images,
 * nothing without `captions`.
 */
export function gallery(node: Gallery, state: TextState): string {
  const { captions, speech, labels } = state.options
  const caption = captions && node.caption !== undefined ? inlineText(state, node, 'caption') : ''
  const line =
    caption === ''
      ? ''
      : speech
        ? sentence(`${labels.gallery}: ${caption}`)
        : fill(state, `[${labels.gallery}: ${caption}]`)
  return join([...state.all(node), line])
}
