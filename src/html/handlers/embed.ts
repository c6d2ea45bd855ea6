import type { Embed } from '../../model/types.js'
import type { EmbedProvider } from '../embeds.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, linkAttributes, ownId, safeUrl } from '../util.js'

/**
 * An embed. By default a safe link card: title, provider and a link to the
 * media, with no third-party frame or script. When the `embeds` option lists
 * a provider that recognises the URL, its player comes first, in a sandboxed,
 * lazily loaded `<iframe>` with a title and a referrer policy; the card stays
 * below it, so the media is reachable without frames too. A refused URL
 * leaves the card without its link.
 */
export function embed(node: Embed, state: HtmlState): string {
  const href = safeUrl(state, node.url, 'embed', 'url')
  const label = typeof node.title === 'string' ? node.title : state.options.labels.embed
  const title = escapeText(label)
  const heading = href === undefined ? title : `<a${linkAttributes(state, href)}>${title}</a>`
  const provider =
    typeof node.provider === 'string'
      ? ` <span class="${cls(state, 'embed-provider')}">${escapeText(node.provider)}</span>`
      : ''
  const caption = node.caption === undefined ? '' : `<figcaption>${state.join(node, 'caption')}</figcaption>`
  const kind = typeof node.kind === 'string' ? node.kind : 'other'
  const frame = href === undefined ? '' : player(state.options.embeds, href, label)
  const id = blockId(state, node.id)
  // A missing kind shows as `other` and a missing title as the label: `null` says they are absent.
  const data = hidden(state, {
    id: ownId(node.id, id),
    kind: typeof node.kind === 'string' ? undefined : null,
    title: typeof node.title === 'string' ? undefined : null,
  })
  return `<figure${attribute('id', id)}${attribute('class', `${cls(state, 'embed')} ${cls(state, `embed-${kind}`)}`)}${data}>${frame}<p class="${cls(state, 'embed-link')}">${heading}${provider}</p>${caption}</figure>`
}

/** The first allowed provider's player for `href`, as an `<iframe>`, or `''`. */
function player(providers: readonly EmbedProvider[], href: string, label: string): string {
  if (providers.length === 0) return ''
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return ''
  }
  for (const provider of providers) {
    const src = provider.player(url)
    if (src === undefined) continue
    return `<iframe${attribute('src', src)}${attribute('title', `${label} (${provider.name})`)}${attribute('width', provider.width)}${attribute('height', provider.height)} loading="lazy"${attribute('sandbox', provider.sandbox)}${attribute('allow', provider.allow)} referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`
  }
  return ''
}
