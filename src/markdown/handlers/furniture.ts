import type { ListItem as MdastListItem, RootContent } from 'mdast'
import type { Aside, Embed, Promo, Pullquote, RelatedLink, RelatedLinks } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, flat, hasAngle, paragraph, phrasing, safeUrl, str } from '../util.js'
import { attributionLine, canAttribute, startsWithDash } from './blocks.js'

/** A pullquote: `:::pullquote` holding its words and a final `— Name` line. */
export function pullquote(node: Pullquote, state: MarkdownState): MdastResult {
  const attribution = node.attribution
  if (
    !Array.isArray(node.children) ||
    hasAngle(node.id) ||
    (attribution === undefined ? startsWithDash(node.children) : !canAttribute(attribution))
  ) {
    return [fallbackBlock(state, node)]
  }
  const children = paragraph(phrasing(state, node))
  if (attribution !== undefined) children.push({ type: 'paragraph', children: attributionLine(state, attribution) })
  return [
    {
      type: 'containerDirective',
      name: DIRECTIVE.pullquote,
      attributes: attrs({ id: node.id }),
      children,
    } as RootContent,
  ]
}

/**
 * An embed: `:::embed{kind provider title}` holding a link to the media (its
 * title as the link text, else the URL) and the caption.
 */
export function embed(node: Embed, state: MarkdownState): MdastResult {
  if (
    (Array.isArray(node.caption) && node.caption.length === 0) ||
    hasAngle(node.id, node.kind, node.provider, node.title)
  ) {
    return [fallbackBlock(state, node)]
  }
  const url = safeUrl(state, node.url, 'embed', 'url')
  const label = typeof node.title === 'string' ? node.title : str(node.url)
  const children: RootContent[] =
    url === undefined
      ? []
      : [
          {
            type: 'paragraph',
            children: [{ type: 'link', url, title: null, children: [{ type: 'text', value: label }] }],
          },
        ]
  if (node.caption !== undefined) children.push(...paragraph(phrasing(state, node, 'caption')))
  const attributes = attrs({ id: node.id, kind: node.kind, provider: node.provider, title: node.title })
  return [{ type: 'containerDirective', name: DIRECTIVE.embed, attributes, children } as RootContent]
}

/** An aside: `:::aside{tone title}` holding its blocks. */
export function aside(node: Aside, state: MarkdownState): MdastResult {
  if (hasAngle(node.id, node.tone, node.title)) return [fallbackBlock(state, node)]
  const attributes = attrs({ id: node.id, tone: node.tone, title: node.title })
  return [{ type: 'containerDirective', name: DIRECTIVE.aside, attributes, children: flat(state, node) } as RootContent]
}

/** A promo: `:::promo{kind url}` holding its words. */
export function promo(node: Promo, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children) || hasAngle(node.id, node.kind, node.url)) return [fallbackBlock(state, node)]
  const url = node.url === undefined ? undefined : safeUrl(state, node.url, 'link', 'url')
  const attributes = attrs({ id: node.id, kind: node.kind, url })
  const children = paragraph(phrasing(state, node))
  return [{ type: 'containerDirective', name: DIRECTIVE.promo, attributes, children } as RootContent]
}

/** A "Read more" box: `:::related{label}` holding a list of links. */
export function relatedLinks(node: RelatedLinks, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.links) || !node.links.every(plainLink) || hasAngle(node.id, node.label)) {
    return [fallbackBlock(state, node)]
  }
  const attributes = attrs({ id: node.id, label: node.label })
  const children: RootContent[] = node.links.length === 0 ? [] : [linkList(state, node.links, 'links')]
  return [{ type: 'containerDirective', name: DIRECTIVE.related, attributes, children } as RootContent]
}

/** Whether a related link reads back from a list item: no empty description, an image with only `url` and `alt`. */
export function plainLink(link: RelatedLink): boolean {
  if (link === null || typeof link !== 'object' || link.description === '') return false
  const image = link.image
  if (image === undefined) return true
  return (
    image !== null && typeof image === 'object' && Object.keys(image).every((key) => key === 'url' || key === 'alt')
  )
}

/** Related links as a list: each item a link, then the image, then the description. */
export function linkList(state: MarkdownState, links: RelatedLink[], ...at: (string | number)[]): RootContent {
  const items: MdastListItem[] = []
  links.forEach((link, index) => {
    // An entry that is not an object (input that skipped validation) has nothing to show.
    if (link === null || typeof link !== 'object') return
    const children: MdastListItem['children'] = []
    const url = safeUrl(state, link.url, 'related', ...at, index, 'url')
    const title = { type: 'text', value: str(link.title) } as const
    children.push({
      type: 'paragraph',
      children: [url === undefined ? title : { type: 'link', url, title: null, children: [title] }],
    })
    if (typeof link.image === 'object' && link.image !== null) {
      const src = safeUrl(state, link.image.url, 'image', ...at, index, 'image', 'url')
      if (src !== undefined)
        children.push({ type: 'paragraph', children: [{ type: 'image', url: src, alt: str(link.image.alt) }] })
    }
    if (typeof link.description === 'string')
      children.push({ type: 'paragraph', children: [{ type: 'text', value: link.description }] })
    items.push({ type: 'listItem', spread: false, children })
  })
  return { type: 'list', ordered: false, spread: false, children: items }
}
