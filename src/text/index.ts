/**
 * The plain text renderer and text measures: an article as readable text or
 * as text for speech, its story text, word and character counts, reading
 * time and an excerpt. It does not import zod.
 *
 * @module articlekit/text
 */

export { type CharacterCountOptions, characterCount } from './character-count.js'
export { type ExcerptOptions, excerpt } from './excerpt.js'
export { englishLabels, type TextLabels } from './labels.js'
export { type StoryOptions, storyText, wordCount } from './measures.js'
export { type ReadingTime, type ReadingTimeOptions, readingTime } from './reading-time.js'
export { defaultHandlers, toSpeech, toText } from './to-text.js'
export type {
  LinkStyle,
  ResolvedTextOptions,
  TextOptions,
  TextParts,
  TextSection,
  TextState,
  TextWarning,
} from './types.js'
export { displayWidth, wrap } from './wrap.js'
