// What a web page says about its article outside the article's text: JSON-LD,
// Open Graph, <meta name>, <time datetime>, microdata and the visible byline,
// read best source first. Each source is read into a `Found`
// (`page-meta-found.ts`); this module takes each field from the first source
// that states it, checks URLs, dates and language tags, and reports what it
// leaves out.

import type { ArticleType } from '../model/article-types.js'
import { excerpt } from '../model/excerpt.js'
import type { AuthorInput, ImageCreatorInput, ImageInput, Url } from '../model/types.js'
import { pageElements } from './page-meta-elements.js'
import { clean, type Found, type FoundAuthor, isAgency, languageTag, MAX_LIST, sameName } from './page-meta-found.js'
import { chooseHeadline, type HeadlineChoice } from './page-meta-headline.js'
import { readJsonLd } from './page-meta-json-ld.js'
import { readByline, readDateLine, readMicrodata, readTimes, readTitle } from './page-meta-page.js'
import { metaTags, readNamedMeta, readOpenGraph } from './page-meta-tags.js'
import { readDate } from './post-date.js'
import { postUrl } from './post-url.js'

/** Where a page's metadata is read from, and how it reports what it leaves out. */
export interface PageContext {
  /** The page's own address (the `url` option), absolute, or `undefined`. */
  readonly url: string | undefined
  /** The base for relative URLs: `<base href>` resolved against `url`, else `url`. */
  readonly base: string | undefined
  /** Report something read, dropped or missing, at a path of the article (`['authors', 0]`). */
  warn(code: string, path: readonly (string | number)[], message: string): void
}

/** A lead-image candidate from the page's metadata (`og:image`, JSON-LD `image`). */
export interface PageImage {
  /** Resolved against the page's base and checked with the model's URL rule. */
  url: Url
  /** `og:image:alt`, `twitter:image:alt`, or a microdata `<img>`'s `alt`. */
  alt?: string
  /** JSON-LD `caption` (else `description`), microdata `caption`. */
  caption?: string
  /** JSON-LD `creditText`, else `copyrightHolder`; microdata the same. */
  credit?: string
  /** JSON-LD `creator`. */
  creator?: ImageCreatorInput
  /** In pixels (`og:image:width`, JSON-LD `width` as a number, `"1200px"` or a `QuantitativeValue`). */
  width?: number
  /** In pixels, as `width`. */
  height?: number
}

/**
 * The article's metadata as the page states it; every field absent when the
 * page does not say it. Unless a field says otherwise, it comes from the
 * first of: JSON-LD (the article node), Open Graph and `article:*`, named
 * `<meta>` tags, `<time datetime>` (dates only), microdata, the visible
 * byline (authors only), the `<title>` (headline only).
 */
export interface PageMetadata {
  /** The schema.org type when it is one of `ARTICLE_TYPES` (the most specific of several `@type`s); JSON-LD, then microdata `itemtype`. */
  type?: ArticleType
  /**
   * The headline without the site's name around it (`Title | Site`, `Site: Title`; see `withoutSiteName`),
   * or the page's `<h1>` in place of a metadata headline that is the `<h1>` cut short or a different,
   * social one (see `chooseHeadline`).
   */
  headline?: string
  /** Where the headline was read from: `JSON-LD`, `Open Graph`, `<meta name>`, `microdata`, `<title>` or `<h1>`. */
  headlineSource?: string
  /** The metadata's headline the page's `<h1>` replaced, its source, and why (`cut short`, `differs`). */
  headlineReplaced?: HeadlineChoice['replaced']
  /** JSON-LD or microdata `alternativeHeadline`. */
  alternativeHeadline?: string
  description?: string
  /**
   * The authors of the first source that names any, each once: people, or
   * organizations (a JSON-LD `Organization`, or a name equal to the
   * publisher's or the site's). A later source gives a page (`url`) to an
   * author of the same name who has none.
   */
  authors: AuthorInput[]
  /** ISO 8601, with the page's own offset where it gives one (never shifted to UTC or to the machine's zone). */
  datePublished?: string
  /** As `datePublished`. */
  dateModified?: string
  section?: string
  /** From comma lists and arrays: trimmed, each once (case ignored). */
  keywords?: string[]
  /** A BCP 47 tag, canonicalized: JSON-LD `inLanguage`, then `<html lang>`, then `og:locale` (`en_GB` → `en-GB`), then `content-language` / `dc.language`. */
  language?: string
  /** The canonical URL, absolute: `<link rel=canonical>`, then JSON-LD `url` / `mainEntityOfPage`, then `og:url`. */
  url?: Url
  /** The first publisher with a name: JSON-LD `publisher`, then `og:site_name`, then `dc.publisher`, then microdata. The logo's `alt` is the publisher's name. */
  publisher?: { name: string; url?: Url; logo?: ImageInput }
  /** The image of the first source whose URL is accepted; later sources naming the same URL add what it lacks (its `alt`). */
  image?: PageImage
  /** `false` on a paywalled page: JSON-LD `isAccessibleForFree` (`false`, `"False"`, `"false"`), `article:content_tier` `locked`, microdata. */
  isAccessibleForFree?: boolean
  /** The site's name (JSON-LD publisher or `WebSite` name, `og:site_name`), used to trim headlines. */
  siteName?: string
  /** The classes JSON-LD names as the text's paid parts (`hasPart` … `cssSelector: ".paywall"`): story text, not a box. */
  paidParts?: string[]
}

/**
 * Read what `document` says about its article, each field from the first
 * source that states it: JSON-LD, then Open Graph and `article:*`, then named
 * `<meta>` tags, then `<time datetime>`, then microdata, then the visible
 * byline, then the `<title>` (see {@link PageMetadata} for the fields with
 * an order of their own).
 *
 * Every URL is resolved against `context.base` and checked with the model's
 * URL rule; dates are kept with the page's own offset. What cannot be taken
 * (a refused URL, a date or language tag the model does not accept, a JSON-LD
 * script that is not JSON) is reported through `context.warn` and left out.
 * Never throws on a hostile page: the work is bounded and linear in the page.
 *
 * @example
 * const { document } = parseHTML(html) // linkedom, or a browser's DOMParser
 * const meta = readPageMetadata(document, { url, base: url, warn: (code, path, message) => {} })
 * meta.headline // 'Harbour reopens after storm'
 */
export function readPageMetadata(document: Document, context: PageContext): PageMetadata {
  const elements = pageElements(document)
  const tags = metaTags(elements.meta)
  const sources: Found[] = [
    { source: '<link rel=canonical>', ...optional('url', canonicalLink(elements.links)) },
    ...defined(readJsonLd(elements.scripts, context)),
    { source: '<html lang>', ...optional('language', clean(document.documentElement?.getAttribute('lang'))) },
    readOpenGraph(tags),
    readNamedMeta(tags),
    readTimes(elements),
    readMicrodata(elements),
    readDateLine(elements, document),
    readByline(elements, clean(document.documentElement?.getAttribute('lang')), document),
    readTitle(elements),
  ]
  const meta: PageMetadata = { authors: [] }
  const set = <K extends keyof PageMetadata>(field: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined) meta[field] = value
  }
  const take = <K extends keyof Found>(field: K) => sources.find((found) => found[field] !== undefined)?.[field]

  set('type', take('type'))
  const siteName = take('siteName')
  set('siteName', siteName)
  const chosen = chooseHeadline(sources, elements, siteName, context)
  if (chosen !== undefined) {
    meta.headline = chosen.headline
    meta.headlineSource = chosen.source
    if (chosen.replaced !== undefined) meta.headlineReplaced = chosen.replaced
  }
  set('alternativeHeadline', take('alternativeHeadline'))
  set('description', take('description'))
  set('datePublished', date(sources, 'datePublished', context))
  set('dateModified', date(sources, 'dateModified', context))
  set('section', take('section'))
  set('keywords', take('keywords'))
  set('language', language(sources, context))
  for (const found of sources) {
    if (found.url === undefined) continue
    const url = checked(found.url, context, ['url'], `The canonical URL from ${found.source}`, true)
    if (url !== undefined) {
      meta.url = url
      break
    }
  }
  set('publisher', publisher(sources, context))
  meta.authors = authors(sources, context, meta.publisher?.name ?? siteName)
  set('image', image(sources, context))
  set('isAccessibleForFree', take('isAccessibleForFree'))
  set('paidParts', take('paidParts'))
  for (const field of ['authors', 'keywords'] as const) {
    if ((meta[field]?.length ?? 0) < MAX_LIST) continue
    context.warn(
      'too_large',
      [field],
      `The page lists ${MAX_LIST} or more ${field}; only the first ${MAX_LIST} are read`,
    )
  }
  return meta
}

/** The `href` of `<link rel=canonical>`. */
function canonicalLink(links: readonly Element[]): string | undefined {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    if (rel.includes('canonical')) return link.getAttribute('href')?.trim() || undefined
  }
  return undefined
}

/** `{ [key]: value }`, or nothing when the value is `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/** A list of the value, or an empty one. */
function defined<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value]
}

/**
 * A URL resolved against the page's base and checked with the model's URL
 * rule, or `undefined` (reported as `url_refused`) when it is refused.
 */
function checked(
  value: string,
  context: PageContext,
  path: readonly (string | number)[],
  what: string,
  absolute = false,
): Url | undefined {
  const found = postUrl(value, context.base, absolute)
  if ('url' in found) return found.url
  context.warn('url_refused', path, `${what} is left out: \`${excerpt(value, 80)}\`: ${found.problem}`)
  return undefined
}

/**
 * The first date the model takes, with the page's own offset; each one it cannot take is reported.
 * A date in UTC (`Z`) that a later source states at the same clock time with another offset (JSON-LD's
 * `09:40:00Z`, the page's `09:40:00-06:00`) is that local time, which the first source labelled UTC.
 */
function date(
  sources: readonly Found[],
  field: 'datePublished' | 'dateModified',
  context: PageContext,
): string | undefined {
  for (const [index, found] of sources.entries()) {
    const value = found[field]
    if (value === undefined) continue
    const iso = readDate(extendedIso(value))
    if (iso !== undefined) return iso.endsWith('Z') ? (localOf(iso, sources.slice(index + 1), field) ?? iso) : iso
    context.warn(
      'invalid_value',
      [field],
      `\`${field}\` from ${found.source} is left out: \`${excerpt(value, 60)}\` is not an ISO 8601 date the model accepts`,
    )
  }
  return undefined
}

/** A later source's date at the same clock time as a UTC `iso`, with an offset other than UTC's. */
function localOf(iso: string, later: readonly Found[], field: 'datePublished' | 'dateModified'): string | undefined {
  const clock = iso.slice(0, 16)
  for (const found of later) {
    const value = found[field]
    const other = value === undefined ? undefined : readDate(extendedIso(value))
    if (other !== undefined && other.slice(0, 16) === clock && /[+-](?!00:00)\d\d:\d\d$/.test(other)) return other
  }
  return undefined
}

/** ISO 8601's basic format with a time: `20261206T100000Z`, `20261206T1000+0100`. */
const BASIC_ISO = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2}(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i

/**
 * A date in ISO 8601's basic format with a time, written in the extended
 * format `readDate` reads (`20261206T100000Z` is `2026-12-06T10:00:00Z`); any
 * other text as it is (`readDate` reads a basic calendar date, `20261206`, itself).
 */
function extendedIso(value: string): string {
  const match = BASIC_ISO.exec(value.trim())
  if (match === null) return value
  const [, year, month, day, hour, minute, second, zone] = match
  const seconds = second === undefined ? '' : `:${second.slice(0, 2)}${second.slice(2).replace(',', '.')}`
  return `${year}-${month}-${day}T${hour}:${minute}${seconds}${zone?.toUpperCase() ?? ''}`
}

/** The first language that is a BCP 47 tag, canonicalized; each one that is not is reported. */
function language(sources: readonly Found[], context: PageContext): string | undefined {
  for (const found of sources) {
    if (found.language === undefined) continue
    const tag = languageTag(found.language)
    if (tag !== undefined) return tag
    context.warn(
      'invalid_value',
      ['language'],
      `The language from ${found.source} is left out: \`${excerpt(found.language, 40)}\` is not a BCP 47 language tag`,
    )
  }
  return undefined
}

/** The first publisher with a name, its URL and logo checked (the logo's text alternative is the publisher's name). */
function publisher(sources: readonly Found[], context: PageContext): PageMetadata['publisher'] {
  const found = sources.find((source) => source.publisher?.name !== undefined)
  const stated = found?.publisher
  if (stated?.name === undefined) return undefined
  const out: NonNullable<PageMetadata['publisher']> = { name: stated.name }
  const what = `The publisher's URL from ${found?.source}`
  const url = stated.url === undefined ? undefined : checked(stated.url, context, ['publisher', 'url'], what)
  if (url !== undefined) out.url = url
  if (stated.logo !== undefined) {
    const where = `The publisher's logo from ${found?.source}`
    const logo = checked(stated.logo, context, ['publisher', 'logo', 'url'], where)
    if (logo !== undefined) out.logo = { url: logo, alt: stated.name }
  }
  return out
}

/**
 * The authors of the first source that names any, each once (of a source that names only the
 * newsroom, a later one's people; of a later source that names the same people and more in one
 * line, all of them); an author is an
 * organization when the source says so, when it is a wire agency (`Reuters`)
 * or when its name is the publisher's.
 * Later sources give a URL to an author of the same name who has none, and a person's name in
 * short when the chosen source writes more after it (`Lauren Pike Sentinel staff writer`).
 */
function authors(sources: readonly Found[], context: PageContext, publisherName: string | undefined): AuthorInput[] {
  let index = sources.findIndex((found) => found.authors !== undefined && found.authors.length > 0)
  // A source that names the newsroom alone (JSON-LD's `author` a `NewsMediaOrganization`, or the publisher, as
  // sites write it that keep bylines out of their metadata) yields to a later one that names people: the byline.
  // The publisher's name may add a word to the newsroom's (`华东时报` and its site `华东时报网`).
  // So may the newsroom's: an organization's name that holds the publisher's (`خبرگزاری پیک امروز`, "Peyk
  // Emrooz News Agency", of the publisher `پیک امروز`).
  const holdsPublisher = (name: string) =>
    publisherName !== undefined &&
    publisherName.length > 2 &&
    ` ${name.toLowerCase()} `.includes(` ${publisherName.toLowerCase()} `)
  const newsroom = (stated: FoundAuthor) =>
    stated.newsroom === true ||
    (publisherName !== undefined &&
      (sameName(stated.name, publisherName) ||
        (stated.name.length > 1 && publisherName.toLowerCase().startsWith(stated.name.toLowerCase())) ||
        (stated.type === 'Organization' && holdsPublisher(stated.name) && !DESK_WORDS.test(stated.name))))
  if (index !== -1 && sources[index]?.authors?.every(newsroom)) {
    const people = sources.findIndex(
      (found, at) =>
        at > index &&
        found.authors?.some(
          (stated) =>
            stated.type !== 'Organization' && !isAgency(stated.name) && !stated.late && !holdsPublisher(stated.name),
        ),
    )
    if (people !== -1) index = people
  }
  // A person of two words or more, not an agency or the publisher (`Leah Summers, CNNlike`; `নিজস্ব প্রতিবেদক, রাজশাহী`,
  // a place).
  const person = (stated: FoundAuthor) =>
    stated.type !== 'Organization' &&
    stated.name.includes(' ') &&
    !isAgency(stated.name) &&
    !DESK_WORDS.test(stated.name) &&
    !(publisherName !== undefined && sameName(stated.name, publisherName))
  // A later source that names the same people and more in one line gives them all (JSON-LD that names the first
  // author only, a byline `By Ana Ruiz and Tom Lee`).
  const named = sources[index]?.authors ?? []
  const fuller = sources.findIndex(
    (found, at) =>
      at > index &&
      found.authors !== undefined &&
      found.authors.length > named.length &&
      found.authors.every((other) => other.joined === true && person(other)) &&
      named.every((stated) => found.authors?.some((other) => sameName(other.name, stated.name))),
  )
  if (named.length > 0 && fuller !== -1) index = fuller
  const chosen = sources[index]
  if (chosen?.authors === undefined) return []
  const out: AuthorInput[] = []
  for (const stated of chosen.authors) {
    const same = out.find((author) => sameName(author.name, stated.name))
    const path = ['authors', same === undefined ? out.length : out.indexOf(same)]
    const url = authorUrl(stated, context, path, chosen.source)
    if (same !== undefined) {
      if (same.url === undefined && url !== undefined) same.url = url
      continue
    }
    const author: AuthorInput = { name: stated.name }
    const organization =
      stated.type === 'Organization' ||
      isAgency(stated.name) ||
      (publisherName !== undefined && sameName(stated.name, publisherName))
    if (organization) author.type = 'Organization'
    if (url !== undefined) author.url = url
    out.push(author)
  }
  for (const found of sources.slice(index + 1)) {
    for (const stated of found.authors ?? []) {
      // A name with more words after it, as the metadata writes it (`Lauren Pike Sentinel staff writer`), is the
      // person a later source names in short (the byline's `Lauren Pike`).
      const longer = out.find(
        (author) => author.type === undefined && stated.name.includes(' ') && author.name.startsWith(`${stated.name} `),
      )
      if (longer !== undefined && !out.some((author) => sameName(author.name, stated.name))) longer.name = stated.name
      const same = out.find((author) => author.url === undefined && sameName(author.name, stated.name))
      if (same === undefined || stated.url === undefined) continue
      const url = authorUrl(stated, context, ['authors', out.indexOf(same)], found.source)
      if (url !== undefined) same.url = url
    }
  }
  return out
}

/** Words of a desk's or a board's name, which is no person and no newsroom (`Lisbon Bureau`, `Editorial Board`). */
const DESK_WORDS = /\b(?:bureau|desk|staff|team|board|editorial|editors|newsroom)\b/i

/** An author's page, checked. */
function authorUrl(
  stated: FoundAuthor,
  context: PageContext,
  path: (string | number)[],
  source: string,
): Url | undefined {
  if (stated.url === undefined) return undefined
  return checked(stated.url, context, [...path, 'url'], `The page of author \`${excerpt(stated.name)}\` from ${source}`)
}

/**
 * The lead image of the first source whose image URL is accepted. Later
 * sources stating the same image add what it lacks (`og:image:alt` to a
 * JSON-LD `ImageObject`).
 */
function image(sources: readonly Found[], context: PageContext): PageImage | undefined {
  let out: PageImage | undefined
  for (const found of sources) {
    const stated = found.image
    if (stated === undefined) continue
    if (out !== undefined) {
      const same = postUrl(stated.url, context.base)
      if ('url' in same && same.url === out.url) fillImage(out, stated, context, found.source)
      continue
    }
    const url = checked(stated.url, context, ['image', 'url'], `The lead image from ${found.source}`)
    if (url === undefined) continue
    out = { url }
    fillImage(out, stated, context, found.source)
  }
  return out
}

/** Copy what `stated` says about an image and `image` lacks. */
function fillImage(image: PageImage, stated: NonNullable<Found['image']>, context: PageContext, source: string): void {
  for (const key of ['alt', 'caption', 'credit', 'width', 'height'] as const) {
    if (image[key] === undefined && stated[key] !== undefined) (image as Record<typeof key, unknown>)[key] = stated[key]
  }
  if (image.creator === undefined && stated.creator !== undefined) {
    const creator: ImageCreatorInput = { name: stated.creator.name }
    if (stated.creator.type !== undefined) creator.type = stated.creator.type
    const url =
      stated.creator.url === undefined
        ? undefined
        : checked(stated.creator.url, context, ['image', 'creator', 'url'], `The image creator's page from ${source}`)
    if (url !== undefined) creator.url = url
    image.creator = creator
  }
}
