// Line wrapping by display width, the way a terminal or a fixed-width font
// lays text out.

import { segmenter, segmentsOf } from './segment.js'

/** Printable ASCII only: one column per code unit. */
const narrow = /^[\x20-\x7e]*$/
/**
 * Non-spacing and enclosing marks (accents, Arabic vowel signs, Devanagari
 * signs above and below), format characters (zero-width joiners, soft hyphens,
 * bidi controls), controls, Hangul medial and final jamo and emoji skin-tone
 * modifiers take no column.
 * Spacing marks, such as most Devanagari vowel signs, take one.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class is tested one character at a time.
const zero = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff\u{1f3fb}-\u{1f3ff}]/u
/** East Asian wide and full-width characters, and emoji pictographs, take two columns. */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u

/** Characters that may start an emoji cluster two columns wide: emoji-presentation pictographs, regional indicators, variation selector 16. */
const emojiLike = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\ufe0f/u
const emojiFirst = /^\p{Emoji_Presentation}/u
const flag = /^\p{Regional_Indicator}{2}/u
const emojiBase = /^\p{Emoji}/u

/**
 * How many columns a single line of text takes in a fixed-width font, as
 * terminals count them: East Asian wide and full-width characters take two,
 * non-spacing combining marks and zero-width characters none, everything else
 * one. An emoji is measured as one grapheme cluster, two columns wide: a
 * pictograph shown as an emoji (🚀, ⌚, or ❤ with U+FE0F), a flag, a keycap,
 * or a sequence joined by U+200D (👨‍👩‍👧).
 *
 * @example
 * displayWidth('abc') // 3
 * displayWidth('日本語') // 6
 * displayWidth('e\u0301') // 1
 * displayWidth('👨‍👩‍👧') // 2
 */
export function displayWidth(text: string): number {
  if (narrow.test(text)) return text.length
  if (!emojiLike.test(text)) return codeWidth(text)
  let width = 0
  for (const cluster of graphemes(text)) {
    if (emojiFirst.test(cluster) || flag.test(cluster) || (cluster.includes('\ufe0f') && emojiBase.test(cluster)))
      width += 2
    else width += codeWidth(cluster)
  }
  return width
}

/** The width of text summed over its code points. */
function codeWidth(text: string): number {
  let width = 0
  for (const character of text) width += zero.test(character) ? 0 : wide.test(character) ? 2 : 1
  return width
}

/** Characters between which a line may break without a space: Chinese and Japanese ideographs and kana. */
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f\\u{20000}-\\u{3fffd}'
/**
 * Spaces a line may break at: every white space but the no-break ones
 * (U+00A0, U+2007 figure space, U+202F narrow no-break space and U+FEFF), as a character-class body;
 * speech's sentences squash runs of them too.
 *
 * @internal
 */
export const BREAK = '\\t\\n\\v\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000'
/**
 * A piece of a line between break opportunities: a run of breaking spaces, or
 * one CJK character with the opening punctuation before it and the closing
 * punctuation after it (which may not begin a line), or a run of anything else.
 */
// Built in a function called at once: esbuild keeps a `new RegExp` whose template has
// substitutions even when marked pure, so the pattern would weigh on every bundle that imports
// this module for `graphemes` alone (the meta tags, HTML pages).
const pieces = /* @__PURE__ */ (() =>
  new RegExp(
    `[${BREAK}]+|[\\p{Ps}\\p{Pi}]*(?:[${CJK}]|[^${BREAK}${CJK}]+)[\\p{Pe}\\p{Pf}\\p{Po}ーゃゅょっャュョッぁぃぅぇぉァィゥェォ]*`,
    'gu',
  ))()
const space = /* @__PURE__ */ (() => new RegExp(`^[${BREAK}]`))()
/** No-break spaces and the word joiner: no break on either side of them. */
const glue = /[\u00a0\u2007\u202f\u2060\ufeff]/
const url = /^\W*(?:[a-z][\w+.-]*:\/\/|www\.|mailto:)/i
/** Thai, Lao, Burmese and Khmer (and their neighbours Tai Le, New Tai Lue and Tai Tham): no spaces between words. */
const southEastAsian = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1950-\u19df\u1a20-\u1aaf\ua9e0-\ua9ff\uaa60-\uaadf]/
/** A word segment that may not start a line: closing or other punctuation. */
const closing = /^[\p{Pe}\p{Pf}\p{Po}]/u
/** A word segment that may not end a line: opening punctuation. */
const opening = /[\p{Ps}\p{Pi}]$/u

/**
 * Wrap text at `width` columns, at spaces and between CJK characters,
 * measuring with {@link displayWidth}. Existing line breaks are kept. No-break
 * spaces (U+00A0, U+2007, U+202F) and the word joiner (U+2060) hold their
 * neighbours together. Thai, Lao, Burmese and Khmer, written without spaces,
 * break between the words `Intl.Segmenter` finds. A word wider than the line
 * is cut at grapheme boundaries, unless it is a URL.
 *
 * @example
 * wrap('The ferry made its first crossing', 12) // 'The ferry\nmade its\nfirst\ncrossing'
 */
export function wrap(text: string, width: number): string {
  if (!(width > 0) || (text.length <= width && !text.includes('\n') && narrow.test(text))) return text
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n')
}

/** The pieces of a line, with pieces that a no-break space or word joiner holds together made one. */
function split(line: string): string[] {
  const found = line.match(pieces) ?? []
  if (!glue.test(line)) return found
  const merged: string[] = []
  for (const piece of found) {
    const last = merged[merged.length - 1]
    if (
      last !== undefined &&
      !space.test(piece) &&
      !space.test(last) &&
      (glue.test(last.slice(-1)) || glue.test(piece.charAt(0)))
    )
      merged[merged.length - 1] = last + piece
    else merged.push(piece)
  }
  return merged
}

/** A piece in Thai, Lao, Burmese or Khmer as its words, punctuation kept with the word it belongs to; `undefined` when it cannot be split. */
function words(piece: string): string[] | undefined {
  if (!southEastAsian.test(piece)) return undefined
  const splitter = segmenter(undefined, 'word')
  if (!splitter) return undefined
  const found: string[] = []
  for (const { segment } of segmentsOf(splitter, piece)) {
    const last = found[found.length - 1]
    const joined =
      last !== undefined &&
      (closing.test(segment) || opening.test(last) || glue.test(segment.charAt(0)) || glue.test(last.slice(-1)))
    if (joined) found[found.length - 1] = last + segment
    else found.push(segment)
  }
  return found.length > 1 ? found : undefined
}

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line
  const lines: string[] = []
  let current = ''
  let used = 0
  let gap = ''
  /** Put one piece on the current line or the next; `divisible` lets a run of Thai, Lao, Burmese or Khmer break between its words. */
  const place = (piece: string, divisible: boolean): void => {
    const size = displayWidth(piece)
    const gapSize = displayWidth(gap)
    if (current && used + gapSize + size <= width) {
      current += gap + piece
      used += gapSize + size
      gap = ''
      return
    }
    const parts = divisible && !url.test(piece) ? words(piece) : undefined
    if (parts) {
      for (const part of parts) place(part, false)
      return
    }
    if (current) lines.push(current)
    current = piece
    used = size
    gap = ''
    if (size > width && !url.test(piece)) {
      // Too wide for any line: cut it, keeping every grapheme whole.
      const cut = cutWord(piece, width)
      current = cut.pop() as string
      for (const chunk of cut) lines.push(chunk)
      used = displayWidth(current)
    }
  }
  for (const piece of split(line)) {
    if (space.test(piece)) {
      if (current) gap = piece
    } else place(piece, true)
  }
  if (current) lines.push(current)
  return lines.join('\n')
}

/** Split a word into chunks of at most `width` columns, at grapheme boundaries. */
function cutWord(word: string, width: number): string[] {
  const chunks: string[] = []
  if (narrow.test(word)) {
    for (let start = 0; start < word.length; start += width) chunks.push(word.slice(start, start + width))
    return chunks
  }
  let chunk = ''
  let used = 0
  for (const grapheme of graphemes(word)) {
    const size = displayWidth(grapheme)
    if (chunk && used + size > width) {
      chunks.push(chunk)
      chunk = ''
      used = 0
    }
    chunk += grapheme
    used += size
  }
  chunks.push(chunk)
  return chunks
}

const cluster =
  /(?:\p{Regional_Indicator}{2}|[\s\S])(?:\p{M}|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}]|\u200d\p{Extended_Pictographic}?)*/gu

/**
 * The grapheme clusters of a text: with `Intl.Segmenter` where it exists,
 * else each character (or flag) with the combining marks, variation
 * selectors, skin tones and joined pictographs after it.
 *
 * @internal
 */
export function graphemes(text: string): string[] {
  const splitter = segmenter(undefined, 'grapheme')
  if (splitter) return Array.from(segmentsOf(splitter, text), (part) => part.segment)
  // A flag, or any character, with the marks, variation selectors, skin tones and tags after it, and the
  // pictographs a zero-width joiner attaches.
  return text.match(cluster) ?? []
}
