import type { PhrasingContent, RootContent } from 'mdast'
import { creatorPhrase } from '../../core/credits.js'
import type { Image, ImageBlock } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, inlineList, notCarried, paragraph, phrasing, safeUrl, str } from '../util.js'

/**
 * An image. Reader form: `![alt](url)`, then the caption and the credit as
 * paragraphs (see `figure`). Lossless form: `![alt](url)` alone in a
 * paragraph; with a caption, credit, creator, size, licence or id, inside
 * `:::figure{…}` with the caption as the paragraph after the image. The
 * creator is four attributes beside `credit`: `creator` (the name),
 * `creatorType` (only when not `Person`), `creatorUrl` and `creatorRole`.
 */
export function image(node: ImageBlock, state: MarkdownState): MdastResult {
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id', 'width', 'height'])
    return figure(state, node)
  }
  if (Array.isArray(node.caption) && node.caption.length === 0) return fallbackBlock(state, node)
  const src = safeUrl(state, node.url, 'image', 'url')
  const picture: RootContent[] =
    src === undefined ? [] : [{ type: 'paragraph', children: [{ type: 'image', url: src, alt: str(node.alt) }] }]
  const caption = node.caption === undefined ? [] : paragraph(phrasing(state, node, 'caption'))
  const attributes = attrs({
    id: node.id,
    width: node.width,
    height: node.height,
    credit: node.credit,
    creditUrl: node.creditUrl === undefined ? undefined : safeUrl(state, node.creditUrl, 'image', 'creditUrl'),
    ...creatorAttributes(state, node.creator),
    license: node.license === undefined ? undefined : safeUrl(state, node.license, 'license', 'license'),
  })
  if (caption.length === 0 && Object.keys(attributes).length === 0) return picture
  return [
    { type: 'containerDirective', name: DIRECTIVE.figure, attributes, children: [...picture, ...caption] as never },
  ]
}

/** The creator as `:::figure` attributes; `type` only when it is not the default, `Person`. */
function creatorAttributes(state: MarkdownState, creator: Image['creator']): Record<string, unknown> {
  if (creator === null || typeof creator !== 'object') return {}
  return {
    creator: creator.name,
    creatorType: creator.type === 'Person' ? undefined : creator.type,
    creatorUrl: creator.url === undefined ? undefined : safeUrl(state, creator.url, 'author', 'creator', 'url'),
    creatorRole: creator.role,
  }
}

/**
 * An image for readers (a body image or the lead image): `![alt](url)`, the
 * caption, and a credit line: the credit (linked to `creditUrl`), else one
 * made from the creator ("Photo: Jane Roe", linked to their page), and a
 * link to the licence.
 */
export function figure(state: MarkdownState, image: Image, ...at: (string | number)[]): RootContent[] {
  const out: RootContent[] = []
  const src = safeUrl(state, image.url, 'image', ...at, 'url')
  if (src !== undefined) out.push({ type: 'paragraph', children: [{ type: 'image', url: src, alt: str(image.alt) }] })
  if (Array.isArray(image.caption)) out.push(...paragraph(inlineList(state, image.caption, [...at, 'caption'])))
  const credit: PhrasingContent[] = []
  if (typeof image.credit === 'string' && image.credit !== '') {
    const text: PhrasingContent = { type: 'text', value: image.credit }
    const url = image.creditUrl === undefined ? undefined : safeUrl(state, image.creditUrl, 'image', ...at, 'creditUrl')
    credit.push(url === undefined ? text : { type: 'link', url, title: null, children: [text] })
  } else credit.push(...creatorCredit(state, image, at))
  const license = image.license === undefined ? undefined : safeUrl(state, image.license, 'license', ...at, 'license')
  if (license !== undefined) {
    if (credit.length > 0) credit.push({ type: 'text', value: ' · ' })
    credit.push({
      type: 'link',
      url: license,
      title: null,
      children: [{ type: 'text', value: state.options.labels.license }],
    })
  }
  return credit.length > 0 ? [...out, { type: 'paragraph', children: credit }] : out
}

/** "Photo: Jane Roe" from the image's creator, the name linked to their page; nothing without a creator to credit. */
function creatorCredit(state: MarkdownState, image: Image, at: (string | number)[]): PhrasingContent[] {
  const { creator } = image
  const phrase = creatorPhrase(state.options.labels, creator)
  if (phrase === undefined || creator === undefined) return []
  const url = creator.url === undefined ? undefined : safeUrl(state, creator.url, 'author', ...at, 'creator', 'url')
  const name: PhrasingContent = { type: 'text', value: creator.name }
  const out: PhrasingContent[] = [url === undefined ? name : { type: 'link', url, title: null, children: [name] }]
  return phrase === '' ? out : [{ type: 'text', value: `${phrase} ` }, ...out]
}
