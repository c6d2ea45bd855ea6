import type { PhrasingContent, RootContent } from 'mdast'
import type { Promo } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, notCarried, paragraph, phrasing, safeUrl, withoutLinks } from '../util.js'

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
