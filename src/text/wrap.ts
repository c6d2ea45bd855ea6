// Line wrapping by display width, the way a terminal or a fixed-width font
// lays text out.

import { segmenter } from './segment.js'

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

/**
 * How many columns a single line of text takes in a fixed-width font, as
 * terminals count them: East Asian wide and full-width characters take two,
 * non-spacing combining marks and zero-width characters none, everything else one.
 *
 * @example
 * displayWidth('abc') // 3
 * displayWidth('日本語') // 6
 * displayWidth('e\u0301') // 1
 */
export function displayWidth(text: string): number {
  if (narrow.test(text)) return text.length
  let width = 0
  for (const character of text) width += zero.test(character) ? 0 : wide.test(character) ? 2 : 1
  return width
}

/** Characters between which a line may break without a space: Chinese and Japanese ideographs and kana. */
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f\\u{20000}-\\u{3fffd}'
/**
 * A piece of a line between break opportunities: a run of spaces, or one CJK
 * character with the opening punctuation before it and the closing
 * punctuation after it (which may not begin a line), or a run of anything else.
 */
const pieces = /* @__PURE__ */ new RegExp(
  `\\s+|[\\p{Ps}\\p{Pi}]*(?:[${CJK}]|[^\\s${CJK}]+)[\\p{Pe}\\p{Pf}\\p{Po}ーゃゅょっャュョッぁぃぅぇぉァィゥェォ]*`,
  'gu',
)
const space = /^\s/
const url = /^\W*(?:[a-z][\w+.-]*:\/\/|www\.|mailto:)/i

/**
 * Wrap text at `width` columns, at spaces and between CJK characters,
 * measuring with {@link displayWidth}. Existing line breaks are kept. A word
 * wider than the line is cut at grapheme boundaries, unless it is a URL.
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

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line
  const lines: string[] = []
  let current = ''
  let used = 0
  let gap = ''
  for (const piece of line.match(pieces) ?? []) {
    if (space.test(piece)) {
      if (current) gap = piece
      continue
    }
    const size = displayWidth(piece)
    const gapSize = displayWidth(gap)
    if (current && used + gapSize + size <= width) {
      current += gap + piece
      used += gapSize + size
    } else {
      if (current) lines.push(current)
      current = piece
      used = size
      if (size > width && !url.test(piece)) {
        // Too wide for any line: cut it, keeping every grapheme whole.
        const cut = cutWord(piece, width)
        current = cut.pop() as string
        for (const chunk of cut) lines.push(chunk)
        used = displayWidth(current)
      }
    }
    gap = ''
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

/**
 * The grapheme clusters of a text: with `Intl.Segmenter` where it exists,
 * else each character with the combining marks and joiners after it.
 *
 * @internal
 */
export function graphemes(text: string): string[] {
  const splitter = segmenter(undefined, 'grapheme')
  if (splitter) return Array.from(splitter.segment(text), (part) => part.segment)
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: marks and joiners are meant one by one, after any character.
  return text.match(/[\s\S][\p{M}\u200d\ufe0f]*/gu) ?? []
}
