// A page's `<meta>` tags, read as two sources: Open Graph with `article:*`,
// then the named tags (`author`, `description`, `keywords`, `parsely-*`,
// `sailthru.*`, Dublin Core, `twitter:*`).

import {
  bylineNames,
  clean,
  type Found,
  type FoundAuthor,
  type FoundImage,
  isAgency,
  keywordList,
  languageTag,
  looksLikeUrl,
  MAX_LIST,
} from './page-meta-found.js'

/** Every `<meta>` tag's content by its lowercased `property`, `name` or `http-equiv`, in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>

/** Collect the page's `<meta>` tags (up to `MAX_LIST` values a name). */
export function metaTags(metas: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>()
  for (const meta of metas) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv')
    const content = meta.getAttribute('content')
    if (name === null || content === null || meta.hasAttribute('itemprop')) continue
    const key = name.trim().toLowerCase()
    const list = tags.get(key)
    if (list === undefined) tags.set(key, [content])
    else if (list.length < MAX_LIST) list.push(content)
  }
  return tags
}

/** The first of `names` the page has, as clean text. */
function first(tags: MetaTags, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const value of tags.get(name) ?? []) {
      const text = clean(value)
      if (text !== undefined) return text
    }
  }
  return undefined
}

/** Every value of the first of `names` the page has. */
function all(tags: MetaTags, ...names: string[]): readonly string[] {
  for (const name of names) {
    const values = tags.get(name)
    if (values?.some((value) => value.trim() !== '')) return values
  }
  return []
}

/** Authors from tags that hold names (`author`, `article:author`): URLs are not names and are skipped. */
function authorsIn(values: readonly string[]): FoundAuthor[] | undefined {
  const out: FoundAuthor[] = []
  for (const value of values) {
    if (looksLikeUrl(value.trim())) continue
    for (const name of bylineNames(value)) out.push({ name })
  }
  return out.length > 0 ? out : undefined
}

/**
 * Authors of `citation_author` tags, one author a tag, written "Family,
 * Given" (`Ruiz, Ana`) or as a byline: the first as the name a reader sees
 * (`Ana Ruiz`). With `dublinCore` (`DC.creator`, whose guidelines recommend
 * that order without requiring it), only as `familyFirst` allows
 * (`Berg, Anke van den`; `Ana Ruiz, Tom Lee` is two people).
 */
function citationAuthors(values: readonly string[], dublinCore = false): FoundAuthor[] | undefined {
  const out: FoundAuthor[] = []
  for (const value of values) {
    if (looksLikeUrl(value.trim())) continue
    const parts = value.split(',')
    const [family, given] = parts.map((part) => part.trim())
    const inverted = parts.length === 2 && family && given && (!dublinCore || familyFirst(family, given))
    const name = inverted ? clean(`${given} ${family}`) : undefined
    for (const found of name !== undefined ? bylineNames(name) : bylineNames(value)) out.push({ name: found })
    if (out.length >= MAX_LIST) break
  }
  return out.length > 0 ? out : undefined
}

/**
 * Whether a Dublin Core creator `Family, Given` is one person's name written family first: a family
 * name of one word, not in capitals (`NPR, Ana Ruiz` is an outlet and a person), and no agency; a
 * given name as `GIVEN` reads one (`Ruiz, Ana and Tom Lee` joins another person; `Reuters, AP` is two agencies).
 */
function familyFirst(family: string, given: string): boolean {
  if (/\s/.test(family) || (family.length > 1 && family === family.toUpperCase())) return false
  return !isAgency(family) && !isAgency(given) && GIVEN.test(given)
}

/**
 * A given name written after the family's: one word or initials, then particles in lower case
 * (`Anke van den`, `F.`, `J.-P.`); not a whole name (`Gazette, Ana Ruiz` is an outlet and a person).
 */
const GIVEN = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Ll}{1,3})*$/u

/** The longest `parsely-page` tag read as JSON. */
const MAX_PARSELY_PAGE = 10_000

/**
 * What Parse.ly's `parsely-page` tag states as JSON: `title`, `pub_date`,
 * `author` (or `authors`); nothing when it is not JSON or longer than
 * `MAX_PARSELY_PAGE`. Only these keys are read, as own string properties.
 */
function parselyPage(tags: MetaTags): Pick<Found, 'headline' | 'datePublished' | 'authors'> {
  const [text] = tags.get('parsely-page') ?? []
  if (text === undefined || text.length > MAX_PARSELY_PAGE) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const field = (key: string): unknown =>
    Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  const strings = (item: unknown) =>
    (Array.isArray(item) ? item.slice(0, MAX_LIST) : [item]).filter(
      (entry): entry is string => typeof entry === 'string',
    )
  const date = field('pub_date')
  const found: Pick<Found, 'headline' | 'datePublished' | 'authors'> = {}
  const headline = clean(field('title'))
  if (headline !== undefined) found.headline = headline
  if (typeof date === 'string' && date.trim() !== '') found.datePublished = date.trim()
  const authors = authorsIn([...strings(field('author')), ...strings(field('authors'))])
  if (authors !== undefined) found.authors = authors
  return found
}

/** A positive integer size (`og:image:width`). */
function size(value: string | undefined): number | undefined {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/** An image from tags: its URL, then its alt text and size where the page gives them. */
function image(tags: MetaTags, urls: string[], alt: string, width?: string, height?: string): FoundImage | undefined {
  const url = all(tags, ...urls)
    .map((value) => value.trim())
    .find((value) => value !== '')
  if (url === undefined) return undefined
  const found: FoundImage = { url }
  const text = first(tags, alt)
  if (text !== undefined) found.alt = text
  const w = width === undefined ? undefined : size(first(tags, width))
  const h = height === undefined ? undefined : size(first(tags, height))
  if (w !== undefined) found.width = w
  if (h !== undefined) found.height = h
  return found
}

/** Set each defined value on `found`. */
function assign(found: Found, values: { [K in Exclude<keyof Found, 'source'>]?: Found[K] | undefined }): Found {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (found as unknown as Record<string, unknown>)[key] = value
  }
  return found
}

/** What Open Graph (`og:*`) and its `article:*` tags state. */
export function readOpenGraph(tags: MetaTags): Found {
  const siteName = first(tags, 'og:site_name')
  const tier = first(tags, 'article:content_tier')
  const locale = first(tags, 'og:locale')
  return assign(
    { source: 'Open Graph' },
    {
      headline: first(tags, 'og:title'),
      description: first(tags, 'og:description'),
      url: first(tags, 'og:url'),
      siteName,
      publisher: siteName === undefined ? undefined : { name: siteName },
      image: image(
        tags,
        ['og:image:secure_url', 'og:image:url', 'og:image'],
        'og:image:alt',
        'og:image:width',
        'og:image:height',
      ),
      language: locale === undefined ? undefined : (languageTag(locale) ?? locale),
      datePublished: first(tags, 'article:published_time', 'og:article:published_time'),
      dateModified: first(tags, 'article:modified_time', 'og:article:modified_time', 'og:updated_time'),
      section: first(tags, 'article:section'),
      keywords: keywordList(all(tags, 'article:tag')),
      authors: authorsIn(all(tags, 'article:author')),
      isAccessibleForFree: tier?.toLowerCase() === 'locked' ? false : undefined,
    },
  )
}

/** What the named `<meta>` tags state: `author`, `description`, `parsely-*`, `sailthru.*`, Dublin Core, `twitter:*`. */
export function readNamedMeta(tags: MetaTags): Found {
  const parsely = parselyPage(tags)
  const language = first(tags, 'content-language', 'dc.language', 'dcterms.language')
  const publisher = first(tags, 'dc.publisher', 'dcterms.publisher')
  return assign(
    { source: '<meta name>' },
    {
      headline:
        first(tags, 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title') ??
        parsely.headline,
      description: first(
        tags,
        'description',
        'twitter:description',
        'sailthru.description',
        'dc.description',
        'dcterms.description',
      ),
      authors:
        authorsIn(all(tags, 'author', 'parsely-author', 'sailthru.author')) ??
        citationAuthors(all(tags, 'dc.creator', 'dcterms.creator'), true) ??
        authorsIn(all(tags, 'byl')) ??
        citationAuthors(all(tags, 'citation_author')) ??
        parsely.authors,
      datePublished:
        first(
          tags,
          'date',
          'pubdate',
          'publish-date',
          'parsely-pub-date',
          'sailthru.date',
          'dc.date.issued',
          'dcterms.issued',
          'dc.date',
          'dcterms.date',
          'dcterms.created',
          'publishdate',
          'publish_date',
          'pub_date',
          'article.published',
          'article:published',
          'citation_publication_date',
          'citation_date',
          'citation_online_date',
        ) ?? parsely.datePublished,
      dateModified: first(tags, 'last-modified', 'dc.date.modified', 'dcterms.modified'),
      section: first(tags, 'parsely-section', 'section'),
      keywords: keywordList(
        all(tags, 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags', 'dc.subject', 'dcterms.subject'),
      ),
      language: language === undefined ? undefined : (languageTag(language.split(',')[0] ?? '') ?? language),
      url: first(tags, 'parsely-link'),
      publisher: publisher === undefined ? undefined : { name: publisher },
      image: image(
        tags,
        ['twitter:image', 'twitter:image:src', 'parsely-image-url', 'sailthru.image.full'],
        'twitter:image:alt',
      ),
    },
  )
}
