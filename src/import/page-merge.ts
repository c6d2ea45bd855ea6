// Putting a page's parts together into the article's input: the metadata
// first, then what Readability and the page's own elements say where the
// metadata is silent; the lead image with what the body's figure of it says;
// and the body without what repeats the header.

import type { Json, Path } from '../markdown/from-mdast.js'
import { excerpt } from '../model/excerpt.js'
import { squash } from '../model/text.js'
import type { PageBody } from './page-body.js'
import type { PageMetadata } from './page-meta.js'
import { bylineNames, isAgency, withoutBy } from './page-meta-found.js'
import { fold } from './page-meta-headline.js'
import type { PreparedPage } from './page-prepare.js'
import { textOf } from './repair.js'

/** How merging reports what it took from where, and what it left out. */
export type MergeWarn = (code: string, path: Path, message: string) => void

/** The parts of a page, read. */
export interface PageParts {
  readonly metadata: PageMetadata
  readonly body: PageBody
  readonly prepared: PreparedPage
  /** The standfirst read from the element the page marks as one. */
  readonly standfirst: Json[] | undefined
  /** The `url` option. */
  readonly url: string | undefined
}

/** The metadata fields copied as they are, when the page states them. */
const COPIED = [
  'type',
  'alternativeHeadline',
  'description',
  'datePublished',
  'dateModified',
  'section',
  'keywords',
  'language',
  'publisher',
  'isAccessibleForFree',
] as const

/** The article's input from a page's parts. */
export function mergePage(parts: PageParts, warn: MergeWarn): Json {
  const { metadata, body, prepared } = parts
  const input: Json = {}
  const headline = headlineOf(parts, warn)
  if (headline !== undefined) input.headline = headline
  for (const key of COPIED) if (metadata[key] !== undefined) input[key] = metadata[key]
  const url = metadata.url ?? parts.url
  if (url !== undefined) input.url = url
  input.authors = authorsOf(parts, warn)
  const blocks = [...body.blocks]
  let standfirst = parts.standfirst
  standfirst = dropHeader(blocks, [headline, prepared.h1], standfirst, input, warn)
  if (standfirst !== undefined) input.standfirst = standfirst
  const image = leadImage(metadata, blocks, warn)
  if (image) input.image = image
  input.body = blocks
  if (prepared.related.length > 0) {
    input.related = prepared.related
    warn(
      'related',
      ['related'],
      `\`${prepared.related.length}\` links of the page's "Read more" or "Related" boxes are the related articles`,
    )
  }
  if (prepared.contributors.length > 0) {
    input.contributors = prepared.contributors
    warn(
      'contributors',
      ['contributors'],
      `The story's sign-off line names \`${prepared.contributors.length}\` contributors beside its reporters`,
    )
  }
  if (prepared.sources.length > 0) {
    input.sources = prepared.sources
    warn('sources', ['sources'], `\`${prepared.sources.length}\` entries of the page's "Sources" list are the sources`)
  }
  return input
}

/** Where a headline from the page's metadata was read, as the report says it. */
function headlineSource(source: string | undefined): string {
  if (source === '<h1>') return "the page's `<h1>`"
  if (source === '<title>') return "the page's `<title>`"
  return source === undefined ? "the page's metadata" : `the page's metadata (${source})`
}

/**
 * The headline: the metadata's (the page's `<h1>` among its sources, in
 * place of a metadata headline that is the `<h1>` cut short or another,
 * social one), else Readability's title, else the page's `<h1>`. The report
 * says which, and which headline the `<h1>` replaced.
 */
function headlineOf(parts: PageParts, warn: MergeWarn): string | undefined {
  const { metadata } = parts
  const from: [string | undefined, string][] = [
    [metadata.headline, headlineSource(metadata.headlineSource)],
    [parts.body.title, "the page's title"],
    [parts.prepared.h1, "the page's `<h1>`"],
  ]
  for (const [value, where] of from) {
    const headline = squash(value ?? '')
    if (headline === '') continue
    const replaced = value === metadata.headline ? metadata.headlineReplaced : undefined
    const instead =
      replaced === undefined
        ? ''
        : `, in place of the headline of ${replaced.source} (\`${excerpt(replaced.headline, 120)}\`), which ${
            replaced.why === 'cut short' ? 'is the `<h1>` cut short' : 'differs from it'
          }`
    warn('headline', ['headline'], `The headline is taken from ${where}${instead}`)
    return headline
  }
  return undefined
}

/** The authors: the metadata's (the visible byline among its sources), else Readability's byline split into people. */
function authorsOf(parts: PageParts, warn: MergeWarn): Json[] {
  const { authors } = parts.metadata
  if (authors.length > 0) {
    const names = authors.map((author) => author.name)
    warn('authors', ['authors'], `The authors \`${names.join('`, `')}\` are read from the page's metadata or byline`)
    return [...authors] as unknown as Json[]
  }
  const names = bylineNames(parts.body.byline ?? '')
  if (names.length > 0)
    warn('authors', ['authors'], `The authors \`${names.join('`, `')}\` are read from Readability's byline`)
  return names.map((name) => (isAgency(name) ? { name, type: 'Organization' } : { name }))
}

/** Whether two texts read the same: case, spaces, quote marks and dashes aside. */
const same = (a: string, b: string) => fold(squash(a)) === fold(squash(b))

/**
 * Blocks at the top of the body that repeat the header: the headline (or the
 * page's `<h1>`, which may show it with a kicker) as a heading, the byline,
 * the standfirst. A paragraph there that repeats the page's description
 * becomes the standfirst when the page marks none. Returns the standfirst.
 */
function dropHeader(
  blocks: Json[],
  headlines: readonly (string | undefined)[],
  standfirst: Json[] | undefined,
  input: Json,
  warn: MergeWarn,
): Json[] | undefined {
  const description = typeof input.description === 'string' ? squash(input.description) : undefined
  const given = standfirst === undefined ? undefined : textOf(standfirst)
  const names = (input.authors as Json[]).map((author) => String(author.name))
  let index = 0
  while (index < Math.min(blocks.length, 4)) {
    const block = blocks[index] as Json
    const text = textOf(block)
    const what =
      block.type === 'heading' && headlines.some((headline) => headline !== undefined && same(text, headline))
        ? 'the headline'
        : block.type === 'paragraph' && isByline(text, names)
          ? 'the byline'
          : block.type === 'paragraph' && given !== undefined && same(text, given)
            ? 'the standfirst'
            : block.type === 'paragraph' && isSectionLink(block, input.url)
              ? "the page's section"
              : undefined
    if (what !== undefined) {
      warn('header_repeated', ['body'], `A block at the top of the body repeats ${what}; it is left out`)
      blocks.splice(index, 1)
      continue
    }
    if (
      standfirst === undefined &&
      block.type === 'paragraph' &&
      description !== undefined &&
      same(text, description)
    ) {
      warn('standfirst', ['standfirst'], "The first paragraph repeats the page's description: it is the standfirst")
      standfirst = block.children as Json[]
      blocks.splice(index, 1)
      continue
    }
    index++
  }
  return standfirst
}

function isByline(text: string, names: readonly string[]): boolean {
  if (text.length > 200) return false
  if (/^by\s/i.test(text)) return true
  if (names.length > 0 && same(text.replace(/\s+(?:and|&)\s+/gi, ', '), names.join(', '))) return true
  // The first author's name, after a word for "by" maybe, then a separator and the place, the outlet or the date
  // (`Por Camila Ferraz, Portal Sudeste — Ribeirão Verde`, `Jesse Whitford · CBC News · Posted: …`).
  const line = fold(squash(withoutBy(text.trim())))
  const first = names[0] === undefined ? '' : fold(squash(names[0]))
  // A sentence that opens with the name (`Ana Ruiz, 34, has lived …`) ends as one.
  if (text.length > MAX_BYLINE_LINE || first === '' || /[.!?…]$/.test(text.trim())) return false
  return line.startsWith(first) && /^(?:$|\s*[,·|•—–-])/.test(line.slice(first.length))
}

/** The longest line at the top of the body read as the byline with more on it. */
const MAX_BYLINE_LINE = 160

/**
 * Whether a paragraph is one link to a section the page is under (`<a href="/news/canada/north">North</a>`
 * above a story at `/news/canada/north/curling-…`): the label of the story's section, a few words long.
 */
function isSectionLink(block: Json, page: unknown): boolean {
  const [only, ...rest] = (block.children as Json[] | undefined) ?? []
  if (only?.type !== 'link' || rest.length > 0 || typeof page !== 'string') return false
  const label = textOf(only)
  if (label.length > 40 || label.split(' ').length > 3) return false
  try {
    const section = new URL(String(only.url))
    const story = new URL(page)
    const path = section.pathname.replace(/\/$/, '')
    return (
      section.host === story.host &&
      path !== '' &&
      story.pathname.startsWith(`${path}/`) &&
      story.pathname.length > path.length + 1
    )
  } catch {
    return false
  }
}

/**
 * The lead image: the metadata's, with the alt text, caption and credit of
 * the body's first image when it shows the same picture (that image then
 * leaves the body). The figure's caption replaces a metadata caption that
 * ends with the figure's credit.
 */
function leadImage(metadata: PageMetadata, blocks: Json[], warn: MergeWarn): Json | undefined {
  const given = metadata.image
  if (!given) return undefined
  const image: Json = { alt: '', ...given }
  const index = blocks.findIndex((block) => block.type === 'image')
  const figure = index === -1 ? undefined : (blocks[index] as Json)
  if (figure && samePicture(String(figure.url), given.url)) {
    // A metadata caption that ends with the credit (`… on Wednesday. (Ann Example/AW)`) yields to the figure's.
    const { caption, credit } = figure
    if (
      typeof image.caption === 'string' &&
      typeof credit === 'string' &&
      caption &&
      image.caption.replace(/[\s)\]]+$/, '').endsWith(credit)
    )
      image.caption = caption
    for (const key of ['alt', 'caption', 'credit', 'width', 'height'] as const) {
      const empty = image[key] === undefined || image[key] === ''
      if (empty && figure[key] !== undefined) image[key] = figure[key]
    }
    blocks.splice(index, 1)
    warn(
      'lead_image',
      ['image'],
      "The body's first image is the lead image; its alt text, caption and credit are kept with it",
    )
  }
  return image
}

/**
 * Whether two image addresses show the same picture: the same address, or the same file on the same
 * host in another size. A resizer whose query names the file (`imrs.php?src=…/a.jpg&w=900`) shows the
 * file its query names: those must agree, whatever else the queries hold (sizes, signatures).
 */
export function samePicture(a: string, b: string): boolean {
  if (a === b) return true
  try {
    const left = new URL(a)
    const right = new URL(b)
    return left.host === right.host && left.pathname === right.pathname && fileOf(left) === fileOf(right)
  } catch {
    return false
  }
}

/** The first query value that names an image file, or `''`. */
function fileOf(url: URL): string {
  for (const [, value] of url.searchParams) if (/\.(?:jpe?g|png|gif|webp|avif)$/i.test(value)) return value
  return ''
}
