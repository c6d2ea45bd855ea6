import type { ListItem as MdastListItem, RootContent } from 'mdast'
import type { RelatedLink, RelatedLinks } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, notCarried, safeUrl, str } from '../util.js'
import { boldLine } from './aside.js'
import { figure } from './image.js'

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
