import { createRenderer, defaultUrlPolicy } from '../core/index.js'
import type { Article } from '../model/types.js'
import { defaultHandlers } from './handlers/index.js'
import { englishLabels } from './labels.js'
import type { HtmlOptions, HtmlScratch, HtmlSection, ResolvedHtmlOptions } from './types.js'

const SECTIONS: HtmlSection[] = [
  'header',
  'leadImage',
  'body',
  'liveBlog',
  'backstory',
  'corrections',
  'sources',
  'related',
]

function resolve(options: HtmlOptions, article: Article<unknown>): ResolvedHtmlOptions {
  const sections = {} as Record<HtmlSection, boolean>
  for (const section of SECTIONS) sections[section] = options.sections?.[section] !== false
  const linkTarget = options.linkTarget
  return {
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

/**
 * The class prefix: letters, digits, `_` and `-` of the option, else `ak-`.
 *
 * @internal
 */
export function classPrefix(options: HtmlOptions): string {
  return typeof options.classPrefix === 'string' ? options.classPrefix.replace(/[^\w-]/g, '') : 'ak-'
}

function tocLevel(option: HtmlOptions['tableOfContents']): number {
  if (option === true) return 3
  if (typeof option !== 'object' || option === null) return 0
  const level = option.maxLevel ?? 3
  return Number.isInteger(level) ? Math.min(Math.max(level, 2), 6) : 3
}

const renderArticle = /* @__PURE__ */ createRenderer<string, ResolvedHtmlOptions, typeof defaultHandlers, HtmlOptions>({
  format: 'html',
  empty: '',
  join: (html, next) => html + next,
  handlers: defaultHandlers,
  // Text, most of every article, is escaped from the node alone.
  leaves: ['text'],
  // The renderer is called with the user's HtmlOptions; resolve turns them into what handlers see.
  defaults: resolve,
})

/**
 * Render an article as an HTML `<article>` fragment, to place in a page of
 * your own; `toHtmlDocument` writes the whole page around it. Every text is
 * escaped for where it goes and every URL passes the URL policy again here,
 * so an article that never went through `parseArticle` still cannot inject
 * markup or script.
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
  // The option that made a whole page is gone: say where it went rather than return a fragment.
  if ((options as { document?: unknown }).document)
    throw new TypeError('toHtml writes a fragment: call toHtmlDocument for a whole page')
  return renderArticle(article, options)
}

/** The `handlers` toHtml starts from, to call from an override. */
export { defaultHandlers }
