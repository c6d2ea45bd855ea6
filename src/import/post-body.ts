// The body of a blog post: the conversion of articlekit's own Markdown, with
// hooks for what posts hold and articlekit's dialect does not: raw HTML,
// images inside paragraphs and links, task lists, a level-1 heading, Liquid
// tags and Hugo shortcodes, MDX import lines. Whatever the model has no node
// for keeps its text and is reported with its line and column.

import type {
  Heading,
  Html,
  Image,
  ImageReference,
  Link,
  LinkReference,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
} from 'mdast'
import type { EmbedProvider } from '../html/embeds.js'
import { escapeText } from '../html/escape.js'
import {
  type Context,
  type ConvertHooks,
  defaultBlock,
  inlines,
  type Json,
  type Path,
  type Point,
  resolveLink,
} from '../markdown/from-mdast.js'
import { squash } from '../model/text.js'
import { splitLines } from './front-matter.js'
import { embedFor, type HtmlReader, htmlBlocks, htmlInlines, PLACEHOLDER, parseHtml } from './html-content.js'
import type { Warn } from './post-fields.js'
import { postUrl } from './post-url.js'
import { templateTags } from './template-tags.js'

/** What converting a post's body needs. */
export interface BodyOptions {
  /** The body as parsed: the file's text, its lines where they were. */
  source: string
  baseUrl: string | undefined
  embeds: readonly EmbedProvider[]
  /** Added to every heading level (1 when the body has level-1 headings of its own). */
  headingShift: number
  warn: Warn
}

/** A post's body being read. */
interface Body extends BodyOptions {
  /** Links open around the node being read: a link inside a link keeps only its text. */
  links: number
  /** Line `n` of the source, counting from 1. */
  line: (n: number) => string
}

/** The hooks that read a post's body. */
export function bodyHooks(options: BodyOptions): ConvertHooks {
  let lines: string[] | undefined
  const body: Body = {
    ...options,
    links: 0,
    line: (n) => {
      lines ??= splitLines(options.source).map((each) => each.text)
      return lines[n - 1] ?? ''
    },
  }
  return {
    block: (node, path, context) => block(body, node, path, context),
    inlines(children, path, context) {
      if (!children.some((child) => child.type === 'html')) return undefined
      return joinedRun(body, children, path, context, false)
    },
    inline: (node, path, context) => inline(body, node, path, context),
  }
}

/** The source of a node, as the post has it. */
function slice(body: Body, node: RootContent | PhrasingContent): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : body.source.slice(start, end)
}

/** Where a node starts. */
function at(node: { position?: { start: Point } | undefined } | undefined): Point | undefined {
  const start = node?.position?.start
  return start ? { line: start.line, column: start.column } : undefined
}

/** A URL from the post, or `undefined` after a warning saying why it cannot be used. */
function url(
  body: Body,
  value: string,
  path: Path,
  where: Point | undefined,
  kind: 'link' | 'image',
): string | undefined {
  const found = postUrl(value, body.baseUrl)
  if ('problem' in found) {
    const what = kind === 'link' ? 'A link is kept as its text' : 'An image is left out'
    body.warn(found.template ? 'template_tag' : 'url_refused', path, `${what}: ${found.problem}`, where)
    return undefined
  }
  if (found.note) body.warn('template_tag', path, `A URL was read as a path on the site: ${found.note}`, where)
  return found.url
}

/** An image block from a Markdown image, or nothing (after a warning) when its URL cannot be used. */
function imageBlock(body: Body, node: Image | ImageReference, path: Path, context: Context): Json | undefined {
  let target: { url: string; title?: string | null | undefined } | undefined
  if (node.type === 'image') target = node
  else {
    const definition = context.definitions.get(node.identifier)
    target = definition ? { url: definition.url, title: definition.title } : undefined
  }
  if (!target) return undefined
  const resolved = url(body, target.url, path, at(node), 'image')
  if (resolved === undefined) return undefined
  const image: Json = { type: 'image', url: resolved, alt: squash(node.alt ?? '') }
  // An image's title is shown as a tooltip; it is kept as the caption.
  const title = squash(target.title ?? '') || undefined
  if (title) image.caption = [{ type: 'text', value: title }]
  return image
}

/** A link, or its text when its URL cannot be used or it sits inside another link. */
function link(body: Body, node: Link | LinkReference, path: Path, context: Context): Json[] {
  const found = resolveLink(node, context)
  const children = found?.children ?? node.children
  if (!found || body.links > 0) return inlines(children, path, context)
  const resolved = url(body, found.url, path, at(node), 'link')
  if (resolved === undefined) return inlines(children, path, context)
  body.links++
  const inner = inlines(children, [...path, 'children'], context)
  body.links--
  const out: Json = { type: 'link', url: resolved }
  if (typeof found.title === 'string') out.title = found.title
  out.children = inner
  return [out]
}

/** A warning for each Liquid tag or shortcode in a text, which stays as text. */
function templateWarnings(body: Body, node: { value: string; position?: Paragraph['position'] }, path: Path) {
  for (const tag of templateTags(node.value)) {
    const where = locateIn(node.value, at(node), tag.offset, body.line)
    body.warn('template_tag', path, `${tag.kind} \`${excerpt(tag.text)}\` is kept as text`, where)
  }
}

/** An HTML reader whose warnings land at `locate(offset)`. */
function reader(
  body: Body,
  path: Path,
  locate: (offset: number | undefined) => Point | undefined,
  placeholder?: HtmlReader['placeholder'],
): HtmlReader {
  const html: HtmlReader = {
    warn: (code, message, offset) => body.warn(code, path, message, locate(offset)),
    url: (value, offset, kind) => url(body, value, path, locate(offset), kind),
    headingShift: body.headingShift,
    embeds: body.embeds,
    get links() {
      return body.links
    },
    set links(value: number) {
      body.links = value
    },
  }
  if (placeholder) html.placeholder = placeholder
  return html
}

/**
 * A run of phrasing content holding inline HTML, which micromark gives as
 * one node per tag: the run is joined into one HTML string, each Markdown
 * node in it standing as a placeholder element, and read with the HTML
 * parser, so that `<kbd>Ctrl</kbd>` and `<a href>…</a>` read whole.
 */
function joinedRun(body: Body, children: readonly PhrasingContent[], path: Path, context: Context, asBlocks: boolean) {
  let html = ''
  const segments: { from: number; node: Html }[] = []
  const nodes: PhrasingContent[] = []
  for (const child of children) {
    if (child.type === 'html') {
      segments.push({ from: html.length, node: child })
      html += child.value
    } else if (child.type === 'text') {
      templateWarnings(body, child, path)
      html += escapeText(child.value)
    } else {
      const block = asBlocks && (child.type === 'image' || child.type === 'imageReference')
      html += `<${PLACEHOLDER} data-i="${nodes.length}"${block ? ' data-block=""' : ''}></${PLACEHOLDER}>`
      nodes.push(child)
    }
  }
  const locate = (offset: number | undefined): Point | undefined => {
    if (offset === undefined) return at(segments[0]?.node)
    let found = segments[0]
    for (const segment of segments) if (segment.from <= offset) found = segment
    if (!found) return undefined
    return locateIn(found.node.value, at(found.node), offset - found.from, body.line)
  }
  const placeholder: HtmlReader['placeholder'] = (index, asBlock) => {
    const node = nodes[index]
    if (!node) return { inlines: [] }
    if (asBlock && (node.type === 'image' || node.type === 'imageReference')) {
      const image = imageBlock(body, node, path, context)
      return image ? { block: image } : { inlines: [] }
    }
    return { inlines: inlines([node], path, context) }
  }
  const root = parseHtml(html)
  const html5 = reader(body, path, locate, placeholder)
  return asBlocks ? htmlBlocks(root, html5) : htmlInlines(root, html5)
}

/**
 * A paragraph: MDX statements, kramdown attribute lists and shortcodes alone in it, inline HTML, a
 * link around an image alone, and images, which split it into blocks.
 */
function paragraph(body: Body, node: Paragraph, path: Path, context: Context): Json[] {
  const raw = slice(body, node) ?? ''
  if (isModuleSyntax(raw)) {
    body.warn(
      'mdx_statement',
      path,
      'An MDX `import` or `export` line is not part of the post; it is left out',
      at(node),
    )
    return []
  }
  if (/^(?:\{:[^}\n]*\}[ \t]*(?:\r?\n|\r|$))+$/.test(raw.trim())) {
    body.warn('attribute_list', path, `Kramdown attribute list \`${excerpt(raw.trim())}\` is left out`, at(node))
    return []
  }
  const shortcode = shortcodeBlock(body, raw.trim(), path, at(node))
  if (shortcode) return [shortcode]
  if (node.children.some((child) => child.type === 'html')) return joinedRun(body, node.children, path, context, true)
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  // A link around an image alone is the image (a thumbnail that links to the full size).
  const only = meaningful.length === 1 ? meaningful[0] : undefined
  if (only && (only.type === 'link' || only.type === 'linkReference')) {
    const inner = only.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
    const image =
      inner.length === 1 && (inner[0]?.type === 'image' || inner[0]?.type === 'imageReference') ? inner[0] : undefined
    if (image) {
      const block = imageBlock(body, image, path, context)
      if (block) {
        body.warn('link_dropped', path, 'A link around an image is left out; the image is kept', at(only))
        return [block]
      }
    }
  }
  // Images at the top of a paragraph split it: text before, the image, text after. Each piece is a block
  // of its own, at the index after the one before it.
  const out: Json[] = []
  let run: PhrasingContent[] = []
  const here = (): Path => [...path.slice(0, -1), (path[path.length - 1] as number) + out.length]
  const flush = () => {
    if (run.length === 0) return
    const children = trimEnds(inlines(run, [...here(), 'children'], context))
    run = []
    if (
      children.some((child) => child.type !== 'break' && !(child.type === 'text' && !/\S/.test(child.value as string)))
    )
      out.push({ type: 'paragraph', children })
  }
  for (const child of node.children) {
    if (child.type === 'image' || child.type === 'imageReference') {
      flush()
      const image = imageBlock(body, child, here(), context)
      if (image) out.push(image)
      continue
    }
    run.push(child)
  }
  flush()
  return out
}

/** `{{< figure src="…" >}}`, `{{< youtube id >}}` and `{{< vimeo id >}}` alone in a paragraph. */
function shortcodeBlock(body: Body, raw: string, path: Path, where: Point | undefined): Json | undefined {
  const match = /^\{\{([<%])\s*(figure|youtube|vimeo)\s([^\n]{0,2000}?)\s*[>%]\}\}$/.exec(raw)
  if (!match) return undefined
  const name = match[2] as string
  const attributes = shortcodeAttributes(match[3] as string)
  if (name === 'figure') {
    const src = attributes.src
    if (src === undefined) return undefined
    const resolved = url(body, src, path, where, 'image')
    if (resolved === undefined) return undefined
    const image: Json = { type: 'image', url: resolved, alt: (attributes.alt ?? '').trim() }
    const caption = squash(attributes.caption ?? attributes.title ?? '') || undefined
    if (caption) image.caption = [{ type: 'text', value: caption }]
    const width = Number(attributes.width)
    if (Number.isSafeInteger(width) && width > 0) image.width = width
    body.warn('template_tag', path, `Hugo shortcode \`${excerpt(raw)}\` is read as an image`, where)
    return image
  }
  // The address the shortcode names, played only by a provider the `embeds` option allows.
  const id = encodeURIComponent(attributes.id ?? attributes[0] ?? '')
  const media = name === 'youtube' ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`
  const embed = embedFor(media, body.embeds, squash(attributes.title ?? '') || undefined)
  if (embed) body.warn('template_tag', path, `Hugo shortcode \`${excerpt(raw)}\` is read as an embed`, where)
  return embed
}

/** One block of the post, where it differs from articlekit's own Markdown; `undefined` elsewhere. */
function block(body: Body, node: RootContent, path: Path, context: Context): Json[] | undefined {
  switch (node.type) {
    case 'paragraph':
      return paragraph(body, node, path, context)
    case 'html': {
      const value = node.value
      const start = at(node)
      return htmlBlocks(
        parseHtml(value),
        reader(body, path, (offset) => locateIn(value, start, offset, body.line)),
      )
    }
    case 'heading':
      return [heading(body, node, path, context)]
    case 'list':
      return node.children.some((item) => typeof item.checked === 'boolean') ? taskList(node, path, context) : undefined
    default:
      return undefined
  }
}

/** A heading, moved down by `headingShift` and kept within levels 2 to 6, with a trailing `{#id}` read. */
function heading(body: Body, node: Heading, path: Path, context: Context): Json {
  const level = Math.min(6, Math.max(2, node.depth + body.headingShift))
  const out: Json = { type: 'heading', level }
  const children = inlines(node.children, [...path, 'children'], context)
  // `## Title {#custom-id}` (Hugo, kramdown): the id is the heading's; classes and the like are left out.
  const last = children[children.length - 1]
  const attributes =
    last?.type === 'text' ? /[ \t]*\{[ \t]*([#.:][^{}\n]{0,200})\}[ \t]*$/.exec(last.value as string) : null
  if (last && attributes) {
    const value = (last.value as string).slice(0, attributes.index)
    if (value === '') children.pop()
    else children[children.length - 1] = { type: 'text', value }
    const parts = (attributes[1] as string).replace(/^:/, '').trim().split(/\s+/)
    const id = parts.find((part) => /^#\S{1,200}$/.test(part))
    if (id) out.id = id.slice(1)
    if (parts.some((part) => part !== id && part !== ''))
      body.warn(
        'attribute_list',
        path,
        `Heading attributes \`{${attributes[1]}}\` other than the id are left out`,
        at(node),
      )
  }
  out.children = children
  return out
}

/** A list with task list items, which keep their state as a ballot box before the text. */
function taskList(node: List, path: Path, context: Context): Json[] {
  const items = node.children.map((item) => {
    if (typeof item.checked !== 'boolean') return item
    const box: PhrasingContent = { type: 'text', value: item.checked ? '☑ ' : '☐ ' }
    const [first, ...rest] = item.children
    const children: RootContent[] =
      first?.type === 'paragraph'
        ? [{ ...first, children: [box, ...first.children] }, ...rest]
        : [{ type: 'paragraph', children: [box] }, ...item.children]
    return { ...item, checked: null, children }
  })
  const made = defaultBlock({ ...node, children: items } as RootContent, path, context)
  return made ? [made] : []
}

/** One phrasing node of the post, where it differs from articlekit's own Markdown; `undefined` elsewhere. */
function inline(body: Body, node: PhrasingContent, path: Path, context: Context): Json[] | undefined {
  switch (node.type) {
    case 'text': {
      templateWarnings(body, node, path)
      // A kramdown attribute list on a line of its own after text or an image (`{: .center}`).
      const attributes = /(?:^|\r?\n|\r)[ \t]*\{:[^}\n]*\}[ \t]*$/.exec(node.value)
      if (!attributes) return undefined
      body.warn(
        'attribute_list',
        path,
        `Kramdown attribute list \`${excerpt(attributes[0].trim())}\` is left out`,
        at(node),
      )
      const value = node.value.slice(0, attributes.index)
      return value === '' ? [] : [{ type: 'text', value }]
    }
    case 'link':
    case 'linkReference':
      return link(body, node, path, context)
    case 'image':
    case 'imageReference': {
      const alt = squash(node.alt ?? '')
      body.warn(
        'image_in_text',
        path,
        alt
          ? `An image inside text is not part of the model; its alt text \`${excerpt(alt)}\` is kept`
          : 'An image inside text is not part of the model, and it has no alt text; it is left out',
        at(node),
      )
      return alt ? [{ type: 'text', value: alt }] : []
    }
    default:
      return undefined
  }
}
/** Leading whitespace of a paragraph's first text and trailing of its last, and breaks at either end, taken off. */
function trimEnds(nodes: Json[]): Json[] {
  const out = [...nodes]
  while (out[0]?.type === 'break') out.shift()
  while (out[out.length - 1]?.type === 'break') out.pop()
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: (first.value as string).replace(/^\s+/, '') }
  const last = out[out.length - 1]
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: (last.value as string).replace(/\s+$/, '') }
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/** Whether a paragraph is MDX `import`/`export` statements (Astro, Gatsby), and nothing else. */
function isModuleSyntax(raw: string): boolean {
  if (raw.length > 5000 || !/^(?:import|export)\s/.test(raw)) return false
  const lines = raw.split(/\r\n|\r|\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim()
    if (/^import\s+(?:[\w*${},\s]+\s+from\s+)?['"][^'"]+['"];?$/.test(line)) continue
    if (/^export\s+(?:const|let|var|function|default|\{)/.test(line)) continue
    // `import {` over several lines, closed by `} from '…'`.
    if (!/^import\s+(?:[\w$]+\s*,\s*)?\{[\w$,\s]*$/.test(line)) return false
    for (index++; index < lines.length; index++) {
      const inner = (lines[index] as string).trim()
      if (/^[\w$,\s]*\}\s*from\s+['"][^'"]+['"];?$/.test(inner)) break
      if (!/^[\w$,\s]*$/.test(inner)) return false
    }
    if (index >= lines.length) return false
  }
  return true
}

/** `key="value"`, `key='value'`, `key=value` and bare positional values of a shortcode. */
function shortcodeAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  let position = 0
  for (const match of text.matchAll(/(?:([\w-]+)=)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g)) {
    const value = match[2] ?? match[3] ?? match[4] ?? match[5] ?? ''
    if (match[1] !== undefined) out[match[1]] = value
    else out[String(position++)] = value
  }
  return out
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

/**
 * The place in the file of `offset` within `value`, a node's text that
 * starts at `start`. On the node's later lines, a container's prefix (`> `,
 * a list item's indent) was taken out of `value`; it is found by comparing
 * the line with the file's.
 */
function locateIn(
  value: string,
  start: Point | undefined,
  offset: number | undefined,
  lineOf: (line: number) => string,
): Point | undefined {
  if (!start) return undefined
  if (offset === undefined || offset <= 0) return start
  let line = 0
  let lineStart = 0
  const end = Math.min(offset, value.length)
  for (let index = 0; index < end; index++) {
    const char = value.charCodeAt(index)
    if (char === 10 || (char === 13 && value.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  const column = end - lineStart + 1
  if (line === 0) return { line: start.line, column: start.column + column - 1 }
  const rest = value.slice(lineStart)
  const own = rest.slice(0, rest.search(/\r|\n|$/))
  const file = lineOf(start.line + line)
  return { line: start.line + line, column: Math.max(0, file.length - own.length) + column }
}
