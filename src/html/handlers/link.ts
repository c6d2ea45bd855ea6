import type { Link } from '../../model/types.js'
import { attributes } from '../escape.js'
import type { HtmlState } from '../types.js'
import { linkAttributes, safeUrl } from '../util.js'

/** A link; when the URL policy refuses its URL, its text stays, without the link. */
export function link(node: Link, state: HtmlState): string {
  const content = state.all(node).join('')
  const href = safeUrl(state, node.url, 'link', 'url')
  if (href === undefined) return content
  return `<a${linkAttributes(state, href)}${attributes({ title: node.title })}>${content}</a>`
}
