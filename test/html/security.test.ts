// The HTML renderer must be safe for any object, validated or not: every
// hostile string and URL of the corpus goes into every text and URL field of
// the model, straight to `toHtml` without `parseArticle`, and the output is
// parsed with parse5 the way a browser would parse it.

import type { Article } from 'articlekit'
import { defaultUrlPolicy, RenderError } from 'articlekit/core'
import { type HtmlOptions, type HtmlWarning, toHtml, toHtmlDocument } from 'articlekit/html'
import { type DefaultTreeAdapterMap, parse, parseFragment, serializeOuter } from 'parse5'
import { describe, expect, it } from 'vitest'
import { type Hostile, hostileStrings, hostileUrls } from '../fixtures/hostile.js'
import { everyNode } from '../fixtures/valid.js'

type Node = DefaultTreeAdapterMap['node']
type ParentNode = DefaultTreeAdapterMap['parentNode']
type Element = DefaultTreeAdapterMap['element']
type Mode = 'fragment' | 'document'
type Path = (string | number)[]

const MODES: Mode[] = ['fragment', 'document']
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'

// ---------------------------------------------------------------------------
// Rendering and parsing
// ---------------------------------------------------------------------------

interface Rendered {
  html: string
  root: ParentNode
  warnings: HtmlWarning[]
}

/** The fragment, or in `document` mode the whole page. */
function renderIn(mode: Mode, article: unknown, options: HtmlOptions = {}): string {
  return (mode === 'document' ? toHtmlDocument : toHtml)(article as Article<unknown>, options)
}

function render(article: unknown, mode: Mode): Rendered {
  const warnings: HtmlWarning[] = []
  const html = renderIn(mode, article, { onWarning: (warning) => warnings.push(warning) })
  return { html, root: parseHtml(html, mode), warnings }
}

/**
 * Render and run the common checks, once per distinct output: many inputs
 * (refused URLs, fields that are not rendered) give the same HTML.
 */
function renderChecked(article: unknown, mode: Mode, seen: Map<string, Checked>): Checked {
  const html = renderIn(mode, article)
  let checked = seen.get(html)
  if (!checked) {
    const root = parseHtml(html, mode)
    checked = { html, root, problems: [...safetyProblems(root, mode), ...structureProblems(html, root, mode)] }
    seen.set(html, checked)
  }
  return checked
}

interface Checked {
  html: string
  root: ParentNode
  problems: string[]
}

function parseHtml(html: string, mode: Mode): ParentNode {
  return mode === 'document' ? parse(html) : parseFragment(html)
}

const isElement = (node: Node): node is Element => 'tagName' in node

const walked = new WeakMap<ParentNode, Node[]>()

/** Every node under `root`, in document order (template contents included). Trees are never changed, so walks are kept. */
function nodes(root: ParentNode): Node[] {
  const known = walked.get(root)
  if (known) return known
  const result: Node[] = []
  const stack: Node[] = [...root.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as Node
    result.push(node)
    if ('content' in node) stack.push(node.content)
    if ('childNodes' in node)
      for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index] as Node)
  }
  walked.set(root, result)
  return result
}

const elements = (root: ParentNode): Element[] => nodes(root).filter(isElement)

function textOf(element: ParentNode): string {
  let text = ''
  for (const node of nodes(element))
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value
  return text
}

const attributeOf = (element: Element, name: string): string | undefined =>
  element.attrs.find((attribute) => attribute.name === name)?.value

// A small selector engine: `tag`, `.class`, `tag.class`, `tag[attr=value]`,
// joined by spaces for descendants.

interface Simple {
  tag: string | undefined
  className: string | undefined
  attribute: string | undefined
  value: string | undefined
}

function simple(selector: string): Simple {
  const match = /^([a-z][a-z0-9]*)?(?:\.([\w-]+))?(?:\[([\w-]+)(?:=([^\]]*))?\])?$/.exec(selector)
  if (!match) throw new Error(`Bad selector ${selector}`)
  return { tag: match[1], className: match[2], attribute: match[3], value: match[4] }
}

function matches(element: Element, part: Simple): boolean {
  if (part.tag !== undefined && element.tagName !== part.tag) return false
  if (part.className !== undefined && !(attributeOf(element, 'class') ?? '').split(/\s+/).includes(part.className)) {
    return false
  }
  if (part.attribute !== undefined) {
    const value = attributeOf(element, part.attribute)
    if (value === undefined || (part.value !== undefined && value !== part.value)) return false
  }
  return true
}

function select(root: ParentNode, selector: string): Element[] {
  const parts = selector.trim().split(/\s+/).map(simple)
  const last = parts.pop() as Simple
  return elements(root).filter((element) => {
    if (!matches(element, last)) return false
    let index = parts.length - 1
    for (let node = element.parentNode; node && index >= 0; node = 'parentNode' in node ? node.parentNode : null) {
      if (isElement(node) && matches(node, parts[index] as Simple)) index--
    }
    return index < 0
  })
}

// ---------------------------------------------------------------------------
// What must hold for every output
// ---------------------------------------------------------------------------

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'style',
  'svg',
  'math',
  'template',
  'form',
  'input',
  'textarea',
])

/** Every element the renderer writes; anything else got in from the input. */
const RENDERED_ELEMENTS = new Set([
  'article',
  'audio',
  'source',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'span',
  'time',
  'a',
  'bdi',
  'figure',
  'img',
  'figcaption',
  'small',
  'div',
  'section',
  'ol',
  'ul',
  'li',
  'nav',
  'aside',
  'blockquote',
  'cite',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'br',
  'hr',
  'sup',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
])
const DOCUMENT_ELEMENTS = new Set(['html', 'head', 'body'])
const HEAD_ELEMENTS = new Set(['meta', 'title', 'link'])

const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction'])
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'srcset',
  'poster',
  'data',
  'background',
  'ping',
  'xlink:href',
])
const DANGEROUS_SCHEMES = ['javascript:', 'vbscript:', 'data:', 'file:', 'blob:']
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping controls is the point.
const SQUEEZED = /[\s\0-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

function urlProblem(value: string): string | undefined {
  const squeezed = value.trim().toLowerCase().replace(SQUEEZED, '')
  const scheme = DANGEROUS_SCHEMES.find((name) => squeezed.startsWith(name))
  if (scheme) return `a ${scheme} URL`
  // A `#fragment` the renderer generates itself, or a URL the default policy lets through unchanged.
  if (/^#[\w-]+$/.test(value) || defaultUrlPolicy(value, 'link') === value) return undefined
  return 'a URL the default policy refuses'
}

/** Problems with what the parsed output contains: elements, attributes, URLs. */
function safetyProblems(root: ParentNode, mode: Mode): string[] {
  const problems: string[] = []
  let jsonLdScripts = 0
  for (const node of nodes(root)) {
    if (node.nodeName === '#comment') problems.push(`a comment: <!--${(node as { data: string }).data.slice(0, 60)}-->`)
    if (!isElement(node)) continue
    const tag = node.tagName
    if (node.namespaceURI !== HTML_NAMESPACE) problems.push(`<${tag}> in namespace ${node.namespaceURI}`)
    const parent = node.parentNode && isElement(node.parentNode) ? node.parentNode.tagName : undefined
    const canonical = mode === 'document' && tag === 'link' && attributeOf(node, 'rel') === 'canonical'
    // The document's one JSON-LD script: in <head>, with nothing but its type, holding JSON.
    const jsonLd =
      mode === 'document' &&
      tag === 'script' &&
      parent === 'head' &&
      node.attrs.length === 1 &&
      attributeOf(node, 'type') === 'application/ld+json'
    if (jsonLd) {
      jsonLdScripts++
      const text = node.childNodes.map((child) => (child as { value?: string }).value ?? '').join('')
      try {
        JSON.parse(text)
      } catch {
        problems.push(`a JSON-LD script whose text is not JSON: ${JSON.stringify(text.slice(0, 80))}`)
      }
    }
    if (FORBIDDEN_ELEMENTS.has(tag) && !canonical && !jsonLd) problems.push(`a <${tag}> element`)
    if (tag === 'meta' && attributeOf(node, 'http-equiv') !== undefined) problems.push('a <meta http-equiv>')
    const expected =
      RENDERED_ELEMENTS.has(tag) ||
      jsonLd ||
      (mode === 'document' && (DOCUMENT_ELEMENTS.has(tag) || (HEAD_ELEMENTS.has(tag) && parent === 'head')))
    if (!expected) problems.push(`an element the renderer never writes: <${tag}> in <${parent}>`)
    for (const { name, value } of node.attrs) {
      const lower = name.toLowerCase()
      if (lower.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(lower)) problems.push(`a ${name} attribute on <${tag}>`)
      if (URL_ATTRIBUTES.has(lower)) {
        const problem = urlProblem(value)
        if (problem) problems.push(`${problem} in <${tag} ${name}>: ${JSON.stringify(value.slice(0, 80))}`)
      }
    }
  }
  if (jsonLdScripts > 1) problems.push(`${jsonLdScripts} JSON-LD scripts`)
  return problems
}

// The tree the renderer meant to write, read from its output with the
// renderer's own conventions: every element closed explicitly, every
// attribute double-quoted but `data-ak`'s JSON, which is single-quoted, only
// `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` used.

type Shape = string | { tag: string; attrs: string[][]; children: Shape[] }

const VOID_ELEMENTS = new Set(['img', 'br', 'hr', 'meta', 'link', 'source'])
const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
const decode = (value: string) =>
  value.replace(/\r\n?/g, '\n').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => REFERENCES[name] as string)

function writtenTree(html: string): Shape[] {
  const root: Shape[] = []
  const stack: { tag: string; children: Shape[] }[] = [{ tag: '#root', children: root }]
  const token =
    /(<!doctype html>)|<\/([a-z][a-z0-9]*)>|<([a-z][a-z0-9]*)((?:\s[a-z][a-z0-9-]*(?:="[^"]*"|='[^']*')?)*)>|([^<]+)/y
  while (token.lastIndex < html.length) {
    const at = token.lastIndex
    const match = token.exec(html)
    if (!match)
      throw new Error(`markup the renderer does not write at ${at}: ${JSON.stringify(html.slice(at, at + 60))}`)
    const [, doctype, end, start, attributes, text] = match
    const current = stack[stack.length - 1] as { tag: string; children: Shape[] }
    if (doctype) continue
    if (text !== undefined) current.children.push(decode(text))
    else if (end !== undefined) {
      if (current.tag !== end) throw new Error(`</${end}> closes <${current.tag}> at ${at}`)
      stack.pop()
    } else if (start !== undefined) {
      const attrs = [...(attributes ?? '').matchAll(/\s([a-z][a-z0-9-]*)(?:="([^"]*)"|='([^']*)')?/g)].map((found) => [
        found[1] as string,
        decode(found[2] ?? found[3] ?? ''),
      ])
      const element = { tag: start, attrs, children: [] as Shape[] }
      current.children.push(element)
      if (!VOID_ELEMENTS.has(start)) stack.push(element)
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.tag}> is never closed`)
  return root
}

/** The renderer's output as parse5 would serialize the same tree: its doctype, newlines, attribute quotes and escaping, and no-break spaces. */
function asSerialized(html: string): string {
  return html
    .replace(/^<!doctype html>/, '<!DOCTYPE html>')
    .replace(/\r\n?/g, '\n')
    .replace(/<[a-z](?:[^>'"]|"[^"]*"|'[^']*')*>/g, (tag) =>
      tag
        .replace(/='([^']*)'/g, (_, value: string) => `="${value.replace(/"/g, '&quot;').replace(/&#39;/g, "'")}"`)
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    )
    .replace(/\u00a0/g, '&nbsp;')
}

function parsedTree(parent: ParentNode): Shape[] {
  const shapes: Shape[] = []
  for (const node of parent.childNodes) {
    if (node.nodeName === '#documentType') continue
    if (node.nodeName === '#text') shapes.push((node as DefaultTreeAdapterMap['textNode']).value)
    else if (isElement(node)) {
      shapes.push({
        tag: node.tagName,
        attrs: node.attrs.map((attribute) => [attribute.name, attribute.value]),
        children: parsedTree('content' in node ? node.content : node),
      })
    } else shapes.push({ tag: node.nodeName, attrs: [], children: [] })
  }
  return shapes
}

function difference(expected: string, actual: string): string {
  let index = 0
  while (index < expected.length && expected[index] === actual[index]) index++
  const from = Math.max(0, index - 60)
  return `expected …${expected.slice(from, index + 60)}… got …${actual.slice(from, index + 60)}…`
}

/**
 * Problems with the output's structure: it must reparse to the same tree
 * after serialization, and the parser must build exactly the tree the
 * renderer wrote (no element moved, closed early or dropped).
 */
function structureProblems(html: string, root: ParentNode, mode: Mode): string[] {
  const once = root.childNodes.map((node) => serializeOuter(node)).join('')
  // Fast path: parse5 serializes the tree back to exactly what the renderer
  // wrote, up to escaping that parses the same. Then the parser built the
  // written tree, and reparsing `once` would only parse the same input again.
  if (once === (mode === 'document' ? `<!DOCTYPE html>${html.slice('<!doctype html>'.length)}` : html)) return []
  if (once === asSerialized(html)) return []
  const problems: string[] = []
  const twice = parseHtml(once, mode)
    .childNodes.map((node) => serializeOuter(node))
    .join('')
  if (once !== twice) problems.push(`serialize and reparse changes the tree: ${difference(once, twice)}`)
  let written: string
  try {
    written = JSON.stringify(writtenTree(html))
  } catch (error) {
    return [...problems, `the output is not what the renderer writes: ${(error as Error).message}`]
  }
  const parsed = JSON.stringify(parsedTree(root))
  if (written !== parsed) problems.push(`the parser restructured the output: ${difference(written, parsed)}`)
  return problems
}

// ---------------------------------------------------------------------------
// Building articles with a hostile value in one field
// ---------------------------------------------------------------------------

/** Where the hostile value goes in a template. */
const V = Symbol('hostile value')

/**
 * A copy of `template` with a slot where `V` was: `set` puts a value there
 * (every place `V` was) and returns the article, so one copy serves every
 * value. `path` is where the value sits, from the article root.
 */
function slot(template: unknown): { path: Path; set: (value: unknown) => unknown } {
  const places: [Record<string | number, unknown>, string | number, Path][] = []
  const path: Path = []
  const copy = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node
    const result = (Array.isArray(node) ? [] : {}) as Record<string | number, unknown>
    for (const key of Object.keys(node)) {
      const segment = Array.isArray(node) ? Number(key) : key
      const child = (node as Record<string, unknown>)[key]
      path.push(segment)
      if (child === V) places.push([result, segment, [...path]])
      else result[segment] = copy(child)
      path.pop()
    }
    return result
  }
  const article = copy(template)
  const first = places[0]
  if (!first) throw new Error('A template without a slot')
  return {
    path: first[2],
    set(value) {
      for (const [parent, key] of places) parent[key] = value
      return article
    },
  }
}

const article = (fields: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  type: 'Article',
  headline: 'Ferry returns',
  authors: [],
  body: [],
  ...fields,
})
const body = (...blocks: unknown[]) => article({ body: blocks })
const text = (value: unknown) => ({ type: 'text', value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const link = (url: unknown, label = 'Link text') => ({ type: 'link', url, children: [text(label)] })

/**
 * A text field. `text` lists the elements whose text must contain the value,
 * `attr` the attributes that must; a selector starting with `document:` is
 * checked in document mode only. Fields with neither are not rendered: they
 * are only checked for safety.
 */
interface TextField {
  name: string
  template: unknown
  text?: string[]
  attr?: [selector: string, attribute: string][]
  /** Checks of their own, on the parsed output. */
  extra?: (root: ParentNode) => string[]
}

const textFields: TextField[] = [
  { name: 'headline', template: article({ headline: V }), text: ['h1.ak-headline', 'document: title'] },
  { name: 'alternativeHeadline (in data-ak)', template: article({ alternativeHeadline: V }) },
  {
    name: 'description (document only)',
    template: article({ description: V }),
    attr: [['document: meta[name=description]', 'content']],
  },
  { name: 'id (in data-ak)', template: article({ id: V }) },
  {
    name: 'language',
    template: article({ language: V }),
    attr: [
      ['article', 'lang'],
      ['document: html', 'lang'],
    ],
  },
  {
    name: 'language with dates',
    template: article({ language: V, datePublished: '2026-03-14T09:30:00+01:00' }),
    attr: [['article', 'lang']],
  },
  { name: 'section (in data-ak)', template: article({ section: V }) },
  { name: 'keywords[] (in data-ak)', template: article({ keywords: [V] }) },
  { name: 'copyrightHolder (in data-ak)', template: article({ copyrightHolder: V }) },
  { name: 'standfirst text', template: article({ standfirst: [text(V)] }), text: ['p.ak-standfirst'] },
  {
    name: 'standfirst emphasis text',
    template: article({ standfirst: [{ type: 'emphasis', children: [text(V)] }] }),
    text: ['p.ak-standfirst em'],
  },
  { name: 'author name', template: article({ authors: [{ type: 'Person', name: V }] }), text: ['p.ak-byline bdi'] },
  {
    name: 'author name, linked',
    template: article({ authors: [{ type: 'Person', name: V, url: '/authors/ada' }] }),
    text: ['p.ak-byline a bdi'],
  },
  {
    name: 'second author name',
    template: article({
      authors: [
        { type: 'Person', name: 'Ada Quill' },
        { type: 'Organization', name: V },
      ],
    }),
    text: ['p.ak-byline'],
  },
  {
    name: 'author jobTitle (in data-ak)',
    template: article({ authors: [{ type: 'Person', name: 'Ada Quill', jobTitle: V }] }),
  },
  { name: 'publisher name (in data-ak)', template: article({ publisher: { name: V } }) },
  {
    name: 'publisher logo alt (in data-ak)',
    template: article({ publisher: { name: 'Example News', logo: { url: '/logo.png', alt: V } } }),
  },
  { name: 'dateline', template: article({ dateline: V }), text: ['span.ak-dateline'] },
  { name: 'datePublished (safety only)', template: article({ datePublished: V }) },
  { name: 'dateModified (safety only)', template: article({ datePublished: '2026-03-14', dateModified: V }) },
  {
    name: 'lead image alt',
    template: article({ image: { url: '/lead.jpg', alt: V } }),
    attr: [['figure.ak-lead-image img', 'alt']],
  },
  {
    name: 'lead image caption text',
    template: article({ image: { url: '/lead.jpg', alt: '', caption: [text(V)] } }),
    text: ['figure.ak-lead-image span.ak-caption'],
  },
  {
    name: 'lead image credit',
    template: article({ image: { url: '/lead.jpg', alt: '', credit: V } }),
    text: ['figure.ak-lead-image small.ak-credit'],
  },
  {
    name: 'lead image credit, linked',
    template: article({ image: { url: '/lead.jpg', alt: '', credit: V, creditUrl: '/credits' } }),
    text: ['figure.ak-lead-image small.ak-credit a'],
  },
  { name: 'lead image width (safety only)', template: article({ image: { url: '/lead.jpg', alt: '', width: V } }) },
  { name: 'lead image height (safety only)', template: article({ image: { url: '/lead.jpg', alt: '', height: V } }) },
  { name: 'paragraph text', template: body(paragraph(text(V))), text: ['div.ak-body p'] },
  {
    name: 'emphasis text',
    template: body(paragraph({ type: 'emphasis', children: [text(V)] })),
    text: ['div.ak-body p em'],
  },
  { name: 'strong text', template: body(paragraph({ type: 'strong', children: [text(V)] })), text: ['p strong'] },
  {
    name: 'strikethrough text',
    template: body(paragraph({ type: 'strikethrough', children: [text(V)] })),
    text: ['p s'],
  },
  { name: 'inlineCode value', template: body(paragraph({ type: 'inlineCode', value: V })), text: ['p code'] },
  { name: 'link text', template: body(paragraph({ type: 'link', url: '/ferry', children: [text(V)] })), text: ['p a'] },
  {
    name: 'link title',
    template: body(paragraph({ type: 'link', url: '/ferry', title: V, children: [text('Link text')] })),
    attr: [['p a', 'title']],
  },
  {
    name: 'citation words',
    template: article({
      body: [paragraph({ type: 'citation', sourceId: 'council', children: [text(V)] })],
      sources: [{ id: 'council', name: 'City Council' }],
    }),
    text: ['div.ak-body p'],
  },
  {
    name: 'citation sourceId and source id',
    template: article({
      body: [paragraph({ type: 'citation', sourceId: V, children: [text('the council said')] })],
      sources: [{ id: V, name: 'City Council' }],
    }),
    extra: (root) => {
      const marker = select(root, 'sup.ak-citation a')[0]
      return marker && attributeOf(marker, 'href') === '#ak-source-1' ? [] : ['the citation marker is missing']
    },
  },
  { name: 'heading text', template: body({ type: 'heading', level: 2, children: [text(V)] }), text: ['h2'] },
  { name: 'heading level (safety only)', template: body({ type: 'heading', level: V, children: [text('Heading')] }) },
  {
    name: 'list item text',
    template: body({ type: 'list', ordered: false, items: [{ children: [paragraph(text(V))] }] }),
    text: ['ul li p'],
  },
  {
    name: 'ordered list item text',
    template: body({ type: 'list', ordered: true, start: 3, items: [{ children: [paragraph(text(V))] }] }),
    text: ['ol li p'],
  },
  {
    name: 'list start (safety only)',
    template: body({ type: 'list', ordered: true, start: V, items: [{ children: [paragraph(text('One'))] }] }),
  },
  { name: 'quote text', template: body({ type: 'quote', children: [paragraph(text(V))] }), text: ['blockquote p'] },
  {
    name: 'quote attribution name',
    template: body({ type: 'quote', children: [paragraph(text('Quoted'))], attribution: { name: V } }),
    text: ['figure.ak-quote figcaption cite'],
  },
  {
    name: 'quote attribution name, linked',
    template: body({ type: 'quote', children: [paragraph(text('Quoted'))], attribution: { name: V, url: '/mara' } }),
    text: ['figure.ak-quote figcaption cite a'],
  },
  {
    name: 'quote attribution title',
    template: body({ type: 'quote', children: [paragraph(text('Quoted'))], attribution: { name: 'Mara', title: V } }),
    text: ['figure.ak-quote figcaption'],
  },
  {
    name: 'pullquote text',
    template: body({ type: 'pullquote', children: [text(V)] }),
    text: ['aside.ak-pullquote p'],
  },
  {
    name: 'pullquote attribution name',
    template: body({ type: 'pullquote', children: [text('On time')], attribution: { name: V } }),
    text: ['p.ak-pullquote-attribution cite'],
  },
  {
    name: 'pullquote attribution title',
    template: body({ type: 'pullquote', children: [text('On time')], attribution: { name: 'Mara', title: V } }),
    text: ['p.ak-pullquote-attribution'],
  },
  {
    name: 'image block alt',
    template: body({ type: 'image', url: '/quay.jpg', alt: V }),
    attr: [['figure.ak-image img', 'alt']],
  },
  {
    name: 'image block caption text',
    template: body({ type: 'image', url: '/quay.jpg', alt: '', caption: [text(V)] }),
    text: ['figure.ak-image span.ak-caption'],
  },
  {
    name: 'image block credit',
    template: body({ type: 'image', url: '/quay.jpg', alt: '', credit: V }),
    text: ['figure.ak-image small.ak-credit'],
  },
  {
    name: 'embed title',
    template: body({ type: 'embed', url: '/video/1', title: V }),
    text: ['figure.ak-embed p.ak-embed-link a'],
  },
  {
    name: 'embed title, URL refused',
    template: body({ type: 'embed', url: 'javascript:alert(1)', title: V }),
    text: ['figure.ak-embed p.ak-embed-link'],
  },
  {
    name: 'embed provider',
    template: body({ type: 'embed', url: '/video/1', provider: V }),
    text: ['span.ak-embed-provider'],
  },
  {
    name: 'embed caption text',
    template: body({ type: 'embed', url: '/video/1', caption: [text(V)] }),
    text: ['figure.ak-embed figcaption'],
  },
  { name: 'embed kind (safety only)', template: body({ type: 'embed', url: '/video/1', kind: V }) },
  { name: 'code value', template: body({ type: 'code', value: V }), text: ['pre code'] },
  { name: 'code language (safety only)', template: body({ type: 'code', value: 'x = 1', language: V }) },
  {
    name: 'table caption text',
    template: body({ type: 'table', caption: [text(V)], rows: [[[text('1')]]] }),
    text: ['table caption'],
  },
  {
    name: 'table header cell text',
    template: body({ type: 'table', header: [[text(V)]], rows: [] }),
    text: ['thead th'],
  },
  { name: 'table cell text', template: body({ type: 'table', rows: [[[text(V)]]] }), text: ['tbody td'] },
  { name: 'table align (safety only)', template: body({ type: 'table', rows: [[[text('1')]]], align: [V] }) },
  {
    name: 'relatedLinks label',
    template: body({ type: 'relatedLinks', label: V, links: [{ title: 'Budget vote', url: '/budget' }] }),
    text: ['p.ak-read-more-label'],
  },
  {
    name: 'relatedLinks link title',
    template: body({ type: 'relatedLinks', links: [{ title: V, url: '/budget' }] }),
    text: ['aside.ak-read-more li a'],
  },
  {
    name: 'relatedLinks link description',
    template: body({ type: 'relatedLinks', links: [{ title: 'Budget vote', url: '/budget', description: V }] }),
    text: ['aside.ak-read-more span.ak-related-description'],
  },
  {
    name: 'relatedLinks link image alt (in data-ak)',
    template: body({
      type: 'relatedLinks',
      links: [{ title: 'Budget', url: '/budget', image: { url: '/b.jpg', alt: V } }],
    }),
  },
  {
    name: 'aside title',
    template: body({ type: 'aside', title: V, children: [paragraph(text('Aside text'))] }),
    text: ['p.ak-aside-title'],
  },
  { name: 'aside text', template: body({ type: 'aside', children: [paragraph(text(V))] }), text: ['aside.ak-aside p'] },
  { name: 'aside tone (safety only)', template: body({ type: 'aside', tone: V, children: [] }) },
  { name: 'promo text', template: body({ type: 'promo', children: [text(V)] }), text: ['aside.ak-promo p'] },
  {
    name: 'promo text, linked',
    template: body({ type: 'promo', url: '/podcast', children: [text(V)] }),
    text: ['aside.ak-promo p a'],
  },
  { name: 'promo kind (safety only)', template: body({ type: 'promo', kind: V, children: [text('Listen')] }) },
  { name: 'source name', template: article({ sources: [{ name: V }] }), text: ['section.ak-sources li bdi'] },
  {
    name: 'source name, linked',
    template: article({ sources: [{ name: V, url: '/report' }] }),
    text: ['section.ak-sources li a'],
  },
  {
    name: 'source title',
    template: article({ sources: [{ name: 'City Council', title: V }] }),
    text: ['section.ak-sources li'],
  },
  { name: 'source author (in data-ak)', template: article({ sources: [{ name: 'City Council', author: V }] }) },
  {
    name: 'source datePublished (in data-ak)',
    template: article({ sources: [{ name: 'City Council', datePublished: V }] }),
  },
  {
    name: 'related title',
    template: article({ related: [{ title: V, url: '/tide' }] }),
    text: ['nav.ak-related li a'],
  },
  {
    name: 'related description',
    template: article({ related: [{ title: 'Tides', url: '/tide', description: V }] }),
    text: ['nav.ak-related span.ak-related-description'],
  },
  {
    name: 'corrections text',
    template: article({ corrections: [{ date: '2026-03-14', text: V }] }),
    text: ['section.ak-corrections li'],
  },
  { name: 'corrections date (safety only)', template: article({ corrections: [{ date: V, text: 'Fixed' }] }) },
  ...(
    [
      ['paragraph', paragraph(text('Text')), 'div.ak-body p'],
      ['heading', { type: 'heading', level: 2, children: [text('Heading')] }, 'h2'],
      ['list', { type: 'list', ordered: false, items: [{ children: [paragraph(text('One'))] }] }, 'ul'],
      ['quote', { type: 'quote', children: [paragraph(text('Quoted'))] }, 'figure.ak-quote'],
      ['pullquote', { type: 'pullquote', children: [text('On time')] }, 'aside.ak-pullquote'],
      ['image', { type: 'image', url: '/quay.jpg', alt: '' }, 'figure.ak-image'],
      ['embed', { type: 'embed', url: '/video/1' }, 'figure.ak-embed'],
      ['code', { type: 'code', value: 'x = 1' }, 'pre'],
      ['table', { type: 'table', rows: [[[text('1')]]] }, 'table'],
      ['relatedLinks', { type: 'relatedLinks', links: [{ title: 'Budget', url: '/budget' }] }, 'aside.ak-read-more'],
      ['divider', { type: 'divider' }, 'hr'],
      ['aside', { type: 'aside', children: [paragraph(text('Aside text'))] }, 'aside.ak-aside'],
      ['promo', { type: 'promo', children: [text('Listen')] }, 'aside.ak-promo'],
    ] as const
  ).map(
    ([type, block, selector]): TextField => ({
      name: `${type} block id`,
      template: body({ ...block, id: V }),
      attr: [[selector, 'id']],
    }),
  ),
]

/**
 * A URL field. `attr` lists where an allowed URL must be written, exactly;
 * `text` an element whose text must contain `marker` whether or not the URL
 * is allowed. `rendered: 'document'` fields are used in document mode only,
 * `data: true` never (they must still not leak).
 */
interface UrlField {
  name: string
  template: unknown
  attr?: [selector: string, attribute: string][]
  text?: [selector: string, marker: string]
  rendered?: 'document' | false
  /** Written in every mode in the `data-ak` JSON that `readOwnHtml` reads back, through the URL policy. */
  data?: true
}

const inlineLinkFields = (name: string, wrap: (inline: unknown) => unknown, container: string): UrlField => ({
  name,
  template: wrap(link(V)),
  attr: [[`${container} a`, 'href']],
  text: [container, 'Link text'],
})

const urlFields: UrlField[] = [
  {
    name: 'url (canonical)',
    template: article({ url: V }),
    attr: [['link[rel=canonical]', 'href']],
    rendered: 'document',
    data: true,
  },
  {
    name: 'author url',
    template: article({ authors: [{ type: 'Person', name: 'Ada Quill', url: V }] }),
    attr: [['p.ak-byline a', 'href']],
    text: ['p.ak-byline', 'Ada Quill'],
  },
  {
    name: 'second author url',
    template: article({
      authors: [
        { type: 'Person', name: 'Ada Quill' },
        { type: 'Person', name: 'Ben Marsh', url: V },
      ],
    }),
    attr: [['p.ak-byline a', 'href']],
    text: ['p.ak-byline', 'Ben Marsh'],
  },
  {
    name: 'author image (in data-ak)',
    template: article({ authors: [{ type: 'Person', name: 'Ada', image: V }] }),
    data: true,
  },
  {
    name: 'author sameAs (in data-ak)',
    template: article({ authors: [{ type: 'Person', name: 'Ada', sameAs: [V] }] }),
    data: true,
  },
  { name: 'publisher url (in data-ak)', template: article({ publisher: { name: 'News', url: V } }), data: true },
  {
    name: 'publisher logo url (in data-ak)',
    template: article({ publisher: { name: 'News', logo: { url: V, alt: 'Logo' } } }),
    data: true,
  },
  { name: 'license (in data-ak)', template: article({ license: V }), data: true },
  {
    name: 'lead image license (in data-ak)',
    template: article({ image: { url: '/lead.jpg', alt: '', license: V } }),
    data: true,
  },
  {
    name: 'lead image url',
    template: article({ image: { url: V, alt: 'Alt text', caption: [text('Caption text')] } }),
    attr: [['figure.ak-lead-image img', 'src']],
    text: ['figure.ak-lead-image figcaption', 'Caption text'],
  },
  {
    name: 'lead image creditUrl',
    template: article({ image: { url: '/lead.jpg', alt: '', credit: 'Credit text', creditUrl: V } }),
    attr: [['small.ak-credit a', 'href']],
    text: ['small.ak-credit', 'Credit text'],
  },
  inlineLinkFields(
    'lead image caption link url',
    (inline) => article({ image: { url: '/lead.jpg', alt: '', caption: [inline] } }),
    'span.ak-caption',
  ),
  inlineLinkFields('standfirst link url', (inline) => article({ standfirst: [inline] }), 'p.ak-standfirst'),
  inlineLinkFields('paragraph link url', (inline) => body(paragraph(inline)), 'div.ak-body p'),
  inlineLinkFields(
    'link url inside emphasis',
    (inline) => body(paragraph({ type: 'emphasis', children: [inline] })),
    'p em',
  ),
  inlineLinkFields('heading link url', (inline) => body({ type: 'heading', level: 2, children: [inline] }), 'h2'),
  inlineLinkFields(
    'list item link url',
    (inline) => body({ type: 'list', ordered: false, items: [{ children: [paragraph(inline)] }] }),
    'li',
  ),
  inlineLinkFields('quote link url', (inline) => body({ type: 'quote', children: [paragraph(inline)] }), 'blockquote'),
  {
    name: 'quote attribution url',
    template: body({
      type: 'quote',
      children: [paragraph(text('Quoted'))],
      attribution: { name: 'Mara Venn', url: V },
    }),
    attr: [
      ['blockquote', 'cite'],
      ['figcaption a', 'href'],
    ],
    text: ['figcaption', 'Mara Venn'],
  },
  inlineLinkFields(
    'pullquote link url',
    (inline) => body({ type: 'pullquote', children: [inline] }),
    'aside.ak-pullquote',
  ),
  {
    name: 'pullquote attribution url (in data-ak)',
    template: body({ type: 'pullquote', children: [text('On time')], attribution: { name: 'Mara', url: V } }),
    data: true,
  },
  {
    name: 'image block url',
    template: body({ type: 'image', url: V, alt: 'Alt text', caption: [text('Caption text')] }),
    attr: [['figure.ak-image img', 'src']],
    text: ['figure.ak-image figcaption', 'Caption text'],
  },
  {
    name: 'image block creditUrl',
    template: body({ type: 'image', url: '/quay.jpg', alt: '', credit: 'Credit text', creditUrl: V }),
    attr: [['figure.ak-image small.ak-credit a', 'href']],
    text: ['figure.ak-image small.ak-credit', 'Credit text'],
  },
  inlineLinkFields(
    'image block caption link url',
    (inline) => body({ type: 'image', url: '/quay.jpg', alt: '', caption: [inline] }),
    'figure.ak-image span.ak-caption',
  ),
  {
    name: 'image block license (in data-ak)',
    template: body({ type: 'image', url: '/quay.jpg', alt: '', license: V }),
    data: true,
  },
  {
    name: 'gallery image url',
    template: body({
      type: 'gallery',
      children: [{ type: 'image', url: V, alt: 'Alt text', caption: [text('Caption text')] }],
    }),
    attr: [['figure.ak-gallery figure.ak-image img', 'src']],
    text: ['figure.ak-gallery figure.ak-image figcaption', 'Caption text'],
  },
  {
    name: 'audio block url',
    template: body({ type: 'audio', url: V, title: 'Title text' }),
    attr: [
      ['figure.ak-audio source', 'src'],
      ['figure.ak-audio audio a', 'href'],
    ],
    text: ['figure.ak-audio figcaption', 'Title text'],
  },
  {
    name: 'audio block transcriptUrl',
    template: body({ type: 'audio', url: '/episode.mp3', title: 'Title text', transcriptUrl: V }),
    attr: [['figure.ak-audio figcaption a', 'href']],
    text: ['figure.ak-audio figcaption', 'Title text'],
  },
  {
    name: 'article audio url',
    template: article({ audio: { url: V, title: 'Title text' } }),
    attr: [
      ['figure.ak-listen source', 'src'],
      ['figure.ak-listen audio a', 'href'],
    ],
    text: ['figure.ak-listen figcaption', 'Title text'],
  },
  {
    name: 'embed url',
    template: body({ type: 'embed', url: V, title: 'Embed title' }),
    attr: [['p.ak-embed-link a', 'href']],
    text: ['p.ak-embed-link', 'Embed title'],
  },
  inlineLinkFields(
    'embed caption link url',
    (inline) => body({ type: 'embed', url: '/video/1', caption: [inline] }),
    'figure.ak-embed figcaption',
  ),
  inlineLinkFields(
    'table caption link url',
    (inline) => body({ type: 'table', caption: [inline], rows: [] }),
    'table caption',
  ),
  inlineLinkFields('table header link url', (inline) => body({ type: 'table', header: [[inline]], rows: [] }), 'th'),
  inlineLinkFields('table cell link url', (inline) => body({ type: 'table', rows: [[[inline]]] }), 'td'),
  {
    name: 'relatedLinks link url',
    template: body({ type: 'relatedLinks', links: [{ title: 'Budget vote', url: V }] }),
    attr: [['aside.ak-read-more li a', 'href']],
    text: ['aside.ak-read-more li', 'Budget vote'],
  },
  {
    name: 'relatedLinks link image url (in data-ak)',
    template: body({ type: 'relatedLinks', links: [{ title: 'Budget', url: '/budget', image: { url: V, alt: '' } }] }),
    data: true,
  },
  inlineLinkFields(
    'aside link url',
    (inline) => body({ type: 'aside', title: 'Facts', children: [paragraph(inline)] }),
    'aside.ak-aside',
  ),
  {
    name: 'promo url',
    template: body({ type: 'promo', url: V, children: [text('Promo text')] }),
    attr: [['aside.ak-promo a', 'href']],
    text: ['aside.ak-promo', 'Promo text'],
  },
  inlineLinkFields('promo link url', (inline) => body({ type: 'promo', children: [inline] }), 'aside.ak-promo'),
  {
    name: 'source url',
    template: article({ sources: [{ name: 'City Council', url: V }] }),
    attr: [['section.ak-sources li a', 'href']],
    text: ['section.ak-sources li', 'City Council'],
  },
  {
    name: 'related url',
    template: article({ related: [{ title: 'Tide tables', url: V }] }),
    attr: [['nav.ak-related li a', 'href']],
    text: ['nav.ak-related li', 'Tide tables'],
  },
  {
    name: 'related image url (in data-ak)',
    template: article({ related: [{ title: 'Tides', url: '/tide', image: { url: V, alt: '' } }] }),
    data: true,
  },
]

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the controls and noncharacters HTML forbids.
const FORBIDDEN_CONTROLS = /[\0-\x08\v\x0e-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}]/gu

/** A string as it reads after rendering and parsing: forbidden controls dropped, newlines normalized. */
const asParsed = (value: string) => value.replace(FORBIDDEN_CONTROLS, '').replace(/\r\n?/g, '\n')

/** Which selectors apply in this mode (`document:` ones in document mode only). */
const inMode = (selector: string, mode: Mode): string | undefined =>
  selector.startsWith('document:') ? (mode === 'document' ? selector.slice('document:'.length) : undefined) : selector

const allAttributeValues = (root: ParentNode) => elements(root).flatMap((element) => element.attrs.map((a) => a.value))

const describeValue = (hostile: Hostile) => `${hostile.name} ${JSON.stringify(hostile.value.slice(0, 50))}`

/** Every check that applies whatever the field: safety and structure. */
function commonProblems(rendered: Rendered, mode: Mode): string[] {
  return [...safetyProblems(rendered.root, mode), ...structureProblems(rendered.html, rendered.root, mode)]
}

function textFieldProblems(
  field: TextField,
  article: unknown,
  hostile: Hostile,
  mode: Mode,
  seen: Map<string, Checked>,
) {
  const rendered = renderChecked(article, mode, seen)
  const problems = [...rendered.problems]
  const expected = asParsed(hostile.value)
  if (expected !== '') {
    for (const entry of field.text ?? []) {
      const selector = inMode(entry, mode)
      if (selector === undefined) continue
      const found = select(rendered.root, selector)
      if (found.length === 0) problems.push(`no ${selector} in the output`)
      else if (!found.some((element) => textOf(element).includes(expected))) {
        problems.push(
          `the text of ${selector} lacks the value: ${JSON.stringify(textOf(found[0] as Element).slice(0, 80))}`,
        )
      }
    }
    for (const [entry, attribute] of field.attr ?? []) {
      const selector = inMode(entry, mode)
      if (selector === undefined) continue
      // Head tags hold text trimmed, and leave out a value that is blank.
      const wanted = selector.trim().startsWith('meta') ? expected.trim() : expected
      if (wanted === '') continue
      const values = select(rendered.root, selector).map((element) => attributeOf(element, attribute))
      if (!values.some((value) => value?.includes(wanted))) {
        problems.push(`${selector} has no ${attribute} holding the value: ${JSON.stringify(values[0]?.slice(0, 80))}`)
      }
    }
  }
  if (field.extra) problems.push(...field.extra(rendered.root))
  return problems
}

/** The canonical URL is held to the stricter rule: absolute http(s) only. */
const contextOf = (field: UrlField) => (field.name === 'url (canonical)' ? 'canonical' : 'link')

const isRenderedIn = (field: UrlField, mode: Mode) =>
  field.rendered === undefined || (field.rendered === 'document' && mode === 'document')

function urlFieldProblems(field: UrlField, article: unknown, hostile: Hostile, mode: Mode, seen: Map<string, Checked>) {
  const rendered = renderChecked(article, mode, seen)
  const problems = [...rendered.problems]
  const url = hostile.value
  const allowed = defaultUrlPolicy(url, contextOf(field)) !== undefined
  if (allowed && isRenderedIn(field, mode)) {
    for (const [selector, attribute] of field.attr ?? []) {
      const values = select(rendered.root, selector).map((element) => attributeOf(element, attribute))
      if (!values.includes(url)) problems.push(`${selector} ${attribute} is ${JSON.stringify(values[0]?.slice(0, 80))}`)
    }
  }
  if (!allowed) {
    const leaked = asParsed(url)
    if (leaked.trim() !== '' && allAttributeValues(rendered.root).some((value) => value.includes(leaked))) {
      problems.push('the refused URL is in an attribute')
    }
    for (const [selector, attribute] of field.attr ?? []) {
      if (select(rendered.root, selector).some((element) => attributeOf(element, attribute) !== undefined)) {
        problems.push(`${selector} still has ${attribute}`)
      }
    }
  }
  if (field.text && isRenderedIn(field, mode)) {
    const [selector, marker] = field.text
    if (!select(rendered.root, selector).some((element) => textOf(element).includes(marker))) {
      problems.push(`${marker} is missing from ${selector}`)
    }
  }
  return problems
}

/** Fail with the number of problems and the first few, each naming its input. */
function expectNone(problems: string[]) {
  expect({ count: problems.length, first: problems.slice(0, 25) }).toEqual({ count: 0, first: [] })
}

const everyValue = [...hostileStrings, ...hostileUrls]

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('hostile corpus', () => {
  it('has at least 100 strings and 50 URLs, all distinct', () => {
    expect(hostileStrings.length).toBeGreaterThanOrEqual(100)
    expect(hostileUrls.length).toBeGreaterThanOrEqual(50)
    expect(new Set(hostileStrings.map((entry) => entry.value)).size).toBe(hostileStrings.length)
    expect(new Set(hostileUrls.map((entry) => entry.value)).size).toBe(hostileUrls.length)
  })

  it('has URLs the policy refuses and URLs it allows', () => {
    const refused = hostileUrls.filter((entry) => defaultUrlPolicy(entry.value, 'link') === undefined)
    expect(refused.length).toBeGreaterThanOrEqual(50)
    expect(hostileUrls.length - refused.length).toBeGreaterThanOrEqual(10)
  })
})

describe('toHtml: the checks themselves', () => {
  it('pass on a valid article with every node type', () => {
    for (const mode of MODES) {
      const rendered = render(everyNode, mode)
      expectNone(commonProblems(rendered, mode))
      expect(rendered.warnings).toEqual([])
    }
  })

  it('catch markup that got through', () => {
    const root = parseFragment('<article><img src="javascript:alert(1)" onerror="x"><svg></svg><!--x--></article>')
    expect(safetyProblems(root, 'fragment')).toEqual([
      'a javascript: URL in <img src>: "javascript:alert(1)"',
      'a onerror attribute on <img>',
      '<svg> in namespace http://www.w3.org/2000/svg',
      'a <svg> element',
      'an element the renderer never writes: <svg> in <article>',
      'a comment: <!--x-->',
    ])
    const nested = '<article><p><a href="/a">one <a href="/b">two</a></a></p></article>'
    expect(structureProblems(nested, parseFragment(nested), 'fragment')).toHaveLength(1)
  })

  it('catch a renderer that stops escaping text or checking URLs', () => {
    const unescaped = body(paragraph(text('<img src=x onerror=alert(1)>')))
    const html = toHtml(unescaped as Article<unknown>, { handlers: { text: (node) => String(node.value) } })
    expect(safetyProblems(parseFragment(html), 'fragment')).toContain('a onerror attribute on <img>')
    const unchecked = body(paragraph(link('javascript:alert(1)')))
    const linked = toHtml(unchecked as Article<unknown>, { urlPolicy: (url) => url })
    expect(safetyProblems(parseFragment(linked), 'fragment')).toContain(
      'a javascript: URL in <a href>: "javascript:alert(1)"',
    )
  })
})

describe.each(MODES)('toHtml (%s): hostile text in every text field', (mode) => {
  it.each(textFields.map((field) => [field.name, field] as const))('%s', (_, field) => {
    const problems: string[] = []
    const seen = new Map<string, Checked>()
    const { set } = slot(field.template)
    for (const hostile of hostileStrings) {
      for (const problem of textFieldProblems(field, set(hostile.value), hostile, mode, seen)) {
        problems.push(`${describeValue(hostile)}: ${problem}`)
      }
    }
    expectNone(problems)
  })
})

describe.each(MODES)('toHtml (%s): hostile URLs in every URL field', (mode) => {
  it.each(urlFields.map((field) => [field.name, field] as const))('%s', (_, field) => {
    const problems: string[] = []
    const seen = new Map<string, Checked>()
    const { set } = slot(field.template)
    for (const hostile of everyValue) {
      for (const problem of urlFieldProblems(field, set(hostile.value), hostile, mode, seen)) {
        problems.push(`${describeValue(hostile)}: ${problem}`)
      }
    }
    expectNone(problems)
  })
})

describe('toHtml: onWarning', () => {
  it.each(urlFields.map((field) => [field.name, field] as const))(
    'reports each refused %s once, with its path',
    (_, field) => {
      const problems: string[] = []
      const { path, set } = slot(field.template)
      for (const mode of MODES) {
        for (const hostile of everyValue) {
          const warnings: HtmlWarning[] = []
          renderIn(mode, set(hostile.value), { onWarning: (w) => warnings.push(w) })
          const refusedByPolicy = defaultUrlPolicy(hostile.value, contextOf(field)) === undefined
          const refused = (isRenderedIn(field, mode) || field.data === true) && refusedByPolicy
          const expected = refused ? [{ code: 'url_refused', path }] : []
          let actual = warnings.map(({ code, path }) => ({ code, path }))
          if (mode === 'document') {
            // The head tags and JSON-LD read more fields than the body, and
            // need absolute http(s) URLs: they may add a refusal the body does
            // not make, or a relative URL they could not resolve. Each problem
            // still comes once, and only for this field.
            // (The templates have no canonical URL, so their relative URLs cannot be resolved there.)
            const other = actual.filter(
              (warning) => warning.code !== 'url_relative' && JSON.stringify(warning.path) !== JSON.stringify(path),
            )
            if (other.length > 0) problems.push(`${mode} ${describeValue(hostile)}: warnings for other fields`)
            actual = actual.filter((warning) => warning.code === 'url_refused')
            // JSON-LD also refuses what is not http(s), such as a mailto: author URL.
            if (!refused && actual.length === 1) actual = []
          }
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            problems.push(
              `${mode} ${describeValue(hostile)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
            )
          }
          for (const warning of warnings)
            if (typeof warning.message !== 'string') problems.push('a warning without message')
        }
      }
      expectNone(problems)
    },
  )

  it('names the field in the path', () => {
    const warnings: HtmlWarning[] = []
    toHtml(body(paragraph(link('javascript:alert(1)'))) as Article<unknown>, { onWarning: (w) => warnings.push(w) })
    expect(warnings).toEqual([
      { code: 'url_refused', path: ['body', 0, 'children', 0, 'url'], message: expect.any(String) },
    ])
  })

  it('reports nothing for optional URLs that are absent', () => {
    const absent = article({
      url: 'https://news.example.com/2026/ferry',
      authors: [{ type: 'Person', name: 'Ada Quill' }],
      image: { url: '/lead.jpg', alt: '', credit: 'Credit' },
      body: [
        { type: 'quote', children: [paragraph(text('Quoted'))], attribution: { name: 'Mara Venn' } },
        { type: 'pullquote', children: [text('On time')], attribution: { name: 'Mara Venn' } },
        { type: 'image', url: '/quay.jpg', alt: '', credit: 'Credit' },
        { type: 'promo', children: [text('Listen')] },
      ],
      sources: [{ name: 'City Council' }],
    })
    for (const mode of MODES) {
      const warnings: HtmlWarning[] = []
      renderIn(mode, absent, { onWarning: (w) => warnings.push(w) })
      expect(warnings).toEqual([])
    }
  })
})

describe('toHtml: values that are not strings', () => {
  const oddValues: [string, unknown][] = [
    ['an object whose toString is markup', { toString: () => '<script>alert(1)</script>' }],
    ['an array of markup', ['<img src=x onerror=alert(1)>']],
    ['a number', 42],
    ['true', true],
    ['an object without a prototype', Object.create(null)],
    ['null', null],
  ]

  it('never yields unsafe output, and fails only with a RenderError', () => {
    const problems: string[] = []
    for (const field of [...textFields, ...urlFields]) {
      for (const [name, value] of oddValues) {
        for (const mode of MODES) {
          try {
            const rendered = render(slot(field.template).set(value), mode)
            for (const problem of commonProblems(rendered, mode))
              problems.push(`${field.name}, ${name}, ${mode}: ${problem}`)
          } catch (error) {
            if (!(error instanceof RenderError))
              problems.push(`${field.name}, ${name}, ${mode}: threw ${String(error)}`)
          }
        }
      }
    }
    expectNone(problems)
  })
})

describe('toHtml: resolveUrl', () => {
  it('resolves no hostile URL into an unsafe one', () => {
    const problems: string[] = []
    const { set } = slot(article({ url: 'https://news.example.com/ferry/today', body: [paragraph(link(V))] }))
    for (const mode of MODES) {
      for (const hostile of everyValue) {
        const html = renderIn(mode, set(hostile.value), { resolveUrl: true })
        const root = parseHtml(html, mode)
        const found = [...safetyProblems(root, mode), ...structureProblems(html, root, mode)]
        if (!select(root, 'div.ak-body p').some((element) => textOf(element).includes('Link text'))) {
          found.push('the link text is missing')
        }
        for (const problem of found) problems.push(`${mode} ${describeValue(hostile)}: ${problem}`)
      }
    }
    expectNone(problems)
  })
})

describe('toHtml: nesting the model allows', () => {
  const source = { id: 'council', name: 'City Council', url: '/report' }
  const citation = { type: 'citation', sourceId: 'council', children: [text('the council said')] }
  const cases: [string, unknown][] = [
    ['a link inside a link', body(paragraph({ type: 'link', url: '/a', children: [text('one '), link('/b', 'two')] }))],
    [
      'a citation inside a link',
      article({ body: [paragraph({ type: 'link', url: '/a', children: [citation] })], sources: [source] }),
    ],
    ['a link inside a linked promo', body({ type: 'promo', url: '/podcast', children: [text('Listen '), link('/b')] })],
    [
      'a citation inside a linked promo',
      article({ body: [{ type: 'promo', url: '/p', children: [citation] }], sources: [source] }),
    ],
  ]

  it.each(cases)('%s parses to the tree the renderer wrote', (_, input) => {
    for (const mode of MODES) {
      const rendered = render(input, mode)
      expectNone(commonProblems(rendered, mode))
    }
  })
})
