import type { Article } from '../model/types.js'
import { type StoryOptions, textOf } from './measures.js'
import { segmenter, segmentsOf } from './segment.js'
import { graphemes } from './wrap.js'

/** Options of {@link characterCount}. */
export interface CharacterCountOptions extends StoryOptions {
  /** Count spaces: each run of whitespace, the break between two blocks included, counts as one character. (default: `true`) */
  spaces?: boolean
}

/** Text in which every code unit is a whole character: nothing that combines, no surrogate pairs. */
const simple = /^[\0-\u02ff]*$/

/**
 * The number of characters in the story text (see {@link storyText}), as a
 * reader counts them: grapheme clusters, so `é` written with a combining
 * accent, a flag or a family emoji each count as one. Each run of whitespace
 * counts as one character, or none with `spaces: false`.
 *
 * @example
 * characterCount(parseArticle({ headline: 'H', body: ['Café au lait.', 'Two.'] })) // 18
 * characterCount(parseArticle({ headline: 'H', body: ['Café au lait.', 'Two.'] }), { spaces: false }) // 15
 */
export function characterCount(article: Article<unknown>, options: CharacterCountOptions = {}): number {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const text = textOf(article, options)
    .trim()
    .replace(/\s+/g, options.spaces === false ? '' : ' ')
  if (simple.test(text)) return text.length
  const splitter = segmenter(undefined, 'grapheme')
  if (!splitter) return graphemes(text).length
  let count = 0
  for (const _ of segmentsOf(splitter, text)) count++
  return count
}
