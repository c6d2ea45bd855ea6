import type { ListItem as MdastListItem, PhrasingContent, RootContent, TableRow } from 'mdast'
import type {
  Attribution,
  Code,
  Divider,
  Heading,
  Image,
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
  inlineList,
  notCarried,
  paragraph,
  phrasing,
  safeUrl,
  str,
  withAnchor,
} from '../util.js'

/** A paragraph. */
export function paragraphHandler(node: Paragraph, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children) || node.children.length === 0) {
    return state.options.frontmatter ? fallbackBlock(state, node) : []
  }
  const children = phrasing(state, node)
  if (children.length === 0) return []
  return withAnchor(state, node, [{ type: 'paragraph', children }])
}

/** A heading: ATX `##` to `######`. */
export function heading(node: Heading, state: MarkdownState): MdastResult {
  let level = node.level
  if (level !== 2 && level !== 3 && level !== 4 && level !== 5 && level !== 6) {
    if (state.options.frontmatter) return fallbackBlock(state, node)
    // Input that skipped validation: the nearest level Markdown has.
    level = (typeof level === 'number' && level > 6 ? 6 : 2) as Heading['level']
  }
  const { scratch } = state.options
  scratch.heading = true
  try {
    return withAnchor(state, node, [{ type: 'heading', depth: level, children: phrasing(state, node) }])
  } finally {
    scratch.heading = false
  }
}

/** The highest number an ordered list item may have in CommonMark (nine digits). */
const LAST_NUMBER = 999_999_999

/** A list: `-` items, or `1.` items from `start`. */
export function list(node: List, state: MarkdownState): MdastResult {
  const items = node.items
  const ordered = node.ordered === true
  let start = node.start
  if (!Array.isArray(items) || items.length === 0) return state.options.frontmatter ? fallbackBlock(state, node) : []
  const numbered =
    start === undefined || (ordered && Number.isInteger(start) && start >= 0 && start + items.length - 1 <= LAST_NUMBER)
  // `start: 1` is what a list without `start` reads back as.
  if (state.options.frontmatter && (!numbered || start === 1)) return fallbackBlock(state, node)
  if (!numbered) {
    notCarried(state, node, ['start'])
    start = undefined
  }
  const children = items.map((item, index) => state.handle('listItem', item, 'items', index)[0] as MdastListItem)
  return withAnchor(state, node, [
    { type: 'list', ordered, start: ordered ? (start ?? 1) : null, spread: false, children },
  ])
}

/**
 * A list item: its blocks. With more than one, they are kept apart by blank
 * lines: right under a quote, a line would continue the quote's paragraph.
 */
export function listItem(node: ListItem, state: MarkdownState): MdastResult {
  const children = flat(state, node) as MdastListItem['children']
  return [{ type: 'listItem', spread: children.length > 1, children }]
}

/** A quote: `>` with its blocks, and the attribution as a final `> — Name, title` line. */
export function quote(node: Quote, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children)) return fallbackBlock(state, node)
  const content = attributed(state, flat(state, node), node.attribution)
  return withAnchor(state, node, [{ type: 'blockquote', children: content as never }])
}

/** The dash and space that start an attribution line. */
export const DASH = '— '

/**
 * Blocks followed by their attribution line. In the lossless form, a last
 * paragraph that would read back as an attribution line (it starts with the
 * dash) is opened with an empty `:node{split}` directive instead.
 */
export function attributed(state: MarkdownState, content: RootContent[], attribution: Attribution | undefined) {
  if (attribution !== undefined && attribution !== null) {
    content.push({ type: 'paragraph', children: attributionLine(state, attribution) })
  } else if (state.options.frontmatter) {
    const last = content[content.length - 1]
    const first = last?.type === 'paragraph' ? last.children[0] : undefined
    if (first?.type === 'text' && first.value.startsWith(DASH))
      (last as { children: PhrasingContent[] }).children.unshift(split())
  }
  return content
}

/** The `:node{split}` directive, which reads back as nothing. */
function split(): PhrasingContent {
  return { type: 'textDirective', name: DIRECTIVE.node, attributes: { split: '' }, children: [] } as PhrasingContent
}

/**
 * `— Name, title`, the name linked to the attribution's URL. In the lossless
 * form, a name with `, ` and no link is followed by `:node{split}`, so that
 * its comma does not read back as the start of the title.
 */
export function attributionLine(state: MarkdownState, attribution: Attribution): PhrasingContent[] {
  const name = str(attribution.name)
  const title = typeof attribution.title === 'string' ? `, ${attribution.title}` : ''
  const url = attribution.url === undefined ? undefined : safeUrl(state, attribution.url, 'link', 'attribution', 'url')
  if (url === undefined) {
    if (!state.options.frontmatter || !name.includes(', ')) return [{ type: 'text', value: DASH + name + title }]
    const line: PhrasingContent[] = [{ type: 'text', value: DASH + name }, split()]
    if (title) line.push({ type: 'text', value: title })
    return line
  }
  const line: PhrasingContent[] = [
    { type: 'text', value: DASH },
    { type: 'link', url, title: null, children: [{ type: 'text', value: name }] },
  ]
  if (title) line.push({ type: 'text', value: title })
  return line
}

/** A code block, fenced, with its language in the info string (mdast-util-to-markdown encodes what it must there). */
export function code(node: Code, state: MarkdownState): MdastResult {
  if (typeof node.value !== 'string') return fallbackBlock(state, node)
  const language = typeof node.language === 'string' && node.language !== '' ? node.language : null
  return withAnchor(state, node, [{ type: 'code', lang: language, meta: null, value: node.value }])
}

/** A divider: a thematic break. */
export function divider(node: Divider, state: MarkdownState): MdastResult {
  return withAnchor(state, node, [{ type: 'thematicBreak' }])
}

/**
 * An image. Reader form: `![alt](url)`, then the caption and the credit as
 * paragraphs (see `figure`). Lossless form: `![alt](url)` alone in a
 * paragraph; with a caption, credit, size, licence or id, inside
 * `:::figure{…}` with the caption as the paragraph after the image.
 */
export function image(node: ImageBlock, state: MarkdownState): MdastResult {
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id', 'width', 'height'])
    return figure(state, node)
  }
  if (Array.isArray(node.caption) && node.caption.length === 0) return fallbackBlock(state, node)
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
 * An image for readers (a body image or the lead image): `![alt](url)`, the
 * caption, and a credit line: the credit (linked to `creditUrl`) and a link
 * to the licence.
 */
export function figure(state: MarkdownState, image: Image, ...at: (string | number)[]): RootContent[] {
  const out: RootContent[] = []
  const src = safeUrl(state, image.url, 'image', ...at, 'url')
  if (src !== undefined) out.push({ type: 'paragraph', children: [{ type: 'image', url: src, alt: str(image.alt) }] })
  if (Array.isArray(image.caption)) out.push(...paragraph(inlineList(state, image.caption, [...at, 'caption'])))
  const credit: PhrasingContent[] = []
  if (typeof image.credit === 'string' && image.credit !== '') {
    const text: PhrasingContent = { type: 'text', value: image.credit }
    const url = image.creditUrl === undefined ? undefined : safeUrl(state, image.creditUrl, 'image', ...at, 'creditUrl')
    credit.push(url === undefined ? text : { type: 'link', url, title: null, children: [text] })
  }
  const license = image.license === undefined ? undefined : safeUrl(state, image.license, 'license', ...at, 'license')
  if (license !== undefined) {
    if (credit.length > 0) credit.push({ type: 'text', value: ' · ' })
    credit.push({
      type: 'link',
      url: license,
      title: null,
      children: [{ type: 'text', value: state.options.labels.license }],
    })
  }
  return credit.length > 0 ? [...out, { type: 'paragraph', children: credit }] : out
}

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
