// The front-matter keys of Jekyll, Hugo, Eleventy, Astro, Gatsby, Ghost's
// Markdown export and Decap CMS, mapped onto the article's fields. Every key
// is either used or reported: a key the model has no place for is a warning
// with its line, never an error, and never dropped without a word.

import type { Json, Path, Point } from '../markdown/from-mdast.js'
import { squash } from '../model/text.js'
import type { FrontMatter } from './front-matter.js'
import { readDate, readFileName } from './post-date.js'
import { postUrl } from './post-url.js'

/** Report a warning. */
export type Warn = (code: string, path: Path, message: string, at?: Point) => void

/** Which front-matter keys fill which article field, first found first. */
const FIELD_KEYS = {
  headline: ['title', 'headline'],
  standfirst: ['subtitle', 'standfirst'],
  datePublished: [
    'date',
    'pubDate',
    'published',
    'publishDate',
    'pubdate',
    'date_published',
    'published_at',
    'datePublished',
  ],
  dateModified: [
    'updated',
    'lastmod',
    'modified',
    'updatedDate',
    'last_modified_at',
    'date_updated',
    'updated_at',
    'dateModified',
  ],
  description: ['description', 'summary', 'excerpt', 'custom_excerpt', 'meta_description'],
  keywords: ['tags', 'categories', 'category', 'keywords'],
  authors: ['author', 'authors'],
  image: [
    'image',
    'cover',
    'heroImage',
    'featured_image',
    'featuredImage',
    'featuredimage',
    'feature_image',
    'thumbnail',
    'cover_image',
    'coverImage',
    'banner',
    'og_image',
    'images',
    'header',
  ],
  url: ['canonical', 'canonical_url', 'canonicalURL', 'canonicalUrl'],
  language: ['lang', 'language', 'locale'],
  section: ['section'],
} as const

/** Keys that give alt text to the lead image named by another key. */
const IMAGE_ALT_KEYS = ['image_alt', 'imageAlt', 'heroImageAlt', 'cover_alt', 'coverAlt', 'alt']

/** Keys that say whether the post is a draft. */
const DRAFT_KEYS = ['draft', 'published', 'status']

/** What the front matter gives. */
export interface PostFields {
  /** The article's fields. */
  fields: Json
  /** Where each field's key is written. */
  positions: Map<string, Point>
  /** The title a dated file name gives (`2025-01-27-some-title.md`), for a post without one of its own. */
  fileTitle: string | undefined
}

/** Read the article's fields from the front matter and the file name. */
export function readPostFields(
  matter: FrontMatter | undefined,
  options: { baseUrl: string | undefined; fileName: string | undefined },
  warn: Warn,
): PostFields {
  const data = matter?.data ?? {}
  // Keys are matched without regard to case, as Hugo does (`Title`, `Date`); the exact spelling wins.
  const lower = new Map<string, string>()
  for (const key of Object.keys(data)) if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), key)
  const reading: Reading = {
    data,
    baseUrl: options.baseUrl,
    warn,
    where: (key) => matter?.keys.get(key) ?? matter?.start,
    resolve: (name) => (Object.hasOwn(data, name) ? name : lower.get(name.toLowerCase())),
    fields: {},
    positions: new Map(),
    used: new Set(),
  }
  const named = readFileName(options.fileName)

  readDraft(reading)
  first(reading, 'headline', readLine)
  first(reading, 'standfirst', readLine)
  first(reading, 'datePublished', readDateField)
  first(reading, 'dateModified', readDateField)
  first(reading, 'description', readDescription)
  // Jekyll reads a string of categories without commas as words (`categories: jekyll update` is two).
  readKeywords(reading, named.date !== undefined || /(?:^|[\\/])_posts[\\/]/.test(options.fileName ?? ''))
  first(reading, 'section', readSection)
  first(reading, 'authors', readAuthors)
  first(reading, 'image', (value, key) =>
    readImage(value, key, data, reading.used, options.baseUrl, warn, reading.where, reading.resolve),
  )
  first(reading, 'url', readCanonical)
  first(reading, 'language', readLanguage)

  // The file name gives the date, and the title when nothing else does.
  const { fields, positions, used } = reading
  if (fields.datePublished === undefined && named.date !== undefined) fields.datePublished = named.date

  for (const key of Object.keys(data)) {
    if (used.has(key)) continue
    warn('unmapped_key', [key], `Front-matter key \`${key}\` has no place in the article; left out`, reading.where(key))
  }

  return { fields, positions, fileTitle: named.title }
}

/** The front matter being read into an article's fields. */
interface Reading {
  data: Json
  baseUrl: string | undefined
  warn: Warn
  /** Where a key is written (the front matter's start when unknown). */
  where: (key: string) => Point | undefined
  /** The key as the front matter spells it, matched without regard to case. */
  resolve: (name: string) => string | undefined
  fields: Json
  positions: Map<string, Point>
  /** Keys read (or reported) already. */
  used: Set<string>
}

/** Reads one key's value into a field: the value, or `undefined` (after a warning) to leave it out. */
type FieldReader = (value: unknown, key: string, reading: Reading) => unknown

/** A warning that `key`'s value cannot be used; `undefined`, for a reader to return. */
function fail(reading: Reading, key: string, message: string): undefined {
  reading.warn('invalid_value', [key], message, reading.where(key))
  return undefined
}

/** Whether the post is a draft; `published` may instead be a date (Ghost, some Jekyll themes). */
function readDraft(reading: Reading): void {
  const { data, used, warn, where } = reading
  let draft = false
  for (const name of DRAFT_KEYS) {
    const key = reading.resolve(name)
    if (key === undefined) continue
    const value = data[key]
    let isDraft: boolean | undefined
    if (name === 'status') isDraft = typeof value === 'string' ? /^draft$/i.test(value.trim()) : undefined
    else {
      const flag = truth(value)
      isDraft = flag === undefined ? undefined : name === 'draft' ? flag : !flag
    }
    if (isDraft === undefined) continue
    used.add(key)
    if (!isDraft || draft) continue
    draft = true
    warn(
      'draft',
      [key],
      `The post is a draft (\`${key}: ${String(value).trim()}\`); a build that publishes only finished posts skips it`,
      where(key),
    )
  }
}

/**
 * Fill `field` from the first of its keys that has a value `read` accepts.
 * Empty keys are passed over; a later key with a value is reported as left out.
 */
function first(reading: Reading, field: keyof typeof FIELD_KEYS, read: FieldReader): void {
  const { data, used, warn, where } = reading
  let found: string | undefined
  for (const name of FIELD_KEYS[field]) {
    const key = reading.resolve(name)
    if (key === undefined || used.has(key)) continue
    const value = data[key]
    if (empty(value)) {
      used.add(key)
      continue
    }
    if (found !== undefined) {
      used.add(key)
      warn(
        'unmapped_key',
        [key],
        `Front-matter key \`${key}\` is left out: \`${found}\` already gives the ${field}`,
        where(key),
      )
      continue
    }
    const result = read(value, key, reading)
    used.add(key)
    if (result === undefined) continue
    reading.fields[field] = result
    found = key
    const at = where(key)
    if (at) reading.positions.set(field, at)
  }
}

/** One line of text: the headline, the standfirst. */
const readLine: FieldReader = (value, key, reading) =>
  oneLine(scalar(value)) ?? fail(reading, key, `Expected \`${key}\` to be text`)

const readDateField: FieldReader = (value, key, reading) => {
  if (key.toLowerCase() === 'published' && typeof truth(value) === 'boolean') return undefined
  const date = readDate(typeof value === 'number' ? String(value) : value)
  if (date === undefined)
    return fail(
      reading,
      key,
      `\`${key}\` is not a date this reader knows (\`${String(scalar(value) ?? typeof value)}\`); left out`,
    )
  return date
}

const readDescription: FieldReader = (value, key, reading) => {
  const text = scalar(value)
  if (text === undefined) return fail(reading, key, `Expected \`${key}\` to be text`)
  return oneLine(text) ?? text
}

/** Tags, categories and keywords all become keywords; the first category is also the section. */
function readKeywords(reading: Reading, jekyll: boolean): void {
  const { data, fields, positions, used, where } = reading
  const keywords: string[] = []
  for (const name of FIELD_KEYS.keywords) {
    const key = reading.resolve(name)
    if (key === undefined || used.has(key)) continue
    used.add(key)
    if (empty(data[key])) continue
    const found = terms(data[key], jekyll)
    if ((name === 'categories' || name === 'category') && fields.section === undefined && found[0] !== undefined) {
      fields.section = found[0]
      const at = where(key)
      if (at) positions.set('section', at)
    }
    for (const term of found) if (!keywords.includes(term)) keywords.push(term)
    const at = where(key)
    if (at && !positions.has('keywords')) positions.set('keywords', at)
  }
  if (keywords.length > 0) fields.keywords = keywords
}

const readSection: FieldReader = (value, key, reading) => {
  if (reading.fields.section !== undefined) {
    reading.warn(
      'unmapped_key',
      [key],
      `Front-matter key \`${key}\` is left out: a category already gives the section`,
      reading.where(key),
    )
    return undefined
  }
  return oneLine(scalar(value)) ?? fail(reading, key, `Expected \`${key}\` to be text`)
}

const readAuthors: FieldReader = (value, key, reading) => {
  const list = Array.isArray(value) ? value.flat(8) : [value]
  const authors: Json[] = []
  list.forEach((entry, index) => {
    const author = readAuthor(
      entry,
      [key, ...(Array.isArray(value) ? [index] : [])],
      reading.baseUrl,
      reading.warn,
      reading.where(key),
    )
    if (author) authors.push(author)
  })
  return authors.length > 0 ? authors : undefined
}

const readCanonical: FieldReader = (value, key, reading) => {
  const text = scalar(value)
  if (text === undefined) return fail(reading, key, `Expected \`${key}\` to be a URL`)
  const url = postUrl(text, reading.baseUrl, true)
  if ('problem' in url) return fail(reading, key, `\`${key}\` is left out: ${url.problem}`)
  return url.url
}

const readLanguage: FieldReader = (value, key, reading) => {
  const text = scalar(value)?.replace(/_/g, '-')
  try {
    const [tag] = text === undefined ? [] : Intl.getCanonicalLocales(text)
    if (tag) return tag
  } catch {
    // Reported below.
  }
  return fail(reading, key, `\`${key}\` is not a language tag such as \`en\` or \`pt-BR\`; left out`)
}

/** A scalar as text: strings as they are, numbers and booleans as written, dates as ISO strings. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return readDate(value)
  return undefined
}

/** A YAML, TOML or JSON boolean, or `undefined` for anything else. */
function truth(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  if (/^(?:true|yes|on)$/i.test(value.trim())) return true
  if (/^(?:false|no|off)$/i.test(value.trim())) return false
  return undefined
}

/** Whether a value holds nothing: absent, `~`, `null`, blank, or lists of such, without recursion. */
function empty(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === null || item === undefined) continue
    if (typeof item === 'string') {
      if (!/^\s*(?:~|null)?\s*$/i.test(item)) return false
    } else if (Array.isArray(item)) {
      for (const each of item) stack.push(each)
    } else return false
  }
  return true
}

/**
 * One line of text, as written: whitespace and line breaks become single
 * spaces. Markdown or HTML in a title stays as it is, since generators differ
 * in whether they render it (Hugo escapes a title, Jekyll writes it as HTML).
 */
function oneLine(value: string | undefined): string | undefined {
  const text = squash(value ?? '')
  return text === '' ? undefined : text
}

/**
 * Tags from a list, a nested list, a comma-separated string, numbers or
 * `{ name }` objects; `#` taken off. With `words`, a string without commas
 * is a list of words, as Jekyll reads it.
 */
function terms(value: unknown, words = false): string[] {
  const out: string[] = []
  const stack: unknown[] = [words && typeof value === 'string' && !value.includes(',') ? value.split(/\s+/) : value]
  let seen = 0
  while (stack.length > 0 && seen++ < 10_000) {
    const item = stack.pop()
    if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index--) stack.push(item[index])
    } else if (typeof item === 'string') {
      for (const part of item.split(',')) {
        const term = part
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^#+\s*/, '')
        if (term !== '' && !out.includes(term)) out.push(term)
      }
    } else if (typeof item === 'number' || typeof item === 'boolean') {
      stack.push(String(item))
    } else if (item !== null && typeof item === 'object') {
      const named = ['name', 'title', 'label', 'slug']
        .map((key) => (item as Json)[key])
        .find((v) => typeof v === 'string')
      if (named !== undefined) stack.push(named)
    }
  }
  return out
}

const AUTHOR_KEYS = {
  name: ['name', 'display_name', 'displayName', 'full_name', 'title', 'username'],
  url: ['url', 'link', 'website', 'homepage', 'uri', 'href'],
  image: ['image', 'avatar', 'picture', 'photo', 'profile_image'],
  jobTitle: ['jobTitle', 'job_title', 'role', 'position'],
} as const
const SOCIAL = { twitter: 'https://twitter.com/', github: 'https://github.com/', mastodon: undefined } as const

function readAuthor(value: unknown, path: Path, baseUrl: string | undefined, warn: Warn, at: Point | undefined) {
  if (typeof value === 'string' || typeof value === 'number') {
    const name = oneLine(String(value))
    return name === undefined ? undefined : { name }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const entry = value as Json
  const author: Json = {}
  const taken = new Set<string>()
  for (const [field, keys] of Object.entries(AUTHOR_KEYS)) {
    for (const key of keys) {
      if (taken.has(key) || author[field] !== undefined) continue
      const text = scalar(entry[key])
      if (text === undefined || text.trim() === '') continue
      taken.add(key)
      if (field === 'url' || field === 'image') {
        const url = postUrl(text, baseUrl)
        if ('problem' in url) warn('invalid_value', [...path, key], `Author \`${key}\` is left out: ${url.problem}`, at)
        else author[field] = url.url
      } else {
        const line = oneLine(text)
        if (line !== undefined) author[field] = line
      }
    }
  }
  const sameAs: string[] = []
  for (const [key, prefix] of Object.entries(SOCIAL)) {
    const handle = scalar(entry[key])?.trim().replace(/^@/, '')
    if (!handle) continue
    // A Mastodon handle names no server, so only a whole address is taken.
    const url = /^https?:\/\//.test(handle)
      ? handle
      : prefix !== undefined && /^[\w.-]{1,100}$/.test(handle)
        ? prefix + handle
        : undefined
    if (url !== undefined && 'url' in postUrl(url, undefined)) {
      sameAs.push(url)
      taken.add(key)
    }
  }
  if (sameAs.length > 0) author.sameAs = sameAs
  for (const key of Object.keys(entry)) {
    if (!taken.has(key))
      warn('unmapped_key', [...path, key], `Author key \`${key}\` has no place in the article; left out`, at)
  }
  if (author.name === undefined) {
    warn('invalid_value', path, 'An author without a name is left out', at)
    return undefined
  }
  return author
}

const IMAGE_URL_KEYS = ['url', 'src', 'image', 'path', 'file', 'href', 'overlay_image', 'teaser', 'filename']

/** The lead image from a URL string, a list of them (Hugo's `images`) or an object with a URL and alt text. */
function readImage(
  value: unknown,
  key: string,
  data: Json,
  used: Set<string>,
  baseUrl: string | undefined,
  warn: Warn,
  where: (key: string) => Point | undefined,
  resolve: (name: string) => string | undefined,
): Json | undefined {
  let source = Array.isArray(value) ? value.find((item) => !empty(item)) : value
  let alt: string | undefined
  let caption: string | undefined
  let credit: string | undefined
  if (source !== null && typeof source === 'object' && !Array.isArray(source)) {
    const entry = source as Json
    const urlKey = IMAGE_URL_KEYS.find((name) => scalar(entry[name]) !== undefined)
    source = urlKey === undefined ? undefined : entry[urlKey]
    alt = scalar(entry.alt ?? entry.alt_text ?? entry.description)
    caption = scalar(entry.caption ?? entry.title)
    credit = scalar(entry.credit ?? entry.attribution)
    const known = new Set([urlKey, 'alt', 'alt_text', 'description', 'caption', 'title', 'credit', 'attribution'])
    for (const name of Object.keys(entry)) {
      if (!known.has(name))
        warn(
          'unmapped_key',
          [key, name],
          `Image key \`${name}\` has no place in the article; left out`,
          where(`${key}.${name}`),
        )
    }
  }
  const text = scalar(source)
  // A URL or a path has a dot or a slash; `header: false` or `cover: true` is not an image.
  if (text === undefined || !/[./]/.test(text)) {
    warn('invalid_value', [key], `\`${key}\` names no image URL; left out`, where(key))
    return undefined
  }
  const url = postUrl(text, baseUrl)
  if ('problem' in url) {
    warn('invalid_value', [key], `The lead image \`${key}\` is left out: ${url.problem}`, where(key))
    return undefined
  }
  if (alt === undefined) {
    for (const name of IMAGE_ALT_KEYS) {
      const altKey = resolve(name)
      if (altKey === undefined || used.has(altKey)) continue
      const found = scalar(data[altKey])
      if (found === undefined) continue
      alt = found
      used.add(altKey)
      break
    }
  }
  // No alt text: an empty one, which `lintArticle` reports for a lead image (`image_alt_missing`).
  const image: Json = { url: url.url, alt: squash(alt ?? '') }
  if (caption !== undefined && caption.trim() !== '') image.caption = squash(caption)
  if (credit !== undefined && credit.trim() !== '') image.credit = credit.trim()
  return image
}
