// toHast: the same markup as toHtml, as a hast tree. The handlers (defaults
// and the user's) write HTML strings, so there is one source of truth; a small
// reader turns that markup back into nodes. It reads the well-formed HTML the
// renderer writes: tags with quoted, unquoted or bare attributes, void
// elements, comments, a doctype, raw text in `<script>` and `<style>`, and the
// character references `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`
// and numeric ones. It is not a full HTML parser: markup from custom
// handlers must be well formed (every element closed, except void ones).
import type { Comment, Element, Properties, Root, RootContent, Text } from 'hast'
import type { Article } from '../model/types.js'
import { decodeReferences } from './references.js'
import { toHtml } from './to-html.js'
import { toHtmlDocument } from './to-html-document.js'
import type { HtmlDocumentOptions } from './types.js'

const VOID = /* @__PURE__ */ new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
/** Elements whose content is not markup; `title` and `textarea` still decode references. */
const RAW_TEXT = /* @__PURE__ */ new Set(['script', 'style', 'title', 'textarea'])

/** `[property name, kind]` for attributes whose hast property differs from the attribute or is not a plain string. */
type Kind = 0 | 1 | 2 | 3 // 0 string, 1 space-separated list, 2 number, 3 boolean
const PROPERTIES: Record<string, [string, Kind]> = {
  class: ['className', 1],
  rel: ['rel', 1],
  sandbox: ['sandbox', 1],
  headers: ['headers', 1],
  width: ['width', 2],
  height: ['height', 2],
  start: ['start', 2],
  span: ['span', 2],
  colspan: ['colSpan', 2],
  rowspan: ['rowSpan', 2],
  tabindex: ['tabIndex', 2],
  allowfullscreen: ['allowFullScreen', 3],
  readonly: ['readOnly', 3],
  playsinline: ['playsInline', 3],
  nomodule: ['noModule', 3],
  novalidate: ['noValidate', 3],
  autofocus: ['autoFocus', 3],
  autoplay: ['autoPlay', 3],
  for: ['htmlFor', 0],
  datetime: ['dateTime', 0],
  fetchpriority: ['fetchPriority', 0],
  referrerpolicy: ['referrerPolicy', 0],
  srcset: ['srcSet', 0],
  crossorigin: ['crossOrigin', 0],
  hreflang: ['hrefLang', 0],
  charset: ['charSet', 0],
  'http-equiv': ['httpEquiv', 0],
  'aria-labelledby': ['ariaLabelledBy', 1],
  'aria-describedby': ['ariaDescribedBy', 1],
  'aria-controls': ['ariaControls', 1],
  'aria-owns': ['ariaOwns', 1],
  itemprop: ['itemProp', 1],
  itemscope: ['itemScope', 3],
  itemtype: ['itemType', 1],
}

/** `aria-label` → `ariaLabel`, `data-kind` → `dataKind`; other names as they are. */
/** Boolean attributes whose property name is the attribute's own. */
const BOOLEAN = /* @__PURE__ */ new Set([
  'async',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'hidden',
  'inert',
  'loop',
  'multiple',
  'muted',
  'open',
  'required',
  'reversed',
  'selected',
])

function propertyName(attribute: string): [string, Kind] {
  const known = PROPERTIES[attribute]
  if (known) return known
  if (BOOLEAN.has(attribute)) return [attribute, 3]
  if (attribute.startsWith('aria-') || attribute.startsWith('data-')) {
    return [attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), 0]
  }
  return [attribute, 0]
}

function setProperty(properties: Properties, attribute: string, raw: string | undefined): void {
  const [name, kind] = propertyName(attribute)
  const value = raw === undefined ? '' : decodeReferences(raw)
  if (kind === 1) properties[name] = value.split(/[ \t\n\f\r]+/).filter(Boolean)
  else if (kind === 2) properties[name] = value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value
  else if (kind === 3) properties[name] = value === '' || value.toLowerCase() === attribute ? true : value
  else properties[name] = value
}

const NAME = /[a-zA-Z][^\s/>]*/y
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y
const TAG_END = /[\s/]*>/y

/**
 * Turn markup into hast nodes. `root` receives the top-level nodes; an end tag
 * closes the innermost open element of its name and everything opened inside
 * it; an end tag with no open element of its name is ignored.
 */
function read(markup: string): Root {
  // As a browser does before parsing: every CR or CRLF becomes LF.
  const html = markup.includes('\r') ? markup.replace(/\r\n?/g, '\n') : markup
  const root: Root = { type: 'root', children: [] }
  const stack: (Root | Element)[] = [root]
  let parent: Root | Element = root
  let index = 0
  const append = (node: RootContent) => (parent.children as RootContent[]).push(node)
  const appendText = (value: string) => {
    if (value === '') return
    const last = parent.children[parent.children.length - 1]
    if (last?.type === 'text') last.value += value
    else append({ type: 'text', value } satisfies Text)
  }
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) {
      appendText(decodeReferences(html.slice(index)))
      break
    }
    if (open > index) appendText(decodeReferences(html.slice(index, open)))
    index = open
    if (html.startsWith('<!--', index)) {
      const end = html.indexOf('-->', index + 4)
      const stop = end === -1 ? html.length : end
      append({ type: 'comment', value: html.slice(index + 4, stop) } satisfies Comment)
      index = end === -1 ? html.length : end + 3
      continue
    }
    if (html.startsWith('<!', index)) {
      const end = html.indexOf('>', index)
      if (/^<!doctype/i.test(html.slice(index, index + 9))) append({ type: 'doctype' })
      index = end === -1 ? html.length : end + 1
      continue
    }
    if (html.startsWith('</', index)) {
      NAME.lastIndex = index + 2
      const name = NAME.exec(html)?.[0].toLowerCase()
      const end = html.indexOf('>', index)
      index = end === -1 ? html.length : end + 1
      if (name === undefined) continue
      for (let depth = stack.length - 1; depth > 0; depth--) {
        if ((stack[depth] as Element).tagName === name) {
          stack.length = depth
          parent = stack[depth - 1] as Root | Element
          break
        }
      }
      continue
    }
    NAME.lastIndex = index + 1
    const match = NAME.exec(html)
    if (match === null) {
      appendText('<')
      index++
      continue
    }
    const tagName = match[0].toLowerCase()
    const element: Element = { type: 'element', tagName, properties: {}, children: [] }
    index = NAME.lastIndex
    for (;;) {
      TAG_END.lastIndex = index
      if (TAG_END.test(html)) {
        index = TAG_END.lastIndex
        break
      }
      ATTRIBUTE.lastIndex = index
      const attribute = ATTRIBUTE.exec(html)
      if (attribute === null) {
        index = html.length
        break
      }
      index = ATTRIBUTE.lastIndex
      const name = (attribute[1] as string).toLowerCase()
      if (!(propertyName(name)[0] in element.properties))
        setProperty(element.properties, name, attribute[2] ?? attribute[3] ?? attribute[4])
    }
    append(element)
    if (VOID.has(tagName)) continue
    if (RAW_TEXT.has(tagName)) {
      const close = html.toLowerCase().indexOf(`</${tagName}`, index)
      const stop = close === -1 ? html.length : close
      const text = html.slice(index, stop)
      if (text !== '') {
        element.children.push({
          type: 'text',
          value: tagName === 'title' || tagName === 'textarea' ? decodeReferences(text) : text,
        } satisfies Text)
      }
      const end = close === -1 ? -1 : html.indexOf('>', close)
      index = end === -1 ? html.length : end + 1
      continue
    }
    stack.push(element)
    parent = element
  }
  return root
}

/**
 * Render an article as a hast tree (the syntax tree of the unified
 * ecosystem's HTML tools), with exactly the markup `toHtml` writes for the
 * same options, so rehype plugins can work on it and `hast-util-to-html` or a
 * framework's JSX runtime can write it out. The root holds the `<article>`
 * element; with `document: true`, it holds the doctype and the `<html>`
 * element of `toHtmlDocument`, whose options (`jsonLd`) it then takes too.
 *
 * Handlers are the same as `toHtml`'s and return HTML strings; markup from
 * custom handlers must be well formed (every non-void element closed,
 * attribute values quoted or free of spaces).
 *
 * @example
 * import { toHast } from 'articlekit/html'
 * import { toHtml as hastToHtml } from 'hast-util-to-html'
 *
 * const tree = toHast(article)
 * tree.children[0] // { type: 'element', tagName: 'article', properties: { className: ['ak-article'], … }, … }
 * hastToHtml(tree) // the same markup as toHtml(article)
 */
export function toHast(
  article: Article<unknown>,
  options: Omit<HtmlDocumentOptions, 'document'> & { document?: boolean } = {},
): Root {
  // toHtml takes `document: false` as no option; toHtmlDocument ignores `document`.
  const html =
    options?.document === true ? toHtmlDocument(article, options as never) : toHtml(article, options as never)
  return read(html)
}
