import type { PhrasingContent, RootContent } from 'mdast'
import type { Embed } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, notCarried, paragraph, phrasing, safeUrl, str } from '../util.js'

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
