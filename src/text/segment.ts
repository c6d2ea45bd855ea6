// Word and grapheme segmentation with Intl.Segmenter where it exists, and a
// fast path that gives the same count without it for text in scripts that
// separate words with spaces.

type Segmenter = {
  segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }>
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

/** Scripts written without spaces between words: a dictionary is needed to find the words. */
const unspaced =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]|[\ud840-\ud87f][\udc00-\udfff]/
/** Without a segmenter: one CJK ideograph, or a run of kana, or of Thai, Lao, Khmer or Burmese letters. */
const ideograph =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]|[\u3040-\u30ff\uff66-\uff9f]+|[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+/gu

/**
 * Count the words of a text. Text in scripts that put spaces between words is
 * counted in one pass that follows the Unicode word-break rules for them;
 * text in Chinese, Japanese, Thai, Lao, Khmer or Burmese goes to
 * `Intl.Segmenter` for `language`. Without `Intl.Segmenter`, each Chinese
 * character counts as a word, as does each run of kana or of Thai, Lao, Khmer
 * or Burmese letters.
 *
 * @internal
 */
export function countWords(text: string, language?: unknown): number {
  if (unspaced.test(text)) {
    const words = segmenter(language, 'word')
    if (words) {
      let count = 0
      for (const part of words.segment(text)) if (part.isWordLike) count++
      return count
    }
    let count = 0
    const rest = text.replace(ideograph, () => {
      count++
      return ' '
    })
    return count + matches(rest)
  }
  return matches(text)
}

// Kinds of character for the word counter.
const OTHER = 0
const LETTER = 1
const DIGIT = 2
const MARK = 3
/** `_`: inside a word, but neither letter nor digit. */
const JOINER = 4

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

function classify(code: number): number {
  const character = String.fromCodePoint(code)
  if (/\p{L}/u.test(character)) return LETTER
  // The Arabic decimal separator counts as a digit, as in the word-break rules.
  if (/\p{N}/u.test(character) || code === 0x66b) return DIGIT
  // Marks, the soft hyphen and the zero-width joiner belong to the character before them.
  return /\p{M}/u.test(character) || code === 0xad || code === 0x200d ? MARK : OTHER
}

/** Punctuation that joins two letters into one word (`'`, `’`, `.`, `:`, `·`): bit 1; two digits (`'`, `’`, `.`, `,`, `;`, the Arabic thousands separator): bit 2. */
function joins(code: number): number {
  switch (code) {
    case 0x27:
    case 0x2e:
    case 0x2019:
      return 3
    case 0x3a:
    case 0xb7:
      return 1
    case 0x2c:
    case 0x3b:
    case 0x66c:
      return 2
    default:
      return 0
  }
}

/**
 * Count words the way the Unicode word-break rules find them in scripts that
 * put spaces between words: runs of letters, digits and `_` (marks, soft
 * hyphens and joiners belong to the character before them), where one
 * apostrophe, full stop, colon or middle dot between two letters, or one
 * apostrophe, full stop, comma or semicolon between two digits, does not end
 * the word (`can't`, `e.g`, `1,800`, `3.14`). One pass over the text.
 */
function matches(text: string): number {
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
    const kind = kindOf(code)
    // A mark changes nothing: it extends a word, or the punctuation or space before it.
    if (kind === MARK) continue
    if (kind === OTHER) {
      join = inWord ? joins(code) : 0
      inWord = false
      continue
    }
    if (!inWord) {
      const joined = (join & 1 && last === LETTER && kind === LETTER) || (join & 2 && last === DIGIT && kind === DIGIT)
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
