import type { Embed } from '../../model/types.js'
import { attributes, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { cls, concat, linkAttributes, safeUrl } from '../util.js'

/**
 * An embed, as a safe link card: title, provider and a link to the media.
 * No third-party script or frame is loaded. A refused URL leaves the card
 * without its link.
 */
export function embed(node: Embed, state: HtmlState): string {
  const href = safeUrl(state, node.url, 'embed', 'url')
  const title = escapeText(typeof node.title === 'string' ? node.title : state.options.labels.embed)
  const heading = href === undefined ? title : `<a${linkAttributes(state, href)}>${title}</a>`
  const provider =
    typeof node.provider === 'string'
      ? ` <span class="${cls(state, 'embed-provider')}">${escapeText(node.provider)}</span>`
      : ''
  const caption = node.caption === undefined ? '' : `<figcaption>${concat(state.all(node, 'caption'))}</figcaption>`
  const kind = typeof node.kind === 'string' ? node.kind : 'other'
  return `<figure${attributes({ id: node.id, class: `${cls(state, 'embed')} ${cls(state, `embed-${kind}`)}` })}><p class="${cls(state, 'embed-link')}">${heading}${provider}</p>${caption}</figure>`
}
