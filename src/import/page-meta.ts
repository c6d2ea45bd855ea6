// What a web page says about its article outside the article's text: JSON-LD,
// Open Graph, <meta name>, <time datetime>, microdata and the visible byline,
// read best source first. Each source is read into a `Found`
// (`page-meta-found.ts`); this module takes each field from the first source
// that states it, checks URLs, dates and language tags, and reports what it
// leaves out.

import type { ArticleType } from '../model/article-types.js'
import { excerpt } from '../model/excerpt.js'
import type { AuthorInput, ImageCreatorInput, ImageInput, Url } from '../model/types.js'
import {
  clean,
  type Found,
  type FoundAuthor,
  languageTag,
  MAX_LIST,
  sameName,
  withoutSiteName,
} from './page-meta-found.js'
import { readJsonLd } from './page-meta-json-ld.js'
import { firstHeading, readByline, readMicrodata, readTimes, readTitle } from './page-meta-page.js'
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
  url: Url
  alt?: string
  caption?: string
  credit?: string
  creator?: ImageCreatorInput
  width?: number
  height?: number
}

/** The article's metadata as the page states it; every field absent when the page does not say it. */
export interface PageMetadata {
  type?: ArticleType
  /** The headline without the site's suffix (`| Site`, `- Site`). */
  headline?: string
  alternativeHeadline?: string
  description?: string
  authors: AuthorInput[]
  /** ISO 8601, with the page's own offset where it gives one. */
  datePublished?: string
  dateModified?: string
  section?: string
  keywords?: string[]
  language?: string
  /** The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`/`mainEntityOfPage`), absolute. */
  url?: Url
  publisher?: { name: string; url?: Url; logo?: ImageInput }
  image?: PageImage
  /** `false` on a paywalled page (JSON-LD `isAccessibleForFree`). */
  isAccessibleForFree?: boolean
  /** The site's name (`og:site_name`, JSON-LD publisher), used to trim headlines. */
  siteName?: string
}

/**
 * Read what `document` says about its article, each field from the first
 * source that states it: JSON-LD, then Open Graph and `article:*`, then named
 * `<meta>` tags, then `<time datetime>`, then microdata, then the visible
 * byline, then the `<title>` (see each field of {@link PageMetadata} for its
 * own order).
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
  const tags = metaTags(document)
  const sources: Found[] = [
    { source: '<link rel=canonical>', ...optional('url', canonicalLink(document)) },
    ...defined(readJsonLd(document, context)),
    { source: '<html lang>', ...optional('language', clean(document.documentElement?.getAttribute('lang'))) },
    readOpenGraph(tags),
    readNamedMeta(tags),
    readTimes(document),
    readMicrodata(document),
    readByline(document),
    readTitle(document),
  ]
  const meta: PageMetadata = { authors: [] }
  const set = <K extends keyof PageMetadata>(field: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined) meta[field] = value
  }
  const take = <K extends keyof Found>(field: K) => sources.find((found) => found[field] !== undefined)?.[field]

  set('type', take('type'))
  const siteName = take('siteName')
  set('siteName', siteName)
  set('headline', headline(sources, siteName, firstHeading(document)))
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
function canonicalLink(document: Document): string | undefined {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
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

/** The first headline, without the site's name around it (see `withoutSiteName`). */
function headline(sources: readonly Found[], site: string | undefined, h1: string | undefined): string | undefined {
  for (const found of sources) {
    if (found.headline === undefined) continue
    const text = withoutSiteName(found.headline, site, h1, found.headlineExact)
    if (text !== '') return text
  }
  return undefined
}

/** The first date the model takes, with the page's own offset; each one it cannot take is reported. */
function date(
  sources: readonly Found[],
  field: 'datePublished' | 'dateModified',
  context: PageContext,
): string | undefined {
  for (const found of sources) {
    const value = found[field]
    if (value === undefined) continue
    const iso = readDate(value)
    if (iso !== undefined) return iso
    context.warn(
      'invalid_value',
      [field],
      `\`${field}\` from ${found.source} is left out: \`${excerpt(value, 60)}\` is not an ISO 8601 date the model accepts`,
    )
  }
  return undefined
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
 * The authors of the first source that names any, each once; an author is an
 * organization when the source says so or when its name is the publisher's.
 * Later sources give a URL to an author of the same name who has none.
 */
function authors(sources: readonly Found[], context: PageContext, publisherName: string | undefined): AuthorInput[] {
  const index = sources.findIndex((found) => found.authors !== undefined && found.authors.length > 0)
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
      stated.type === 'Organization' || (publisherName !== undefined && sameName(stated.name, publisherName))
    if (organization) author.type = 'Organization'
    if (url !== undefined) author.url = url
    out.push(author)
  }
  for (const found of sources.slice(index + 1)) {
    for (const stated of found.authors ?? []) {
      const same = out.find((author) => author.url === undefined && sameName(author.name, stated.name))
      if (same === undefined || stated.url === undefined) continue
      const url = authorUrl(stated, context, ['authors', out.indexOf(same)], found.source)
      if (url !== undefined) same.url = url
    }
  }
  return out
}

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
