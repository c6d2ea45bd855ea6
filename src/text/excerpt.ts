import type { Article } from '../model/types.js'
import { type StoryOptions, storyText } from './measures.js'
import { segmenter } from './segment.js'
import { graphemes } from './wrap.js'

/** Options of {@link excerpt}. */
export interface ExcerptOptions extends StoryOptions {
  /** Longest excerpt, ellipsis included, in UTF-16 code units (what `String#length` counts). (default: `160`) */
  maxLength?: number
  /** Appended when the text is cut. (default: `'…'`) */
  ellipsis?: string
}

/** Punctuation that should not be left dangling before the ellipsis. */
const dangling = /[\s,;:\u2013\u2014-]+$/u

/**
 * The start of the story text (see {@link storyText}) on one line, at most
 * `maxLength` long. Text that fits is returned whole; longer text is cut at
 * the last word boundary that fits (found with `Intl.Segmenter` for the
 * article's language, so Chinese and Japanese are cut between words), or, when
 * no boundary is near, at the last grapheme boundary, so a surrogate pair, a
 * combining sequence or an emoji sequence is never split. Then the ellipsis.
 *
 * @example
 * excerpt(article, { maxLength: 40 }) // 'A ferry that charges its batteries from…'
 */
export function excerpt(article: Article<unknown>, options: ExcerptOptions = {}): string {
  const text = storyText(article, options).replace(/\s+/g, ' ').trim()
  const max = typeof options.maxLength === 'number' && options.maxLength >= 0 ? Math.floor(options.maxLength) : 160
  if (text.length <= max) return text
  const ellipsis = typeof options.ellipsis === 'string' ? options.ellipsis : '…'
  const room = max - ellipsis.length
  if (room <= 0) return ellipsis.slice(0, max)
  // A margin past the cut, so the segmenters see whole words and clusters around it.
  const head = text.slice(0, room + 64)
  let cut = 0
  const words = segmenter((article as { language?: unknown })?.language, 'word')
  if (words) {
    for (const { index } of words.segment(head)) {
      if (index > room) break
      cut = index
    }
  } else {
    cut = Math.max(0, head.lastIndexOf(' ', room))
  }
  if (cut < room / 2) {
    cut = 0
    for (const grapheme of graphemes(head)) {
      if (cut + grapheme.length > room) break
      cut += grapheme.length
    }
  }
  return text.slice(0, cut).replace(dangling, '') + ellipsis
}
