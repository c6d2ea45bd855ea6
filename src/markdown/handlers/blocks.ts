import type { ListItem as MdastListItem, PhrasingContent, RootContent, TableRow } from 'mdast'
import type {
  Attribution,
  Code,
  Divider,
  Heading,
  ImageBlock,
  List,
  ListItem,
  Paragraph,
  Quote,
  Table,
} from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import {
  attrs,
  fallbackBlock,
  flat,
  hasAngle,
  hasLineEnding,
  inlineList,
  paragraph,
  phrasing,
  safeUrl,
  str,
  withAnchor,
} from '../util.js'

/** A paragraph. */
export function paragraphHandler(node: Paragraph, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children) || node.children.length === 0 || hasAngle(node.id)) {
    return [fallbackBlock(state, node)]
  }
  return withAnchor(state, node, [{ type: 'paragraph', children: phrasing(state, node) }])
}

/** A heading: ATX `##` to `######`. */
export function heading(node: Heading, state: MarkdownState): MdastResult {
  const level = node.level
  if ((level !== 2 && level !== 3 && level !== 4 && level !== 5 && level !== 6) || hasAngle(node.id)) {
    return [fallbackBlock(state, node)]
  }
  const { scratch } = state.options
  scratch.heading = true
  try {
    return withAnchor(state, node, [{ type: 'heading', depth: level, children: phrasing(state, node) }])
  } finally {
    scratch.heading = false
  }
}

/** A list: `-` items, or `1.` items from `start`. */
export function list(node: List, state: MarkdownState): MdastResult {
  const items = node.items
  const ordered = node.ordered === true
  const start = node.start
  if (
    !Array.isArray(items) ||
    items.length === 0 ||
    hasAngle(node.id) ||
    (!ordered && start !== undefined) ||
    (start !== undefined && (start === 1 || !Number.isInteger(start) || start < 0 || start > 999_999_999))
  ) {
    return [fallbackBlock(state, node)]
  }
  const children = items.map((item, index) => state.handle('listItem', item, 'items', index)[0] as MdastListItem)
  return withAnchor(state, node, [
    { type: 'list', ordered, start: ordered ? (start ?? 1) : null, spread: false, children },
  ])
}

/** A list item: its blocks. */
export function listItem(node: ListItem, state: MarkdownState): MdastResult {
  return [{ type: 'listItem', spread: false, children: flat(state, node) as MdastListItem['children'] }]
}

/** A quote: `>` with its blocks, and the attribution as a final `> — Name, title` line. */
export function quote(node: Quote, state: MarkdownState): MdastResult {
  const children = node.children
  if (!Array.isArray(children) || hasAngle(node.id)) return [fallbackBlock(state, node)]
  if (node.attribution === undefined ? looksAttributed(children) : !canAttribute(node.attribution)) {
    return [fallbackBlock(state, node)]
  }
  const content = flat(state, node) as RootContent[]
  if (node.attribution !== undefined) {
    content.push({ type: 'paragraph', children: attributionLine(state, node.attribution) })
  }
  return withAnchor(state, node, [{ type: 'blockquote', children: content as never }])
}

/** Whether blocks end in a paragraph that would read back as an attribution line. */
export function looksAttributed(children: readonly unknown[]): boolean {
  const last = children[children.length - 1] as { type?: unknown; children?: unknown } | undefined
  return last?.type === 'paragraph' && startsWithDash(last.children)
}

/** Whether inline content starts with the attribution dash. */
export function startsWithDash(children: unknown): boolean {
  const first = Array.isArray(children) ? (children[0] as { type?: unknown; value?: unknown } | undefined) : undefined
  return first?.type === 'text' && typeof first.value === 'string' && first.value.startsWith(DASH)
}

/** The dash and space that start an attribution line. */
export const DASH = '— '

/** Whether an attribution reads back from `— Name, title` (a name with a comma is split only without a link). */
export function canAttribute(attribution: Attribution): boolean {
  const { name, title, url } = attribution ?? {}
  if (typeof name !== 'string' || name === '') return false
  if (title !== undefined && (typeof title !== 'string' || title === '')) return false
  return url !== undefined || !name.includes(', ')
}

/** `— Name, title`, the name linked to the attribution's URL. */
export function attributionLine(state: MarkdownState, attribution: Attribution): PhrasingContent[] {
  const name = str(attribution.name)
  const title = typeof attribution.title === 'string' ? `, ${attribution.title}` : ''
  const url = attribution.url === undefined ? undefined : safeUrl(state, attribution.url, 'link', 'attribution', 'url')
  if (url === undefined) return [{ type: 'text', value: DASH + name + title }]
  const line: PhrasingContent[] = [
    { type: 'text', value: DASH },
    { type: 'link', url, title: null, children: [{ type: 'text', value: name }] },
  ]
  if (title) line.push({ type: 'text', value: title })
  return line
}

/** A code block, fenced, with its language in the info string. */
export function code(node: Code, state: MarkdownState): MdastResult {
  const language = node.language
  if (
    typeof node.value !== 'string' ||
    hasAngle(node.id) ||
    (language !== undefined && !/^[^\s`]+$/.test(String(language)))
  ) {
    return [fallbackBlock(state, node)]
  }
  return withAnchor(state, node, [{ type: 'code', lang: language ?? null, meta: null, value: node.value }])
}

/** A divider: a thematic break. */
export function divider(node: Divider, state: MarkdownState): MdastResult {
  if (hasAngle(node.id)) return [fallbackBlock(state, node)]
  return withAnchor(state, node, [{ type: 'thematicBreak' }])
}

/**
 * An image: `![alt](url)` alone in a paragraph; with a caption, credit, size,
 * licence or id, inside `:::figure{…}` with the caption as the paragraph
 * after the image.
 */
export function image(node: ImageBlock, state: MarkdownState): MdastResult {
  if (
    (Array.isArray(node.caption) && node.caption.length === 0) ||
    hasAngle(node.id, node.credit, node.creditUrl, node.license)
  ) {
    return [fallbackBlock(state, node)]
  }
  const src = safeUrl(state, node.url, 'image', 'url')
  const picture: RootContent[] =
    src === undefined ? [] : [{ type: 'paragraph', children: [{ type: 'image', url: src, alt: str(node.alt) }] }]
  const caption = node.caption === undefined ? [] : paragraph(phrasing(state, node, 'caption'))
  const attributes = attrs({
    id: node.id,
    width: node.width,
    height: node.height,
    credit: node.credit,
    creditUrl: node.creditUrl === undefined ? undefined : safeUrl(state, node.creditUrl, 'image', 'creditUrl'),
    license: node.license === undefined ? undefined : safeUrl(state, node.license, 'license', 'license'),
  })
  if (caption.length === 0 && Object.keys(attributes).length === 0) return picture
  return [
    { type: 'containerDirective', name: DIRECTIVE.figure, attributes, children: [...picture, ...caption] as never },
  ]
}

/**
 * A table: a GFM table with its column alignment. A caption, or the lack of a
 * header row, puts it inside `:::table{…}` (caption first, `header="none"`).
 */
export function table(node: Table, state: MarkdownState): MdastResult {
  const rows = node.rows
  const header = node.header
  const columns = header !== undefined ? header?.length : rows?.[0]?.length
  const align = node.align
  if (
    !Array.isArray(rows) ||
    (header !== undefined && !Array.isArray(header)) ||
    !columns ||
    !rows.every((row) => Array.isArray(row) && row.length === columns && row.every(plainCell)) ||
    (header !== undefined && !header.every(plainCell)) ||
    (align !== undefined && (!Array.isArray(align) || align.length !== columns || align.every((a) => a === null))) ||
    (Array.isArray(node.caption) && node.caption.length === 0) ||
    hasAngle(node.id)
  ) {
    return [fallbackBlock(state, node)]
  }
  const mdastRows: TableRow[] = []
  if (header !== undefined) mdastRows.push(row(state, header, 'header'))
  rows.forEach((cells, index) => {
    mdastRows.push(row(state, cells, 'rows', index))
  })
  const gfm: RootContent = {
    type: 'table',
    align: align
      ? align.map((value) => (value === 'left' || value === 'right' || value === 'center' ? value : null))
      : null,
    children: mdastRows,
  }
  if (node.caption === undefined && header !== undefined) return withAnchor(state, node, [gfm])
  const caption = node.caption === undefined ? [] : paragraph(phrasing(state, node, 'caption'))
  const attributes = attrs({ id: node.id, header: header === undefined ? 'none' : undefined })
  return [{ type: 'containerDirective', name: DIRECTIVE.table, attributes, children: [...caption, gfm] as never }]
}

/** Whether a cell reads back as itself: one line, no whitespace at its edges (GFM trims it). */
function plainCell(cell: unknown): boolean {
  if (!Array.isArray(cell) || hasLineEnding(cell) || hasPipeInCode(cell)) return false
  const first = cell[0] as { type?: unknown; value?: unknown } | undefined
  const last = cell[cell.length - 1] as { type?: unknown; value?: unknown } | undefined
  return !(
    (first?.type === 'text' && /^\s/.test(String(first.value))) ||
    (last?.type === 'text' && /\s$/.test(String(last.value)))
  )
}

/** Whether inline code in a cell holds `|`: GFM's cell escape and code's backslashes cannot both be kept. */
function hasPipeInCode(children: unknown[], depth = 0): boolean {
  if (depth > 32) return false
  return children.some((child) => {
    const node = child as { type?: unknown; value?: unknown; children?: unknown } | null
    if (node === null || typeof node !== 'object') return false
    if (node.type === 'inlineCode') return String(node.value).includes('|')
    return Array.isArray(node.children) && hasPipeInCode(node.children, depth + 1)
  })
}

function row(state: MarkdownState, cells: unknown[], ...at: (string | number)[]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((cell, index) => ({
      type: 'tableCell',
      children: (Array.isArray(cell) ? inlineList(state, cell, [...at, index]) : []) as never,
    })),
  }
}
