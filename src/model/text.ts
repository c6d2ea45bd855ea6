// Text normalization, applied once to every string on parse so that no
// renderer has to rescan validated text.

/**
 * Anything a later step could change or count: controls, CR, bidi controls
 * and the NFC candidates below. One test for most text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: ranges of controls and combining marks are the point.
const needsWork = /[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f\u0300-\u2001\u202a-\u202e\u2066-\u2069\u20d0-\uffff]/
/** CR, C0 controls except tab and LF, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controls = /[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f]/
/**
 * Code points that can change under NFC, or combine with a neighbour: U+0300
 * and up, less U+2002 to U+20CF (punctuation such as curly quotes, dashes and
 * the ellipsis, and currency signs), which have no canonical decompositions.
 * Latin-1 text is already NFC.
 */
const mayCompose = /[\u0300-\u2001\u20d0-\uffff]/
/** Bidirectional embeddings, overrides and isolates, which normalization keeps but counts. */
const bidiControl = /[\u202a-\u202e\u2066-\u2069]/
/** How many normalized strings have held a bidi control, ever; a parse compares it before and after. */
let bidiStrings = 0

/**
 * How many strings {@link normalizeText} has returned with a bidi control
 * in them since the module loaded. Parsing is synchronous, so an unchanged
 * count across one parse means its output holds none.
 *
 * @internal
 */
export function bidiCount(): number {
  return bidiStrings
}

/** A surrogate half that is not part of a pair (fallback where `isWellFormed` is missing). */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

type WellFormed = { isWellFormed?(): boolean; toWellFormed?(): string }

/**
 * Normalize a string the way the model stores all text: line endings become
 * LF, control characters other than tab and LF are removed, lone surrogates
 * become U+FFFD, and the result is in Unicode NFC.
 *
 * Text that needs none of this (ASCII, Latin-1, common punctuation such as
 * curly quotes and dashes) is returned as it is after one regular-expression
 * test; each further step runs only when a cheap test says it could change
 * something.
 *
 * @example
 * normalizeText('Cafe\u0301\r\nmenu\u0007') // 'Café\nmenu'
 */
export function normalizeText(value: string): string {
  if (!needsWork.test(value)) return value
  let result = value
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  if (controls.test(result)) result = result.replace(/\r\n?/g, '\n').replace(/[\0-\x08\v\f\x0e-\x1f\x7f-\x9f]/g, '')
  if (mayCompose.test(result)) {
    const text = result as WellFormed & string
    if (text.isWellFormed ? !text.isWellFormed() : loneSurrogate.test(text)) {
      loneSurrogate.lastIndex = 0
      result = text.toWellFormed ? text.toWellFormed() : text.replace(loneSurrogate, '\ufffd')
    }
    result = result.normalize('NFC')
  }
  if (bidiControl.test(result)) bidiStrings++
  return result
}

/**
 * Whether `value` is already in the model's normal form and holds no bidi
 * control: what a constant of a schema must be to count as clean text.
 *
 * @internal
 */
export function isCleanText(value: string): boolean {
  return !bidiControl.test(value) && normalizeText(value) === value
}

/**
 * Normalize any value that is not an object: strings with {@link normalizeText},
 * and `-0` to `0`, which JSON cannot tell apart.
 *
 * @internal
 */
export function normalizeScalar(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value)
  return value === 0 ? 0 : value
}
