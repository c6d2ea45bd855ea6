// The YAML writer of the lossless form's front matter. Front matter holds an
// article's metadata, which is JSON data, so this writes only what JSON has,
// in block style; `fromMarkdown` reads it with the yaml package.
//
// Why not the yaml package's `stringify`: it is the single largest part of
// `toMdast` and `toMarkdown` (about 14 KB of 24 KB gzipped for `toMdast`),
// for a job this small once every string that is not plainly safe is written
// as JSON, which is valid YAML. test/markdown/yaml.test.ts checks that the
// yaml package reads every output back to the value written.

import { RenderError } from '../core/index.js'

/** How deep front-matter values may nest (input that skipped validation can hold cycles). */
const MAX_DEPTH = 64

/**
 * A JSON-like value as the lines of a YAML mapping, without a final line
 * ending. Strings that are not plainly safe are written double-quoted, as
 * JSON, on one line, with `<` and `[` as `\x3C` and `\x5B`: a viewer that does
 * not know front matter shows it as Markdown, where `<` and `[` could start
 * raw HTML or a link, and a string's own line breaks could start any block.
 */
export function toYaml(value: Record<string, unknown>): string {
  const lines: string[] = []
  mapping(value, '', lines, 0)
  return lines.length === 0 ? '{}' : lines.join('\n')
}

function mapping(value: object, indent: string, lines: string[], depth: number, first?: string): void {
  let lead = first
  for (const key of Object.keys(value)) {
    const item = json((value as Record<string, unknown>)[key])
    if (item === undefined) continue
    const name = plainKey(key) ? key : quoted(key)
    // A key written after `?` may be longer than the 1024 characters YAML allows an implicit key.
    const head = name.length > 1000 ? `${lead ?? indent}? ${name}\n${indent}:` : `${lead ?? indent}${name}:`
    lead = undefined
    node(item, head, indent, lines, depth)
  }
  if (lead !== undefined) lines.push(`${lead}{}`)
}

/** One value after `head` (`key:` or `-`), its block lines indented under `indent`. */
function node(value: unknown, head: string, indent: string, lines: string[], depth: number): void {
  if (depth > MAX_DEPTH) throw new RenderError('too_deep', [], 'Front matter nests too deep for YAML')
  if (value === null || typeof value !== 'object') {
    lines.push(`${head} ${scalar(value)}`)
  } else if (Array.isArray(value)) {
    if (value.length === 0) lines.push(`${head} []`)
    else {
      const inner = head.endsWith(':') ? `${indent}  ` : indent
      if (head.endsWith(':')) lines.push(head)
      value.forEach((item, index) => {
        const entry = json(item) ?? null
        const dash = index === 0 && !head.endsWith(':') ? `${head} -` : `${inner}-`
        node(entry, dash, `${inner}  `, lines, depth + 1)
      })
    }
  } else if (Object.keys(value).every((key) => json((value as Record<string, unknown>)[key]) === undefined)) {
    lines.push(`${head} {}`)
  } else if (head.endsWith(':')) {
    lines.push(head)
    mapping(value, `${indent}  `, lines, depth + 1)
  } else {
    // A mapping in a sequence starts on the dash's line.
    mapping(value, indent, lines, depth + 1, `${head} `)
  }
}

/** The value JSON would write (`toJSON`, no functions or symbols), or `undefined` for none. */
function json(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: () => unknown }).toJSON()
  }
  return typeof value === 'function' || typeof value === 'symbol' || value === undefined ? undefined : value
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return plain(value) ? value : quoted(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'bigint') return String(value)
  return value === null ? 'null' : String(value)
}

/** A double-quoted YAML string: JSON, with `<` and `[` escaped. */
function quoted(value: string): string {
  return JSON.stringify(value).replace(/[<[]/g, (character) => (character === '<' ? '\\x3C' : '\\x5B'))
}

/**
 * Whether a string may be written plain and read back as the same string by
 * any YAML reader, 1.1 or 1.2: no whitespace at its ends, line break or
 * control character, no indicator or digit at its start (numbers, dates and
 * times stay strings everywhere), no `: ` or ` #`, no word YAML reads as
 * null or a boolean, and none of `<` and `[` (see {@link toYaml}).
 */
function plain(value: string): boolean {
  return (
    // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what must be quoted.
    /^[^\s\d+\-.?:,[\]{}#&*!|<>'"%@`~][^\0-\x1f\x7f-\x9f\u2028\u2029\ufeff<[]*$/.test(value) &&
    !/\s$|: | #|:$/.test(value) &&
    !/^(?:null|true|false|yes|no|on|off|y|n)$/i.test(value)
  )
}

/** Keys written plain: names as the model has them. */
function plainKey(key: string): boolean {
  return /^[A-Za-z_][\w-]*$/.test(key) && plain(key)
}
