// Plain-text dumps of news stories, as scrapers save them, read into a
// validated article: the first line is the headline, the next paragraph the
// standfirst, and the lines a page leaves in the text (image captions and
// credits, promos, "Read more" boxes, sources, debris) are each put where the
// model keeps them, or reported. Nothing the text does not say is invented:
// what it cannot say (addresses, authors, dates) comes from the options.

import { formatPath } from '../core/path.js'
import { type Context, createContext, issue, type Json, type Path, place } from '../markdown/from-mdast.js'
import type { MarkdownIssue } from '../markdown/types.js'
import { excerpt } from '../model/excerpt.js'
import { LIMITS } from '../model/limits.js'
import { normalizeText } from '../model/text.js'
import type { Article, AuthorInput, DateInput, ImageInput, LeadImageInput, Publisher } from '../model/types.js'
import { ArticleValidationError } from '../validate/errors.js'
import { defaultModel } from '../validate/parse.js'
import {
  isAdLabel,
  paragraphsOf,
  READ_MORE_LABELS,
  SOURCES_LABELS,
  type TextLine,
  type TextParagraph,
  takeTrailingDebris,
} from './text-lines.js'
import {
  callToAction,
  figureOf,
  isSubheading,
  isTitle,
  readMoreTitle,
  sourceOf,
  speakerOf,
  statementIntro,
  type TextFigure,
  unquote,
} from './text-rules.js'

/** Options of {@link fromText}: what a plain-text dump cannot say. Each is checked by the model. */
export interface FromTextOptions {
  /** The article's canonical URL, absolute `http:` or `https:`. (default: none) */
  url?: string
  /** The language of the text, a BCP 47 tag (`en-GB`). (default: none) */
  language?: string
  /** The authors; a text dump rarely carries a byline that can be told from the story. (default: none, `authors: []`) */
  authors?: AuthorInput[]
  /** When the story was published, as an ISO 8601 string or a `Date`: `datePublished`. (default: none) */
  date?: DateInput
  /** The publisher. (default: none) */
  publisher?: Omit<Publisher, 'logo'> & { logo?: ImageInput }
  /**
   * The lead image. The text holds at most its caption and credit, never
   * its address: give `url` (and `alt`, which is otherwise `''`). The
   * caption and credit found in the text fill those this object leaves out.
   * Without it, a caption and credit in the text are reported as
   * `url_missing` and the article has no lead image. (default: none)
   */
  image?: Omit<LeadImageInput, 'alt'> & { alt?: string }
  /**
   * Addresses of the titles and promo lines the text names without them,
   * keyed by the title as written (`'Night ferry returns for the summer'`):
   * the titles of a `Read more:` box and of a `Read more: title` line, the
   * `title` of a source, a promo line. A related link without an address
   * is left out and reported (`url_missing`); a promo or a source is kept
   * without one. (default: none)
   */
  links?: Readonly<Record<string, string>>
  /**
   * Receives the report: each thing read (the headline, a promo, a quote…),
   * left out as page debris, or missing from the text, as a `MarkdownIssue`
   * with its line and column, in the order of the text, once the whole text
   * is read and before the article is returned (or the error thrown).
   * (default: none)
   */
  onWarning?: (warning: MarkdownIssue) => void
}

/** What reading builds: the article's input, the report, and where each part was read. */
interface Reading {
  readonly body: Json[]
  readonly related: Json[]
  readonly sources: Json[]
  readonly warnings: MarkdownIssue[]
  readonly context: Context
  readonly links: Readonly<Record<string, string>>
  headline?: string
  standfirst?: string
  figure?: TextFigure
}

/**
 * Read a news story saved as plain text (a scraper's dump) into a validated
 * article, with a report of what was read, what was left out as page debris
 * and what the text lacks.
 *
 * - The first line is the headline; the lines right under it, or else the
 *   next paragraph, the standfirst. Lines without a blank line between them
 *   are one paragraph.
 * - An image caption around a credit line (`© Agency / Photographer`,
 *   `Photo: …`) before the story is the lead image's caption and credit;
 *   its address comes from the `image` option (or the image is reported
 *   missing). Later images are reported and left out.
 * - A short line without final punctuation between paragraphs is a
 *   subheading; a `Read more: title` line or a publisher's call to action
 *   (`Discover our latest podcast`) a promo; a `Read more:` line followed
 *   by titles a related-links box (the article's `related` at the end); a
 *   `Sources used:` line followed by `Outlet: title` lines the sources; the
 *   paragraph after one ending `… stated:` (or `said:`) a quote attributed
 *   to the speaker the text names.
 * - Trailing lines that repeat themselves or an earlier line, advertising
 *   labels and boxes with nothing in them are page debris: left out and
 *   reported.
 *
 * @throws {ArticleValidationError} when the text is not a string, is empty,
 *   is longer than `LIMITS.textLength` or has more paragraphs than
 *   `LIMITS.items`, or when the article (with the options) is not valid.
 * @throws {TypeError} when `links` is not an object.
 *
 * @example
 * import { fromText } from 'articlekit/import'
 *
 * const article = fromText(dump, {
 *   url: 'https://news.example.com/ferry-captain',
 *   image: { url: 'https://images.example.com/marram.jpg', alt: 'The captain on the bridge' },
 *   onWarning: (warning) => console.warn(`${warning.line}: ${warning.code}: ${warning.message}`),
 * })
 */
export function fromText(text: string, options: FromTextOptions = {}): Article {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const links = options.links ?? {}
  if (typeof links !== 'object' || links === null)
    throw new TypeError('Expected `links` to be an object of titles and URLs')
  const paragraphs = readParagraphs(text)
  const reading: Reading = { body: [], related: [], sources: [], warnings: [], context: createContext(), links }
  for (const { at, repeats } of takeTrailingDebris(paragraphs)) {
    const why = repeats === undefined ? 'repeats itself' : `repeats line ${repeats}`
    note(reading, [], 'page_debris', `\`${excerpt(at.text, 60)}\` at the end ${why}: page debris, left out`, at)
  }
  readBody(paragraphs, readHead(paragraphs, reading), reading)
  return validate(reading, options)
}

/** The text's paragraphs, or the error that says why the text cannot be read. */
function readParagraphs(text: unknown): TextParagraph[] {
  const refuse = (path: Path, code: string, message: string) => {
    throw new ArticleValidationError([{ path, code, message }])
  }
  if (typeof text !== 'string')
    return refuse([], 'invalid_type', `Expected the text as a string, not \`${typeof text}\``)
  if (text.length > LIMITS.textLength)
    refuse(
      [],
      'too_large',
      `The text is \`${text.length}\` characters long; at most ${LIMITS.textLength} are read (\`LIMITS.textLength\`)`,
    )
  const paragraphs = paragraphsOf(normalizeText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))
  if (paragraphs.length === 0) refuse(['headline'], 'missing_headline', 'The text has no line to be the headline')
  if (paragraphs.length > LIMITS.items)
    refuse(
      ['body'],
      'too_large',
      `The text has \`${paragraphs.length}\` paragraphs; a body holds at most ${LIMITS.items} (\`LIMITS.items\`)`,
    )
  return paragraphs
}

/** One entry of the report, and where in the article the thing it is about went. */
function note(reading: Reading, path: Path, code: string, message: string, at: TextLine): void {
  reading.warnings.push(issue(path, code, message, { line: at.line, column: 1 }))
}

/** Remember where a part of the article was read, so that the model's issues about it name the line. */
function placed(reading: Reading, path: Path, at: TextLine): Path {
  reading.context.positions.set(formatPath(path), { line: at.line, column: 1 })
  return path
}

/** What the report adds to a promo or a source without an address. */
const NO_URL = ', without a URL: the text has none and `links` gives none'

const words = (paragraph: TextParagraph) => paragraph.map((line) => line.text).join(' ')
const textOf = (value: string) => [{ type: 'text', value }]

/** The headline and the standfirst; returns the index of the first paragraph of the body. */
function readHead(paragraphs: TextParagraph[], reading: Reading): number {
  const [first, ...rest] = paragraphs[0] as TextParagraph
  reading.headline = (first as TextLine).text
  note(
    reading,
    placed(reading, ['headline'], first as TextLine),
    'headline',
    'The first line is the headline',
    first as TextLine,
  )
  const next = rest.length > 0 ? rest : paragraphs[1]
  if (!next || (rest.length === 0 && !isStoryParagraph(next))) return 1
  reading.standfirst = words(next)
  const at = next[0] as TextLine
  const where = rest.length > 0 ? 'The lines under the headline are' : 'The paragraph after the headline is'
  note(reading, placed(reading, ['standfirst'], at), 'standfirst', `${where} the standfirst`, at)
  return rest.length > 0 ? 1 : 2
}

/** Whether a paragraph is the story's own words (the standfirst, a statement): anything but a figure, a promo, a box or debris. */
function isStoryParagraph(paragraph: TextParagraph): boolean {
  if (figureOf(paragraph)) return false
  if (paragraph.length > 1) return true
  const text = (paragraph[0] as TextLine).text
  const lower = text.toLowerCase()
  return !(
    isAdLabel(text) ||
    READ_MORE_LABELS.has(lower) ||
    SOURCES_LABELS.has(lower) ||
    readMoreTitle(text) !== undefined ||
    callToAction(text) !== undefined
  )
}

/** Whether a paragraph is the story's prose (so that a short line before it is a subheading). */
function isProse(paragraph: TextParagraph | undefined): boolean {
  if (!paragraph || !isStoryParagraph(paragraph)) return false
  return paragraph.length > 1 || !isSubheading((paragraph[0] as TextLine).text)
}

/** Add a block to the body where it was read; returns its path. */
function add(reading: Reading, block: Json, at: TextLine): Path {
  reading.body.push(block)
  return placed(reading, ['body', reading.body.length - 1], at)
}

/** The body: each paragraph as what it is, one pass, boxes taking the paragraphs they hold. */
function readBody(paragraphs: TextParagraph[], start: number, reading: Reading): void {
  for (let index = start; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as TextParagraph
    const first = paragraph[0] as TextLine
    const figure = figureOf(paragraph)
    if (figure) {
      readFigure(figure, reading)
      continue
    }
    if (paragraph.length === 1) {
      const lower = first.text.toLowerCase()
      if (isAdLabel(first.text)) {
        note(reading, [], 'page_debris', `\`${first.text}\` is an advertising label: page debris, left out`, first)
        continue
      }
      if (READ_MORE_LABELS.has(lower) || SOURCES_LABELS.has(lower)) {
        index = (READ_MORE_LABELS.has(lower) ? readLinksBox : readSources)(paragraphs, index, reading)
        continue
      }
      if (readPromo(first, reading)) continue
      if (isSubheading(first.text) && isProse(paragraphs[index + 1])) {
        const path = add(reading, { type: 'heading', level: 2, children: textOf(first.text) }, first)
        note(reading, path, 'subheading', `\`${excerpt(first.text, 60)}\` is a subheading`, first)
        continue
      }
    }
    const prose = words(paragraph)
    add(reading, { type: 'paragraph', children: textOf(prose) }, first)
    const next = paragraphs[index + 1]
    if (next && isStoryParagraph(next) && statementIntro(prose) !== undefined) {
      readQuote(next, prose, reading)
      index++
    }
  }
}

/** An image's caption and credit: the lead image's before the story, else left out (the text has no address). */
function readFigure(figure: TextFigure, reading: Reading): void {
  const what = `${figure.caption ? `caption \`${excerpt(figure.caption.text, 60)}\` and ` : ''}credit \`${excerpt(figure.credit.text, 60)}\``
  const at = figure.caption ?? figure.credit
  if (reading.body.length === 0 && reading.figure === undefined) {
    reading.figure = figure
    return
  }
  note(
    reading,
    ['body'],
    'url_missing',
    `An image's ${what} are in the text, its URL is not: the image is left out`,
    at,
  )
}

/** A `Read more: title` line or a call to action as a promo; returns whether the line was one. */
function readPromo(line: TextLine, reading: Reading): boolean {
  const title = readMoreTitle(line.text)
  const kind = title === undefined ? callToAction(line.text) : 'none'
  if (kind === undefined) return false
  const url = linkOf(reading, title ?? line.text)
  const block: Json = { type: 'promo', children: textOf(line.text) }
  if (kind !== 'none') block.kind = kind
  if (url !== undefined) block.url = url
  const path = add(reading, block, line)
  const how = `${kind === 'none' ? '' : ` (\`${kind}\`)`}${url === undefined ? NO_URL : ''}`
  note(reading, path, 'promo', `\`${excerpt(line.text, 60)}\` is a promo${how}`, line)
  return true
}

/** The address `links` gives a title, looked up as an own key only. */
function linkOf(reading: Reading, title: string): string | undefined {
  return Object.hasOwn(reading.links, title) ? reading.links[title] : undefined
}

/** A statement set apart after `… stated:`, as a quote attributed to the speaker the text names. */
function readQuote(paragraph: TextParagraph, intro: string, reading: Reading): void {
  const at = paragraph[0] as TextLine
  const attribution = speakerOf(statementIntro(intro) as string)
  const block: Json = { type: 'quote', children: [{ type: 'paragraph', children: textOf(unquote(words(paragraph))) }] }
  if (attribution) block.attribution = attribution
  const path = add(reading, block, at)
  const who = attribution
    ? `by \`${attribution.name}\`${attribution.title === undefined ? '' : `, \`${attribution.title}\``}`
    : 'without an attribution: the text names no speaker'
  note(reading, path, 'quote', `The paragraph after \`…${excerpt(intro.slice(-40), 40)}\` is a quote ${who}`, at)
}

/** The index of the last paragraph that holds only lines passing `test`, from `index + 1` on. */
function lastHolding(paragraphs: TextParagraph[], index: number, test: (text: string) => boolean): number {
  let last = index
  while (last + 1 < paragraphs.length && (paragraphs[last + 1] as TextParagraph).every((line) => test(line.text)))
    last++
  return last
}

/**
 * A `Read more:` label and the titles under it: the article's `related`
 * when only sources follow, else a `relatedLinks` block. A title without an
 * address is left out and reported; a box with no title is debris. Returns
 * the index of its last paragraph.
 */
function readLinksBox(paragraphs: TextParagraph[], index: number, reading: Reading): number {
  const label = (paragraphs[index] as TextParagraph)[0] as TextLine
  const isLinkTitle = (text: string) =>
    isTitle(text) && readMoreTitle(text) === undefined && callToAction(text) === undefined
  const last = lastHolding(paragraphs, index, isLinkTitle)
  const titles = paragraphs.slice(index + 1, last + 1).flat()
  if (titles.length === 0) {
    note(reading, [], 'page_debris', `\`${label.text}\` with no title under it: page debris, left out`, label)
    return index
  }
  const after = paragraphs[last + 1]
  const atEnd = after === undefined || SOURCES_LABELS.has(((after[0] as TextLine).text ?? '').toLowerCase())
  const links: Json[] = []
  for (const title of titles) {
    const url = linkOf(reading, title.text)
    if (url !== undefined) {
      if (atEnd) placed(reading, ['related', reading.related.length + links.length], title)
      links.push({ title: title.text, url })
    } else {
      const message = `The related article \`${excerpt(title.text, 60)}\` has no URL in the text and none in \`links\`: it is left out`
      note(reading, atEnd ? ['related'] : ['body'], 'url_missing', message, title)
    }
  }
  if (links.length === 0) return last
  if (atEnd) {
    const path = placed(reading, ['related'], label)
    reading.related.push(...links)
    const message = `The \`${label.text}\` box after the story is the related articles (${links.length} of ${titles.length} titles, with their URLs from \`links\`); its label is left out`
    note(reading, path, 'related_links', message, label)
  } else {
    const path = add(reading, { type: 'relatedLinks', label: label.text.slice(0, -1), links }, label)
    note(
      reading,
      path,
      'related_links',
      `The \`${label.text}\` box is a related-links block of ${links.length} of ${titles.length} titles`,
      label,
    )
  }
  return last
}

/** A `Sources used:` label and the `Outlet: title` lines under it, as the sources. Returns the index of its last paragraph. */
function readSources(paragraphs: TextParagraph[], index: number, reading: Reading): number {
  const label = (paragraphs[index] as TextParagraph)[0] as TextLine
  const last = lastHolding(paragraphs, index, (text) => sourceOf(text) !== undefined)
  const lines = paragraphs.slice(index + 1, last + 1).flat()
  if (lines.length === 0)
    note(reading, [], 'page_debris', `\`${label.text}\` with no source under it: page debris, left out`, label)
  for (const line of lines) {
    const { name, title } = sourceOf(line.text) as { name: string; title: string }
    const source: Json = { name, title }
    const url = linkOf(reading, title)
    if (url !== undefined) source.url = url
    const path = placed(reading, ['sources', reading.sources.length], line)
    reading.sources.push(source)
    const how = url === undefined ? NO_URL : ''
    note(reading, path, 'sources', `A source: \`${excerpt(name, 40)}\`, report \`${excerpt(title, 60)}\`${how}`, line)
  }
  return last
}

/** The lead image: the `image` option, with the caption and credit the text gives where it gives none. */
function leadImage(reading: Reading, option: FromTextOptions['image']): Json | undefined {
  const figure = reading.figure
  const given = option !== null && typeof option === 'object'
  if (figure) {
    const what = `${figure.caption ? `caption \`${excerpt(figure.caption.text, 60)}\` and ` : ''}credit \`${excerpt(figure.credit.text, 60)}\``
    const at = figure.caption ?? figure.credit
    if (!given) {
      const message = `The lead image's ${what} are in the text, its URL is not: pass it as \`image: { url }\`; the article has no lead image`
      note(reading, ['image'], 'url_missing', message, at)
      return option as Json | undefined
    }
    placed(reading, ['image'], at)
    const alt = typeof option.alt === 'string' ? '' : ', without alt text (pass `image.alt`)'
    note(reading, ['image'], 'lead_image', `The ${what} are the lead image's${alt}`, at)
    const image: Json = { alt: '', credit: figure.credit.text }
    if (figure.caption) image.caption = textOf(figure.caption.text)
    // The option's fields win; one given as `undefined` leaves the text's.
    for (const [key, value] of Object.entries(option)) if (value !== undefined) image[key] = value
    return image
  }
  return given ? { alt: '', ...option } : (option as Json | undefined)
}

/** Validate with the model; deliver the report in the order of the text; return the article or throw. */
function validate(reading: Reading, options: FromTextOptions): Article {
  const input: Json = { headline: reading.headline, body: reading.body }
  const set = (key: string, value: unknown) => {
    if (value !== undefined) input[key] = value
  }
  if (reading.standfirst !== undefined) input.standfirst = textOf(reading.standfirst)
  set('url', options.url)
  set('language', options.language)
  set('authors', options.authors)
  set('datePublished', options.date)
  set('publisher', options.publisher)
  set('image', leadImage(reading, options.image))
  if (reading.related.length > 0) input.related = reading.related
  if (reading.sources.length > 0) input.sources = reading.sources
  const result = defaultModel().safeParse(input)
  const warnings = reading.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  if (typeof options.onWarning === 'function') for (const warning of warnings) options.onWarning(warning)
  if (!result.success)
    throw new ArticleValidationError(result.error.issues.map((found) => place(found, reading.context)))
  return result.data
}
