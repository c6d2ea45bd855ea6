// The channel and the news publication, checked by hand: both come from the caller's code or a
// site file, never through the model's validation.

import { RenderError } from '../core/renderer.js'
import { defaultUrlPolicy, type UrlPolicy } from '../core/url-policy.js'
import { excerpt } from '../model/excerpt.js'
import type { FeedChannel, FeedImage, NewsPublication, ResolvedChannel } from './types.js'

const ABSOLUTE_HTTP = /^https?:\/\/[^/]/i

/** The error for the channel field at `path`. */
function invalid(path: (string | number)[], message: string): RenderError {
  return new RenderError('invalid_option', path, message)
}

/** What a value is, for a message. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `\`${excerpt(value)}\``
  if (value === undefined) return 'nothing'
  if (value === null) return '`null`'
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`
}

/** A string field: required ones must be non-empty after trimming; optional ones may be absent. */
function text(record: Record<string, unknown>, key: string, at: string, required: boolean): string | undefined {
  const value = record[key]
  if (value === undefined && !required) return undefined
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid([at, key], `Expected ${required ? 'a non-empty' : 'a'} string, got ${shown(value)}`)
  }
  return value
}

/** An absolute http(s) URL that passes the URL policy, or the error naming `path`. */
function url(value: unknown, path: (string | number)[], policy: UrlPolicy, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined
  const allowed = typeof value === 'string' ? policy(value, 'other') : undefined
  if (allowed === undefined || !ABSOLUTE_HTTP.test(allowed)) {
    throw invalid(path, `Expected an absolute http: or https: URL the URL policy allows, got ${shown(value)}`)
  }
  return allowed
}

/** A record, or the error naming `at`. */
function record(value: unknown, at: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid([at], `Expected an object, got ${shown(value)}`)
  }
  return value as Record<string, unknown>
}

/** A positive whole number, or `undefined` when absent. */
function size(value: unknown, path: (string | number)[]): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw invalid(
      path,
      `Expected a whole number above 0, got ${typeof value === 'number' ? `\`${value}\`` : shown(value)}`,
    )
  }
  return value
}

/**
 * The channel checked: `title` and `link` present, every URL absolute and
 * allowed, each other field of the right type. `description` is required
 * when `requireDescription` is set (RSS). Throws a `RenderError`
 * (`invalid_option`) naming the field (`['channel', 'link']`).
 *
 * @internal
 */
export function checkChannel(
  value: FeedChannel | undefined,
  policy: UrlPolicy = defaultUrlPolicy,
  requireDescription = false,
): ResolvedChannel {
  const channel = record(value, 'channel')
  let image: FeedImage | undefined
  const given = channel.image
  if (typeof given === 'string') image = { url: url(given, ['channel', 'image'], policy, true) as string }
  else if (given !== undefined) {
    const fields = record(given, 'channel')
    image = { url: url(fields.url, ['channel', 'image', 'url'], policy, true) as string }
    const width = size(fields.width, ['channel', 'image', 'width'])
    const height = size(fields.height, ['channel', 'image', 'height'])
    if (width !== undefined) image.width = width
    if (height !== undefined) image.height = height
  }
  return {
    title: text(channel, 'title', 'channel', true) as string,
    link: url(channel.link, ['channel', 'link'], policy, true) as string,
    description: text(channel, 'description', 'channel', requireDescription),
    language: text(channel, 'language', 'channel', false),
    image,
    copyright: text(channel, 'copyright', 'channel', false),
    generator: text(channel, 'generator', 'channel', false) ?? 'articlekit',
    self: url(channel.self, ['channel', 'self'], policy, false),
    author: text(channel, 'author', 'channel', false),
  }
}

/** Google's language codes: ISO 639, two or three letters, and `zh-cn` / `zh-tw`. */
const NEWS_LANGUAGE = /^(?:[a-z]{2,3}|zh-cn|zh-tw)$/

/**
 * A news sitemap's language from a BCP 47 tag or a code as Google writes it:
 * `zh-CN` and `zh-TW` (and `zh-Hans`, `zh-Hant`) become `zh-cn`, `zh-tw`;
 * any other tag its primary subtag, in lower case. `undefined` if there is none.
 *
 * @internal
 */
export function newsLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined
  const lower = tag.toLowerCase()
  if (/^zh-(?:hans|cn|sg)\b/.test(lower)) return 'zh-cn'
  if (/^zh-(?:hant|tw|hk|mo)\b/.test(lower)) return 'zh-tw'
  const primary = lower.split('-')[0] as string
  return NEWS_LANGUAGE.test(primary) ? primary : undefined
}

/**
 * The publication checked: a non-empty `name` and, when given, a language
 * Google accepts. Throws a `RenderError` (`invalid_option`) naming the field.
 *
 * @internal
 */
export function checkPublication(value: NewsPublication | undefined): NewsPublication {
  const publication = record(value, 'publication')
  const name = text(publication, 'name', 'publication', true) as string
  const given = text(publication, 'language', 'publication', false)
  if (given === undefined) return { name }
  const language = newsLanguage(given)
  if (language === undefined) {
    throw invalid(
      ['publication', 'language'],
      `Expected an ISO 639 language code (\`en\`, \`zh-cn\`), got ${shown(given)}`,
    )
  }
  return { name, language }
}
