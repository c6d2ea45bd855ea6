import { createRenderer, defaultUrlPolicy } from '../core/index.js'
import { assertArticle } from '../core/renderer.js'
import type { Article } from '../model/types.js'
import { hazard } from './clean.js'
import { fallback } from './fallback.js'
import { defaultHandlers } from './handlers/index.js'
import { englishLabels } from './labels.js'
import type { ResolvedTextOptions, TextOptions, TextWarning } from './types.js'

/** What `toText` hands the renderer: the caller's options, and whether this is the careful second render. */
type RenderInput = TextOptions & { careful?: boolean }

function resolve(options: RenderInput, article: Article<unknown>): ResolvedTextOptions {
  const speech = options.mode === 'speech'
  const sections = options.sections ?? {}
  const wrap = Number(options.wrap)
  return {
    speech,
    wrap: wrap > 0 ? Math.floor(wrap) : 0,
    links: speech ? 'none' : (options.links ?? 'inline'),
    headings: options.headings ?? 'plain',
    captions: options.captions ?? !speech,
    furniture: options.furniture === true,
    sections: {
      header: sections.header !== false,
      leadImage: sections.leadImage !== false,
      body: sections.body !== false,
      liveBlog: sections.liveBlog !== false,
      backstory: sections.backstory !== false,
      corrections: sections.corrections !== false,
      sources: sections.sources ?? options.sources ?? !speech,
      related: (sections.related ?? options.related) === true,
    },
    labels: options.labels ? { ...englishLabels, ...options.labels } : englishLabels,
    locale: options.locale ?? (typeof article.language === 'string' ? article.language : 'en'),
    urlPolicy: options.urlPolicy ?? defaultUrlPolicy,
    resolveUrl: options.resolveUrl === true,
    onWarning: options.onWarning,
    scratch: {
      width: wrap > 0 ? Math.floor(wrap) : Number.POSITIVE_INFINITY,
      notes: [],
      inline: false,
      careful: options.careful === true,
      upper: false,
    },
  }
}

const renderArticle = /* @__PURE__ */ createRenderer<string, ResolvedTextOptions, typeof defaultHandlers, RenderInput>({
  format: 'text',
  empty: '',
  join: (text, next) => text + next,
  handlers: defaultHandlers,
  unknownNode: fallback,
  // Text, most of every article, is written from the node alone.
  leaves: ['text', 'inlineCode', 'break'],
  // The renderer is called with the user's TextOptions; resolve turns them into what handlers see.
  defaults: resolve,
})

/**
 * Render an article as readable plain text: headline, standfirst, byline and
 * date line, then the body (paragraphs separated by a blank line, lists with
 * `-` and `1.`, quotes indented with `— Name` under them, tables as aligned
 * columns, code verbatim), then corrections, sources and the link list of
 * `'footnotes'` mode. There is no line feed at the end.
 *
 * A node without a handler renders its text children (see `unknownNode`).
 * An article that is not an object throws a `RenderError` with code
 * `invalid_node`.
 *
 * @example
 * import { parseArticle } from 'articlekit'
 * import { toText } from 'articlekit/text'
 *
 * toText(parseArticle(input), { wrap: 72, links: 'footnotes' })
 * // 'Porthcarrow opens tide-powered ferry line…\n\nThe city\'s first…'
 */
export function toText(article: Article<unknown>, options: TextOptions = {}): string {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  assertArticle(article)
  // Render without looking into each field, then check the whole output
  // once, validated or not: only output holding a control or a bidi control
  // is rendered again, each field cleaned as it is written. Warnings wait
  // until it is known which render counts, so each is reported once.
  const warnings: TextWarning[] = []
  const { onWarning } = options
  const first = renderArticle(
    article,
    onWarning ? { ...options, onWarning: (warning: TextWarning) => warnings.push(warning) } : options,
  )
  if (!hazard.test(first)) {
    if (onWarning) for (const warning of warnings) onWarning(warning)
    return first
  }
  return renderArticle(article, { ...options, careful: true })
}

/**
 * Render an article as text for a text-to-speech engine: `toText` with
 * `mode: 'speech'`. Headline, standfirst and byline, then the body, with no
 * URLs, no list markers, brackets or rules; every heading, list item, table
 * row and caption a sentence ending in punctuation (a full stop is added only
 * where none is, so "etc." keeps one). Captions and sources are left out
 * unless asked for.
 *
 * @example
 * toSpeech(parseArticle({ headline: 'Ferry returns', body: [{ type: 'list', items: ['Hourly', 'Free bikes etc.'] }] }))
 * // 'Ferry returns.\n\nHourly.\nFree bikes etc.'
 */
export function toSpeech(article: Article<unknown>, options: Omit<TextOptions, 'mode'> = {}): string {
  return toText(article, { ...options, mode: 'speech' })
}

/** The `handlers` toText starts from, to call from an override. */
export { defaultHandlers }
