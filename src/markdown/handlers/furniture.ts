import type { ListItem as MdastListItem, PhrasingContent, RootContent } from 'mdast'
import type { Aside, Embed, Promo, Pullquote, RelatedLink, RelatedLinks } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, flat, notCarried, paragraph, phrasing, safeUrl, str, withoutLinks } from '../util.js'
import { attributed, figure } from './blocks.js'

/**
 * A pullquote. Reader form: a `>` quote of its words and a final `— Name`
 * line. Lossless form: `:::pullquote` holding the same.
 */
export function pullquote(node: Pullquote, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children)) return fallbackBlock(state, node)
  const children = attributed(state, paragraph(phrasing(state, node)), node.attribution)
  if (!state.options.frontmatter) return [{ type: 'blockquote', children: children as never }]
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
 * An embed. Reader form: a link to the media (its title as the link text,
 * else the URL) followed by the provider in brackets, then the caption.
 * Lossless form: `:::embed{kind provider title}` holding the link and the
 * caption.
 */
export function embed(node: Embed, state: MarkdownState): MdastResult {
  if (state.options.frontmatter && Array.isArray(node.caption) && node.caption.length === 0) {
    return fallbackBlock(state, node)
  }
  const url = safeUrl(state, node.url, 'embed', 'url')
  const reader = !state.options.frontmatter
  const label = typeof node.title === 'string' ? node.title : str(node.url)
  const line: PhrasingContent[] = []
  if (url !== undefined) line.push({ type: 'link', url, title: null, children: [{ type: 'text', value: label }] })
  else if (reader && typeof node.title === 'string') line.push({ type: 'text', value: node.title })
  if (reader && typeof node.provider === 'string') {
    line.push({ type: 'text', value: line.length === 0 ? node.provider : ` (${node.provider})` })
  }
  const children: RootContent[] = line.length === 0 ? [] : [{ type: 'paragraph', children: line }]
  if (node.caption !== undefined) children.push(...paragraph(phrasing(state, node, 'caption')))
  if (reader) {
    notCarried(state, node, ['id', 'kind'])
    return children
  }
  const attributes = attrs({ id: node.id, kind: node.kind, provider: node.provider, title: node.title })
  return [{ type: 'containerDirective', name: DIRECTIVE.embed, attributes, children } as RootContent]
}

/**
 * An aside. Reader form: a `>` quote that opens with the title in bold.
 * Lossless form: `:::aside{tone title}` holding its blocks.
 */
export function aside(node: Aside, state: MarkdownState): MdastResult {
  const children = flat(state, node)
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id', 'tone'])
    if (typeof node.title === 'string') children.unshift(boldLine(node.title))
    return children.length === 0 ? [] : [{ type: 'blockquote', children: children as never }]
  }
  const attributes = attrs({ id: node.id, tone: node.tone, title: node.title })
  return [{ type: 'containerDirective', name: DIRECTIVE.aside, attributes, children } as RootContent]
}

/**
 * A promo. Reader form: its words in bold, as one link when it has a URL
 * (links inside it keep their text). Lossless form: `:::promo{kind url}`
 * holding its words.
 */
export function promo(node: Promo, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children)) return fallbackBlock(state, node)
  const url = node.url === undefined ? undefined : safeUrl(state, node.url, 'link', 'url')
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id', 'kind'])
    // The words become the link's text, so what cannot sit in a link (a footnote reference) is left out.
    const { scratch } = state.options
    if (url !== undefined) scratch.link++
    let words: PhrasingContent[]
    try {
      words = phrasing(state, node)
    } finally {
      if (url !== undefined) scratch.link--
    }
    if (words.length === 0) return []
    const content: PhrasingContent[] =
      url === undefined ? words : [{ type: 'link', url, title: null, children: withoutLinks(words) }]
    return [{ type: 'paragraph', children: [{ type: 'strong', children: content }] }]
  }
  const attributes = attrs({ id: node.id, kind: node.kind, url })
  const children = paragraph(phrasing(state, node))
  return [{ type: 'containerDirective', name: DIRECTIVE.promo, attributes, children } as RootContent]
}

/**
 * A "Read more" box. Reader form: its label in bold (by default the
 * `readMore` label), then a list of links. Lossless form:
 * `:::related{label}` holding the list.
 */
export function relatedLinks(node: RelatedLinks, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.links)) return fallbackBlock(state, node)
  const list: RootContent[] = node.links.length === 0 ? [] : [linkList(state, node.links, 'links')]
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id'])
    if (list.length === 0) return []
    return [boldLine(typeof node.label === 'string' ? node.label : state.options.labels.readMore), ...list]
  }
  if (!node.links.every(plainLink)) return fallbackBlock(state, node)
  const attributes = attrs({ id: node.id, label: node.label })
  return [{ type: 'containerDirective', name: DIRECTIVE.related, attributes, children: list } as RootContent]
}

/** A paragraph of one bold text. */
function boldLine(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }
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
      // The lossless form only gets here with an image of `url` and `alt` (see `plainLink`).
      children.push(...(figure(state, link.image, ...at, index, 'image') as MdastListItem['children']))
    }
    if (typeof link.description === 'string' && link.description !== '')
      children.push({ type: 'paragraph', children: [{ type: 'text', value: link.description }] })
    items.push({ type: 'listItem', spread: false, children })
  })
  return { type: 'list', ordered: false, spread: false, children: items }
}
