// Text normalization, applied once to every string on parse so that no
// renderer has to rescan validated text.

/** Anything a later step could change: controls, CR, and the NFC candidates below. One test for most text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: ranges of controls and combining marks are the point.
const needsWork = /[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f\u0300-\u2001\u20d0-\uffff]/
/** CR, C0 controls except tab and LF, DEL, and C1 controls (global: found with `search`, which ignores `lastIndex`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controls = /[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f]/g
/**
 * Code points that can change under NFC, or combine with a neighbour: U+0300
 * and up, less U+2002 to U+20CF (punctuation such as curly quotes, dashes and
 * the ellipsis, and currency signs), which have no canonical decompositions.
 * Latin-1 text is already NFC.
 */
const mayCompose = /[\u0300-\u2001\u20d0-\uffff]/
/**
 * What the last step changes: surrogate halves (a pair, or one alone) and the
 * noncharacters U+FDD0 to U+FDEF, U+FFFE and U+FFFF; {@link wellFormed}
 * decides.
 */
const surrogateOrNoncharacter = /[\ufdd0-\ufdef\ufffe\uffff\udc00-\udfff]|[\ud800-\udbff][\udc00-\udfff]?/g

/**
 * A noncharacter (U+FDD0 to U+FDEF, and the last two code points of every
 * plane, U+FFFE to U+10FFFF) is removed: HTML forbids them, and CommonMark
 * reads them as U+FFFD when they are written as references. A lone surrogate
 * half becomes U+FFFD; other pairs stay.
 */
function wellFormed(found: string): string {
  const code = found.codePointAt(0) as number
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return ''
  return found.length === 1 ? '\ufffd' : found
}

/** A combining mark other than U+034F COMBINING GRAPHEME JOINER, which is one too. */
const MARK = '[^\\P{M}\\u034f]'
/** More combining marks in a row than any writing system uses. */
const longMarkRun = /* @__PURE__ */ new RegExp(`${MARK}{31}`, 'u')
/** Thirty marks in a row with another after them. */
const thirtyMarks = /* @__PURE__ */ new RegExp(`(${MARK}{30})(?=${MARK})`, 'gu')

/**
 * Text in UAX #15's Stream-Safe Text Format: after every 30 combining marks
 * in a row, U+034F COMBINING GRAPHEME JOINER, which shows as nothing and
 * stops canonical reordering. NFC reorders a run of marks in time that grows
 * with the square of its length (a 160 KB run took seconds); no language
 * writes 31 marks on one letter, so only stacked "Zalgo" text changes.
 */
function streamSafe(text: string): string {
  return longMarkRun.test(text) ? text.replace(thirtyMarks, '$1\u034f') : text
}

/**
 * Normalize a string the way the model stores all text: line endings become
 * LF, control characters other than tab and LF and the noncharacters are
 * removed, lone surrogates become U+FFFD, and the result is in Unicode NFC.
 * More than 30 combining marks in a row get an invisible U+034F COMBINING
 * GRAPHEME JOINER after every 30, so that normalizing stays linear.
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
  // Line endings first, so that removing the controls leaves no CR.
  if (result.search(controls) !== -1) result = result.replace(/\r\n?/g, '\n').replace(controls, '')
  // Noncharacters go before NFC, which may then join what they kept apart.
  if (mayCompose.test(result)) {
    result = streamSafe(result.replace(surrogateOrNoncharacter, wellFormed)).normalize('NFC')
    // A few marks (U+0344, U+0F73…) become two under NFC, which can lengthen a run again.
    if (longMarkRun.test(result)) result = streamSafe(result).normalize('NFC')
  }
  return result
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

/** Whitespace runs (line breaks included) as single spaces, without whitespace at either end. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
