import type { EmbargoOptions } from '../core/renderer.js'
import { squash } from '../model/text.js'
import type { Article } from '../model/types.js'
import { cutText } from './cut.js'
import { type StoryOptions, storyText } from './measures.js'

/** Options of {@link excerpt}. */
export interface ExcerptOptions extends StoryOptions, EmbargoOptions {
  /** Longest excerpt, ellipsis included, in UTF-16 code units (what `String#length` counts). (default: `160`) */
  maxLength?: number
  /** Appended when the text is cut. (default: `'…'`) */
  ellipsis?: string
}

/**
 * The start of the story text (see {@link storyText}) on one line, at most
 * `maxLength` long. Text that fits is returned whole; longer text is cut at
 * the last word boundary that fits (found with `Intl.Segmenter` for the
 * article's language, so Chinese and Japanese are cut between words), or, when
 * no boundary is near, at the last grapheme boundary, so a surrogate pair, a
 * combining sequence or an emoji sequence is never split. A bidi control the
 * cut leaves open is dropped. Then the ellipsis. An excerpt publishes the
 * story's words: an article under embargo throws, as `storyText` does.
 *
 * @example
 * excerpt(article, { maxLength: 40 }) // 'A ferry that charges its batteries from…'
 */
export function excerpt(article: Article<unknown>, options: ExcerptOptions = {}): string {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const text = squash(storyText(article, options))
  const max = typeof options.maxLength === 'number' && options.maxLength >= 0 ? Math.floor(options.maxLength) : 160
  const ellipsis = typeof options.ellipsis === 'string' ? options.ellipsis : '…'
  return cutText(text, max, ellipsis, (article as { language?: unknown }).language)
}
