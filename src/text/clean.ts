// Text that skipped validation may still carry controls a terminal obeys
// (ESC sequences, C1 controls) or bidirectional overrides that reorder what
// follows them. One regular-expression test lets clean text through untouched.

/** Characters no output may hold unchecked: C0 controls but tab and line feed, DEL, C1 controls, bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const hazard = /[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const controls = /[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f]/g
const bidi = /[\u202a-\u202e\u2066-\u2069]/g

/**
 * Make one field safe to print: any value that is not a string becomes `''`;
 * C0 controls other than tab and line feed, DEL and C1 controls are removed;
 * bidirectional embeddings, overrides and isolates are kept only when they
 * are balanced within the field, and otherwise all removed.
 *
 * @internal
 */
export function clean(value: unknown): string {
  if (typeof value !== 'string') return ''
  if (!hazard.test(value)) return value
  const text = value.replace(controls, '')
  return balanced(text) ? text : text.replace(bidi, '')
}

/**
 * Whether every embedding or override (U+202A, U+202B, U+202D, U+202E) is
 * closed by a PDF (U+202C) and every isolate (U+2066 to U+2068) by a PDI
 * (U+2069), properly nested, with no closer left over.
 */
function balanced(text: string): boolean {
  // Each open control as one character: 'e' for an embedding or override, 'i' for an isolate.
  let open = ''
  bidi.lastIndex = 0
  for (let match = bidi.exec(text); match; match = bidi.exec(text)) {
    const code = (match[0] as string).charCodeAt(0)
    if (code === 0x202c || code === 0x2069) {
      if (open.slice(-1) !== (code === 0x202c ? 'e' : 'i')) return false
      open = open.slice(0, -1)
    } else open += code >= 0x2066 ? 'i' : 'e'
  }
  return open === ''
}

/**
 * Text with every bidi control removed that the balance rule of
 * {@link clean} would not keep: closers without their opener, and openers
 * left open at the end (as in text cut short). Matched, properly nested pairs
 * stay. Text without bidi controls is returned as it is.
 *
 * @internal
 */
export function dropUnclosed(text: string): string {
  bidi.lastIndex = 0
  if (!bidi.test(text)) return text
  // Positions of the open controls, and the kind of each: 'e' embedding or override, 'i' isolate.
  const at: number[] = []
  let open = ''
  const drop = new Set<number>()
  bidi.lastIndex = 0
  for (let match = bidi.exec(text); match; match = bidi.exec(text)) {
    const code = (match[0] as string).charCodeAt(0)
    if (code === 0x202c || code === 0x2069) {
      if (open.slice(-1) === (code === 0x202c ? 'e' : 'i')) {
        open = open.slice(0, -1)
        at.pop()
      } else drop.add(match.index)
    } else {
      open += code >= 0x2066 ? 'i' : 'e'
      at.push(match.index)
    }
  }
  for (const index of at) drop.add(index)
  if (drop.size === 0) return text
  let kept = ''
  for (let index = 0; index < text.length; index++) if (!drop.has(index)) kept += text[index]
  return kept
}
