import type { PhrasingContent, RootContent } from 'mdast'
import type { Image, ImageBlock } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, inlineList, notCarried, paragraph, phrasing, safeUrl, str } from '../util.js'

/**
 * An image. Reader form: `![alt](url)`, then the caption and the credit as
 * paragraphs (see `figure`). Lossless form: `![alt](url)` alone in a
 * paragraph; with a caption, credit, size, licence or id, inside
 * `:::figure{…}` with the caption as the paragraph after the image.
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
    license: node.license === undefined ? undefined : safeUrl(state, node.license, 'license', 'license'),
  })
  if (caption.length === 0 && Object.keys(attributes).length === 0) return picture
  return [
    { type: 'containerDirective', name: DIRECTIVE.figure, attributes, children: [...picture, ...caption] as never },
  ]
}

/**
 * An image for readers (a body image or the lead image): `![alt](url)`, the
 * caption, and a credit line: the credit (linked to `creditUrl`) and a link
 * to the licence.
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
  }
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
