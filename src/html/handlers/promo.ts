import type { Promo } from '../../model/types.js'
import { attributes } from '../escape.js'
import type { HtmlState } from '../types.js'
import { cls, linkAttributes, safeUrl } from '../util.js'

/** A promo: an `<aside>` named by the promo label, set apart from the prose; linked when it has a URL. */
export function promo(node: Promo, state: HtmlState): string {
  const kind = typeof node.kind === 'string' ? ` ${cls(state, `promo-${node.kind}`)}` : ''
  const content = state.all(node).join('')
  const href = node.url === undefined ? undefined : safeUrl(state, node.url, 'link', 'url')
  const body = href === undefined ? content : `<a${linkAttributes(state, href)}>${content}</a>`
  return `<aside${attributes({ id: node.id, class: `${cls(state, 'promo')}${kind}`, 'aria-label': state.options.labels.promo })}><p>${body}</p></aside>`
}
