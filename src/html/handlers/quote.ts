import type { Attribution, Quote } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, linkAttributes, ownId, safeUrl } from '../util.js'

/**
 * A quote: `<figure>` holding `<blockquote>` (with `cite` when the
 * attribution has a URL) and a `<figcaption>` that names the speaker.
 */
export function quote(node: Quote, state: HtmlState): string {
  const source = node.attribution ? safeUrl(state, node.attribution.url, 'link', 'attribution', 'url') : undefined
  const body = `<blockquote${attribute('cite', source)}>${state.join(node)}</blockquote>`
  const caption = node.attribution ? `<figcaption>${attribution(state, node.attribution, source)}</figcaption>` : ''
  const id = blockId(state, node.id)
  return `<figure${attribute('id', id)} class="${cls(state, 'quote')}"${hidden(state, { id: ownId(node.id, id) })}>${body}${caption}</figure>`
}

/** "— Name, title": the name in `<cite>` (linked when there is a URL), isolated with `<bdi>`. */
export function attribution(state: HtmlState, value: Attribution, url: string | undefined): string {
  const name = `<bdi>${escapeText(value.name)}</bdi>`
  const linked = url === undefined ? name : `<a${linkAttributes(state, url)}>${name}</a>`
  const title = typeof value.title === 'string' ? `, <bdi>${escapeText(value.title)}</bdi>` : ''
  return `— <cite>${linked}</cite>${title}`
}
