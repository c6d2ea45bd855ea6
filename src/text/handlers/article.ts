import { bylineReporting, type CreditGroup, creditGroups, listed, rolePhrase } from '../../core/credits.js'
import { inReadingOrder, numberSources } from '../../core/sources.js'
import type { Article, Author, Correction, Image, RelatedLink, Source } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, formatDate, indented, inlineText, join, printable, safeUrl, sentence, withUrl } from '../util.js'
import { title } from './heading.js'
import { figure } from './image.js'
import { relatedLine } from './related-links.js'

/**
 * The whole article: header, lead image, body, live blog, backstory, corrections,
 * sources, related articles and, in `'footnotes'` mode, the numbered links,
 * separated by blank lines. Each is a part with its own handler (`header`,
 * `leadImage`, `body`, `backstory`, `corrections`, `sources`, `related`,
 * `notes`); `sections` leaves parts out.
 */
export function article(node: Article, state: TextState): string {
  const { sections, scratch } = state.options
  const parts: string[] = []
  if (sections.header) parts.push(state.handle('header', node))
  if (sections.leadImage && node.image) parts.push(state.handle('leadImage', node.image, 'image'))
  if (sections.body) parts.push(state.handle('body', node))
  const live = node.liveBlog
  if (sections.liveBlog && live !== null && typeof live === 'object' && filled(live.updates))
    parts.push(state.handle('liveBlog', live, 'liveBlog'))
  if (sections.backstory && typeof node.backstory === 'string' && node.backstory !== '')
    parts.push(state.handle('backstory', node))
  if (sections.corrections && filled(node.corrections)) parts.push(state.handle('corrections', node))
  if (sections.sources && filled(node.sources)) parts.push(state.handle('sources', node))
  if (sections.related && filled(node.related)) parts.push(state.handle('related', node))
  // Last: every other part has numbered its links by now.
  if (scratch.notes.length > 0) parts.push(state.handle('notes', scratch.notes))
  return join(parts)
}

/**
 * The header: kicker, headline, standfirst, byline, a date line
 * (`DATELINE · date · Updated date`) and the article's audio; the last two
 * left out in speech.
 */
export function header(node: Article, state: TextState): string {
  const { speech, labels } = state.options
  const standfirst = node.standfirst === undefined ? '' : inlineText(state, node, 'standfirst')
  const authors = Array.isArray(node.authors) ? node.authors : []
  const groups = creditGroups(node)
  // The byline also carries additional reporting, so it is written for that alone too.
  const byline =
    authors.length > 0 || groups[0]?.role === 'additionalReporting' ? state.handle('byline', authors, 'authors') : ''
  const credits = groups.some((group) => group.role !== 'additionalReporting') ? state.handle('credits', node) : ''
  const kicker = printable(state, node.kicker)
  if (speech)
    return join(
      [
        sentence(kicker),
        sentence(printable(state, node.headline)),
        sentence(standfirst),
        sentence(byline),
        sentence(credits),
      ],
      ' ',
    )
  const updated = formatDate(state, node.dateModified)
  const dates = join(
    [
      printable(state, node.dateline),
      formatDate(state, node.datePublished) ?? '',
      updated ? `${labels.updated} ${updated}` : '',
    ],
    ' · ',
  )
  const listen = node.audio === undefined ? '' : state.handle('listen', node.audio, 'audio')
  return join([
    join([fill(state, kicker), title(state, printable(state, node.headline), '=')], '\n'),
    fill(state, standfirst),
    join([byline, credits, fill(state, dates), listen], '\n'),
  ])
}

/** "By A, B and C · Additional reporting by D": the authors, then the article's contributors credited with additional reporting. In speech, a sentence each. */
export function byline(authors: Author[], state: TextState): string {
  const { labels } = state.options
  const names = authors.map((author) => printable(state, author?.name)).filter(Boolean)
  const phrases = [names.length === 0 ? '' : `${labels.by} ${nameList(state, names)}`]
  const reporting = bylineReporting(state)
  if (reporting !== undefined) phrases.push(creditPhrase(state, reporting))
  return phraseLine(state, phrases)
}

/**
 * The credit lines of the other contributors, one phrase per role ("Edited by
 * A · Translated by B · Graphics: C"), under the byline. In speech, a
 * sentence each.
 */
export function credits(node: Article, state: TextState): string {
  const groups = creditGroups(node).filter((group) => group.role !== 'additionalReporting')
  return phraseLine(
    state,
    groups.map((group) => creditPhrase(state, group)),
  )
}

/** Phrases on one line, `·` between them; in speech, a sentence each. */
function phraseLine(state: TextState, phrases: readonly string[]): string {
  return state.options.speech ? join(phrases.map(sentence), ' ') : fill(state, join(phrases, ' · '))
}

/** Names as the byline lists them: "A, B and C". */
function nameList(state: TextState, names: readonly string[]): string {
  return listed(names, ', ', ` ${state.options.labels.and} `).join('')
}

/** A role's words and its contributors' names ("Edited by A and B"); `''` when no name is printable. */
function creditPhrase(state: TextState, group: CreditGroup): string {
  const names = group.entries.map((entry) => printable(state, entry.contributor.name)).filter(Boolean)
  return names.length === 0
    ? ''
    : `${printable(state, rolePhrase(state.options.labels, group))} ${nameList(state, names)}`
}

/** The lead image, as an image block renders (`[Image: caption (credit)]`). */
export function leadImage(image: Image, state: TextState): string {
  return figure(image, state)
}

/** The body: its blocks, separated by blank lines; furniture renders nothing unless `furniture` is set. */
export function body(node: Article, state: TextState): string {
  return join(state.all(node, 'body'))
}

/** "Behind the story:", then the backstory as a paragraph (a sentence in speech). */
export function backstory(node: Article, state: TextState): string {
  const { speech, labels } = state.options
  const text = printable(state, node.backstory)
  return speech ? join([sentence(labels.backstory), sentence(text)], ' ') : `${labels.backstory}:\n${fill(state, text)}`
}

/** "Corrections:", then a line per correction: `date: text`. */
export function corrections(node: Article, state: TextState): string {
  return list(state, state.options.labels.corrections, node.corrections, (correction: Correction) =>
    join([formatDate(state, correction.date) ?? '', printable(state, correction.text)], ': '),
  )
}

/** "Sources:", then the sources numbered: `1. Outlet: Title of the report`, with the URL as `links` says. */
export function sources(node: Article, state: TextState): string {
  // In numbered order, which every output shares: the first cited first.
  const given = node.sources ?? []
  const order = numberSources(state, inReadingOrder(state.options.sections)).order
  return list(
    state,
    state.options.labels.sources,
    order.map((index) => given[index] as Source),
    (source: Source, at) =>
      withUrl(
        state,
        join([printable(state, source.name), printable(state, source.title)], ': '),
        state.options.speech ? undefined : safeUrl(state, source.url, 'source', 'sources', order[at] as number, 'url'),
      ),
    true,
  )
}

/** "Related:", then a line per related article: `- Title (url) — description`. */
export function related(node: Article, state: TextState): string {
  return list(state, state.options.labels.related, node.related, (link: RelatedLink, index) =>
    relatedLine(state, link, '', 'related', index),
  )
}

/** In `'footnotes'` mode: "Links:", then `[1] https://…` for every numbered URL. */
export function notes(urls: string[], state: TextState): string {
  return `${state.options.labels.links}:\n${urls.map((url, index) => `[${index + 1}] ${url}`).join('\n')}`
}

function filled(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0
}

/** A labelled list at the end of the article: `Label:` and a line per entry; sentences in speech. */
function list<T>(
  state: TextState,
  label: string,
  entries: T[] | undefined,
  render: (entry: T, index: number) => string,
  numbered = false,
): string {
  const lines: string[] = []
  for (const [index, entry] of (entries ?? []).entries()) {
    if (entry === null || typeof entry !== 'object') continue
    const marker = numbered ? `${index + 1}. ` : '- '
    lines.push(
      state.options.speech
        ? sentence(render(entry, index))
        : indented(state, marker, ' '.repeat(marker.length), () => fill(state, render(entry, index))),
    )
  }
  if (lines.length === 0) return ''
  return state.options.speech ? join([sentence(label), ...lines], ' ') : `${label}:\n${lines.join('\n')}`
}
