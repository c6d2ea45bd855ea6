// XML for the feeds and sitemaps: trees built with xastscript, then cleaned, escaped and serialized
// in one walk by `serialize` below. Not xast-util-to-xml: on a 1,000-item RSS feed it took 42 ms
// of 82 (it compiles a regular expression for every attribute value), this walk about 5 ms; see
// "How the XML is written" in docs/feeds.md.

import type { Element, ElementContent, Nodes, Root } from 'xast'
import { x } from 'xastscript'
import { RenderError } from '../core/renderer.js'
import { ASTRAL_NONCHARACTER, escapeAttribute, escapeText, FORBIDDEN } from '../html/escape.js'

/**
 * What XML 1.0 cannot carry (C0 controls other than tab and line feed, form
 * feed included, lone surrogate halves, U+FFFE and U+FFFF), and what HTML
 * forbids besides (DEL, the C1 controls, the noncharacters): the same code
 * points the model removes from every string, so validated text comes back
 * exactly. CR is handled apart: a parser reads it as a line feed.
 */
const unsafe = /* @__PURE__ */ new RegExp(
  `[${FORBIDDEN}\\f]|${ASTRAL_NONCHARACTER}|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`,
  'g',
)
/** Whether a string may need the walk's work: one character class, scanned fast. */
const maybeUnsafe = /* @__PURE__ */ new RegExp(`[${FORBIDDEN}\\f\\r\\ud800-\\udfff]`)
/** White space an XML parser turns into a space in an attribute value. */
const attributeSpace = /[\t\n]/g

/**
 * Text as XML can carry it: the code points of {@link unsafe} removed and
 * line endings made line feeds, as a parser would read them.
 *
 * @internal
 */
export function xmlText(value: string): string {
  if (!maybeUnsafe.test(value)) return value
  return value.replace(/\r\n?/g, '\n').replace(unsafe, '')
}

/**
 * A whole XML document from its root element: the declaration, then the
 * element, made safe and serialized. Elements without content are closed
 * with `/>`. With `indent`, elements that hold only elements get each child
 * on a line of its own, two spaces deeper.
 *
 * @internal
 */
export function xmlDocument(root: Element | Root, indent = false): string {
  const tree = root.type === 'root' ? root : x(null, root)
  if (indent) {
    for (const child of tree.children) if (child.type === 'element') indentElement(child, 0)
  }
  tree.children.unshift({ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' })
  if (indent) tree.children.splice(1, 0, { type: 'text', value: '\n' })
  return `${serialize(tree)}\n`
}

/** An XML name (an element's or an attribute's, with at most one prefix), as XML 1.0 and its namespaces allow. */
const xmlName =
  /^[\p{L}_][\p{L}\p{M}\p{N}_.\-\u00b7\u203f\u2040]*(?::[\p{L}_][\p{L}\p{M}\p{N}_.\-\u00b7\u203f\u2040]*)?$/u
/** Names already checked: a feed repeats a few dozen names thousands of times. */
const checkedNames = new Set<string>()

/** `value` if it is an XML name; else a `RenderError`, since a handler asked for markup no parser reads. */
function nameOf(value: string): string {
  if (checkedNames.has(value)) return value
  if (!xmlName.test(value)) {
    throw new RenderError(
      'invalid_node',
      [],
      `\`${value}\` is not an XML name; a handler built an element or attribute with it`,
    )
  }
  if (checkedNames.size < 1024) checkedNames.add(value)
  return value
}

/**
 * A tree as XML, made safe whoever built each node: every text and
 * attribute value cleaned with {@link xmlText} and escaped as the HTML
 * renderer escapes (`&`, `<` and `>` in text, so no `]]>` can appear;
 * `"` besides in attributes, whose tabs and line feeds become spaces, as a
 * parser reads them); `raw`, `cdata` and comment nodes from handlers
 * written as text, so that no handler can write markup by accident; element
 * and attribute names checked. Elements without children are closed with
 * `/>`; an instruction is the declaration the document adds.
 */
function serialize(node: Nodes): string {
  if (node.type === 'element') {
    const name = nameOf(node.name)
    let xml = `<${name}`
    const attributes = node.attributes ?? {}
    for (const key of Object.keys(attributes)) {
      const value = attributes[key]
      if (value !== null && value !== undefined) {
        xml += ` ${nameOf(key)}="${escapeAttribute(xmlText(String(value)).replace(attributeSpace, ' '))}"`
      }
    }
    if (node.children.length === 0) return `${xml}/>`
    xml += '>'
    for (const child of node.children) xml += serialize(child)
    return `${xml}</${name}>`
  }
  if (node.type === 'text' || TEXT_LIKE.has(node.type)) {
    return escapeText(xmlText(String((node as { value?: unknown }).value ?? '')))
  }
  if (node.type === 'root') {
    let xml = ''
    for (const child of node.children) xml += serialize(child)
    return xml
  }
  if (node.type === 'instruction') return `<?${nameOf(node.name)} ${String(node.value).replace(/\?>/g, '')}?>`
  throw new RenderError(
    'invalid_node',
    [],
    `A handler put a \`${String(node.type)}\` node in the XML tree, which a feed cannot write`,
  )
}

/** Nodes a handler may build that the walk writes as text: markup from a handler never reaches the XML. */
const TEXT_LIKE: ReadonlySet<string> = new Set(['raw', 'cdata', 'comment'])

/**
 * Put each child of an element that holds only elements on a line of its
 * own, `depth + 1` levels of two spaces in, and its end tag on a line at
 * `depth`; then the same in each child. An element with text (or already
 * indented) is left as it is, so that no text changes.
 *
 * @internal
 */
export function indentElement(element: Element, depth: number): void {
  if (element.children.length === 0 || !element.children.every((child) => child.type === 'element')) return
  const inner = `\n${'  '.repeat(depth + 1)}`
  const children: ElementContent[] = []
  for (const child of element.children) {
    children.push({ type: 'text', value: inner }, child)
    indentElement(child as Element, depth + 1)
  }
  children.push({ type: 'text', value: `\n${'  '.repeat(depth)}` })
  element.children = children
}

/**
 * An element with text content, or nothing when the text is `undefined` or
 * empty: the feeds never write an empty element for an absent value.
 *
 * @internal
 */
export function textElement(
  name: string,
  value: string | undefined,
  attributes?: Record<string, string>,
): ElementContent[] {
  return value === undefined || value === '' ? [] : [x(name, attributes ?? {}, value)]
}

/**
 * One element made safe and serialized, without a declaration: what it adds
 * to a document's size.
 *
 * @internal
 */
export function xmlFragment(element: Element): string {
  return serialize(x(null, element))
}
