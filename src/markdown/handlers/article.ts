import type { FootnoteDefinition, PhrasingContent, RootContent } from 'mdast'
import { bylineReporting, type CreditGroup, creditGroups, creditUrl, listed, rolePhrase } from '../../core/credits.js'
import { displayDate } from '../../core/date.js'
import { numberSources } from '../../core/sources.js'
import type { Article, Author, Image, Source } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { escapeJson, flat, notCarried, paragraph, phrasing, safeUrl, str } from '../util.js'
import { toYaml } from '../yaml.js'
import { figure } from './image.js'
import { carriedAsDirectives } from './live-blog.js'
import { linkList } from './related-links.js'

/**
 * The whole article. With `frontmatter: true`: the metadata as YAML front
 * matter, the body, then the live blog as directives. Without: the `header` and `leadImage` parts, the
 * body, then the `liveBlog`, `backstory`, `corrections`, `sources` and `related` parts. Footnote
 * definitions for the cited sources come last.
 */
export function article(node: Article, state: MarkdownState): MdastResult {
  const out: RootContent[] = []
  if (state.options.frontmatter) {
    out.push(...state.handle('frontmatter', node))
    out.push(...state.handle('body', node))
    if (carriedAsDirectives(node.liveBlog)) out.push(...state.handle('liveBlog', node.liveBlog, 'liveBlog'))
  } else {
    out.push(...state.handle('header', node))
    if (typeof node.image === 'object' && node.image !== null)
      out.push(...state.handle('leadImage', node.image, 'image'))
    out.push(...state.handle('body', node))
    const live = node.liveBlog
    if (live !== null && typeof live === 'object' && Array.isArray(live.updates) && live.updates.length > 0)
      out.push(...state.handle('liveBlog', live, 'liveBlog'))
    if (typeof node.backstory === 'string' && node.backstory !== '') out.push(...state.handle('backstory', node))
    if (Array.isArray(node.corrections) && node.corrections.length > 0) out.push(...state.handle('corrections', node))
    if (Array.isArray(node.sources) && node.sources.length > 0) out.push(...state.handle('sources', node))
    if (Array.isArray(node.related) && node.related.length > 0) out.push(...state.handle('related', node))
    notCarried(
      state,
      node,
      Object.keys(node).filter((key) => !SHOWN.has(key) && !(key === 'type' && node.type === 'Article')),
    )
  }
  out.push(...footnotes(state))
  return out
}

/** The body: every block, in order. */
export function body(node: Article, state: MarkdownState): MdastResult {
  return flat(state, node, 'body')
}

/**
 * Every field but `body` as YAML front matter, in the model's order (see
 * `toYaml`), and but `liveBlog` when it is written as directives after the
 * body. Inline content that is one plain text is written as a string (the
 * input shorthand).
 */
export function frontmatter(node: Article, _state: MarkdownState): MdastResult {
  const meta: Record<string, unknown> = {}
  for (const key of Object.keys(node)) {
    if (key === 'body' || (key === 'liveBlog' && carriedAsDirectives(node.liveBlog))) continue
    meta[key] = shorthand((node as unknown as Record<string, unknown>)[key])
  }
  return [{ type: 'yaml', value: toYaml(meta) }]
}

/** Inline content of one plain text as a string, recursively through objects and arrays. */
function shorthand(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const only = value[0] as { type?: unknown; value?: unknown } | undefined
    if (
      value.length === 1 &&
      only?.type === 'text' &&
      typeof only.value === 'string' &&
      only.value !== '' &&
      Object.keys(only).length === 2
    ) {
      return only.value
    }
    return value.map((item) => shorthand(item, depth + 1))
  }
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key]
    copy[key] = key === 'caption' || key === 'standfirst' ? shorthand(field, depth + 1) : field
  }
  return copy
}

/**
 * The header for readers: the kicker in bold, `# Headline`, the standfirst,
 * the byline, the credit lines, the dateline and dates, and a link to the
 * article's audio.
 */
export function header(node: Article, state: MarkdownState): MdastResult {
  const { labels } = state.options
  const out: RootContent[] = []
  // The kicker sits above the headline, in bold, as on the page.
  if (typeof node.kicker === 'string' && node.kicker !== '')
    out.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: node.kicker }] }] })
  out.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: str(node.headline) }] })
  if (node.standfirst !== undefined) out.push(...paragraph(phrasing(state, node, 'standfirst')))
  const groups = creditGroups(node)
  // The byline also carries additional reporting, so it is written for that alone too.
  if ((Array.isArray(node.authors) && node.authors.length > 0) || groups[0]?.role === 'additionalReporting')
    out.push(...state.handle('byline', Array.isArray(node.authors) ? node.authors : [], 'authors'))
  if (groups.some((group) => group.role !== 'additionalReporting')) out.push(...state.handle('credits', node))
  const dates: string[] = []
  if (typeof node.dateline === 'string') dates.push(node.dateline)
  if (typeof node.datePublished === 'string') dates.push(`${labels.published} ${when(node.datePublished, state)}`)
  if (typeof node.dateModified === 'string' && node.dateModified !== node.datePublished)
    dates.push(`${labels.updated} ${when(node.dateModified, state)}`)
  if (dates.length > 0) out.push({ type: 'paragraph', children: [{ type: 'text', value: dates.join(' · ') }] })
  if (node.audio !== undefined) out.push(...state.handle('listen', node.audio, 'audio'))
  return out
}

/** A date as words in the render's locale, at the time the string carries; anything else as it is. */
function when(iso: unknown, state: MarkdownState): string {
  return displayDate(iso, state.options.locale) ?? str(iso)
}

/**
 * "By A, B and C · Additional reporting by D": the authors, each name linked
 * to their page, then the article's contributors credited with additional
 * reporting, linked the same way.
 */
export function byline(authors: Author[], state: MarkdownState): MdastResult {
  const { labels } = state.options
  const names = authors.map((author, index) => {
    const url = author?.url === undefined ? undefined : safeUrl(state, author.url, 'author', index, 'url')
    return personName(str(author?.name), url)
  })
  const phrases: PhrasingContent[][] = []
  if (names.length > 0) phrases.push([{ type: 'text', value: `${labels.by} ` }, ...nameList(state, names)])
  const reporting = bylineReporting(state)
  if (reporting !== undefined) phrases.push(creditPhrase(state, reporting))
  return phraseLine(phrases)
}

/**
 * The credit lines of the other contributors for readers, one phrase per role
 * ("Edited by A · Translated by B · Graphics: C"), each name linked to their
 * page, in a paragraph under the byline.
 */
export function credits(node: Article, state: MarkdownState): MdastResult {
  const groups = creditGroups(node).filter((group) => group.role !== 'additionalReporting')
  return phraseLine(groups.map((group) => creditPhrase(state, group)))
}

/** Phrases in one paragraph, `·` between them; nothing without a phrase. */
function phraseLine(phrases: readonly PhrasingContent[][]): MdastResult {
  if (phrases.length === 0) return []
  const separator: PhrasingContent[] = [{ type: 'text', value: ' · ' }]
  return [
    {
      type: 'paragraph',
      children: merge(phrases.flatMap((phrase, index) => (index > 0 ? [...separator, ...phrase] : phrase))),
    },
  ]
}

/** A name, linked when it has a URL. */
function personName(name: string, url: string | undefined): PhrasingContent {
  const text: PhrasingContent = { type: 'text', value: name }
  return url === undefined ? text : { type: 'link', url, title: null, children: [text] }
}

/** Names as the byline lists them: "A, B and C". */
function nameList(state: MarkdownState, names: readonly PhrasingContent[]): PhrasingContent[] {
  return listed<PhrasingContent>(
    names,
    { type: 'text', value: ', ' },
    { type: 'text', value: ` ${state.options.labels.and} ` },
  ).map((node) => (node.type === 'text' ? { ...node } : node))
}

/** A role's words and its contributors' names, linked: "Edited by A and B". */
function creditPhrase(state: MarkdownState, group: CreditGroup): PhrasingContent[] {
  const names = group.entries.map((entry) => personName(entry.contributor.name, creditUrl(state, entry)))
  return [{ type: 'text', value: `${rolePhrase(state.options.labels, group)} ` }, ...nameList(state, names)]
}

/** The lead image for readers: `![alt](url)`, the caption, and the credit line (see `figure`). */
export function leadImage(image: Image, state: MarkdownState): MdastResult {
  return figure(state, image)
}

/** Corrections for readers: a heading and a list, each entry with its date. */
export function corrections(node: Article, state: MarkdownState): MdastResult {
  const items = (node.corrections ?? []).map((entry) => ({
    type: 'listItem' as const,
    spread: false,
    children: [
      {
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, value: `${when(entry?.date, state)}: ${str(entry?.text)}` }],
      },
    ],
  }))
  return [section(state.options.labels.corrections), { type: 'list', ordered: false, spread: false, children: items }]
}

/** Sources for readers: a "Sources" heading and a numbered list, numbered as the footnotes are. */
export function sources(node: Article, state: MarkdownState): MdastResult {
  const list = node.sources ?? []
  // In numbered order, which every output shares: the first cited first, as the footnotes are numbered.
  const items = numberSources(state, true).order.map((index) => ({
    type: 'listItem' as const,
    spread: false,
    children: [{ type: 'paragraph' as const, children: sourceLine(state, list[index] as Source, index) }],
  }))
  return [
    section(state.options.labels.sources),
    { type: 'list', ordered: true, start: 1, spread: false, children: items },
  ]
}

/** How the story was reported, for readers: a heading and the backstory as a paragraph. */
export function backstory(node: Article, state: MarkdownState): MdastResult {
  return [
    section(state.options.labels.backstory),
    { type: 'paragraph', children: [{ type: 'text', value: str(node.backstory) }] },
  ]
}

/** Related articles for readers: a heading and a list of links. */
export function related(node: Article, state: MarkdownState): MdastResult {
  return [section(state.options.labels.related), linkList(state, node.related ?? [], 'related')]
}

function section(label: string): RootContent {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: label }] }
}

/** "Outlet: title", the title (or, without one, the outlet) linked to the source. */
function sourceLine(state: MarkdownState, source: Source, index: number): PhrasingContent[] {
  const name = str(source?.name)
  const title = typeof source?.title === 'string' ? source.title : undefined
  const url = source?.url === undefined ? undefined : safeUrl(state, source.url, 'source', 'sources', index, 'url')
  const linked = (value: string): PhrasingContent =>
    url === undefined
      ? { type: 'text', value }
      : { type: 'link', url, title: null, children: [{ type: 'text', value }] }
  return merge(title === undefined ? [linked(name)] : [{ type: 'text', value: `${name}: ` }, linked(title)])
}

/** Join adjacent text nodes. */
function merge(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const child of children) {
    const last = out[out.length - 1]
    if (child.type === 'text' && last?.type === 'text') last.value += child.value
    else out.push(child)
  }
  return out
}

/**
 * A footnote definition for each cited source, numbered as its references.
 * A citation of an id no source has gets the id: as `:source{#id}` in the
 * lossless form, so it reads back, and as text for readers.
 */
function footnotes(state: MarkdownState): RootContent[] {
  const sources = Array.isArray(state.article.sources) ? state.article.sources : []
  const { order, numbers } = numberSources(state, true)
  const out: FootnoteDefinition[] = []
  for (const [id, label] of state.options.scratch.footnotes) {
    const number = numbers.get(id)
    const index = number === undefined ? -1 : (order[number - 1] as number)
    const source = sources[index]
    const children: PhrasingContent[] =
      source !== undefined
        ? sourceLine(state, source, index)
        : state.options.frontmatter
          ? [{ type: 'textDirective', name: DIRECTIVE.source, attributes: sourceAttributes(id), children: [] }]
          : [{ type: 'text', value: id }]
    // Parsers without footnotes (marked) read `[^1]: word` as a link definition with `word` as its URL, so a
    // first word with a scheme (`javascript:…`) is set in emphasis, which makes that URL relative.
    const first = children[0]
    if (first?.type === 'text' && /^[a-z][a-z\d+.-]*:/i.test(first.value))
      children[0] = { type: 'emphasis', children: [first] }
    out.push({ type: 'footnoteDefinition', identifier: label, label, children: [{ type: 'paragraph', children }] })
  }
  return out
}

/** `{#id}`, or for an id with `:` (see `escapeJson`), `{json="…"}` with it escaped. */
function sourceAttributes(id: string): Record<string, string> {
  return id.includes(':') ? { json: escapeJson(JSON.stringify(id)) } : { id }
}

/**
 * Metadata the reader form shows, or leaves out on purpose (`embargo`: the
 * render checked it, and once it has lifted it means nothing to a reader).
 * Everything else is reported as `not_carried`.
 */
const SHOWN = new Set([
  'schemaVersion',
  'embargo',
  'kicker',
  'headline',
  'standfirst',
  'authors',
  'contributors',
  'dateline',
  'datePublished',
  'dateModified',
  'image',
  'body',
  'backstory',
  'audio',
  'liveBlog',
  'corrections',
  'sources',
  'related',
])
