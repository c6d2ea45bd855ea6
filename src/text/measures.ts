// The story's own text and the measures built on it. This file imports no
// part of the renderer, so other entries (JSON-LD) can use it on their own.

import { assertArticle, assertNotEmbargoed, type EmbargoOptions, RenderError } from '../core/renderer.js'
import { nodeSpec } from '../model/node-types.js'
import type { Article } from '../model/types.js'
import { clean } from './clean.js'
import { stringFields } from './fields.js'
import { INLINE } from './inline-types.js'
import { countWords } from './segment.js'

/** Options of the measures: what counts as story text. */
export interface StoryOptions {
  /** Count the captions of images, embeds and tables as story text. (default: `false`) */
  captions?: boolean
}

/** How deep blocks and inline nodes may nest, as in the renderers; validated articles stay far below it. */
const MAX_DEPTH = 64

function tooDeep(): never {
  throw new RenderError('too_deep', ['body'], `Nodes nest more than ${MAX_DEPTH} deep`)
}

/**
 * The story's own text: every body block except furniture (promos, "Read
 * more" boxes, pullquotes), then a live blog's updates (headline and blocks), as plain text without markers or URLs, blocks
 * separated by a blank line. Captions are left out unless asked for. This is
 * what `wordCount` counts and what JSON-LD writes as `articleBody`.
 *
 * Text that skipped validation is cleaned as {@link toText} cleans it. A
 * value that is not an object throws a `RenderError` with code
 * `invalid_node`. Nodes nested more than 64 deep (only possible without
 * validation) throw a `RenderError` with code `too_deep`. A custom block
 * with neither `children` nor a string `value` adds its string fields, as
 * `toText` writes them. The story's words are output: an article under
 * embargo throws a `RenderError` with code `embargoed`, as in every renderer
 * (`now` and `ignoreEmbargo` as there). The counts built on it do not.
 *
 * @example
 * storyText(parseArticle({ headline: 'H', body: ['One.', 'Two.'] })) // 'One.\n\nTwo.'
 */
export function storyText(article: Article<unknown>, options: StoryOptions & EmbargoOptions = {}): string {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  assertArticle(article)
  assertNotEmbargoed(article, options)
  return textOf(article, options)
}

/**
 * The story text without the embargo check: for the counts, which publish no
 * words, and for outputs that have made the check themselves.
 *
 * @internal
 */
export function textOf(article: Article<unknown>, options: StoryOptions = {}): string {
  options ??= {}
  assertArticle(article)
  const out: string[] = []
  blocks(out, (article as { body?: unknown }).body, options.captions === true, 0)
  liveUpdates(out, (article as { liveBlog?: unknown }).liveBlog, options.captions === true)
  return out.join('\n\n')
}

/**
 * The number of words in the story text (see {@link storyText}), found with
 * `Intl.Segmenter` for `article.language`, so that Chinese, Japanese and Thai
 * are counted by word rather than by space.
 *
 * @example
 * wordCount(parseArticle({ headline: 'H', language: 'en', body: ["It's 6.30am in St. Ives."] })) // 5
 */
export function wordCount(article: Article<unknown>, options: StoryOptions = {}): number {
  return countWords(textOf(article, options), (article as { language?: unknown })?.language)
}

type Loose = Record<string, unknown>

/** A live blog's updates, after the body: each update's headline, then its blocks. */
function liveUpdates(out: string[], live: unknown, captions: boolean): void {
  const updates = live !== null && typeof live === 'object' ? (live as Loose).updates : undefined
  if (!Array.isArray(updates)) return
  for (const entry of updates) {
    if (entry === null || typeof entry !== 'object') continue
    const { headline, body } = entry as Loose
    if (typeof headline === 'string' && headline !== '') out.push(clean(headline))
    blocks(out, body, captions, 0)
  }
}

/** Append the text of each block to `out`, one entry per paragraph-like block. */
function blocks(out: string[], nodes: unknown, captions: boolean, depth: number): void {
  if (depth > MAX_DEPTH) tooDeep()
  if (!Array.isArray(nodes)) return
  let run = ''
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue
    const block = node as Loose
    if (INLINE.has(block.type as string)) {
      // Inline nodes where blocks belong (a custom block's children): one paragraph per run.
      run += inline([block], depth)
      continue
    }
    if (run) out.push(run)
    run = ''
    block1(out, block, captions, depth + 1)
  }
  if (run) out.push(run)
}

/** Append the text of one block: a built-in one field by field, as its row in the node table says. */
function block1(out: string[], block: Loose, captions: boolean, depth: number): void {
  const push = (text: string) => {
    if (text) out.push(text)
  }
  const spec = nodeSpec(block.type)
  if (!spec) {
    // A custom block: its text children, whether blocks or inline nodes; else its value or string fields, as toText writes them.
    if (Array.isArray(block.children)) blocks(out, block.children, captions, depth)
    else if (typeof block.value === 'string') push(clean(block.value))
    else if (typeof block.type === 'string') push(stringFields(block).map(clean).join('\n'))
    return
  }
  if (spec.furniture) return
  // A table's rows, header first: cells separated by a tab, rows by a line feed, all one entry.
  const lines: string[] = []
  for (const [field, held] of Object.entries(spec.fields)) {
    const value = block[field]
    if (held === 'inline' || (held === 'caption' && captions)) push(inline(value, depth))
    else if (held === 'blocks') blocks(out, value, captions, depth)
    else if (held === 'text') push(clean(value))
    else if (held === 'items' && Array.isArray(value))
      for (const item of value) blocks(out, (item as Loose | null)?.children, captions, depth + 1)
    else if (held === 'row') row(lines, value, depth)
    else if (held === 'rows' && Array.isArray(value)) for (const cells of value) row(lines, cells, depth)
  }
  push(lines.join('\n'))
}

/** Add one table row to `lines`: its cells' text separated by tabs, line feeds in cells as spaces. */
function row(lines: string[], cells: unknown, depth: number): void {
  if (Array.isArray(cells)) lines.push(cells.map((cell) => inline(cell, depth).replace(/\n/g, ' ')).join('\t'))
}

/** The plain text of inline nodes: values, with breaks as line feeds. */
function inline(nodes: unknown, depth: number): string {
  if (depth > MAX_DEPTH) tooDeep()
  if (!Array.isArray(nodes)) return ''
  let text = ''
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue
    const { type, value, children } = node as Loose
    if (type === 'break') text += '\n'
    else if (typeof value === 'string') text += clean(value)
    else if (Array.isArray(children) || INLINE.has(type) || typeof type !== 'string')
      text += inline(children, depth + 1)
    // A custom inline node with neither: its string fields, as toText writes them.
    else text += stringFields(node).map(clean).join(' ')
  }
  return text
}
