// XML for the feeds and sitemaps: trees built with xastscript, made safe in one walk, then
// serialized by xast-util-to-xml.

import type { Element, ElementContent, Nodes, Root } from 'xast'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'
import { ASTRAL_NONCHARACTER, FORBIDDEN } from '../html/escape.js'

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
const maybeUnsafe = /* @__PURE__ */ new RegExp(`[${FORBIDDEN}\\f\\r\\ud800-\\udfff]|\\]\\]>`)
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

/** A `]]>`, which XML forbids in text; the `>` is written as a reference. */
const cdataEnd = ']]>'

/**
 * Make a tree safe to serialize, in place: every text and attribute value
 * cleaned with {@link xmlText} (tabs and line feeds in attributes become
 * spaces, as a parser reads them), a `]]>` in text split so that its `>` is
 * written as `&gt;`, and `raw`, `cdata` and comment nodes from handlers
 * turned into text, so that no handler can write markup by accident.
 */
function makeSafe(node: Nodes): void {
  if ('attributes' in node && node.attributes) {
    for (const key of Object.keys(node.attributes)) {
      const value = node.attributes[key]
      if (value !== null && value !== undefined) {
        node.attributes[key] = xmlText(String(value)).replace(attributeSpace, ' ')
      }
    }
  }
  if (!('children' in node)) return
  if (plainChildren(node.children as Nodes[])) {
    // Nothing to join or turn into text: clean each text where it is, and go down.
    for (const child of node.children as Nodes[]) {
      if (child.type === 'text') child.value = xmlText(String(child.value ?? ''))
      else makeSafe(child)
    }
    return
  }
  const children: ElementContent[] = []
  // Neighbouring text is joined first: `]]` and `>` in two nodes would serialize as `]]>`.
  let text = ''
  for (const child of node.children as Nodes[]) {
    const type = child.type as string
    if (child === GREATER_THAN) {
      // Already safe: the walk may run again over a tree it made safe (a sitemap measures each URL first).
      if (text) children.push(...textNodes(xmlText(text)))
      text = ''
      children.push(child)
      continue
    }
    if (type === 'text' || type === 'raw' || type === 'cdata' || type === 'comment') {
      text += String((child as { value?: unknown }).value ?? '')
      continue
    }
    if (text) children.push(...textNodes(xmlText(text)))
    text = ''
    makeSafe(child)
    children.push(child as ElementContent)
  }
  if (text) children.push(...textNodes(xmlText(text)))
  ;(node as Element).children = children
}

/** Whether children can stay as they are: elements, and texts without `]]>` that have no text beside them. */
function plainChildren(children: readonly Nodes[]): boolean {
  return children.every(
    (child, index) =>
      child.type === 'element' ||
      (child.type === 'text' && children[index - 1]?.type !== 'text' && !String(child.value).includes(cdataEnd)),
  )
}

/** The `>` of a `]]>` in text, as a reference: this module's only raw node, one object. */
const GREATER_THAN = { type: 'raw', value: '&gt;' } as unknown as ElementContent

/** Text as nodes: one text node, or around each `]]>` a raw `&gt;`. */
function textNodes(value: string): ElementContent[] {
  if (!value.includes(cdataEnd)) return value ? [{ type: 'text', value }] : []
  const nodes: ElementContent[] = []
  const parts = value.split(cdataEnd)
  for (let index = 0; index < parts.length; index++) {
    if (index > 0) nodes.push({ type: 'text', value: ']]' }, GREATER_THAN)
    if (parts[index]) nodes.push({ type: 'text', value: parts[index] as string })
  }
  return nodes
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
  makeSafe(tree)
  if (indent) {
    for (const child of tree.children) if (child.type === 'element') indentElement(child, 0)
  }
  tree.children.unshift({ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' })
  if (indent) tree.children.splice(1, 0, { type: 'text', value: '\n' })
  // Only textNodes' `&gt;` is raw by now: makeSafe turned every other raw node into text.
  return `${toXml(tree, { allowDangerousXml: true, closeEmptyElements: true, tightClose: true })}\n`
}

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
  const tree = x(null, element)
  makeSafe(tree)
  return toXml(tree, { allowDangerousXml: true, closeEmptyElements: true, tightClose: true })
}
