// Web pages into validated articles: the page reader's pipeline. Each step is
// its own module: the limits (`page-limits.ts`), the metadata
// (`page-meta.ts`), the pass that removes the page's furniture and keeps what
// Readability would drop (`page-prepare.ts`), Readability and the body's
// mapping (`page-body.ts`, `html-content.ts`), the merge (`page-merge.ts`),
// and validation here. `fromDocument` works on any DOM and bundles no HTML
// parser; `fromHtml` (`page-html.ts`) parses with linkedom first.

import type { Element as HastElement } from 'hast'
import { fromDom } from 'hast-util-from-dom'
import { type EmbedProvider, embedProviders } from '../html/embeds.js'
import type { Json, Path } from '../markdown/from-mdast.js'
import type { MarkdownIssue } from '../markdown/types.js'
import { LIMITS } from '../model/limits.js'
import type { Article } from '../model/types.js'
import { checkUrl } from '../model/url.js'
import { ArticleValidationError, type ValidationIssue } from '../validate/errors.js'
import { defaultModel } from '../validate/parse.js'
import { readOwnHtml } from './own-html.js'
import { type BodyReading, readBlocks, readBody, readInlines } from './page-body.js'
import { checkPageDocument, type PageLimits, pageLimits } from './page-limits.js'
import { mergePage, samePicture } from './page-merge.js'
import { type PageContext, readPageMetadata } from './page-meta.js'
import { preparePage } from './page-prepare.js'
import { postUrl } from './post-url.js'
import { repair, someNode, textOf } from './repair.js'

/** Options of {@link fromHtml} and {@link fromDocument}: what the page cannot say about itself, and how much of it is read. */
export interface FromHtmlOptions {
  /**
   * The page's own address, absolute `http:` or `https:`: relative URLs are
   * resolved against it (or against the page's `<base href>`, itself resolved
   * against it), and it is the article's canonical URL when the page names
   * none. Without it, relative URLs stay relative. (default: none)
   */
  url?: string
  /**
   * The providers whose players a frame in the page may show: such a frame
   * becomes an embed; any other becomes a link to its address, with a
   * warning. (default: `embedProviders` of `articlekit/html`: YouTube,
   * Vimeo, Spotify and SoundCloud)
   */
  embeds?: readonly EmbedProvider[]
  /** How long and how deep a page may be. (default: `defaultPageLimits`: 5,000,000 characters, 256 levels) */
  limits?: Partial<PageLimits>
  /**
   * Receives the report: where each part of the article was read from, and
   * what was left out and why (furniture by kind with counts, URLs refused,
   * markup the model has no node for), as a `MarkdownIssue` with the path in
   * the article it concerns (no line or column), before the article is
   * returned or the error thrown. (default: none)
   */
  onWarning?: (warning: MarkdownIssue) => void
}

/**
 * Read the article in a web page, given as a DOM `Document` (a browser's
 * `DOMParser`, jsdom, linkedom), into a validated article, with a report of
 * what was read from where and what was left out. The document is not
 * changed: the reader works on a copy.
 *
 * - Metadata (JSON-LD, Open Graph, `<meta>`, `<time>`, microdata, the
 *   visible byline) comes first; Readability's title and byline and the
 *   page's `<h1>` fill in what it lacks.
 * - Navigation, the page's header and footer, share bars, ads, newsletter
 *   boxes, cookie banners, comments and hidden elements are left out.
 * - The body keeps headings, paragraphs, lists, quotes with their
 *   attribution, figures with caption and credit (the largest `srcset`
 *   candidate, lazy images included), tables, code, embeds of allowed
 *   players and social posts, emphasis, links and code; "Read more" and
 *   "Related" boxes become `related`, a "Sources" list `sources`.
 * - Every URL is resolved and goes through the model's URL rule; no HTML
 *   reaches the article.
 * - A page `toHtml` or `toHtmlDocument` wrote (an `<article class="ak-article">`
 *   with its `data-ak` mark, anywhere in the page) is read back whole
 *   instead, by its marks: the same article, nothing resolved or repaired.
 *
 * @throws {ArticleValidationError} when the page has no headline or no
 *   article text, is longer or deeper than `limits`, is not a document, or
 *   when the article read is not valid.
 * @throws {TypeError} when `url`, `embeds` or `limits` are not what they should be.
 *
 * @example
 * import { fromDocument } from 'articlekit/import'
 *
 * const page = new DOMParser().parseFromString(html, 'text/html')
 * const article = fromDocument(page, {
 *   url: 'https://news.example.com/2026/ferry',
 *   onWarning: (warning) => console.warn(`${warning.code}: ${warning.message}`),
 * })
 */
export function fromDocument(document: Document, options: FromHtmlOptions = {}): Article {
  return readPage(document, options, false)
}

/**
 * `fromDocument`, or, with `parsed`, the reading of a document `fromHtml` has
 * just parsed from HTML `checkPageHtml` passed: nobody else holds it, so it is
 * read in place rather than on a copy (Readability and the furniture pass
 * change the document they read, and a copy costs a tenth to a quarter of the
 * whole reading), and its text is not measured again.
 */
export function readPage(document: Document, options: FromHtmlOptions | null, parsed: boolean): Article {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const limits = pageLimits(options.limits)
  const url = pageUrl(options.url)
  const embeds = options.embeds ?? embedProviders
  if (!Array.isArray(embeds)) throw new TypeError('Expected `embeds` to be an array of embed providers')
  checkPageDocument(document, limits, parsed)
  const warnings: MarkdownIssue[] = []
  // A page has no lines: each entry of the report is a path, a code and a message.
  const warn = (code: string, path: Path, message: string) => {
    warnings.push({ path, code, message })
  }
  // articlekit's own HTML (what `toHtml` and `toHtmlDocument` write) is read whole, by its marks.
  const own = document.querySelector('article.ak-article[data-ak]')
  if (own !== null) return readOwnPage(own, warn, warnings, options.onWarning)
  // Readability changes the document it reads: everything below works on a copy, unless it is ours.
  const clone = parsed ? document : (document.cloneNode(true) as Document)
  const base = baseOf(clone, url)
  const context: PageContext = { url, base, warn: (code, path, message) => warn(code, [...path], message) }
  const metadata = readPageMetadata(clone, context)
  const reading: BodyReading = {
    warn: (code, message) => warn(code, ['body'], message),
    url: (value, kind) => readUrl(value, base, kind, warn),
    embeds,
  }
  const prepared = preparePage(clone, (value) => readUrl(value, base, 'link', warn), metadata.paidParts)
  for (const [kind, count] of prepared.furniture)
    warn('page_furniture', [], `Page furniture left out: ${kind} (${count})`)
  if (prepared.flattened > 0)
    warn(
      'deep_markup',
      ['body'],
      `Markup nested more than ${LIMITS.blockDepth} levels below the body is read as its text (${prepared.flattened})`,
    )
  const body = readBody(clone, reading)
  // The byline line the furniture pass left out is the one Readability would have read.
  if (body.byline === undefined && prepared.byline) body.byline = prepared.byline
  // The key points open the body, where the page shows them, when Readability found a body.
  if (prepared.keyPoints && body.blocks.length > 0) body.blocks.unshift(...readBlocks(prepared.keyPoints, reading))
  // The lead figure above the story, when Readability left it out, opens the body; the lead image may take it.
  if (prepared.leadFigure && body.blocks.length > 0)
    addLeadFigure(body.blocks, prepared.leadFigure, reading, base, warn)
  const standfirst = prepared.standfirst ? readInlines(prepared.standfirst, reading) : undefined
  const input = mergePage({ metadata, body, prepared, standfirst, url }, warn)
  return validatePage(input, warnings, warn, options.onWarning)
}

/**
 * The lead figure above the story (`takeLeadFigure`) at the body's start, when Readability left its
 * picture out: only its image, with caption and credit (the figure's other elements are the page's
 * layout). The lead image's merge takes it when it shows the metadata's picture.
 */
function addLeadFigure(
  blocks: Json[],
  figure: Element,
  reading: BodyReading,
  base: string | undefined,
  warn: (code: string, path: Path, message: string) => void,
): void {
  // Read once, its report held back: a figure the body holds already would report its URLs twice.
  const held: (() => void)[] = []
  const image = readBlocks(figure, {
    ...reading,
    warn: (code, message) => held.push(() => reading.warn(code, message)),
    url: (value, kind) => readUrl(value, base, kind, (...report) => held.push(() => warn(...report))),
  }).find((block) => block.type === 'image')
  if (image === undefined || holdsPicture(blocks, image)) return
  blocks.unshift(image)
  for (const report of held) report()
  warn(
    'lead_figure',
    ['body'],
    'The picture above the story, which the body lacked, opens it with its caption and credit',
  )
}

/** Whether the body's blocks show the picture of an image block. */
function holdsPicture(blocks: Json[], image: Json): boolean {
  const url = String(image.url)
  return someNode(blocks, (node) => node.type === 'image' && typeof node.url === 'string' && samePicture(node.url, url))
}

/** The `url` option, checked: an absolute `http:` or `https:` URL, or `undefined`. */
function pageUrl(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || checkUrl(value, true) !== undefined)
    throw new TypeError(
      `Expected \`url\` to be an absolute http: or https: URL such as \`https://news.example.com/story\`, got \`${String(value)}\``,
    )
  return value
}

/** The base for relative URLs: the page's `<base href>` resolved against `url`, else `url`. */
function baseOf(document: Document, url: string | undefined): string | undefined {
  const href = document.querySelector('base[href]')?.getAttribute('href')?.trim()
  if (!href) return url
  try {
    const base = new URL(href, url).href
    return checkUrl(base, true) === undefined ? base : url
  } catch {
    return url
  }
}

/** A URL of the page, resolved against the base and checked by the model's rule; `undefined` after a warning when it cannot be kept. */
function readUrl(
  value: string,
  base: string | undefined,
  kind: 'link' | 'image',
  warn: (code: string, path: Path, message: string) => void,
): string | undefined {
  // A fragment Readability resolved against the copy's blank base: a link inside the page.
  const given = value.startsWith('about:blank#') ? value.slice('about:blank'.length) : value
  const found = postUrl(given, base)
  if ('url' in found) return found.url
  const what = kind === 'link' ? 'A link is kept as its text' : 'An image is left out'
  warn('url_refused', ['body'], `${what}: ${found.problem}`)
  return undefined
}

/** Validate the input, repairing what the model refuses; report; refuse a page without an article. */
function validatePage(
  input: Json,
  warnings: readonly MarkdownIssue[],
  warn: (code: string, path: Path, message: string) => void,
  onWarning: FromHtmlOptions['onWarning'],
): Article {
  const problems: ValidationIssue[] = []
  if (input.headline === undefined)
    problems.push({
      path: ['headline'],
      code: 'missing_headline',
      message: 'The page has no headline: no title in its metadata, no `<title>` and no `<h1>`',
    })
  if (!hasText(input.body as Json[]))
    problems.push({
      path: ['body'],
      code: 'no_article',
      message: 'The page holds no article text: Readability found no body of text in it',
    })
  const model = defaultModel()
  let result = model.safeParse(input)
  for (let round = 0; problems.length === 0 && !result.success && round < 20; round++) {
    if (!repair(input, result.error.issues, warn)) break
    result = model.safeParse(input)
  }
  if (typeof onWarning === 'function') for (const warning of warnings) onWarning(warning)
  if (problems.length > 0) throw new ArticleValidationError(problems)
  if (!result.success) throw new ArticleValidationError(result.error.issues)
  return result.data
}

/**
 * The article `toHtml` wrote, read back whole: nothing is repaired or resolved, since the writer
 * wrote a valid article as it was; what does not validate is an error naming its path.
 */
function readOwnPage(
  element: Element,
  warn: (code: string, path: Path, message: string) => void,
  warnings: readonly MarkdownIssue[],
  onWarning: FromHtmlOptions['onWarning'],
): Article {
  const input = readOwnHtml(fromDom(element) as HastElement, {
    onWarning: (problem) => warn(problem.code, [...problem.path], problem.message),
  })
  if (typeof onWarning === 'function') for (const warning of warnings) onWarning(warning)
  const result = defaultModel().safeParse(input)
  if (!result.success) throw new ArticleValidationError(result.error.issues)
  return result.data
}

/** Whether blocks hold any text a reader reads (an image's caption is not the article). */
function hasText(blocks: readonly Json[]): boolean {
  return blocks.some((block) => block.type !== 'image' && block.type !== 'embed' && textOf(block) !== '')
}
