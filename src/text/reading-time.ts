import { isFurniture } from '../core/furniture.js'
import type { Article } from '../model/types.js'
import { type StoryOptions, wordCount } from './measures.js'

/** Options of {@link readingTime}. */
export interface ReadingTimeOptions extends StoryOptions {
  /** Reading speed. (default: `230`, an adult's silent reading speed for non-fiction in English) */
  wordsPerMinute?: number
  /** Count images: 12 seconds for the first, one second less for each next one, and 3 seconds each from the tenth on. (default: `true`) */
  images?: boolean
}

/** What {@link readingTime} returns. */
export interface ReadingTime {
  /** The reading time in minutes, unrounded. */
  minutes: number
  /** Minutes to show ("4 min read"): `minutes` rounded up, at least 1. */
  rounded: number
  /** Words counted (see `wordCount`). */
  words: number
  /** Images counted: the lead image and the image blocks of the story. */
  images: number
}

/**
 * How long the story takes to read: its words (see `wordCount`) at
 * `wordsPerMinute`, plus time to look at each image, the way news sites count
 * it: 12 seconds for the first image, 11 for the second, one second less for
 * each next one down to 3 seconds from the tenth image on. The lead image and
 * image blocks count; images in furniture do not.
 *
 * @example
 * readingTime(article) // { minutes: 3.12, rounded: 4, words: 630, images: 2 }
 */
export function readingTime(article: Article<unknown>, options: ReadingTimeOptions = {}): ReadingTime {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const speed = options.wordsPerMinute
  const perMinute = typeof speed === 'number' && speed > 0 && Number.isFinite(speed) ? speed : 230
  const words = wordCount(article, options)
  const images = options.images === false ? 0 : countImages(article)
  let seconds = 0
  for (let index = 0; index < images; index++) seconds += Math.max(3, 12 - index)
  const minutes = words / perMinute + seconds / 60
  return { minutes, rounded: Math.max(1, Math.ceil(minutes)), words, images }
}

/** The lead image and the image blocks outside furniture, however deep. */
function countImages(article: Article<unknown>): number {
  const root = article as { image?: unknown; body?: unknown }
  let count = root.image !== null && typeof root.image === 'object' ? 1 : 0
  const stack: unknown[] = [root.body]
  // Each array or node is visited once, so a cycle in an unvalidated object ends.
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item)
      continue
    }
    const block = value as { type?: unknown; children?: unknown; items?: unknown }
    if (block.type === 'image') count++
    else if (typeof block.type === 'string' && isFurniture(block as { type: string })) continue
    stack.push(block.children, block.items)
  }
  return count
}
