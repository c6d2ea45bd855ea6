import type { Link } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { linkAttributes, safeUrl } from '../util.js'

/** A link; when the URL policy refuses its URL, its text stays, without the link. */
export function link(node: Link, state: HtmlState): string {
  const { scratch } = state.options
  // A link inside a link (possible only in unvalidated input) keeps its text: HTML cannot nest <a>.
  if (scratch.inLink > 0) return state.join(node)
  const href = safeUrl(state, node.url, 'link', 'url')
  scratch.inLink++
  let content: string
  try {
    content = state.join(node)
  } finally {
    scratch.inLink--
  }
  if (href === undefined) return content
  return `<a${linkAttributes(state, href)}${attribute('title', node.title)}>${content}</a>`
}
