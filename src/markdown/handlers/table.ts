import type { RootContent, TableRow } from 'mdast'
import type { Table } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, inlineList, notCarried, paragraph, phrasing, withAnchor } from '../util.js'

/**
 * A table: a GFM table with its column alignment. Reader form: the caption
 * as a paragraph before it, and an empty header row when it has none (GFM
 * needs one); rows of unequal length are padded. Lossless form: a caption,
 * or the lack of a header row, puts it inside `:::table{…}` (caption first,
 * `header="none"`).
 */
export function table(node: Table, state: MarkdownState): MdastResult {
  const rows = node.rows
  const header = node.header
  const align = node.align
  const lossless = state.options.frontmatter
  if (!Array.isArray(rows) || (header !== undefined && !Array.isArray(header))) return fallbackBlock(state, node)
  let columns = header !== undefined ? header.length : rows[0]?.length
  if (lossless) {
    if (
      !columns ||
      !rows.every((row) => Array.isArray(row) && row.length === columns) ||
      (align !== undefined && (!Array.isArray(align) || align.length !== columns || align.every((a) => a === null))) ||
      (Array.isArray(node.caption) && node.caption.length === 0)
    ) {
      return fallbackBlock(state, node)
    }
  } else {
    for (const cells of rows) if (Array.isArray(cells) && cells.length > (columns ?? 0)) columns = cells.length
  }
  const caption = node.caption === undefined ? [] : paragraph(phrasing(state, node, 'caption'))
  if (!columns) {
    notCarried(state, node, ['rows'])
    return caption
  }
  const mdastRows: TableRow[] = [row(state, header ?? [], columns, header === undefined ? [] : ['header'])]
  rows.forEach((cells, index) => {
    mdastRows.push(row(state, Array.isArray(cells) ? cells : [], columns, ['rows', index]))
  })
  const gfm: RootContent = {
    type: 'table',
    align: Array.isArray(align)
      ? Array.from({ length: columns }, (_, index) => {
          const value = align[index]
          return value === 'left' || value === 'right' || value === 'center' ? value : null
        })
      : null,
    children: lossless && header === undefined ? mdastRows.slice(1) : mdastRows,
  }
  if (!lossless) return withAnchor(state, node, [...caption, gfm])
  if (node.caption === undefined && header !== undefined) return withAnchor(state, node, [gfm])
  const attributes = attrs({ id: node.id, header: header === undefined ? 'none' : undefined })
  return [{ type: 'containerDirective', name: DIRECTIVE.table, attributes, children: [...caption, gfm] as never }]
}

/** A table row of `columns` cells (missing ones empty); `at` is the row's path, or empty for a made-up row. */
function row(state: MarkdownState, cells: unknown[], columns: number, at: (string | number)[]): TableRow {
  const { scratch } = state.options
  scratch.cell = true
  try {
    return {
      type: 'tableRow',
      children: Array.from({ length: columns }, (_, index) => {
        const cell = cells[index]
        return {
          type: 'tableCell',
          children: (Array.isArray(cell) && at.length > 0 ? inlineList(state, cell, [...at, index]) : []) as never,
        }
      }),
    }
  } finally {
    scratch.cell = false
  }
}
