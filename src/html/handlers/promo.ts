import type { Promo } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, linkAttributes, safeUrl } from '../util.js'

/** A promo: an `<aside>` named by the promo label, set apart from the prose; linked when it has a URL. */
export function promo(node: Promo, state: HtmlState): string {
  const kind = typeof node.kind === 'string' ? ` ${cls(state, `promo-${node.kind}`)}` : ''
  const href = safeUrl(state, node.url, 'link', 'url')
  // The whole promo is the link, so links inside it keep only their text.
  const { scratch } = state.options
  if (href !== undefined) scratch.inLink++
  let content: string
  try {
    content = state.join(node)
  } finally {
    if (href !== undefined) scratch.inLink--
  }
  const body = href === undefined ? content : `<a${linkAttributes(state, href)}>${content}</a>`
  return `<aside${attribute('id', blockId(state, node.id))}${attribute('class', `${cls(state, 'promo')}${kind}`)}${attribute('aria-label', state.options.labels.promo)}><p>${body}</p></aside>`
}
