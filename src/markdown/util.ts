// Helpers shared by the Markdown handlers.

import type { PhrasingContent, RootContent } from 'mdast'
import { RenderError, type UrlContext } from '../core/index.js'
import { warn } from '../core/problem.js'
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
 * Inline content as mdast phrasing content. In the lossless form, inline
 * nodes that Markdown cannot write so that they read back the same (an empty
 * text, an empty mark, a trailing line break) become `:node{json}`
 * directives instead of being changed or dropped; the reader form shows
 * them as a reader would see them (see `readerItems`).
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
  if (!state.options.frontmatter) return readerItems(state, children, at)
  const { scratch } = state.options
  // Decided from the end: a footnote reference followed by a directive (which starts with `:`) would read
  // as a footnote definition, so such a citation is kept as JSON too.
  const split: boolean[] = []
  const fallback: boolean[] = []
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index] as Record<string, unknown> | null
    const next = children[index + 1] as Record<string, unknown> | null | undefined
    // Two texts in a row would read back as one: a `:node{split}` marker keeps them apart.
    split[index] =
      child?.type === 'text' &&
      child.value !== '' &&
      (children[index - 1] as { type?: unknown } | null)?.type === 'text' &&
      scratch.cite === 0
    fallback[index] =
      (!split[index] && inexpressible(state, child, children[index - 1], index === children.length - 1)) ||
      (child?.type === 'citation' &&
        child.children === undefined &&
        (fallback[index + 1] === true || (next?.type === 'citation' && Array.isArray(next.children))))
  }
  const out: PhrasingContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Record<string, unknown> | null
    if (fallback[index]) {
      if (scratch.cite > 0) scratch.citeRisk = true
      out.push(...fallbackInline(state, child, ...at, index))
      continue
    }
    if (split[index]) out.push({ type: 'textDirective', name: DIRECTIVE.node, attributes: { split: '' }, children: [] })
    for (const node of state.one(child, ...at, index)) out.push(node as PhrasingContent)
  }
  return out
}

/**
 * Inline content for readers: no directives. What the lossless form keeps as
 * JSON is shown as readers would see it in HTML: empty nodes and a trailing
 * line break are left out, marks Markdown cannot nest keep only their
 * content, adjacent code or strikethrough runs are joined, and line endings
 * in inline code become spaces (as CommonMark reads them anyway).
 */
function readerItems(state: MarkdownState, children: unknown[], at: (string | number)[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Record<string, unknown> | null
    let node: unknown = child
    // What the lossless form keeps as JSON. Links and citations show such cases in their handlers, and a
    // text right after a text needs nothing for readers.
    const type = child?.type
    if (
      type !== 'link' &&
      type !== 'citation' &&
      inexpressible(state, child, children[index - 1], index === children.length - 1)
    ) {
      const previous = out[out.length - 1]
      if (type === 'text') {
        if (child?.value === '') continue
      } else if (type === 'break') {
        // A line break that ends the content shows nothing; in a heading or a table cell it is a space.
        if (index === children.length - 1) continue
        node = { type: 'text', value: ' ' }
      } else if (type === 'inlineCode') {
        const value = str(child?.value).replace(/\r\n?|\n/g, ' ')
        if (value === '') continue
        node = { ...child, value }
      } else if (isEmpty(child?.children)) {
        continue
      } else {
        // Marks Markdown cannot nest, or a strikethrough right after one: their content, joined to the one before.
        const content = inlineList(state, child?.children as unknown[], [...at, index, 'children'])
        const into = type === 'strikethrough' && previous?.type === 'delete' ? previous.children : out
        for (const item of content) push(into, item)
        continue
      }
    }
    for (const rendered of state.one(node, ...at, index)) push(out, rendered as PhrasingContent)
  }
  return out
}

/**
 * Add a node to phrasing content, joining inline code to inline code right
 * before it: two code spans in a row write their backtick runs side by side,
 * which parsers pair differently (and code could then show as raw HTML).
 */
function push(out: PhrasingContent[], node: PhrasingContent): void {
  const previous = out[out.length - 1]
  if (node.type === 'inlineCode' && previous?.type === 'inlineCode') previous.value += node.value
  else out.push(node)
}

/** Whether an inline node would not read back as itself. */
function inexpressible(state: MarkdownState, node: Record<string, unknown> | null, previous: unknown, last: boolean) {
  if (node === null || typeof node !== 'object') return false
  const { scratch } = state.options
  switch (node.type) {
    case 'text':
      return node.value === '' || (previous as { type?: unknown } | undefined)?.type === 'text'
    case 'break':
      // GFM tables write a line break in a cell as a space.
      return last || scratch.heading || scratch.cell
    case 'inlineCode':
      if (scratch.cite > 0 && /[[\]]/.test(String(node.value))) scratch.citeRisk = true
      return (
        node.value === '' ||
        String(node.value).includes('\n') ||
        (previous as { type?: unknown } | undefined)?.type === 'inlineCode' ||
        // In a cell, GFM drops the backslash of `\|`, also in code, so a code value with one cannot read back.
        (scratch.cell && String(node.value).includes('\\|'))
      )
    case 'link':
      if (scratch.cite > 0 && /[[\]]/.test(`${node.url}${node.title ?? ''}`)) scratch.citeRisk = true
      return node.title === '' || isEmpty(node.children)
    case 'emphasis':
    case 'strong':
      return (
        isEmpty(node.children) ||
        scratch.attention > 1 ||
        scratch.marks.includes(node.type) ||
        (scratch.attention === 1 && !scratch.direct)
      )
    case 'strikethrough':
      return (
        isEmpty(node.children) ||
        scratch.strike > 0 ||
        (previous as { type?: unknown } | undefined)?.type === 'strikethrough'
      )
    case 'citation':
      return (Array.isArray(node.children) && node.children.length === 0) || scratch.link > 0
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

/**
 * Escape every `:` inside the strings of a JSON text as `\u003a`, which
 * JSON.parse reads back: `https://` would start a GFM autolink literal,
 * which runs on past the attribute into the text after it (and could swallow
 * a `\` escape there). Colons outside strings are the JSON's own. (`<`, `[`,
 * `]`, `|` and `` ` `` are made inert with every directive attribute, in
 * `extensions.ts`.)
 */
export function escapeJson(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, (string) => string.replaceAll(':', '\\u003a'))
}

/**
 * An inline node written as `:node{json="…"}`. The reader form writes no
 * directives: there the node is left out and reported as `not_carried`
 * (only input that skipped validation gets there).
 */
export function fallbackInline(state: MarkdownState, node: unknown, ...at: (string | number)[]): PhrasingContent[] {
  if (!state.options.frontmatter) return leftOut(state, at)
  warnFallback(state, at)
  return [{ type: 'textDirective', name: DIRECTIVE.node, attributes: { json: json(state, node, at) }, children: [] }]
}

/** A block written as `::node{json="…"}`; in the reader form, left out as {@link fallbackInline} says. */
export function fallbackBlock(state: MarkdownState, node: unknown): MdastResult {
  if (!state.options.frontmatter) return leftOut(state, [])
  warnFallback(state, [])
  return [{ type: 'leafDirective', name: DIRECTIVE.node, attributes: { json: json(state, node, []) }, children: [] }]
}

function leftOut(state: MarkdownState, at: (string | number)[]): [] {
  warn(state, 'not_carried', at, 'A malformed node is left out')
  return []
}

function warnFallback(state: MarkdownState, at: (string | number)[]): void {
  warn(state, 'fallback', at, 'No Markdown reads back as this node; it is written as JSON in a `node` directive')
}

/** Report each of `keys` the node has as `not_carried`: the reader form has no place for them. */
export function notCarried(state: MarkdownState, node: object, keys: readonly string[]): void {
  for (const key of keys) {
    if ((node as Record<string, unknown>)[key] !== undefined)
      warn(state, 'not_carried', [key], `\`${key}\` is only written with \`frontmatter: true\``)
  }
}

/** Phrasing content with every link replaced by its content, for content that becomes one link. */
export function withoutLinks(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const child of children) {
    if (child.type === 'link') for (const item of withoutLinks(child.children)) push(out, item)
    else
      push(out, 'children' in child ? ({ ...child, children: withoutLinks(child.children) } as PhrasingContent) : child)
  }
  return out
}

/** A URL as it may be written, or `undefined` if the URL policy refuses it (reported through `onWarning`). */
export function safeUrl(
  state: MarkdownState,
  value: unknown,
  context: UrlContext,
  ...at: (string | number)[]
): string | undefined {
  const { options, article } = state
  return policyUrl(options, value, context, options.resolveUrl ? article.url : undefined, state.path, at)
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
    notCarried(state, node, ['id'])
    return content
  }
  return [{ type: 'leafDirective', name: DIRECTIVE.anchor, attributes: { id: node.id }, children: [] }, ...content]
}
