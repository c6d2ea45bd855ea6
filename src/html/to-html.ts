import { createRenderer, defaultUrlPolicy } from '../core/index.js'
import { metaTagsOf, toMetaTags } from '../json-ld/meta-tags.js'
import { serializeJsonLd } from '../json-ld/serialize.js'
import { toJsonLd } from '../json-ld/to-json-ld.js'
import type { JsonLdNode, JsonLdOptions } from '../json-ld/types.js'
import type { Article } from '../model/types.js'
import { attribute, attributes, escapeText } from './escape.js'
import { defaultHandlers } from './handlers/index.js'
import { englishLabels } from './labels.js'
import type { HtmlOptions, HtmlScratch, HtmlSection, HtmlWarning, ResolvedHtmlOptions } from './types.js'

const SECTIONS: HtmlSection[] = ['header', 'leadImage', 'body', 'sources', 'related']

function resolve(options: HtmlOptions, article: Article<unknown>): ResolvedHtmlOptions {
  const sections = {} as Record<HtmlSection, boolean>
  for (const section of SECTIONS) sections[section] = options.sections?.[section] !== false
  const linkTarget = options.linkTarget
  return {
    document: options.document === true,
    headingOffset: Number.isInteger(options.headingOffset) ? (options.headingOffset as number) : 0,
    classPrefix: classPrefix(options),
    linkTarget,
    linkRel: linkTarget || options.linkRel !== undefined ? linkRel(linkTarget, options.linkRel) : undefined,
    urlPolicy: options.urlPolicy ?? defaultUrlPolicy,
    imageLoading: options.imageLoading === 'eager' ? 'eager' : 'lazy',
    resolveUrl: options.resolveUrl === true,
    embeds: Array.isArray(options.embeds) ? options.embeds : [],
    tableOfContents: tocLevel(options.tableOfContents),
    allowDangerousHtml: options.allowDangerousHtml === true,
    sections,
    labels: { ...englishLabels, ...options.labels },
    locale: options.locale ?? (typeof article.language === 'string' ? article.language : 'en'),
    onWarning: options.onWarning,
    scratch: new Scratch(article),
  }
}

/** The `rel` of external links: the option's words, and `noopener noreferrer` with a target. */
function linkRel(linkTarget: unknown, option: string | undefined): string | undefined {
  const rel = new Set((option ?? '').split(/\s+/).filter(Boolean))
  if (linkTarget) {
    rel.add('noopener')
    rel.add('noreferrer')
  }
  return rel.size > 0 ? [...rel].join(' ') : undefined
}

/**
 * A render's bookkeeping. The origin of `article.url` is worked out when a handler first asks for
 * it (only links with `linkTarget` or `linkRel` do), as parsing a URL is not free. A class, since
 * an object literal with a getter is slow to build.
 */
class Scratch implements HtmlScratch {
  ids = new Set<string>()
  suffixes = new Map<string, number>()
  firstCitation = new Map<number, string>()
  citations = 0
  inLink = 0
  headings: HtmlScratch['headings'] = []
  #article: Article<unknown>
  #origin: string | undefined = undefined
  #known = false

  constructor(article: Article<unknown>) {
    this.#article = article
  }

  get origin(): string | undefined {
    if (!this.#known) {
      this.#known = true
      try {
        const url = this.#article.url
        this.#origin = typeof url === 'string' ? `${new URL(url).origin.toLowerCase()}/` : undefined
      } catch {
        this.#origin = undefined
      }
    }
    return this.#origin
  }

  set origin(value: string | undefined) {
    this.#known = true
    this.#origin = value
  }
}

/** The class prefix: letters, digits, `_` and `-` of the option, else `ak-`. */
function classPrefix(options: HtmlOptions): string {
  return typeof options.classPrefix === 'string' ? options.classPrefix.replace(/[^\w-]/g, '') : 'ak-'
}

function tocLevel(option: HtmlOptions['tableOfContents']): number {
  if (option === true) return 3
  if (typeof option !== 'object' || option === null) return 0
  const level = option.maxLevel ?? 3
  return Number.isInteger(level) ? Math.min(Math.max(level, 2), 6) : 3
}

const renderArticle = /* @__PURE__ */ createRenderer<string, ResolvedHtmlOptions, typeof defaultHandlers>({
  format: 'html',
  empty: '',
  join: (html, next) => html + next,
  handlers: defaultHandlers,
  // Text, most of every article, is escaped from the node alone.
  leaves: ['text'],
  // The renderer is called with the user's HtmlOptions; resolve turns them into what handlers see.
  defaults: (options, article) => resolve(options as HtmlOptions, article),
})

/**
 * Render an article as HTML: an `<article>` fragment, or with
 * `document: true` a whole HTML5 document. Every text is escaped for where it
 * goes and every URL passes the URL policy again here, so an article that
 * never went through `parseArticle` still cannot inject markup or script.
 *
 * @example
 * import { parseArticle } from 'articlekit'
 * import { toHtml } from 'articlekit/html'
 *
 * const html = toHtml(parseArticle(input), { linkTarget: '_blank' })
 * // '<article class="ak-article" lang="en-GB"><header class="ak-header"><h1 …'
 */
export function toHtml(article: Article<unknown>, options: HtmlOptions = {}): string {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  if (options.document !== true) return renderArticle(article, options as Partial<ResolvedHtmlOptions> & HtmlOptions)
  // The body and the head tags look at the same URLs: report each problem once.
  const report = options.onWarning
  const seen = new Set<string>()
  const onWarning =
    report &&
    ((warning: HtmlWarning) => {
      const key = `${warning.code} ${JSON.stringify(warning.path)}`
      if (seen.has(key)) return
      seen.add(key)
      report(warning)
    })
  const resolved: HtmlOptions = { ...options }
  if (onWarning) resolved.onWarning = onWarning
  const fragment = renderArticle(article, resolved as Partial<ResolvedHtmlOptions> & HtmlOptions)
  return wrapDocument(article, fragment, resolved)
}

/** The `handlers` toHtml starts from, to call from an override. */
export { defaultHandlers }

/**
 * The document around the fragment. The head's title, description, canonical
 * link, Open Graph and X tags, and the JSON-LD script come from
 * `articlekit/json-ld`, so they agree with what an SEO pipeline would emit.
 */
function wrapDocument(article: Article<unknown>, fragment: string, options: HtmlOptions): string {
  // Assistive technology needs the page's language: the article's, else the locale's (which the labels follow).
  const language =
    typeof article.language === 'string' ? article.language : typeof options.locale === 'string' ? options.locale : 'en'
  // The HTML's own URL policy, warnings and body class are the defaults; `jsonLd` overrides them.
  const seo: JsonLdOptions = {
    ...(options.urlPolicy ? { urlPolicy: options.urlPolicy } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    paywallSelector: `.${classPrefix(options)}body`,
    ...(options.jsonLd || {}),
  }
  let head =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    // The default stylesheet has a dark scheme; without a stylesheet, the browser's own colours follow the reader too.
    '<meta name="color-scheme" content="light dark">'
  // A document needs a title even when the headline is blank (the head tags then leave theirs out).
  head += `<title>${escapeText(article.headline)}</title>`
  // Flat JSON-LD (the default) also feeds the head tags: the article is mapped once.
  const data = options.jsonLd === false ? undefined : toJsonLd(article, seo)
  const tags =
    data !== undefined && !('@graph' in data)
      ? metaTagsOf(article, data as unknown as JsonLdNode, seo)
      : toMetaTags(article, seo)
  for (const tag of tags) if (tag.tag !== 'title') head += `<${tag.tag}${attributes(tag.attributes)}>`
  if (data !== undefined) head += `<script type="application/ld+json">${serializeJsonLd(data)}</script>`
  return `<!doctype html><html${attribute('lang', language)}><head>${head}</head><body>${fragment}</body></html>`
}
