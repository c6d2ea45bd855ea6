import type { Image } from '../../model/types.js'
import type { JsonLdNode, JsonLdState } from '../types.js'
import { inlineText, int, nodeOf, nonEmpty, put, stateUrl } from '../util.js'

/**
 * An image as an ImageObject: `url` and `contentUrl` (absolute), `width`,
 * `height`, `caption` as text, `creator` (a Person or Organization, written
 * by the `author` handler), `creditText` (the credit without a leading ©, or
 * without a credit the creator's name), `copyrightNotice` (the credit as
 * written) and `license`. An image whose URL cannot be written is left out
 * (`undefined`).
 */
export function imageObject(image: Image, state: JsonLdState): JsonLdNode | undefined {
  if (image === null || typeof image !== 'object') return undefined
  const url = stateUrl(state, image.url, 'image', 'url')
  if (url === undefined) return undefined
  const node: JsonLdNode = { '@type': 'ImageObject', url, contentUrl: url }
  put(node, 'width', int(image.width))
  put(node, 'height', int(image.height))
  if (Array.isArray(image.caption)) put(node, 'caption', inlineText(state, image, 'caption'))
  const creator =
    image.creator !== null && typeof image.creator === 'object'
      ? nodeOf(state.handle('author', image.creator, 'creator'))
      : undefined
  put(node, 'creator', creator)
  const credit = nonEmpty(image.credit)
  if (credit !== undefined) {
    put(node, 'creditText', nonEmpty(credit.replace(/^\s*©\s*/, '')))
    node.copyrightNotice = credit
  } else put(node, 'creditText', creator?.name)
  put(node, 'license', stateUrl(state, image.license, 'license', 'license'))
  return node
}
