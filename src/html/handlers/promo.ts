import type { Promo } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, linkAttributes, ownId, safeUrl } from '../util.js'

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
  const id = blockId(state, node.id)
  // Links inside a linked promo keep only their text: its content is kept for the reader. A promo
  // that is one link looks like a linked one: `url: null` tells them apart.
  const alike =
    href === undefined &&
    Array.isArray(node.children) &&
    node.children.length === 1 &&
    node.children[0]?.type === 'link'
  const data = hidden(state, {
    id: ownId(node.id, id),
    url: alike ? null : undefined,
    children: href !== undefined && holdsLink(node.children) ? node.children : undefined,
  })
  return `<aside${attribute('id', id)}${attribute('class', `${cls(state, 'promo')}${kind}`)}${attribute('aria-label', state.options.labels.promo)}${data}><p>${body}</p></aside>`
}

/** Whether inline content holds a link at any depth. Iterative, so any depth is safe. */
function holdsLink(nodes: unknown): boolean {
  const stack: unknown[] = Array.isArray(nodes) ? [...nodes] : []
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; children?: unknown } | null
    if (node === null || typeof node !== 'object') continue
    if (node.type === 'link') return true
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return false
}
