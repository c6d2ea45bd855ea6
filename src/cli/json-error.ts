// Where a JSON text stops being valid JSON. `JSON.parse` says why in words
// that change between Node versions, and not always where; this scanner
// walks the text without recursion (so deep nesting cannot overflow the
// stack) and returns the line and column of the first error.

/** A JSON syntax error: what is wrong, and where (1-based line and column). */
export interface JsonSyntaxError {
  message: string
  line: number
  column: number
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after'

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y

/** Find the first syntax error of `text`, or `undefined` when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = []
  let state: State = 'value'
  let index = 0
  const fail = (at: number, message: string): JsonSyntaxError => ({ message, ...lineAndColumn(text, at) })

  for (;;) {
    index = skipSpace(text, index)
    const char = text[index]
    if (state === 'after' && stack.length === 0) {
      return char === undefined
        ? undefined
        : fail(index, `unexpected ${describe(char)} after the end of the JSON value`)
    }
    if (char === undefined) return fail(index, 'unexpected end of the text')

    if (state === 'value' || state === 'valueOrClose') {
      if (state === 'valueOrClose' && char === ']') {
        stack.pop()
        index++
        state = 'after'
      } else if (char === '{') {
        stack.push('}')
        index++
        state = 'keyOrClose'
      } else if (char === '[') {
        stack.push(']')
        index++
        state = 'valueOrClose'
      } else if (char === '"') {
        const end = scanString(text, index)
        if (typeof end !== 'number') return fail(end.at, end.message)
        index = end
        state = 'after'
      } else if (char === '-' || (char >= '0' && char <= '9')) {
        NUMBER.lastIndex = index
        const match = NUMBER.exec(text)
        if (!match || match[0] === '-') return fail(index, 'invalid number')
        index += match[0].length
        const next = text[index]
        if (next !== undefined && /[0-9.eE+-]/.test(next)) return fail(index, 'invalid number')
        state = 'after'
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index))
        if (!literal) return fail(index, `unexpected ${describe(char)}; expected a value`)
        index += literal.length
        state = 'after'
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && char === '}') {
        stack.pop()
        index++
        state = 'after'
      } else if (char === '"') {
        const end = scanString(text, index)
        if (typeof end !== 'number') return fail(end.at, end.message)
        index = end
        state = 'colon'
      } else {
        return fail(index, `unexpected ${describe(char)}; expected a property name in double quotes`)
      }
    } else if (state === 'colon') {
      if (char !== ':') return fail(index, `unexpected ${describe(char)}; expected \`:\``)
      index++
      state = 'value'
    } else {
      const close = stack[stack.length - 1] as string
      if (char === ',') {
        index++
        state = close === ']' ? 'value' : 'key'
      } else if (char === close) {
        stack.pop()
        index++
      } else {
        return fail(index, `unexpected ${describe(char)}; expected \`,\` or \`${close}\``)
      }
    }
  }
}

function skipSpace(text: string, index: number): number {
  let at = index
  for (;;) {
    const code = text.charCodeAt(at)
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) at++
    else return at
  }
}

/** The index after the closing quote of the string starting at `start`, or the error. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  let index = start + 1
  for (;;) {
    const char = text[index]
    if (char === undefined) return { at: start, message: 'unterminated string' }
    if (char === '"') return index + 1
    if (char === '\\') {
      const next = text[index + 1]
      if (next === 'u') {
        HEX4.lastIndex = index + 2
        if (!HEX4.test(text)) return { at: index, message: 'invalid `\\u` escape in a string' }
        index += 6
      } else if (next !== undefined && ESCAPES.has(next)) {
        index += 2
      } else {
        return { at: index, message: 'invalid escape in a string' }
      }
    } else if (char.charCodeAt(0) < 0x20) {
      return { at: index, message: 'unescaped control character in a string' }
    } else {
      index++
    }
  }
}

function describe(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x20 || code === 0x7f) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return char === '`' ? '"`"' : `\`${char}\``
}

/** 1-based line and column of `offset`; columns count UTF-16 code units, as editors mostly do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1 }
}
