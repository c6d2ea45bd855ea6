// Front matter as static-site generators write it: YAML between `---` lines
// (Jekyll, Eleventy, Astro, Gatsby, Hugo), TOML between `+++` lines (Hugo),
// or a JSON object at the very top (Hugo). Each is read into plain values
// with the line and column of every top-level key, and the body keeps its
// lines where they were, so that positions in it are those of the file.

import { parse as parseToml } from 'smol-toml'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Point } from '../markdown/from-mdast.js'

/** The front matter of a post, read. */
export interface FrontMatter {
  format: 'yaml' | 'toml' | 'json'
  /** The values, by key; empty when the front matter could not be read. */
  data: Record<string, unknown>
  /** Where each top-level key (or, for nested keys, `key.sub`) is written in the file. */
  keys: Map<string, Point>
  /** Where the front matter starts: its opening line. */
  start: Point
  /** Problems with the front matter itself, each with its place. */
  problems: { code: string; message: string; at: Point }[]
}

/** A post split into its front matter and its body. */
export interface SplitPost {
  frontMatter: FrontMatter | undefined
  /**
   * The body, with the front matter's lines left empty, so that line numbers
   * in it are those of the file.
   */
  body: string
}

const LINE = /\r\n|\r|\n/g

/** The lines of a text, each with its end of line, in one pass. */
export function splitLines(text: string): { text: string; end: string }[] {
  const lines: { text: string; end: string }[] = []
  let start = 0
  LINE.lastIndex = 0
  for (let match = LINE.exec(text); match; match = LINE.exec(text)) {
    lines.push({ text: text.slice(start, match.index), end: match[0] })
    start = match.index + match[0].length
  }
  lines.push({ text: text.slice(start), end: '' })
  return lines
}

/**
 * Split a post into its front matter and body. A byte order mark is not a
 * column: positions start after it, as in every editor.
 */
export function splitPost(source: string): SplitPost {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const lines = splitLines(text)
  const first = lines[0]?.text ?? ''
  let fence: string | undefined
  let format: FrontMatter['format'] | undefined
  if (/^---[ \t]*$/.test(first)) {
    fence = '---'
    format = 'yaml'
  } else if (/^\+\+\+[ \t]*$/.test(first)) {
    fence = '+++'
    format = 'toml'
  }
  if (format && fence) {
    const closing = format === 'yaml' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/
    for (let index = 1; index < lines.length; index++) {
      if (!closing.test((lines[index] as { text: string }).text)) continue
      const inner = lines
        .slice(1, index)
        .map((line) => line.text)
        .join('\n')
      return {
        frontMatter: read(format, inner, 2, 1),
        body: blankLines(lines, index + 1),
      }
    }
    // No closing fence: there is no front matter, only a body that starts with a rule.
    return { frontMatter: undefined, body: text }
  }
  if (first.startsWith('{')) {
    const end = jsonObjectEnd(text)
    if (end !== undefined) {
      const after = text.slice(end).search(/\r\n|\r|\n|$/)
      const rest = text.slice(end, end + after)
      if (/^[ \t]*$/.test(rest)) {
        const inner = text.slice(0, end)
        const used = splitLines(inner).length
        return { frontMatter: read('json', inner, 1, 1), body: blankLines(lines, used) }
      }
    }
  }
  return { frontMatter: undefined, body: text }
}

/** The lines from `from` on, after as many empty lines as there were before it. */
function blankLines(lines: { text: string; end: string }[], from: number): string {
  let out = '\n'.repeat(from)
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as { text: string; end: string }
    out += line.text + line.end
  }
  return out
}

/** The offset just after the JSON object that opens `text`, or `undefined` when it does not close. */
function jsonObjectEnd(text: string): number | undefined {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 0x5c /* \ */) index++
      else if (char === 0x22 /* " */) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b /* { */ || char === 0x5b /* [ */) depth++
    else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--
      if (depth === 0) return index + 1
    }
  }
  return undefined
}

/** How deep front matter may nest: far deeper than any generator's, far below what would overflow a parser. */
const MAX_NESTING = 64

/**
 * Whether brackets and braces nest deeper than {@link MAX_NESTING}, or lines
 * are indented further than such nesting would need, in one pass. The
 * parsers recurse on nesting, so such front matter is not given to them.
 */
function tooDeep(text: string): boolean {
  let depth = 0
  let indent = 0
  let atLineStart = true
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (char === 0x0a) {
      atLineStart = true
      indent = 0
      continue
    }
    if (atLineStart && char === 0x20) {
      if (++indent > MAX_NESTING * 4) return true
      continue
    }
    atLineStart = false
    if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > MAX_NESTING) return true
    } else if ((char === 0x5d /* ] */ || char === 0x7d) /* } */ && depth > 0) depth--
  }
  return false
}

function read(format: FrontMatter['format'], text: string, line: number, column: number): FrontMatter {
  const matter: FrontMatter = { format, data: {}, keys: new Map(), start: { line: line - 1, column }, problems: [] }
  if (format === 'json') matter.start = { line, column }
  if (tooDeep(text)) {
    matter.problems.push({
      code: 'invalid_frontmatter',
      message: `The front matter nests deeper than ${MAX_NESTING} levels; its top-level \`key: value\` lines are read one by one`,
      at: { line, column: 1 },
    })
    if (format !== 'json') readLoosely(text, line, format === 'yaml' ? ':' : '=', matter)
    return matter
  }
  if (format === 'yaml') readYaml(text, line, matter)
  else if (format === 'toml') readToml(text, line, matter)
  else readJson(text, line, matter)
  return matter
}

// ---------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------

/**
 * YAML with the failsafe schema: every scalar is a string, as written, so a
 * title `1.10` stays `1.10` and a date keeps its offset; the fields read
 * numbers, booleans and dates themselves. Duplicate keys are allowed (the
 * last wins, as in Jekyll's and Hugo's parsers) and reported.
 */
function readYaml(text: string, line: number, matter: FrontMatter): void {
  const counter = new LineCounter()
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: counter, prettyErrors: false })
  const at = (offset: number): Point => {
    const position = counter.linePos(offset)
    return { line: line + position.line - 1, column: position.col }
  }
  const error = doc.errors[0]
  if (error) {
    matter.problems.push({
      code: 'invalid_frontmatter',
      message: `The YAML front matter does not parse (${error.message.split('\n')[0]}); its \`key: value\` lines are read one by one`,
      at: at(error.pos[0]),
    })
    readLoosely(text, line, ':', matter)
    return
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (caught) {
    matter.problems.push({
      code: 'invalid_frontmatter',
      message: `The YAML front matter cannot be read (${(caught as Error).message}); its \`key: value\` lines are read one by one`,
      at: { line, column: 1 },
    })
    readLoosely(text, line, ':', matter)
    return
  }
  if (data === null || data === undefined || data === '') return
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    matter.problems.push({
      code: 'invalid_frontmatter',
      message: 'The front matter is not a mapping of keys to values; it is left out',
      at: { line, column: 1 },
    })
    return
  }
  matter.data = data as Record<string, unknown>
  const record = (items: typeof doc.contents.items, prefix: string) => {
    for (const pair of items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      const range = (pair.key as { range?: [number, number, number] } | null)?.range
      if (key === undefined || !range) continue
      const name = prefix + key
      if (matter.keys.has(name) && prefix === '') {
        matter.problems.push({
          code: 'duplicate_key',
          message: `Front-matter key \`${key}\` is given twice; the last value is used`,
          at: at(range[0]),
        })
      }
      matter.keys.set(name, at(range[0]))
      if (prefix === '' && isMap(pair.value)) record(pair.value.items, `${key}.`)
    }
  }
  record(doc.contents.items, '')
}

// ---------------------------------------------------------------------------
// TOML
// ---------------------------------------------------------------------------

function readToml(text: string, line: number, matter: FrontMatter): void {
  let data: Record<string, unknown>
  try {
    data = parseToml(text, { maxDepth: 100 }) as Record<string, unknown>
  } catch (caught) {
    const { line: at = 1, column = 1 } = caught as { line?: number; column?: number }
    matter.problems.push({
      code: 'invalid_frontmatter',
      message: `The TOML front matter does not parse (${String((caught as Error).message).split('\n')[0]}); its \`key = value\` lines are read one by one`,
      at: { line: line + at - 1, column },
    })
    readLoosely(text, line, '=', matter)
    return
  }
  matter.data = data
  // smol-toml gives no positions: find each top-level key (and table header) in one pass over the lines.
  let table: string | undefined
  splitLines(text).forEach((each, index) => {
    const header = /^(\s*)\[\[?\s*("[^"]*"|'[^']*'|[\w-]+)/.exec(each.text)
    if (header) {
      table = unquote(header[2] as string)
      if (!matter.keys.has(table))
        matter.keys.set(table, { line: line + index, column: (header[1] as string).length + 1 })
      return
    }
    const key = /^(\s*)("[^"]*"|'[^']*'|[\w-]+)\s*(?:\.\s*("[^"]*"|'[^']*'|[\w-]+)\s*)?=/.exec(each.text)
    if (!key) return
    const name = unquote(key[2] as string)
    const full = table === undefined ? name : `${table}.${name}`
    const sub = key[3] === undefined ? undefined : `${full}.${unquote(key[3])}`
    const at = { line: line + index, column: (key[1] as string).length + 1 }
    if (!matter.keys.has(full)) matter.keys.set(full, at)
    if (sub !== undefined && !matter.keys.has(sub)) matter.keys.set(sub, at)
  })
}

function unquote(key: string): string {
  return /^["'].*["']$/.test(key) ? key.slice(1, -1) : key
}

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

function readJson(text: string, line: number, matter: FrontMatter): void {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (caught) {
    matter.problems.push({
      code: 'invalid_frontmatter',
      message: `The JSON front matter does not parse (${(caught as Error).message}); it is left out`,
      at: { line, column: 1 },
    })
    return
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return
  matter.data = data as Record<string, unknown>
  // Keys of the top-level object, found in one pass that skips strings and nested values.
  let depth = 0
  let row = line
  let lineStart = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\n') {
      row++
      lineStart = index + 1
    } else if (char === '"') {
      const start = index
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++
      if (depth === 1 && /^\s*:/.test(text.slice(index + 1, index + 40))) {
        try {
          const key = JSON.parse(text.slice(start, index + 1)) as string
          if (!matter.keys.has(key)) matter.keys.set(key, { line: row, column: start - lineStart + 1 })
        } catch {
          // Not a key after all.
        }
      }
    } else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') depth--
  }
}

// ---------------------------------------------------------------------------
// Front matter that does not parse
// ---------------------------------------------------------------------------

/**
 * Read `key: value` (or `key = value`) lines one by one, and `- item` lines
 * under a key without a value as its list, for front matter that Jekyll's or
 * Hugo's own parser may accept but this one does not.
 */
function readLoosely(text: string, line: number, separator: ':' | '=', matter: FrontMatter): void {
  const data: Record<string, unknown> = {}
  let open: string | undefined
  const pattern =
    separator === ':'
      ? /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/
      : /^([A-Za-z_][\w.-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/
  splitLines(text).forEach((each, index) => {
    const match = pattern.exec(each.text)
    if (match) {
      const key = match[1] as string
      const value = match[2] ?? ''
      data[key] = value === '' ? [] : looseValue(value)
      open = value === '' ? key : undefined
      if (!matter.keys.has(key)) matter.keys.set(key, { line: line + index, column: 1 })
      return
    }
    const item = /^[ \t]*-[ \t]+(.*?)[ \t]*$/.exec(each.text)
    if (item && open !== undefined) (data[open] as unknown[]).push(looseValue(item[1] as string))
  })
  for (const [key, value] of Object.entries(data)) if (Array.isArray(value) && value.length === 0) data[key] = ''
  matter.data = data
}

/** A loose value: quotes taken off, and a `[a, b]` list split at its commas (one level only). */
function looseValue(value: string): unknown {
  const list = /^\[(.*)\]$/.exec(value)
  if (list) return (list[1] as string).split(',').map((part) => unquoteValue(part.trim()))
  return unquoteValue(value)
}

function unquoteValue(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return quoted ? (quoted[2] as string) : value
}
