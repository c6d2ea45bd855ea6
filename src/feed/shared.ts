// What the formats share: the options item handlers see, URLs made absolute, the summary, the
// content, and one loop that renders each picked article with a format's item renderer.

import type { Renderer, UrlContext, UrlPolicy } from '../core/index.js'
import { defaultUrlPolicy } from '../core/url-policy.js'
// Through the entries' own modules: the build then shares their chunks as they are, and the other
// entries' bundles stay the size they were (a deep import split their chunks, 0.03 to 0.1 KB each).
import { toHtml } from '../html/index.js'
import type { HtmlOptions } from '../html/types.js'
import { absoluteUrl, nonEmpty } from '../json-ld/util.js'
import type { Article, Inline } from '../model/types.js'
import { toText } from '../text/index.js'
import type { TextOptions } from '../text/types.js'
import { type Picked, prefixed } from './select.js'
import type { FeedBaseOptions, FeedState, FeedWarning, ResolvedChannel, ResolvedFeedOptions } from './types.js'

/** What the item renderers are called with: the resolved options, made before the call. */
export interface ItemInput {
  resolved: ResolvedFeedOptions
}

/** The `defaults` of every item renderer: the options were resolved by {@link renderItems}. */
export const resolvedOf = (options: ItemInput): ResolvedFeedOptions => options.resolved

/**
 * Render every picked article with `render`, each with its own resolved
 * options (its canonical URL, warnings prefixed with its index), and the
 * caller's handlers, unknown-node policy and nesting limit.
 *
 * @internal
 */
export function renderItems<Result>(
  // biome-ignore lint/suspicious/noExplicitAny: each format's renderer has its own handler types.
  render: Renderer<Result, ResolvedFeedOptions, any, ItemInput>,
  picked: readonly Picked[],
  options: FeedBaseOptions & {
    handlers?: unknown
    unknownNode?: unknown
    maxDepth?: number
    html?: HtmlOptions | false
    text?: TextOptions | false
  },
  channel: ResolvedChannel | undefined,
  extra: Partial<ResolvedFeedOptions> = {},
): Result[] {
  const urlPolicy = typeof options.urlPolicy === 'function' ? options.urlPolicy : defaultUrlPolicy
  const results: Result[] = []
  for (const { article, index } of picked) {
    const onWarning = prefixed(options.onWarning, index)
    const canonical = absoluteUrl({ urlPolicy, canonical: undefined, onWarning }, article.url, 'canonical', ['url'])
    const resolved: ResolvedFeedOptions = {
      channel,
      urlPolicy,
      onWarning,
      canonical,
      html: content<HtmlOptions>(options.html, options, onWarning, urlPolicy, canonical ?? channel?.link),
      text: content<TextOptions>(options.text, options, onWarning, urlPolicy, canonical ?? channel?.link),
      publication: undefined,
      ...extra,
    }
    results.push(
      render(article, {
        resolved,
        handlers: options.handlers as never,
        unknownNode: options.unknownNode as never,
        ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
        ...(options.now === undefined ? {} : { now: options.now }),
        ...(options.ignoreEmbargo === undefined ? {} : { ignoreEmbargo: options.ignoreEmbargo }),
      }),
    )
  }
  return results
}

/**
 * The options for `toHtml` or `toText`: the caller's, without the header
 * (a reader shows title, byline and date itself) unless they say otherwise,
 * with the feed's embargo options, the feed's `onWarning` unless they have
 * their own, and a URL policy that resolves relative URLs against `base`
 * (the content is read away from the site); `false` for no content.
 */
function content<Options extends HtmlOptions | TextOptions>(
  given: Options | false | undefined,
  feed: FeedBaseOptions,
  onWarning: ((warning: FeedWarning) => void) | undefined,
  feedPolicy: UrlPolicy,
  base: string | undefined,
): Options | false {
  if (given === false) return false
  const options = { sections: { header: false }, ...(given ?? {}) } as Options
  if (feed.now !== undefined) options.now = feed.now
  if (feed.ignoreEmbargo !== undefined) options.ignoreEmbargo = feed.ignoreEmbargo
  if (options.onWarning === undefined && onWarning) options.onWarning = onWarning
  const policy = typeof options.urlPolicy === 'function' ? options.urlPolicy : feedPolicy
  options.urlPolicy = base === undefined ? policy : (url, context) => absolute(policy(url, context), base)
  return options
}

/** A URL the policy allowed, made absolute against `base` when it is relative. */
function absolute(url: string | undefined, base: string): string | undefined {
  if (url === undefined || /^[a-z][a-z\d+.-]*:/i.test(url)) return url
  try {
    return new URL(url, base).href
  } catch {
    return url
  }
}

/**
 * A URL of the article as a feed may write it: allowed by the URL policy and
 * absolute (a relative one resolved against the article's canonical URL,
 * else the channel's link); else `undefined`, reported at the current path
 * plus `at`.
 *
 * @internal
 */
export function feedUrl<Result>(
  state: FeedState<Result>,
  value: unknown,
  context: UrlContext,
  ...at: (string | number)[]
): string | undefined {
  const { urlPolicy, onWarning, canonical, channel } = state.options
  return absoluteUrl(
    { urlPolicy, onWarning: onWarning as never, canonical: canonical ?? channel?.link },
    value,
    context,
    [...state.path, ...at],
  )
}

/** The text of inline nodes: text and code values, and the text of their children; a break is a space. */
export function inlineText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return ''
  let text = ''
  for (const node of nodes as Inline[]) {
    if (node === null || typeof node !== 'object') continue
    if (node.type === 'break') text += ' '
    else if ('value' in node && typeof node.value === 'string') text += node.value
    else if ('children' in node) text += inlineText(node.children)
  }
  return text
}

/**
 * The article's summary, plain text: its `description`, else its
 * standfirst's text; `undefined` if it has neither.
 *
 * @internal
 */
export function summary(article: Article<unknown>): string | undefined {
  return nonEmpty(article.description) ?? nonEmpty(inlineText(article.standfirst))
}

/** The article as the `toHtml` fragment, or `undefined` when content is off. @internal */
export function htmlContent<Result>(state: FeedState<Result>): string | undefined {
  const options = state.options.html
  return options === false ? undefined : toHtml(state.article, options)
}

/** The article as `toText` writes it, or `undefined` when it is off. @internal */
export function textContent<Result>(state: FeedState<Result>): string | undefined {
  const options = state.options.text
  return options === false ? undefined : toText(state.article, options)
}

/**
 * A `need` for `select`: the article must have a canonical URL the URL
 * policy allows, absolute `http:` or `https:`.
 *
 * @internal
 */
export function needsUrl(options: FeedBaseOptions): (article: Article<unknown>) => MissingPart | undefined {
  const urlPolicy = typeof options.urlPolicy === 'function' ? options.urlPolicy : defaultUrlPolicy
  return (article) =>
    absoluteUrl({ urlPolicy, canonical: undefined, onWarning: undefined }, article.url, 'canonical', ['url']) ===
    undefined
      ? {
          code: 'missing_url',
          at: ['url'],
          message:
            'The article has no canonical `url` (absolute, allowed by the URL policy), which this format needs; left out',
        }
      : undefined
}

/** What an article lacks, as `select` reports it. */
export type MissingPart = Omit<FeedWarning, 'path'> & { at: (string | number)[] }
