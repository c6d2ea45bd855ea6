import type { RelatedLink, RelatedLinks } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, linkAttributes, ownId, safeUrl, uniqueId } from '../util.js'

/** A "Read more" box: an `<aside>` named by its label, holding a list of links. */
export function relatedLinks(node: RelatedLinks, state: HtmlState): string {
  const label = typeof node.label === 'string' ? node.label : state.options.labels.readMore
  const labelId = uniqueId(state, cls(state, 'read-more'))
  const links = Array.isArray(node.links) ? node.links : []
  let items = ''
  links.forEach((entry, index) => {
    items += `<li>${relatedLink(state, entry, 'links', index)}</li>`
  })
  const id = blockId(state, node.id)
  // A missing label shows as "Read more": `null` says it is absent.
  const data = hidden(state, { id: ownId(node.id, id), label: typeof node.label === 'string' ? undefined : null })
  return `<aside${attribute('id', id)} class="${cls(state, 'read-more')}"${attribute('aria-labelledby', labelId)}${data}><p${attribute('id', labelId)} class="${cls(state, 'read-more-label')}">${escapeText(label)}</p><ul>${items}</ul></aside>`
}

/** One related article: its title linked, then its description. A refused URL leaves the title unlinked. */
export function relatedLink(state: HtmlState, entry: RelatedLink, ...at: (string | number)[]): string {
  const href = safeUrl(state, entry.url, 'related', ...at, 'url')
  const title = escapeText(entry.title)
  // The teaser's image is not shown in the list.
  const linked =
    href === undefined
      ? title
      : `<a${linkAttributes(state, href)}${hidden(state, { image: entry.image }, ...at)}>${title}</a>`
  const description =
    typeof entry.description === 'string'
      ? ` <span class="${cls(state, 'related-description')}">${escapeText(entry.description)}</span>`
      : ''
  return linked + description
}
