// How Markdown viewers see articlekit's output: GitHub (micromark with all of
// GFM, autolink literals on), viewers with and without front-matter support,
// and three common Markdown-to-HTML parsers with raw HTML on. Shared by the
// reader-form, structure, security and round-trip tests.

import type { Article } from 'articlekit'
import { defaultUrlPolicy } from 'articlekit/core'
import { toHtml } from 'hast-util-to-html'
import MarkdownIt from 'markdown-it'
import { marked } from 'marked'
import type { Nodes, Root } from 'mdast'
import { fromMarkdown as parseMdast } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toHast } from 'mdast-util-to-hast'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { normalizeUri } from 'micromark-util-sanitize-uri'
import { parseFragment } from 'parse5'
import { TEXT_KEYS } from '../fixtures/text-fields.js'

/**
 * Parse the way GitHub does: micromark with all of GFM, autolink literals
 * included; with `frontmatter`, YAML front matter is a `yaml` node (GitHub
 * shows it as a table), without it the front matter is Markdown like the
 * rest, as in viewers that do not know it.
 */
export function viewerTree(markdown: string, options: { frontmatter?: boolean } = {}): Root {
  const withYaml = options.frontmatter !== false
  return parseMdast(markdown, {
    extensions: withYaml ? [frontmatter(['yaml']), gfm()] : [gfm()],
    mdastExtensions: withYaml ? [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] : [gfmFromMarkdown()],
  })
}

/** Every node of a tree, in document order, without recursion. */
export function nodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    out.push(node)
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return out
}

const FLOW = new Set([
  'blockquote',
  'code',
  'definition',
  'footnoteDefinition',
  'heading',
  'html',
  'list',
  'listItem',
  'paragraph',
  'table',
  'tableRow',
  'thematicBreak',
  'yaml',
])

/**
 * The block structure a viewer shows: flow nodes and their nesting, heading
 * depths, table rows and cells, without the text. Two documents with the
 * same skeleton look alike but for their words.
 */
export function skeleton(node: Nodes): string {
  if (!FLOW.has(node.type) && node.type !== 'root') return ''
  let label = node.type
  if (node.type === 'heading') label += node.depth
  if (node.type === 'tableRow') label += `(${node.children.length})`
  if (node.type === 'list') label += node.ordered ? '1' : '-'
  if (!('children' in node)) return label
  const inner = (node.children as Nodes[]).map(skeleton).filter(Boolean)
  return inner.length === 0 ? label : `${label}[${inner.join(',')}]`
}

/** What a reader sees of a tree: its text, code, image alternatives and link titles, whitespace collapsed. */
export function visibleText(tree: Nodes): string {
  const parts: string[] = []
  for (const node of nodes(tree)) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value)
    else if (node.type === 'image') parts.push(` ${node.alt ?? ''} `)
    else if (node.type === 'link' && node.title) parts.push(` ${node.title} `)
    else if (node.type === 'break' || FLOW.has(node.type)) parts.push(' ')
  }
  return collapse(parts.join(''))
}

/** Whitespace runs as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Every string under `keys` anywhere in a value, but link titles (tooltips,
 * not text) and the creator of an image with a credit line (the credit is
 * printed in its place; an empty one is not a credit line).
 */
function stringsUnder(value: unknown, keys: ReadonlySet<string>, out: string[] = [], key = ''): string[] {
  if (typeof value === 'string') {
    if (keys.has(key)) out.push(value)
  } else if (Array.isArray(value)) {
    for (const item of value) stringsUnder(item, keys, out, key)
  } else if (value !== null && typeof value === 'object') {
    const link = (value as { type?: unknown }).type === 'link'
    const { credit } = value as { credit?: unknown }
    const credited = typeof credit === 'string' && credit !== ''
    for (const [name, item] of Object.entries(value))
      if (!(link && name === 'title') && !(credited && name === 'creator')) stringsUnder(item, keys, out, name)
  }
  return out
}

/** Keys of the text a reader form must show: the text of every field, and an embed's provider. */
const SHOWN_TEXT: ReadonlySet<string> = new Set([...TEXT_KEYS, 'provider'])

/** The article's visible strings, whitespace collapsed, without the empty ones. */
export function articleText(article: Article): string[] {
  const {
    alternativeHeadline: _a,
    description: _d,
    keywords: _k,
    publisher: _p,
    ...shown
  } = article as unknown as Record<string, unknown>
  return stringsUnder(shown, SHOWN_TEXT).map(collapse).filter(Boolean)
}

const URL_KEYS = new Set(['url', 'creditUrl', 'license', 'transcriptUrl'])

/** The URLs of an article, as micromark normalizes them, that pass the default URL policy. */
export function articleUrls(article: Article): Set<string> {
  const out = new Set<string>()
  for (const url of stringsUnder(article, URL_KEYS)) {
    const kept = defaultUrlPolicy(url, 'link')
    if (kept !== undefined) out.add(kept).add(normalizeUri(kept))
  }
  return out
}

/**
 * Problems a GFM viewer shows for a reader-form document: raw HTML, links
 * to URLs the article does not have (autolink literals of `http:`, `https:`
 * and `mailto:` text excepted), `:::` or `\:` in text the article does not
 * have itself, tables whose row count differs from the article's, and
 * article text that is missing.
 */
export function readerProblems(article: Article, markdown: string, tree = viewerTree(markdown)): string[] {
  const problems: string[] = []
  const urls = articleUrls(article)
  // Adjacent text nodes (`:` then `::x`) show as one run, so their text is joined both ways.
  const texts = articleText(article)
  const own = `${texts.join(' ')}\n${texts.join('')}`
  for (const node of nodes(tree)) {
    if (node.type === 'html') problems.push(`raw HTML \`${node.value}\``)
    if (node.type === 'yaml') problems.push('front matter')
    if (node.type === 'text') {
      // Unless the article's own text has them (`\:` only where it has a backslash before a colon).
      if (node.value.includes(':::') && !own.includes(':::')) problems.push('`:::` in text')
      if (node.value.includes('\\:') && !own.includes('\\')) problems.push('`\\:` in text')
    }
    if ((node.type === 'link' || node.type === 'image') && !urls.has(node.url)) {
      const text =
        node.type === 'link'
          ? nodes(node)
              .map((n) => ('value' in n ? n.value : ''))
              .join('')
          : ''
      const literal =
        /^(?:https?|mailto):/i.test(node.url) &&
        (node.url === text || node.url === `http://${text}` || node.url === `mailto:${text}`)
      if (!literal) problems.push(`a link to \`${node.url}\``)
    }
  }
  const tables = nodes(tree).filter((node) => node.type === 'table')
  const expected = articleTables(article)
  if (tables.length !== expected.length) problems.push(`${tables.length} tables, expected ${expected.length}`)
  else
    tables.forEach((table, index) => {
      if (table.children.length !== expected[index]) {
        problems.push(`table ${index + 1} has ${table.children.length} rows, expected ${expected[index]}`)
      }
    })
  const seen = visibleText(tree)
  for (const text of articleText(article)) if (!seen.includes(text)) problems.push(`missing text \`${text}\``)
  return problems
}

/** Row counts of the article's tables, in document order, with the header row (an empty one when it has none). */
function articleTables(article: Article): number[] {
  const out: number[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (value !== null && typeof value === 'object') {
      const node = value as Record<string, unknown>
      // A table without cells has nothing to show.
      const header = Array.isArray(node.header) ? node.header.length : 0
      const rows = Array.isArray(node.rows) ? (node.rows as unknown[][]) : []
      if (node.type === 'table' && Math.max(header, ...rows.map((row) => row.length)) > 0) out.push(rows.length + 1)
      for (const [key, item] of Object.entries(node)) if (key !== 'rows' && key !== 'header') visit(item)
    }
  }
  // The live blog's updates follow the body in the reader form.
  visit([article.body, article.liveBlog])
  return out
}

// ---------------------------------------------------------------------------
// HTML from common Markdown parsers
// ---------------------------------------------------------------------------

const markdownIt = new MarkdownIt({ html: true, linkify: true })

/**
 * The HTML each parser makes of the Markdown, raw HTML allowed wherever the
 * parser has a switch for it. `tree` is the Markdown's tree from
 * `viewerTree(markdown, { frontmatter: false })`, when there is one already.
 */
export function parserHtml(
  markdown: string,
  tree = viewerTree(markdown, { frontmatter: false }),
): Record<string, string> {
  return {
    'marked (defaults)': marked.parse(markdown, { async: false }),
    'markdown-it (html: true)': markdownIt.render(markdown),
    // micromark's tree, as remark and rehype pipelines use it; the same parse GitHub's viewer is modelled with.
    'micromark → mdast-util-to-hast (allowDangerousHtml)': toHtml(toHast(tree, { allowDangerousHtml: true }), {
      allowDangerousHtml: true,
    }),
  }
}

/** Elements Markdown itself makes. Anything else came from raw HTML. */
const ELEMENTS = new Set(
  'a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre s section strong sup table tbody td th thead tr ul'.split(
    ' ',
  ),
)
/** Attributes Markdown itself writes. */
const ATTRIBUTES = new Set(
  'href src alt title id class align start type checked disabled style data-footnotes data-footnote-ref data-footnote-backref aria-describedby aria-label aria-labelledby'.split(
    ' ',
  ),
)

/** What in an HTML text did not come from Markdown, or could run script: `[]` when it is clean. */
export function executable(html: string): string[] {
  const problems: string[] = []
  const stack = [
    parseFragment(html) as unknown as {
      nodeName: string
      childNodes?: unknown[]
      attrs?: { name: string; value: string }[]
    },
  ]
  while (stack.length > 0) {
    const node = stack.pop() as (typeof stack)[number]
    if (node.attrs !== undefined) {
      if (!ELEMENTS.has(node.nodeName)) problems.push(`<${node.nodeName}>`)
      for (const { name, value } of node.attrs) {
        if (!ATTRIBUTES.has(name)) problems.push(`<${node.nodeName} ${name}>`)
        // Links may only go to web and mail addresses; images anywhere but script (a `data:` image runs nothing).
        const scheme = /^\s*([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase()
        if (
          scheme !== undefined &&
          ((name === 'href' && !['http', 'https', 'mailto', 'tel'].includes(scheme)) ||
            (name === 'src' && ['javascript', 'vbscript'].includes(scheme)))
        ) {
          problems.push(`<${node.nodeName} ${name}="${value}">`)
        }
        if (name === 'style' && !/^text-align:\s*(?:left|right|center);?$/.test(value))
          problems.push(`style="${value}"`)
      }
    }
    if (node.childNodes) stack.push(...(node.childNodes as (typeof stack)[number][]))
  }
  return problems
}

/** Every parser's problems with the Markdown, as `parser: problem` lines (`tree` as `parserHtml` takes it). */
export function parserProblems(markdown: string, tree?: Root): string[] {
  const out: string[] = []
  for (const [parser, html] of Object.entries(parserHtml(markdown, tree))) {
    for (const problem of executable(html)) out.push(`${parser}: ${problem}`)
  }
  return out
}

/**
 * An article input with `raw` in every text field, through every block
 * type; one-line fields get `raw` on one line (or `name` when it is blank).
 */
export function everyFieldInput(raw: string, lineOf: (raw: string) => string): Record<string, unknown> {
  const line = lineOf(raw)
  const name = /\S/.test(line) ? line : 'name'
  return {
    headline: name,
    alternativeHeadline: name,
    standfirst: raw,
    description: raw,
    dateline: name,
    authors: [{ name }, { name, url: '/who' }],
    contributors: [
      { name, role: 'additionalReporting', url: '/who' },
      { name, role: 'editor' },
      { name, role: 'other', label: name },
    ],
    keywords: [name],
    image: { url: '/i.jpg', alt: raw, caption: raw, credit: raw, creditUrl: '/c', license: '/l' },
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: raw },
          { type: 'emphasis', children: raw },
          { type: 'citation', sourceId: 'src' },
        ],
      },
      { type: 'heading', level: 2, id: 'heading-id', children: raw },
      { type: 'list', items: [raw, raw] },
      { type: 'list', ordered: true, start: 3, items: [raw] },
      { type: 'quote', children: [raw, raw], attribution: { name, title: name } },
      { type: 'quote', children: [raw] },
      { type: 'pullquote', children: raw, attribution: { name, url: '/who' } },
      { type: 'pullquote', children: raw },
      { type: 'image', url: '/b.jpg', alt: raw, caption: raw, credit: raw, width: 10 },
      { type: 'image', url: '/c.jpg', alt: raw, creator: { name, url: '/who', role: 'photographer' } },
      { type: 'embed', url: 'https://video.example.com/', title: name, provider: name, caption: raw },
      { type: 'code', value: raw, language: name },
      {
        type: 'paragraph',
        children: [
          { type: 'inlineCode', value: raw },
          { type: 'text', value: ' ' },
          { type: 'link', url: '/l', title: name, children: raw },
          { type: 'citation', sourceId: 'src', children: raw },
        ],
      },
      { type: 'table', caption: raw, header: [raw, raw], rows: [[raw, raw]] },
      { type: 'table', rows: [[raw], [raw]] },
      { type: 'relatedLinks', label: name, links: [{ title: name, url: '/r', description: raw }] },
      { type: 'aside', title: name, children: [raw] },
      { type: 'promo', url: '/p', children: raw },
      { type: 'divider' },
    ],
    sources: [{ id: 'src', name, title: name }],
    related: [{ title: name, url: '/r', description: raw }],
    corrections: [{ date: '2026-03-14', text: raw }],
  }
}
