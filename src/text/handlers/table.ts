import type { Table } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, join, sentence, withScratch } from '../util.js'
import { displayWidth } from '../wrap.js'

/**
 * A table as aligned columns: cells padded to the widest in their column
 * (by display width, following `align`), two spaces between columns, a rule
 * of `-` under the header; the caption above it with `captions`. Tables are
 * not wrapped. In speech, each row is a sentence: `Header: cell; Header: cell.`
 */
export function table(node: Table, state: TextState): string {
  const { captions, speech } = state.options
  const caption = captions && node.caption !== undefined ? inlineText(state, node, 'caption') : ''
  const header = Array.isArray(node.header) ? cells(node.header, state, 'header') : undefined
  const rows = (Array.isArray(node.rows) ? node.rows : []).map((row, index) =>
    Array.isArray(row) ? cells(row, state, 'rows', index) : [],
  )
  if (speech) {
    const lines = rows.map((row) =>
      sentence(row.map((cell, column) => join([header?.[column] ?? '', cell], ': ')).join(header ? '; ' : ', ')),
    )
    // Without rows, the header is all there is to say.
    if (rows.length === 0 && header) lines.push(sentence(header.join(', ')))
    return join([sentence(caption), ...lines], ' ')
  }
  const all = header ? [header, ...rows] : rows
  const widths: number[] = []
  for (const row of all)
    for (let column = 0; column < row.length; column++)
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(row[column] as string))
  const align = Array.isArray(node.align) ? node.align : []
  const line = (row: string[]) =>
    widths
      .map((width, column) => pad(row[column] ?? '', width, align[column]))
      .join('  ')
      .trimEnd()
  const lines = rows.map(line)
  if (header) lines.unshift(line(header), widths.map((width) => '-'.repeat(width)).join('  '))
  return join([fill(state, caption), join(lines, '\n')], '\n')
}

/** The cells of one row as single-line text. */
function cells(row: unknown[], state: TextState, ...at: (string | number)[]): string[] {
  return row.map((cell, column) => state.handle('tableCell', cell, ...at, column).replace(/\s*\n\s*/g, ' '))
}

/** A table cell (an array of inline nodes; a part with its own handler, `tableCell`): its text. */
export function tableCell(cell: unknown, state: TextState): string {
  if (!Array.isArray(cell)) return ''
  return withScratch(state, 'inline', true, () => {
    let text = ''
    for (let index = 0; index < cell.length; index++) text += state.one(cell[index], index)
    return text
  })
}

function pad(text: string, width: number, align: unknown): string {
  const room = width - displayWidth(text)
  if (align === 'right') return ' '.repeat(room) + text
  if (align === 'center') return ' '.repeat(room >> 1) + text + ' '.repeat(room - (room >> 1))
  return text + ' '.repeat(room)
}
