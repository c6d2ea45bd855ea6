// Which articles a feed writes, in which order: every format goes through `select`.

import { formatPath } from '../core/path.js'
import { assertArticle, assertNotEmbargoed, RenderError } from '../core/renderer.js'
import type { Article } from '../model/types.js'
import { instant } from './dates.js'
import type { FeedBaseOptions, FeedWarning } from './types.js'

/** An article picked for a feed, with its index in the array the caller gave. */
export interface Picked {
  article: Article<unknown>
  index: number
}

/** Why an article cannot be written in a format: the warning's code, path in the article and message; or nothing. */
export type Need = (article: Article<unknown>) => (Omit<FeedWarning, 'path'> & { at: (string | number)[] }) | undefined

/** A `RenderError` about the article at `index`, its path prefixed with the index. */
function atIndex(error: RenderError, index: number): RenderError {
  const where = formatPath(error.path)
  const message = where ? error.message.slice(where.length + 2) : error.message
  return new RenderError(error.code, [index, ...error.path], message)
}

/** `onWarning` with the article's index put in front of every path. */
export function prefixed(
  onWarning: FeedBaseOptions['onWarning'],
  index: number,
): ((warning: FeedWarning) => void) | undefined {
  if (typeof onWarning !== 'function') return undefined
  return (warning) => onWarning({ ...warning, path: [index, ...warning.path] })
}

/** When the article was published, for sorting: its `datePublished`, else `dateModified`; `NaN` without either. */
function published(article: Article<unknown>): number {
  const time = instant(article.datePublished)
  return Number.isNaN(time) ? instant(article.dateModified) : time
}

/**
 * The articles a feed writes, newest first, at most `options.limit`: each
 * one checked as every renderer checks it (an article that is not one
 * throws a `RenderError` whose path starts with its index), one under
 * embargo at `now` left out with an `embargoed` warning, and one without
 * what the format needs (`need`) left out with its warning. Articles without
 * a date come last, in the order given.
 *
 * @internal
 */
export function select(articles: readonly Article<unknown>[], options: FeedBaseOptions, need?: Need): Picked[] {
  if (!Array.isArray(articles)) {
    throw new RenderError('invalid_option', ['articles'], 'Expected an array of articles')
  }
  const limit = options.limit
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    throw new RenderError('invalid_option', ['limit'], `Expected a whole number of 0 or more, got \`${String(limit)}\``)
  }
  const picked: { article: Article<unknown>; index: number; time: number }[] = []
  for (let index = 0; index < articles.length; index++) {
    const article = articles[index]
    try {
      assertArticle(article)
    } catch (error) {
      throw error instanceof RenderError ? atIndex(error, index) : error
    }
    const report = prefixed(options.onWarning, index)
    try {
      assertNotEmbargoed(article, options)
    } catch (error) {
      if (!(error instanceof RenderError) || error.code !== 'embargoed') throw error
      // A feed build publishes many articles: an embargoed one waits for a later build.
      report?.({
        code: 'embargoed',
        path: ['embargo'],
        // The core's reason, without its advice to a single render: a feed leaves the article out instead.
        message: `${error.message.replace(/^embargo: /, '').replace(/; it is not rendered:.*$/s, '')}; left out of the feed`,
      })
      continue
    }
    for (const key of ['datePublished', 'dateModified'] as const) {
      const value = (article as Article<unknown>)[key]
      if (typeof value === 'string' && Number.isNaN(instant(value))) {
        report?.({
          code: 'date_without_offset',
          path: [key],
          message: `\`${value}\` has no time zone offset, so a feed cannot place it in time and writes no date from it`,
        })
      }
    }
    const missing = need?.(article as Article<unknown>)
    if (missing !== undefined) {
      report?.({ code: missing.code, path: missing.at, message: missing.message })
      continue
    }
    picked.push({ article: article as Article<unknown>, index, time: published(article as Article<unknown>) })
  }
  // Newest first; undated last. Array sort is stable, so equal times keep the order given.
  picked.sort((a, b) => (Number.isNaN(a.time) ? 1 : 0) - (Number.isNaN(b.time) ? 1 : 0) || b.time - a.time || 0)
  return (limit === undefined ? picked : picked.slice(0, limit)).map(({ article, index }) => ({ article, index }))
}
