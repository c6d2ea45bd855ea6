import type { Table } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, ownId, TEXT_MARK } from '../util.js'

/**
 * A table: `<caption>`, a `<thead>` of `<th scope="col">` when there is a
 * header row, and a `<tbody>`. Column alignment becomes a class on each cell
 * (`ak-align-right`), never an inline style.
 */
export function table(node: Table, state: HtmlState): string {
  const align = Array.isArray(node.align) ? node.align : []
  const cellClass = (column: number) => {
    const value = align[column]
    return value === 'left' || value === 'right' || value === 'center' ? cls(state, `align-${value}`) : undefined
  }
  const caption = node.caption === undefined ? '' : `<caption>${state.join(node, 'caption')}</caption>`
  let head = ''
  if (Array.isArray(node.header)) {
    head = '<thead><tr>'
    node.header.forEach((cell, column) => {
      head += `<th scope="col"${attribute('class', cellClass(column))}>${cellContent(state, cell, 'header', column)}</th>`
    })
    head += '</tr></thead>'
  }
  let body = '<tbody>'
  const rows = Array.isArray(node.rows) ? node.rows : []
  rows.forEach((row, rowIndex) => {
    body += '<tr>'
    if (Array.isArray(row)) {
      row.forEach((cell, column) => {
        body += `<td${attribute('class', cellClass(column))}>${cellContent(state, cell, 'rows', rowIndex, column)}</td>`
      })
    }
    body += '</tr>'
  })
  body += '</tbody>'
  const id = blockId(state, node.id)
  // The alignment is on every cell, but a column of `null` and a missing `align` look alike.
  return `<table${attribute('id', id)} class="${cls(state, 'table')}"${hidden(state, { id: ownId(node.id, id), align: node.align })}>${caption}${head}${body}</table>`
}

/** A cell's inline content, rendered node by node with its path. */
function cellContent(state: HtmlState, cell: unknown, ...at: (string | number)[]): string {
  if (!Array.isArray(cell)) return ''
  const nodes = cell as ({ type?: unknown } | null | undefined)[]
  let html = ''
  for (let index = 0; index < cell.length; index++) {
    const rendered = state.one(cell[index], ...at, index)
    // Two texts in a row, as the `text` handler marks them where it sees its siblings.
    const apart =
      index > 0 && nodes[index - 1]?.type === 'text' && nodes[index]?.type === 'text' && !rendered.startsWith(TEXT_MARK)
    html += apart ? `${TEXT_MARK}${rendered}</span>` : rendered
  }
  return html
}
