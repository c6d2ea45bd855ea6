// Helpers shared by the Markdown handlers.

import type { PhrasingContent, RootContent } from 'mdast'
import type { LeafDirective, TextDirective } from 'mdast-util-directive'
import { RenderError, type UrlContext } from '../core/index.js'
import { policyUrl } from '../core/url-message.js'
import { DIRECTIVE } from './syntax.js'
import type { MarkdownState, MdastResult } from './types.js'

/** Render every node of `parent[field]` and concatenate the results. */
export function flat(state: MarkdownState, parent: object, field = 'children'): MdastResult {
  const parts = state.all(parent, field)
  if (parts.length === 1) return parts[0] as MdastResult
  const out: MdastResult = []
  for (const part of parts) for (const node of part) out.push(node)
  return out
}

/**
 * Inline content as mdast phrasing content. Inline nodes that Markdown
 * cannot write so that they read back the same (an empty text, a text right
 * after a text, an empty mark, a trailing line break) become `:node{json}`
 * directives instead of being changed or dropped.
 */
export function phrasing(state: MarkdownState, parent: object, field = 'children'): PhrasingContent[] {
  const children = (parent as Record<string, unknown>)[field]
  if (children === undefined) return []
  if (!Array.isArray(children)) return flat(state, parent, field) as PhrasingContent[]
  return inlineList(state, children, [field])
}

/** Like {@link phrasing}, for an array of inline nodes found at `at` from the current node. */
export function inlineList(state: MarkdownState, children: unknown[], at: (string | number)[]): PhrasingContent[] {
  const { scratch } = state.options
  const direct = scratch.direct
  scratch.direct = scratch.nextDirect
  scratch.nextDirect = false
  try {
    return inlineItems(state, children, at)
  } finally {
    scratch.direct = direct
  }
}

function inlineItems(state: MarkdownState, children: unknown[], at: (string | number)[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let previous: unknown
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Record<string, unknown> | null
    if (
      child?.type === 'text' &&
      (previous as { type?: unknown } | undefined)?.type === 'text' &&
      child.value !== '' &&
      state.options.scratch.cite === 0
    ) {
      // Two texts in a row would read back as one. The lossless form keeps them
      // apart with a `:node{split}` marker; the reader form just joins them.
      if (state.options.frontmatter) {
        out.push({ type: 'textDirective', name: DIRECTIVE.node, attributes: { split: '' }, children: [] })
      }
      for (const node of state.one(child, ...at, index)) out.push(node as PhrasingContent)
    } else if (
      inexpressible(state, child, previous, index === children.length - 1) ||
      (child?.type === 'citation' &&
        child.children === undefined &&
        startsWithColon(state, children[index + 1], child, index + 2 === children.length))
    ) {
      if (state.options.scratch.cite > 0) state.options.scratch.citeRisk = true
      out.push(fallbackInline(state, child, ...at, index))
    } else {
      for (const node of state.one(child, ...at, index)) out.push(node as PhrasingContent)
    }
    previous = child
  }
  return out
}

/**
 * Whether a node's Markdown starts with `:` (a directive, or text), which
 * right after a footnote reference would read as a footnote definition.
 */
function startsWithColon(state: MarkdownState, next: unknown, previous: unknown, last: boolean): boolean {
  if (next === null || typeof next !== 'object') return false
  const node = next as Record<string, unknown>
  const { citeRisk } = state.options.scratch
  const fallback = inexpressible(state, node, previous, last)
  state.options.scratch.citeRisk = citeRisk
  if (fallback) return true
  if (node.type === 'text') return typeof node.value === 'string' && node.value.startsWith(':')
  return node.type === 'citation' && Array.isArray(node.children)
}

/** Whether an inline node would not read back as itself. */
function inexpressible(state: MarkdownState, node: Record<string, unknown> | null, previous: unknown, last: boolean) {
  if (node === null || typeof node !== 'object') return false
  switch (node.type) {
    case 'text':
      return node.value === '' || (previous as { type?: unknown } | undefined)?.type === 'text'
    case 'break':
      return last || state.options.scratch.heading
    case 'inlineCode':
      if (state.options.scratch.cite > 0 && /[[\]]/.test(String(node.value))) state.options.scratch.citeRisk = true
      return (
        node.value === '' ||
        String(node.value).includes('\n') ||
        (previous as { type?: unknown } | undefined)?.type === 'inlineCode'
      )
    case 'link':
      if (state.options.scratch.cite > 0 && /[[\]]/.test(`${node.url}${node.title ?? ''}`)) {
        state.options.scratch.citeRisk = true
      }
      return node.title === '' || isEmpty(node.children)
    case 'emphasis':
    case 'strong':
      return (
        isEmpty(node.children) ||
        state.options.scratch.attention > 1 ||
        state.options.scratch.marks.includes(node.type) ||
        (state.options.scratch.attention === 1 && !state.options.scratch.direct)
      )
    case 'strikethrough':
      return (
        isEmpty(node.children) ||
        state.options.scratch.strike > 0 ||
        (previous as { type?: unknown } | undefined)?.type === 'strikethrough'
      )
    case 'citation':
      return (Array.isArray(node.children) && node.children.length === 0) || state.options.scratch.link > 0
    default:
      return false
  }
}

function isEmpty(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0
}

/** The JSON of a node, or a RenderError for values JSON cannot hold (cycles, BigInt). */
function json(state: MarkdownState, node: unknown, at: (string | number)[]): string {
  try {
    const text = JSON.stringify(node)
    if (typeof text === 'string') return escapeJson(text)
  } catch {
    // Reported below.
  }
  throw new RenderError('invalid_node', [...state.path, ...at], 'Cannot write this node as JSON')
}

/** Characters escaped inside JSON strings, and why. */
const JSON_ESCAPES: Record<string, string> = {
  // A viewer that does not know directives shows attributes as Markdown text:
  // `<` could open raw HTML, `[` and `]` a link or image.
  '<': '\\u003c',
  '[': '\\u005b',
  ']': '\\u005d',
  // `|` would split a table cell.
  '|': '\\u007c',
  // `https://` would start a GFM autolink literal, which runs on past the
  // attribute into the text after it (and could swallow a `\` escape there).
  ':': '\\u003a',
}

/**
 * Escape `<`, `[`, `]`, `|` and `:` inside the strings of a JSON text as `\u`
 * sequences, which JSON.parse reads back; brackets outside strings are the
 * JSON's own arrays and stay.
 */
export function escapeJson(text: string): string {
  let out = ''
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (inString) {
      if (char === '\\') {
        out += char + (text[++index] ?? '')
        continue
      }
      if (char === '"') inString = false
      out += JSON_ESCAPES[char] ?? char
    } else {
      if (char === '"') inString = true
      out += char
    }
  }
  return out
}

/** An inline node written as `:node{json="…"}`. */
export function fallbackInline(state: MarkdownState, node: unknown, ...at: (string | number)[]): TextDirective {
  warnFallback(state, at)
  return { type: 'textDirective', name: DIRECTIVE.node, attributes: { json: json(state, node, at) }, children: [] }
}

/** A block written as `::node{json="…"}`. */
export function fallbackBlock(state: MarkdownState, node: unknown): LeafDirective {
  warnFallback(state, [])
  return { type: 'leafDirective', name: DIRECTIVE.node, attributes: { json: json(state, node, []) }, children: [] }
}

function warnFallback(state: MarkdownState, at: (string | number)[]): void {
  state.options.onWarning?.({
    code: 'fallback',
    path: [...state.path, ...at],
    message:
      'Markdown has no construct that reads back as this node; it is written as a `node` directive holding its JSON',
  })
}

/** A URL as it may be written, or `undefined` if the URL policy refuses it (reported through `onWarning`). */
export function safeUrl(
  state: MarkdownState,
  value: unknown,
  context: UrlContext,
  ...at: (string | number)[]
): string | undefined {
  return policyUrl(state.options, value, context, undefined, state.path, at)
}

/** Text of a string field, or `''` for any other value (unvalidated input). */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** Directive attributes without the absent ones; numbers become strings. */
export function attrs(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(values)) {
    const value = values[key]
    if (typeof value === 'string') out[key] = value
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = String(value)
  }
  return out
}

/**
 * Whether any of these values would put `<` or `[` into a directive
 * attribute. Viewers that do not know directives show attributes as
 * Markdown text, where `<` could open raw HTML and `[` a link; such blocks
 * are written as escaped JSON instead.
 */
export function hasAngle(...values: unknown[]): boolean {
  return values.some((value) => typeof value === 'string' && /[<[]/.test(value))
}

/** A paragraph, or nothing for empty content. */
export function paragraph(children: PhrasingContent[]): RootContent[] {
  return children.length === 0 ? [] : [{ type: 'paragraph', children }]
}

/**
 * `::anchor{#id}` before a block that has an id and no attribute list of its
 * own. The reader form leaves it out and reports the id as `not_carried`.
 */
export function withAnchor(state: MarkdownState, node: { id?: unknown }, content: RootContent[]): MdastResult {
  if (typeof node.id !== 'string') return content
  if (!state.options.frontmatter) {
    state.options.onWarning?.({
      code: 'not_carried',
      path: [...state.path, 'id'],
      message: 'Block ids are only written with `frontmatter: true`',
    })
    return content
  }
  return [{ type: 'leafDirective', name: DIRECTIVE.anchor, attributes: { id: node.id }, children: [] }, ...content]
}

/** Whether inline content holds a line ending anywhere (a text with `\n`, a break). */
export function hasLineEnding(children: unknown, depth = 0): boolean {
  if (!Array.isArray(children) || depth > 32) return false
  for (const child of children) {
    if (child === null || typeof child !== 'object') continue
    const node = child as Record<string, unknown>
    if (node.type === 'break') return true
    if (typeof node.value === 'string' && node.value.includes('\n')) return true
    if (hasLineEnding(node.children, depth + 1)) return true
  }
  return false
}
