import { attributes, escapeText } from '../html/escape.js'
import type { Article } from '../model/types.js'
import { cutText } from '../text/cut.js'
import { toJsonLd } from './to-json-ld.js'
import type { JsonLdNode, JsonLdOptions } from './types.js'
import { list, nonEmpty } from './util.js'

/** One element of the page's `<head>`, as data: ready for Next.js metadata, Astro or unhead. */
export interface HeadTag {
  tag: 'title' | 'meta' | 'link'
  /** Attribute values, unescaped. Empty for `title`. */
  attributes: Readonly<Record<string, string>>
  /** The text of a `title` element, unescaped. */
  text?: string
}

/** X's limits for card text, in UTF-16 code units (`length`): longer text is cut at a word boundary with `…`. */
export const X_CARD_LIMITS = { title: 70, description: 200, imageAlt: 420 } as const

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
}

/**
 * The article's head tags as data: `<title>`, the meta description, the
 * canonical link, Open Graph (`og:*` and `article:*`) and X card tags. They
 * are read from the same data as {@link toJsonLd} (so the two always agree,
 * with the same absolute URLs) plus the lead image's alt text.
 *
 * @example
 * import { toMetaTags } from 'articlekit/json-ld'
 *
 * toMetaTags(article, { site: { name: 'The Courier', xHandle: '@courier' } })
 * // [{ tag: 'title', attributes: {}, text: 'Ferry line opens' }, { tag: 'meta', attributes: { name: 'description', content: '…' } }, …]
 */
export function toMetaTags(article: Article<unknown>, options: JsonLdOptions = {}): HeadTag[] {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const data = toJsonLd(article, { ...options, mode: 'flat', includeBody: false, wordCount: false })
  return metaTagsOf(article, data as unknown as JsonLdNode, options)
}

/**
 * The head tags read from flat JSON-LD already made for the article, so a
 * page that writes both renders the article once.
 *
 * @internal
 */
export function metaTagsOf(article: Article<unknown>, data: JsonLdNode, options: JsonLdOptions): HeadTag[] {
  const site = options.site !== null && typeof options.site === 'object' ? options.site : {}
  const tags: HeadTag[] = []
  const meta = (key: 'name' | 'property', name: string, content: unknown) => {
    if (typeof content === 'number') content = String(content)
    if (typeof content === 'string' && content.trim() !== '')
      tags.push({ tag: 'meta', attributes: { [key]: name, content } })
  }
  const og = (name: string, content: unknown) => meta('property', name, content)
  const x = (name: string, content: unknown) => meta('name', name, content)

  const headline = nonEmpty(data.headline)
  const description = nonEmpty(data.description)
  const url = nonEmpty(data.url)
  if (headline !== undefined) tags.push({ tag: 'title', attributes: {}, text: headline })
  meta('name', 'description', description)
  if (url !== undefined) tags.push({ tag: 'link', attributes: { rel: 'canonical', href: url } })

  og('og:type', 'article')
  og('og:title', headline)
  og('og:description', description)
  og('og:url', url)
  og('og:site_name', nonEmpty(site.name) ?? nonEmpty((data.publisher as JsonLdNode | undefined)?.name))
  og('og:locale', locale(data.inLanguage))
  const image = list<JsonLdNode>(data.image)[0]
  const imageUrl = nonEmpty(image?.url)
  const alt = imageUrl !== undefined && isLead(article, imageUrl, url) ? nonEmpty(article.image?.alt) : undefined
  if (imageUrl !== undefined) {
    og('og:image', imageUrl)
    og('og:image:width', image?.width)
    og('og:image:height', image?.height)
    og('og:image:alt', alt)
    og('og:image:type', IMAGE_TYPES[/\.([a-z]+)(?:[?#]|$)/i.exec(imageUrl)?.[1]?.toLowerCase() ?? ''])
  }
  og('article:published_time', data.datePublished)
  og('article:modified_time', data.dateModified)
  for (const author of list<JsonLdNode>(data.author)) og('article:author', author?.url ?? author?.name)
  og('article:section', data.articleSection)
  for (const keyword of list(data.keywords)) og('article:tag', keyword)

  x('twitter:card', 'summary_large_image')
  const handle = nonEmpty(site.xHandle)
  x('twitter:site', handle === undefined ? undefined : `@${handle.replace(/^@/, '')}`)
  const language = data.inLanguage
  x('twitter:title', headline && clip(headline, X_CARD_LIMITS.title, language))
  x('twitter:description', description && clip(description, X_CARD_LIMITS.description, language))
  x('twitter:image', imageUrl)
  x('twitter:image:alt', alt && clip(alt, X_CARD_LIMITS.imageAlt, language))
  return tags
}

/**
 * The head tags of {@link toMetaTags} as HTML, one element a line, every
 * value escaped for where it goes.
 *
 * @example
 * import { toMetaTagsHtml } from 'articlekit/json-ld'
 *
 * toMetaTagsHtml(article)
 * // '<title>Ferry line opens</title>\n<meta name="description" content="…">\n…'
 */
export function toMetaTagsHtml(article: Article<unknown>, options: JsonLdOptions = {}): string {
  return toMetaTags(article, options)
    .map((tag) =>
      tag.tag === 'title' ? `<title>${escapeText(tag.text)}</title>` : `<${tag.tag}${attributes(tag.attributes)}>`,
    )
    .join('\n')
}

/** A BCP 47 tag as an Open Graph locale: `en-GB` → `en_GB`, `de` → `de`, `zh-Hant-TW` → `zh_TW`. */
export function locale(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined
  const [language, ...rest] = tag.split('-')
  if (!language || !/^[a-z]{2,3}$/i.test(language)) return undefined
  const region = rest.find((part) => /^(?:[a-z]{2}|\d{3})$/i.test(part))
  return region === undefined ? language.toLowerCase() : `${language.toLowerCase()}_${region.toUpperCase()}`
}

/**
 * Text cut to `limit` UTF-16 code units (JavaScript's `length`), `…`
 * included, at a word boundary where there is one in `language`; text
 * within the limit is returned as it is. The cut is `cutText` of
 * `articlekit/text`: it never splits a grapheme cluster (a flag, an emoji
 * family, a letter with its accents) and never leaves a bidi control
 * unbalanced.
 *
 * @internal
 */
export function clip(text: string, limit: number, language?: unknown): string {
  return cutText(text, limit, '…', language)
}

/** Whether the first image of the data is the article's lead image (not a crop), so its alt text applies. */
function isLead(article: Article<unknown>, url: string, base: string | undefined): boolean {
  const lead = article.image?.url
  if (typeof lead !== 'string') return false
  if (lead === url) return true
  try {
    return base !== undefined && new URL(lead, base).href === url
  } catch {
    return false
  }
}
