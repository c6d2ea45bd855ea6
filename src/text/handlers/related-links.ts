import type { RelatedLink, RelatedLinks } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, join, printable, safeUrl, sentence, withUrl } from '../util.js'

/** A "Read more" box (furniture, rendered only with `furniture: true`): `Read more: title (url)`, a line per link. */
export function relatedLinks(node: RelatedLinks, state: TextState): string {
  if (!state.options.furniture) return ''
  const label = printable(state, node.label) || state.options.labels.readMore
  const links = Array.isArray(node.links) ? node.links : []
  return join(
    links.map((link, index) => relatedLine(state, link, `${label}: `, 'links', index)),
    '\n',
  )
}

/**
 * One related article: `prefix`, its title with its URL as `links` says, and
 * its description after a dash. In speech, title and description as a sentence.
 */
export function relatedLine(state: TextState, link: RelatedLink, prefix: string, ...at: (string | number)[]): string {
  if (link === null || typeof link !== 'object') return ''
  const description = printable(state, link.description)
  const title = printable(state, link.title)
  if (state.options.speech) return sentence(join([prefix + title, description], '. '))
  const url = safeUrl(state, link.url, 'related', ...at, 'url')
  return fill(state, join([prefix + withUrl(state, title, url), description], ' — '))
}
