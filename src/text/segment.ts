// Word and grapheme segmentation with Intl.Segmenter where it exists, and a
// fast path that gives the same count without it for text in scripts that
// separate words with spaces.

/** One segment, as `Intl.Segmenter` gives it. */
type Segment = { segment: string; index: number; isWordLike?: boolean | undefined }
type Segmenter = {
  segment(text: string): Iterable<Segment>
}
type SegmenterConstructor = new (locale?: string, options?: { granularity: 'word' | 'grapheme' }) => Segmenter

const cache = /* @__PURE__ */ new Map<string, Segmenter | undefined>()

/**
 * An `Intl.Segmenter` for a language and granularity, cached; `undefined`
 * where the runtime has none.
 *
 * @internal
 */
export function segmenter(language: unknown, granularity: 'word' | 'grapheme'): Segmenter | undefined {
  const Constructor = (Intl as { Segmenter?: SegmenterConstructor }).Segmenter
  if (!Constructor) return undefined
  const locale = typeof language === 'string' ? language : 'und'
  const key = `${granularity} ${locale}`
  if (cache.has(key)) return cache.get(key)
  let made: Segmenter | undefined
  try {
    made = new Constructor(locale, { granularity })
  } catch {
    made = new Constructor(undefined, { granularity })
  }
  // Languages come from articles; keep the cache small whatever they are.
  if (cache.size >= 32) cache.clear()
  cache.set(key, made)
  return made
}

/**
 * The longest text handed to a segmenter at once. ICU slows down sharply on
 * long strings that hold a character outside Latin-1 (from about 64K
 * characters: one Japanese word in a 77 KB story took 20 seconds to count),
 * while its time on short pieces is linear.
 */
const PIECE = 4096

/**
 * The segments of `text`, as `splitter.segment(text)` finds them, with
 * indices into `text`; a long text is given to the segmenter piece by piece.
 * It is cut only before a space or a line feed that follows a character that
 * is not whitespace (nor, for the line feed, a CR): Unicode's word and
 * grapheme rules always break there, so the segments are those of the whole
 * text. A stretch with no such place stays one piece.
 *
 * @internal
 */
export function segmentsOf(splitter: Segmenter, text: string): Iterable<Segment> {
  return text.length <= PIECE ? splitter.segment(text) : pieceByPiece(splitter, text)
}

function* pieceByPiece(splitter: Segmenter, text: string): Generator<Segment> {
  let start = 0
  while (text.length - start > PIECE) {
    const end = cutBefore(text, start)
    if (end === -1) break
    for (const part of splitter.segment(text.slice(start, end)))
      yield { segment: part.segment, index: part.index + start, isWordLike: part.isWordLike }
    start = end
  }
  for (const part of splitter.segment(start === 0 ? text : text.slice(start)))
    yield { segment: part.segment, index: part.index + start, isWordLike: part.isWordLike }
}

/** Where to end the piece that starts at `start`: the last safe cut within `PIECE`, else the first after it, else -1. */
function cutBefore(text: string, start: number): number {
  for (let index = start + PIECE; index > start; index--) if (safeCut(text, index)) return index
  for (let index = start + PIECE + 1; index < text.length; index++) if (safeCut(text, index)) return index
  return -1
}

const whitespace = /\s/

/** Whether `text` may be cut before `index`: a space or line feed there, after a character that is not whitespace (nor CR). */
function safeCut(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return (code === 0x20 || code === 0x0a) && !whitespace.test(text.charAt(index - 1))
}

/**
 * Ranges of the scripts that do not put spaces between words (Thai, Lao,
 * Burmese, Khmer, Tai scripts, Hangul, kana, CJK), as pairs of first and last
 * code point; the word counter leaves text holding any of them to the
 * segmenter.
 */
const UNSPACED = [
  0x0e00, 0x0eff, 0x1000, 0x11ff, 0x1780, 0x17ff, 0x1950, 0x19df, 0x1a20, 0x1aaf, 0x2e80, 0x2fdf, 0x3005, 0x303b,
  0x3040, 0x30ff, 0x3130, 0x318f, 0x31f0, 0x4dbf, 0x4e00, 0x9fff, 0xa960, 0xa97f, 0xa9e0, 0xa9ff, 0xaa60, 0xaadf,
  0xac00, 0xd7ff, 0xf900, 0xfaff, 0xff66, 0xffdc, 0x20000, 0x2ffff,
]

function isUnspaced(code: number): boolean {
  for (let index = 0; index < UNSPACED.length; index += 2) {
    if (code < (UNSPACED[index] as number)) return false
    if (code <= (UNSPACED[index + 1] as number)) return true
  }
  return false
}

/** Without a segmenter: one CJK ideograph, or a run of kana, or of Thai, Lao, Khmer or Burmese letters. */
const ideograph =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]|[\u3040-\u30ff\uff66-\uff9f]+|[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+/gu

/**
 * Count the words of a text. Text in scripts that put spaces between words is
 * counted in one pass that follows the Unicode word-break rules for them;
 * text in Chinese, Japanese, Korean, Thai, Lao, Khmer or Burmese goes to
 * `Intl.Segmenter` for `language`. Without `Intl.Segmenter`, each Chinese
 * character counts as a word, as does each run of kana or of Thai, Lao, Khmer
 * or Burmese letters.
 *
 * @internal
 */
export function countWords(text: string, language?: unknown): number {
  // One pass for text in spaced scripts; it gives up (-1) at the first character of another.
  const spaced = matches(text, true)
  if (spaced !== -1) return spaced
  const words = segmenter(language, 'word')
  if (words) {
    let count = 0
    for (const part of segmentsOf(words, text)) if (part.isWordLike) count++
    return count
  }
  let count = 0
  const rest = text.replace(ideograph, () => {
    count++
    return ' '
  })
  return count + matches(rest, false)
}

// Kinds of character for the word counter, after the word-break property of
// Unicode Standard Annex #29 that `Intl.Segmenter` follows.
const OTHER = 0
/** ALetter: letters and other alphabetic characters, such as Roman numerals and circled letters. */
const LETTER = 1
/** Numeric: decimal digits, not fractions, superscripts or circled digits. */
const DIGIT = 2
/** Extend and Format: marks, joiners, the soft hyphen and other format characters belong to the character before them. */
const MARK = 3
/** ExtendNumLet (`_`, the narrow no-break space, `‿`): inside a word, but neither letter nor digit. */
const JOINER = 4
/** Hebrew_Letter: a letter that a `"` between two of them does not separate (`צה"ל`). */
const HEBREW = 5

/** Kinds of BMP characters met so far, filled on first sight (0 = not yet known, else kind + 1). */
let kinds: Uint8Array | undefined

function kindOf(code: number): number {
  if (code < 0x80) {
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return LETTER
    if (code >= 0x30 && code <= 0x39) return DIGIT
    return code === 0x5f ? JOINER : OTHER
  }
  if (code <= 0xffff) {
    kinds ??= new Uint8Array(0x10000)
    const known = kinds[code] as number
    if (known !== 0) return known - 1
    const kind = classify(code)
    kinds[code] = kind + 1
    return kind
  }
  return classify(code)
}

/** Characters that are ALetter without being alphabetic: modifier letters written as symbols, Armenian and Hebrew signs, enclosed letters; and, as ICU counts them, the cedilla and the Arabic and Syriac signs that come before numbers. */
const letterLike =
  /[\u00b8\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u02c2-\u02c5\u02d2-\u02d7\u02de\u02df\u02e5-\u02eb\u02ed\u02ef-\u02ff\u055a-\u055c\u055e\u058a\u05f3\ua708-\ua716\ua720\ua721\ua789\ua78a\uab5b\u{1f130}-\u{1f149}\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]/u
/** ExtendNumLet. */
const connector = /[\u202f\u203f\u2040\u2054\ufe33\ufe34\ufe4d-\ufe4f\uff3f]/

function classify(code: number): number {
  const character = String.fromCodePoint(code)
  if (letterLike.test(character)) return LETTER
  // Marks, format characters (but the zero-width space) and emoji skin tones belong to the character before them.
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class is tested on one character at a time.
  if (/[\p{M}\p{Cf}\u{1f3fb}-\u{1f3ff}]/u.test(character) && code !== 0x200b) return MARK
  if (/\p{Alphabetic}/u.test(character))
    return /\p{Script=Hebrew}/u.test(character) && /\p{L}/u.test(character) ? HEBREW : LETTER
  // The Arabic decimal separator counts as a digit, as in the word-break rules.
  if (/\p{Nd}/u.test(character) || code === 0x66b) return DIGIT
  return connector.test(character) ? JOINER : OTHER
}

/**
 * What one punctuation mark between two word characters joins: bit 1, two
 * letters (MidLetter, MidNumLet, the apostrophe); bit 2, two digits (MidNum,
 * MidNumLet, the apostrophe); bit 4, two Hebrew letters (`"`).
 */
function joins(code: number): number {
  switch (code) {
    case 0x27:
    case 0x2e:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0xfe52:
    case 0xff07:
    case 0xff0e:
      return 3
    case 0x3a:
    case 0xb7:
    case 0x387:
    case 0x55f:
    case 0x5f4:
    case 0x2027:
    case 0xfe13:
    case 0xfe55:
    case 0xff1a:
      return 1
    case 0x2c:
    case 0x3b:
    case 0x37e:
    case 0x589:
    case 0x60c:
    case 0x60d:
    case 0x66c:
    case 0x7f8:
    case 0x2044:
    case 0xfe50:
    case 0xfe54:
    case 0xff0c:
    case 0xff1b:
      return 2
    case 0x22:
      return 4
    default:
      return 0
  }
}

/**
 * Count words the way the Unicode word-break rules find them in scripts that
 * put spaces between words: runs of letters (alphabetic characters, Roman
 * numerals included), decimal digits and connectors such as `_` (marks, format
 * characters and joiners belong to the character before them), where one
 * apostrophe, full stop, colon or middle dot between two letters, one
 * apostrophe, full stop, comma or semicolon between two digits, or one `"`
 * between two Hebrew letters, does not end the word (`can't`, `e.g`, `1,800`,
 * `3.14`, `צה"ל`). Fractions, superscripts and circled digits are not words.
 * One pass over the text. With `giveUp`, returns -1 at the first character
 * of a script that does not put spaces between words.
 */
function matches(text: string, giveUp: boolean): number {
  let count = 0
  let inWord = false
  // Whether the current run has been counted.
  let counted = false
  // The kind of the last word character.
  let last = OTHER
  // What the single punctuation mark after the last word may join, if any.
  let join = 0
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000
        index++
      }
    }
    if (giveUp && code >= 0x0e00 && isUnspaced(code)) return -1
    const kind = kindOf(code)
    // A mark changes nothing: it extends a word, or the punctuation or space before it.
    if (kind === MARK) continue
    if (kind === OTHER) {
      join = inWord ? joins(code) : 0
      inWord = false
      continue
    }
    if (!inWord) {
      const joined =
        (join & 1 && (last === LETTER || last === HEBREW) && (kind === LETTER || kind === HEBREW)) ||
        (join & 2 && last === DIGIT && kind === DIGIT) ||
        (join & 4 && last === HEBREW && kind === HEBREW)
      if (!joined) {
        counted = false
        last = OTHER
      }
      inWord = true
      join = 0
    }
    // A single `_` is not a word: a run counts from its first letter or digit, or its second `_` in a row.
    if (!counted && (kind !== JOINER || last === JOINER)) {
      count++
      counted = true
    }
    last = kind
  }
  return count
}
