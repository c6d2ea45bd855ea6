// JSON-LD as pages ship it and search engines still read it, made strict
// JSON in one pass: comments and the HTML comment or CDATA marks around the
// object dropped, a comma before `}` or `]` dropped, raw control characters
// inside strings escaped. Text inside strings is never changed otherwise, and
// nothing else is guessed: what is still not JSON stays an error.

/** The escape of each control character JSON allows a short one for. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
}

/** Marks that wrap a script's JSON for old parsers and mean nothing outside a string: `<!--`, `-->`, `<![CDATA[`, `]]>`. */
const WRAPPERS = ['<!--', '-->', '<![CDATA[', ']]>'] as const

/**
 * `text` with what lenient readers of JSON-LD accept and `JSON.parse`
 * refuses made strict, in one pass over it, or `undefined` when there was
 * nothing to repair. Outside strings: `//` and `/* *\/` comments, the marks
 * `<!--`, `-->`, `<![CDATA[` and `]]>` (a `]]>` only after a `<![CDATA[`), and a
 * comma whose next value is a closing `}` or `]` are dropped. Inside strings,
 * raw control characters (U+0000 to U+001F) are escaped; nothing else is
 * changed.
 */
export function repairJson(text: string): string | undefined {
  const out: string[] = []
  let changed = false
  let start = 0
  let index = 0
  let cdata = 0
  // A comma outside strings, held back (not yet in `out`) until the next value shows whether it trails.
  let comma = false
  const flush = (end: number) => {
    if (end > start) out.push(text.slice(start, end))
    start = end
  }
  const skip = (to: number) => {
    flush(index)
    start = to
    index = to
    changed = true
  }
  /** At the next value or closing bracket: the held comma is dropped before a bracket, kept before a value. */
  const settle = (closing: boolean) => {
    if (!comma) return
    comma = false
    if (closing) changed = true
    else out.push(',')
  }
  const length = text.length
  while (index < length) {
    const char = text.charCodeAt(index)
    if (char === 0x22 /* " */) {
      settle(false)
      index = stringEnd(text, index + 1, (at, escaped) => {
        flush(at)
        out.push(escaped)
        start = at + 1
        changed = true
      })
      continue
    }
    if (char === 0x2f /* / */ && text.charCodeAt(index + 1) === 0x2f) {
      const end = text.indexOf('\n', index + 2)
      skip(end === -1 ? length : end)
      continue
    }
    if (char === 0x2f && text.charCodeAt(index + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', index + 2)
      skip(end === -1 ? length : end + 2)
      continue
    }
    const wrapper =
      char === 0x3c /* < */ || char === 0x2d /* - */ || char === 0x5d /* ] */
        ? WRAPPERS.find((mark) => text.startsWith(mark, index) && (mark !== ']]>' || cdata > 0))
        : undefined
    if (wrapper !== undefined) {
      if (wrapper === '<![CDATA[') cdata++
      else if (wrapper === ']]>') cdata--
      skip(index + wrapper.length)
      continue
    }
    if (char === 0x2c /* , */) {
      settle(false)
      flush(index)
      start = index + 1
      comma = true
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      settle(true)
    } else if (char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) {
      settle(false)
    }
    index++
  }
  if (!changed) return undefined
  flush(length)
  if (comma) out.push(',')
  return out.join('')
}

/**
 * The index after the string that starts before `from` (at its closing quote,
 * or the end of the text when it has none); each raw control character in it
 * is given to `onControl` with its escape.
 */
function stringEnd(text: string, from: number, onControl: (at: number, escaped: string) => void): number {
  let index = from
  while (index < text.length) {
    const char = text.charCodeAt(index)
    if (char === 0x22) return index + 1
    if (char === 0x5c /* \ */) {
      index += 2
      continue
    }
    if (char < 0x20) {
      const raw = text.charAt(index)
      onControl(index, SHORT_ESCAPES[raw] ?? `\\u${char.toString(16).padStart(4, '0')}`)
    }
    index++
  }
  return index
}
