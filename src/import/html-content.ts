// Raw HTML in a post, parsed with an HTML5 parser (parse5, through
// hast-util-from-html) and read as model nodes. Elements the model has a node
// for become that node (a paragraph, emphasis, a link, an image, an embed of
// an allowed provider, a table); every other element is left out with its
// text kept, and reported; what a reader never sees (scripts, styles) is left
// out and reported. No HTML reaches the article, and every URL goes through
// the model's URL rule.

import type { ElementContent, Element as HastElement, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { htmlVoidElements } from 'html-void-elements'
import type { EmbedProvider } from '../html/embeds.js'
import type { Json } from '../markdown/from-mdast.js'
import { squash } from '../model/text.js'
import { HIDDEN, hastText } from './hast-text.js'
import { creditText, PERSON_NAME, unbracketed } from './text-rules.js'

/** The name of the element that stands for a Markdown node inside re-joined inline HTML. */
export const PLACEHOLDER = 'articlekit-node'

/** What reading HTML needs from the post being read. */
export interface HtmlReader {
  /** Warn about the HTML at `offset` of the string read. */
  warn(code: string, message: string, offset: number | undefined): void
  /** A link's URL, prepared; `undefined` (and a warning) when it cannot be used. */
  url(value: string, offset: number | undefined, kind: 'link' | 'image'): string | undefined
  /** Added to the level of `<h1>`…`<h6>`, which become levels 2 to 6. */
  headingShift: number
  /** Players allowed as embeds. */
  embeds: readonly EmbedProvider[]
  /** How many links the content being read is inside (HTML and Markdown links alike): a link in a link is its text. */
  links: number
  /**
   * Whether elements read as their content, their text kept (`<div>`,
   * `<section>`, `<span>`, `<time>`, …), and comments go without a report:
   * a whole page is made of them, a post rarely. (default: `false`, each
   * is reported)
   */
  quietMarkup?: boolean
  /**
   * A Markdown node standing in the HTML: as a block (an image alone at the
   * top of a paragraph), or as inline nodes.
   */
  placeholder?(index: number, asBlock: boolean): { block: Json } | { inlines: Json[] }
}

/** The element that stands for HTML too deep to parse, read as its text. */
const TOO_DEEP = 'articlekit-too-deep'

/** How deep HTML may nest to be parsed into a tree; deeper HTML is read as its text. */
const MAX_PARSE_DEPTH = 256

/** Parse HTML as the body of a page, with positions; HTML nested deeper than any page is read as its text alone. */
export function parseHtml(html: string): HastRoot {
  if (nesting(html) <= MAX_PARSE_DEPTH) return fromHtml(html, { fragment: true })
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: TOO_DEEP,
        properties: {},
        children: [{ type: 'text', value: withoutTags(html) }],
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      },
    ],
  }
}

/**
 * Elements without content, and elements whose end tag may be left out (the
 * parser closes them by itself): the estimate counts neither.
 */
const UNCOUNTED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  ...htmlVoidElements,
])

/** How deep the elements of `html` nest at most, estimated in one pass from its tags. */
export function nesting(html: string): number {
  let depth = 0
  let deepest = 0
  let index = html.indexOf('<')
  while (index !== -1) {
    const end = html.indexOf('>', index)
    if (end === -1) break
    const tag = /^<(\/?)([A-Za-z][\w-]*)/.exec(html.slice(index, Math.min(end + 1, index + 64)))
    if (tag) {
      if (UNCOUNTED.has((tag[2] as string).toLowerCase())) {
        // Neither when opened nor when closed.
      } else if (tag[1]) depth = Math.max(0, depth - 1)
      else if (html[end - 1] !== '/') {
        depth++
        if (depth > deepest) deepest = depth
      }
    }
    index = html.indexOf('<', end)
  }
  return deepest
}

/** The text of HTML with its tags taken out, in one pass. */
function withoutTags(html: string): string {
  let out = ''
  let index = 0
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) {
      out += html.slice(index)
      break
    }
    out += html.slice(index, open)
    const close = html.indexOf('>', open)
    if (close === -1) {
      out += html.slice(open)
      break
    }
    out += ' '
    index = close + 1
  }
  return out
}

/** Elements that hold blocks, read as their content: the markup is left out and reported. */
const BLOCK_CONTAINERS = new Set([
  TOO_DEEP,
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'center',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'hgroup',
  'address',
  'form',
  'fieldset',
  'legend',
  'figure',
  'figcaption',
  'body',
  'html',
  'caption',
  'li',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'menu',
])

/** Block elements the model has a node for. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'table', 'hr'])

const MARKS: Record<string, string> = {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  del: 'strikethrough',
  s: 'strikethrough',
  strike: 'strikethrough',
}
const CODE = new Set(['code', 'kbd', 'samp', 'tt'])

/** How deep elements may nest before their text is read without them (the model's own limits are lower). */
const MAX_DEPTH = 64
/** How many marks may nest in the article (the model allows 16 inline parents). */
const MAX_MARKS = 12

interface Walk {
  reader: HtmlReader
  /** Elements left out with their text kept, each with the offset of its first occurrence. */
  unwrapped: Map<string, number | undefined>
  /** Elements left out with their content. */
  removed: Map<string, number | undefined>
  marks: number
}

const offsetOf = (node: HastNodes): number | undefined => node.position?.start.offset ?? undefined

/** Read HTML parsed with {@link parseHtml} as blocks. */
export function htmlBlocks(root: HastRoot, reader: HtmlReader): Json[] {
  const walk = start(reader)
  const out: Json[] = []
  blockContent(root.children as ElementContent[], walk, out, 0)
  finish(walk)
  return out
}

/** Read HTML parsed with {@link parseHtml} as inline content (blocks in it are read as their text). */
export function htmlInlines(root: HastRoot, reader: HtmlReader): Json[] {
  const walk = start(reader)
  const out = tidy(inlineContent(root.children as ElementContent[], walk, 0))
  finish(walk)
  return out
}

function start(reader: HtmlReader): Walk {
  return { reader, unwrapped: new Map(), removed: new Map(), marks: 0 }
}

function finish(walk: Walk): void {
  for (const [tag, offset] of walk.unwrapped) {
    if (walk.reader.quietMarkup && tag !== TOO_DEEP) continue
    if (tag === TOO_DEEP) {
      const message = `Raw HTML nested deeper than ${MAX_PARSE_DEPTH} levels is read as its text alone`
      walk.reader.warn('raw_html', message, offset)
      continue
    }
    walk.reader.warn(
      'raw_html',
      `Raw HTML \`<${tag}>\` is not part of the model; its text is kept, the markup left out`,
      offset,
    )
  }
  for (const [tag, offset] of walk.removed) {
    walk.reader.warn('raw_html', `Raw HTML \`<${tag}>\` is not part of the model; it is left out`, offset)
  }
}

function note(map: Map<string, number | undefined>, element: HastElement): void {
  if (!map.has(element.tagName)) map.set(element.tagName, offsetOf(element))
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

/** Read nodes where blocks may stand: runs of inline content become paragraphs. */
function blockContent(nodes: readonly ElementContent[], walk: Walk, out: Json[], depth: number): void {
  let run: Json[] = []
  const flush = () => {
    const children = tidy(run)
    run = []
    if (visible(children)) out.push({ type: 'paragraph', children })
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push({ type: 'text', value: node.value })
      continue
    }
    if (node.type === 'comment') {
      comment(node.value, offsetOf(node), walk)
      continue
    }
    if (node.type !== 'element') continue
    if (node.tagName === PLACEHOLDER) {
      const made = walk.reader.placeholder?.(Number(node.properties.dataI), true)
      if (made && 'block' in made) {
        flush()
        out.push(made.block)
      } else if (made) run.push(...made.inlines)
      continue
    }
    const made = block(node, walk, depth)
    if (made === undefined) {
      run.push(...inlineElement(node, walk, depth))
      continue
    }
    flush()
    out.push(...made)
  }
  flush()
}

/** An element as blocks, or `undefined` when it is inline content. */
function block(element: HastElement, walk: Walk, depth: number): Json[] | undefined {
  const tag = element.tagName
  const children = element.children
  if (depth > MAX_DEPTH) {
    const value = squash(hastText(element))
    return value ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : []
  }
  // What no reader sees is left out where it stands, without ending the paragraph around it.
  if (HIDDEN.has(tag)) return undefined
  switch (tag) {
    case 'p': {
      const out: Json[] = []
      blockContent(children, walk, out, depth + 1)
      return out
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const level = Math.min(6, Math.max(2, Number(tag[1]) + walk.reader.headingShift))
      return [{ type: 'heading', level, children: tidy(inlineContent(children, walk, depth + 1)) }]
    }
    case 'ul':
    case 'ol':
      return [listOf(element, walk, depth)]
    case 'blockquote':
      return [socialEmbedOf(element, walk, depth) ?? quoteOf(element, walk, depth)]
    case 'pre':
      return [codeOf(element)]
    case 'table':
      return [table(element, walk, depth)]
    case 'hr':
      return [{ type: 'divider' }]
    case 'img':
    case 'picture': {
      const image = imageOf(tag === 'img' ? element : findElement(element, 'img'), walk)
      return image ? [image] : []
    }
    case 'figure': {
      const gallery = galleryOf(element, walk, depth)
      if (gallery) return [gallery]
      const img = findElement(element, 'img')
      if (img) return figureOf(element, img, walk, depth)
      const media = findElement(element, 'iframe') ?? findElement(element, 'table')
      if (media) return captionedOf(element, media, walk, depth)
      break
    }
    case 'iframe': {
      const made = embedOf(element, walk)
      return made ? [made] : []
    }
    case 'video':
    case 'audio':
      return mediaLink(element, walk)
    case 'a': {
      // A link around an image alone is the image (a thumbnail that links to the full size).
      const img = onlyImage(element)
      if (!img) return undefined
      const image = imageOf(img, walk)
      return image ? [image] : []
    }
  }
  if (BLOCK_CONTAINERS.has(tag)) {
    note(walk.unwrapped, element)
    const out: Json[] = []
    blockContent(children, walk, out, depth + 1)
    return out
  }
  if (BLOCKS.has(tag)) return undefined
  // Inline elements that hold blocks (a `<span>` around an image) are read as blocks too.
  if (children.some((child) => child.type === 'element' && isBlockish(child))) {
    note(walk.unwrapped, element)
    const out: Json[] = []
    blockContent(children, walk, out, depth + 1)
    return out
  }
  return undefined
}

/** A `<ul>` or `<ol>`: each item's content read as blocks. */
function listOf(element: HastElement, walk: Walk, depth: number): Json {
  const items: Json[] = []
  for (const child of element.children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type === 'comment') continue
    const out: Json[] = []
    blockContent(child.type === 'element' && child.tagName === 'li' ? child.children : [child], walk, out, depth + 1)
    items.push({ children: out })
  }
  const ordered = element.tagName === 'ol'
  const list: Json = { type: 'list', ordered, items }
  const start = Number(element.properties.start)
  if (ordered && Number.isSafeInteger(start) && start >= 0 && start !== 1) list.start = start
  return list
}

/** A `<pre>`: its text, with the language its class or its `<code>`'s names. */
function codeOf(element: HastElement): Json {
  const code = element.children.find(
    (child): child is HastElement => child.type === 'element' && child.tagName === 'code',
  )
  const value = hastText(element)
    .replace(/^\r?\n/, '')
    .replace(/\s+$/, '')
  const out: Json = { type: 'code', value }
  const language = languageOf(code) ?? languageOf(element)
  if (language) out.language = language
  return out
}

/**
 * A `<figure>` holding two or more `<figure>`s is a gallery: the images of
 * those figures, with their captions and credits, and its own `<figcaption>`
 * the gallery's caption. `undefined` when the figure is not one, or when its
 * figures hold anything but an image, a caption and a credit.
 */
function galleryOf(element: HastElement, walk: Walk, depth: number): Json | undefined {
  const parts = element.children.filter(
    (child): child is HastElement => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''),
  )
  const figures = parts.filter((part) => part.type === 'element' && part.tagName === 'figure')
  const caption = parts.find((part) => part.type === 'element' && part.tagName === 'figcaption')
  if (figures.length < 2 || figures.length + (caption ? 1 : 0) !== parts.length) return undefined
  const images: Json[] = []
  for (const figure of figures) {
    const img = findElement(figure, 'img')
    const made = img ? figureOf(figure, img, walk, depth + 1) : []
    if (made.length !== 1 || (made[0] as Json).type !== 'image') return undefined
    images.push(made[0] as Json)
  }
  const gallery: Json = { type: 'gallery', children: images }
  const inlines = caption ? tidy(inlineContent(caption.children, walk, depth + 1)) : []
  if (visible(inlines)) gallery.caption = inlines
  return gallery
}

/** A `<figure>` around `img`: the image with its caption, then the figure's other content. */
function figureOf(element: HastElement, img: HastElement, walk: Walk, depth: number): Json[] {
  const image = imageOf(img, walk)
  if (!image) return []
  const caption = findElement(element, 'figcaption')
  // A caption that is a credit and no more (`Photo by <a>Ann Example</a> on <a>Unsplash</a>`) is the credit.
  const whole = caption === undefined ? undefined : creditText(squash(hastText(caption)))
  const credit = whole !== undefined && caption ? { text: whole, node: caption } : creditOf(element, caption, img)
  if (credit) image.credit = credit.text
  if (caption && credit?.node !== caption) {
    let inlines = tidy(inlineContent(without(caption.children, credit?.node), walk, depth + 1))
    const ending = credit ? undefined : creditAtEnd(inlines)
    if (ending) {
      image.credit = ending.credit
      inlines = ending.caption
    }
    // The separator left before a credit taken out (`The quay at dawn. - <span class="credits">…`).
    if (credit) trimCaptionEnd(inlines)
    if (visible(inlines)) image.caption = tidy(inlines)
  }
  // Text of the figure outside the image, its caption and its credit is kept after it; of a wrapper that
  // holds the caption, the rest of what it holds (`<div><figcaption>…</figcaption><p>…</p></div>`).
  const rest = element.children.flatMap((child) => {
    if (child === caption || child === credit?.node || (child.type === 'element' && contains(child, img))) return []
    if (child.type !== 'element' || caption === undefined || !contains(child, caption)) return [child]
    return child.children.filter((part) => part !== caption && part !== credit?.node)
  })
  const out: Json[] = [image]
  blockContent(rest, walk, out, depth + 1)
  return out
}

/**
 * A `<figure>` around a frame or a table (`figure.wp-block-embed`,
 * `figure.wp-block-table`): the embed or the table with the figure's
 * `<figcaption>` for its caption (a table's own `<caption>` wins), then the
 * figure's other content. A frame that is only a link keeps the caption as a
 * paragraph after it.
 */
function captionedOf(element: HastElement, media: HastElement, walk: Walk, depth: number): Json[] {
  const block = media.tagName === 'table' ? table(media, walk, depth + 1) : embedOf(media, walk)
  const caption = findElement(element, 'figcaption')
  const takes = block !== undefined && (block.type === 'embed' || block.type === 'table') && !block.caption
  const inlines = caption && takes ? tidy(inlineContent(caption.children, walk, depth + 1)) : []
  if (block && visible(inlines)) block.caption = inlines
  const rest = element.children.filter(
    (child) => !(child.type === 'element' && contains(child, media)) && !(child === caption && visible(inlines)),
  )
  const out: Json[] = block ? [block] : []
  blockContent(rest, walk, out, depth + 1)
  return out
}

/** A credit in a figure: an element (`<small>`, `<cite>`, a line starting `©`, `Photo:`, `Credit:`, …) of its caption or beside it. */
interface FigureCredit {
  text: string
  /** The node that holds it, left out of the caption. */
  node: ElementContent
}

/** The elements that hold a figure's credit. */
const CREDIT_TAGS = new Set(['small', 'cite'])

/** The most characters of a credit. */
const MAX_CREDIT = 300

/**
 * The credit of a figure: an element or a line of its own in its caption or beside it, or beside the
 * caption or the image in a wrapper of theirs (`<div><img><small>…</small></div>`, `<span
 * class="meta"><figcaption>…</figcaption><cite>…</cite></span>`).
 */
function creditOf(figure: HastElement, caption: HastElement | undefined, img?: HastElement): FigureCredit | undefined {
  // A caption's words may sit in a wrapper of their own (`<figcaption><div>The pier. <span>Ann Example</span></div>`).
  const words = caption === undefined ? undefined : soleElement(caption)
  // In the wrapper, only its last part (`… <small>Ann Example</small>`) or a credit line (`Photo: …`) is the credit.
  const inner = words && words !== caption ? words.children.filter((child) => hastText(child).trim() !== '') : []
  const last = inner.at(-1)
  const places = [
    ...(caption ? caption.children : []),
    ...inner,
    ...figure.children.filter((child) => child !== caption),
  ]
  // The second of the caption's two parts, when it may be a name after the first one's sentence.
  const named = caption === undefined ? undefined : nameAfterSentence(caption)
  // Beside the caption or the image in a wrapper, a `<small>` may come wrapped in turn (`<p><small>`, as Readability wraps it).
  const beside: ElementContent[] = []
  for (const inner of [caption, img]) {
    const wrapper = inner === undefined ? undefined : parentIn(figure, inner)
    if (wrapper !== undefined && wrapper !== figure) beside.push(...wrapper.children.filter((child) => child !== inner))
  }
  for (const node of [...places, ...beside]) {
    if (node.type !== 'element' && node.type !== 'text') continue
    const written = squash(hastText(node))
    if (written === '' || written.length > MAX_CREDIT) continue
    const credit = creditText(written)
    if (credit !== undefined) return { text: credit, node }
    const text = unbracketed(written)
    const tag = node.type === 'element' ? (beside.includes(node) ? soleElement(node) : node).tagName : ''
    if (inner.includes(node) && !(node === last && tag === 'small')) continue
    if (CREDIT_TAGS.has(tag) || (node === named && PERSON_NAME.test(text))) return { text, node }
  }
  return undefined
}

/**
 * The second of a caption's two elements when the first ends a sentence (`<span>Buses wait on Aragon
 * Avenue.</span><span>Ana Ruiz</span>`), as some sites set the photographer's name: found once per caption.
 */
function nameAfterSentence(caption: HastElement): ElementContent | undefined {
  const parts = caption.children.filter((child) => child.type === 'element' || hastText(child).trim() !== '')
  const [first, second] = parts
  if (parts.length !== 2 || first?.type !== 'element') return undefined
  return /[.!?…]$/.test(squash(hastText(first))) ? second : undefined
}

/** `nodes` without `node`, one of them or of the children of their elements, two levels down (as `soleElement` goes). */
function without(nodes: readonly ElementContent[], node: ElementContent | undefined, levels = 2): ElementContent[] {
  if (node === undefined) return [...nodes]
  return nodes
    .filter((each) => each !== node)
    .map((each) =>
      each.type === 'element' && levels > 0 ? { ...each, children: without(each.children, node, levels - 1) } : each,
    )
}

/**
 * A credit that ends the caption's own words (`The ferry at dawn. © Ann
 * Example`, `… (Photo: Ann Example)`, `… Photo by <a>Ann Example</a>`,
 * `… Getty Images`): the earliest place in the caption's last
 * {@link MAX_CREDIT} characters where a word opens a credit line, and the
 * caption without it. The caption must keep words of its own.
 */
function creditAtEnd(inlines: Json[]): { credit: string; caption: Json[] } | undefined {
  const flat = flatText(inlines)
  for (let at = Math.max(1, flat.length - MAX_CREDIT); at < flat.length; at++) {
    if (!opensCredit(flat, at)) continue
    const rest = squash(flat.slice(at))
    const inner = FULL_WIDTH_BRACKETS.exec(rest)?.[1]
    const credit =
      inner !== undefined && (CJK_LABELLED.test(inner) || PHOTOGRAPHED.test(inner))
        ? inner
        : PHOTOGRAPHED.test(rest)
          ? rest
          : creditText(rest)
    if (credit === undefined) continue
    // A copy: the caption is trimmed in place, and the whole one is kept when nothing of it is left.
    const caption = truncated(structuredClone(inlines), at)
    trimCaptionEnd(caption)
    return visible(caption) ? { credit, caption: tidy(caption) } : undefined
  }
  return undefined
}

/**
 * A credit in full-width brackets ending a Japanese or Chinese caption: a labelled one (`…（撮影・山田太郎）`,
 * `写真：`, `摄影:`) or a photographer's line (`（李强 摄）`, see `PHOTOGRAPHED`).
 */
const FULL_WIDTH_BRACKETS = /^（([^（）]+)）$/
const CJK_LABELLED = /^(?:撮影|写真|摄影)[：:・]./

/** A Chinese photographer's line after the caption: one to four names, after `记者` or `通讯员` maybe, then `摄` (`记者 李强 摄`). */
const PHOTOGRAPHED =
  /^(?:\p{Script=Han}{0,6}(?:记者|通讯员) ?)?\p{Script=Han}{2,4}(?:[ 、]\p{Script=Han}{2,4}){0,3} ?\/? ?摄$/u

/** Marks that end a sentence or set a credit apart before it (`… Sunday. Photo: …`, `… Sunday | Photo: …`). */
const BEFORE_CREDIT = new Set(['.', '!', '?', '…', '|', ':', ';', ',', '-', '–', '—', ')', '»', '”', '"', '。', '،'])

/**
 * Whether a credit may open at `at` of a caption's text: at a `©`, at a
 * bracket or a word after a space when the word does not start in lower case
 * (`Photo by`, `Getty`, a script without case), at a capital right after a
 * sentence's end, right after a Chinese or Japanese sentence's end, or at
 * any word after a sentence's end.
 */
function opensCredit(text: string, at: number): boolean {
  const char = text[at] as string
  // Chinese and Japanese set a credit in full-width brackets right after the caption, without a space.
  if (char === '©' || char === '（' || '。！？'.includes(text[at - 1] as string)) return true
  // A credit's label in an element of its own, right after the sentence (`… Ortega.<strong>Image Credits:</strong>…`).
  if (/[.!?]/.test(text[at - 1] as string) && /\p{Lu}/u.test(char)) return true
  if (!/\s/.test(text[at - 1] as string) || /\s/.test(char)) return false
  if (char === '(' || !/\p{Ll}/u.test(char)) return true
  let before = at - 1
  while (before > 0 && /\s/.test(text[before] as string)) before--
  return BEFORE_CREDIT.has(text[before] as string)
}

/** The plain text of inline nodes read from HTML, a break as one space: the offsets {@link truncated} cuts at. */
function flatText(nodes: readonly Json[]): string {
  let out = ''
  for (const node of nodes) {
    if (typeof node.value === 'string') out += node.value
    else if (node.type === 'break') out += ' '
    else if (Array.isArray(node.children)) out += flatText(node.children as Json[])
  }
  return out
}

/** Inline nodes cut after the first `length` characters of their {@link flatText}. */
function truncated(nodes: readonly Json[], length: number): Json[] {
  const out: Json[] = []
  let left = length
  for (const node of nodes) {
    if (left <= 0) break
    const size = flatText([node]).length
    if (size <= left) out.push(node)
    else if (typeof node.value === 'string') out.push({ ...node, value: node.value.slice(0, left) })
    else if (Array.isArray(node.children)) out.push({ ...node, children: truncated(node.children as Json[], left) })
    left -= size
  }
  return out
}

/** Characters left at the end of a caption whose credit was cut off (`The ferry at dawn. |`). */
const CAPTION_END = new Set([' ', '|', '/', '-', '–', '—', '·', '•'])

/** Take spaces and separators off the end of a caption, in its last texts. */
function trimCaptionEnd(inlines: Json[]): void {
  for (let node = inlines.at(-1); node !== undefined; node = inlines.at(-1)) {
    if (Array.isArray(node.children) && node.type !== 'link') {
      trimCaptionEnd(node.children as Json[])
      if ((node.children as Json[]).length > 0) return
    } else if (typeof node.value === 'string' && node.type === 'text') {
      let end = node.value.length
      while (end > 0 && CAPTION_END.has(node.value[end - 1] as string)) end--
      node.value = node.value.slice(0, end)
      if (end > 0) return
    } else return
    inlines.pop()
  }
}

/** Dashes that open a quote's attribution line (`— Name`). */
const ATTRIBUTION_DASH = /^\s*(?:—|―|–|--?)\s*/

/** A `<blockquote>`: its blocks, and its trailing `<footer>`, `<cite>` or `— Name` line as the attribution. */
function quoteOf(element: HastElement, walk: Walk, depth: number): Json {
  const children = [...element.children]
  let index = children.length - 1
  while (index >= 0 && children[index]?.type === 'text' && squash(hastText(children[index] as HastNodes)) === '')
    index--
  const last = children[index]
  const attribution = last?.type === 'element' ? attributionOf(last, walk) : undefined
  if (attribution) children.splice(index, 1)
  const out: Json[] = []
  blockContent(children, walk, out, depth + 1)
  const quote: Json = { type: 'quote', children: out }
  if (attribution) quote.attribution = attribution
  return quote
}

/** The attribution an element of a quote states, if it is one: `<footer>`, `<cite>`, or a line starting with a dash. */
function attributionOf(element: HastElement, walk: Walk): Json | undefined {
  const tag = element.tagName
  const text = squash(hastText(element))
  const cite = tag === 'cite' ? element : onlyChild(element, 'cite')
  const dashed = ATTRIBUTION_DASH.test(text) && /^\s*[—―–-]/.test(text)
  if (!(tag === 'footer' || cite || (tag === 'p' && dashed)) || text === '' || text.length > 200) return undefined
  const words = text.replace(ATTRIBUTION_DASH, '')
  if (words === '') return undefined
  // `Name, Role`: the role is the attribution's title.
  const comma = words.indexOf(',')
  const attribution: Json = comma > 0 ? { name: words.slice(0, comma).trim() } : { name: words }
  const title = comma > 0 ? words.slice(comma + 1).trim() : ''
  if (title) attribution.title = title
  const href = stringProperty(findElement(element, 'a'), 'href')
  const url = href === undefined ? undefined : walk.reader.url(href, offsetOf(element), 'link')
  if (url !== undefined) attribution.url = url
  return attribution
}

/** The one element child named `tag`, when the element holds nothing else but whitespace. */
function onlyChild(element: HastElement, tag: string): HastElement | undefined {
  const meaningful = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = meaningful.length === 1 ? meaningful[0] : undefined
  return only?.type === 'element' && only.tagName === tag ? only : undefined
}

/** The classes social networks give the `<blockquote>` their script turns into a post, and the network's name. */
const SOCIAL_QUOTES: Readonly<Record<string, string>> = {
  'twitter-tweet': 'X',
  'instagram-media': 'Instagram',
  'tiktok-embed': 'TikTok',
  'bluesky-embed': 'Bluesky',
  'mastodon-embed': 'Mastodon',
  'threads-post': 'Threads',
}

/**
 * A social post's `<blockquote>` (`class="twitter-tweet"`, …) as an embed of
 * kind `social`: its address (the `cite` or permalink attribute, else its
 * last link) and its text as the caption. No player is involved: renderers
 * show it as a link card.
 */
function socialEmbedOf(element: HastElement, walk: Walk, depth: number): Json | undefined {
  const classes = element.properties.className
  const name = Array.isArray(classes)
    ? classes.map(String).find((each) => Object.hasOwn(SOCIAL_QUOTES, each))
    : undefined
  if (name === undefined) return undefined
  const links: HastElement[] = []
  const stack: ElementContent[] = [...element.children]
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    if (node.type !== 'element') continue
    if (node.tagName === 'a') links.push(node)
    else stack.push(...node.children)
  }
  const href =
    stringProperty(element, 'cite') ??
    stringProperty(element, 'dataInstgrmPermalink') ??
    // Popped from the end: the first found is the quote's last link, the post's own address.
    stringProperty(links[0], 'href')
  const url = href === undefined ? undefined : walk.reader.url(href, offsetOf(element), 'link')
  if (url === undefined) return undefined
  const embed: Json = { type: 'embed', url, kind: 'social', provider: SOCIAL_QUOTES[name] }
  const first = findElement(element, 'p')
  const caption = first ? tidy(inlineContent(first.children, walk, depth + 1)) : []
  if (visible(caption)) embed.caption = caption
  return embed
}

/** A `<video>` or `<audio>`: the model has no node for it, so a paragraph with a link to its source. */
function mediaLink(element: HastElement, walk: Walk): Json[] {
  note(walk.removed, element)
  const source = stringProperty(element, 'src') ?? stringProperty(findElement(element, 'source'), 'src')
  const url = source === undefined ? undefined : walk.reader.url(source, offsetOf(element), 'link')
  if (url === undefined) return []
  return [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: url }] }] }]
}

function isBlockish(element: HastElement): boolean {
  const tag = element.tagName
  return (
    BLOCKS.has(tag) ||
    BLOCK_CONTAINERS.has(tag) ||
    tag === 'img' ||
    tag === 'iframe' ||
    tag === 'picture' ||
    tag === 'video' ||
    tag === 'audio' ||
    (tag === PLACEHOLDER && element.properties.dataBlock !== undefined)
  )
}

function table(element: HastElement, walk: Walk, depth: number): Json {
  const rows: { cells: Json[][]; header: boolean }[] = []
  const stack: HastElement[] = [element]
  // Rows of this table, not of tables inside its cells.
  const collect = (parent: HastElement, inHead: boolean) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') {
        const cells = child.children.filter(
          (cell): cell is HastElement => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
        )
        rows.push({
          cells: cells.map((cell) => tidy(inlineContent(cell.children, walk, depth + 1))),
          header: inHead || (cells.length > 0 && cells.every((cell) => cell.tagName === 'th')),
        })
      } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
        collect(child, child.tagName === 'thead')
      } else if (child.tagName === 'caption') {
        stack.push(child)
      }
    }
  }
  collect(element, false)
  const out: Json = { type: 'table' }
  const caption = stack[1]
  if (caption) {
    const inlines = tidy(inlineContent(caption.children, walk, depth + 1))
    if (visible(inlines)) out.caption = inlines
  }
  if (rows[0]?.header) out.header = (rows.shift() as { cells: Json[][] }).cells
  out.rows = rows.map((row) => row.cells)
  return out
}

/** An `<img>` as an image block; alt text stays empty when there is none, as `lintArticle` expects. */
function imageOf(img: HastElement | undefined, walk: Walk): Json | undefined {
  if (!img) return undefined
  const src = largestSrcset(stringProperty(img, 'srcSet')) ?? stringProperty(img, 'src')
  if (src === undefined) {
    note(walk.removed, img)
    return undefined
  }
  const url = walk.reader.url(src, offsetOf(img), 'image')
  if (url === undefined) return undefined
  const image: Json = { type: 'image', url, alt: squash(stringProperty(img, 'alt') ?? '') }
  for (const key of ['width', 'height'] as const) {
    const size = Number(img.properties[key])
    if (Number.isSafeInteger(size) && size > 0) image[key] = size
  }
  const title = stringProperty(img, 'title')?.trim()
  if (title) image.caption = [{ type: 'text', value: title.replace(/\s+/g, ' ') }]
  return image
}

/**
 * The largest candidate of a `srcset` (by its `w`, else its `x` descriptor;
 * the first when none says), read in one pass as the HTML standard reads it:
 * a URL runs to whitespace, its descriptors to the next comma.
 */
export function largestSrcset(value: string | undefined): string | undefined {
  let best: string | undefined
  let size = -1
  const text = value ?? ''
  let index = 0
  while (index < text.length) {
    while (index < text.length && /[\s,]/.test(text[index] as string)) index++
    let end = index
    while (end < text.length && !/\s/.test(text[end] as string)) end++
    let url = text.slice(index, end)
    let descriptor = ''
    if (url.endsWith(',')) {
      let cut = url.length
      while (cut > 0 && url[cut - 1] === ',') cut--
      url = url.slice(0, cut)
    } else {
      const comma = text.indexOf(',', end)
      descriptor = text.slice(end, comma === -1 ? text.length : comma).trim()
      end = comma === -1 ? text.length : comma + 1
    }
    index = end
    if (url === '') continue
    const found = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor)
    const measure = found ? Number(found[1]) * (found[2] === 'x' ? 1000 : 1) : 0
    if (measure > size) {
      best = url
      size = measure
    }
  }
  return best
}

/** An `<iframe>` of an allowed provider as an embed; any other as a link to what it shows, if its URL may be kept. */
function embedOf(element: HastElement, walk: Walk): Json | undefined {
  const src = stringProperty(element, 'src')
  const title = squash(stringProperty(element, 'title') ?? '') || undefined
  const embed = src === undefined ? undefined : embedFor(src, walk.reader.embeds, title)
  if (embed) return embed
  walk.reader.warn(
    'raw_html',
    'Raw HTML `<iframe>` of a provider not allowed as an embed (see the `embeds` option) is kept as a link to its address',
    offsetOf(element),
  )
  const url = src === undefined ? undefined : walk.reader.url(src, offsetOf(element), 'link')
  if (url === undefined) return undefined
  return { type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: title || url }] }] }
}

const KINDS: Record<string, string> = { YouTube: 'video', Vimeo: 'video', Spotify: 'audio', SoundCloud: 'audio' }

/**
 * An embed of a media or player address that one of the allowed providers
 * plays, or `undefined`: an `<iframe>`'s `src`, or the address a shortcode
 * names.
 */
export function embedFor(src: string, embeds: readonly EmbedProvider[], title?: string): Json | undefined {
  const media = mediaUrl(src, embeds)
  if (media === undefined) return undefined
  const embed: Json = { type: 'embed', url: media.url, provider: media.provider.name }
  const kind = KINDS[media.provider.name]
  if (kind) embed.kind = kind
  if (title) embed.title = title
  return embed
}

/** The media URL behind a player's frame, for a provider that knows it. */
function mediaUrl(src: string, embeds: readonly EmbedProvider[]): { url: string; provider: EmbedProvider } | undefined {
  let url: URL
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:') return undefined
  const candidates = [url]
  // Players whose frame address is not the media's own: Spotify's `/embed/…`, SoundCloud's `?url=`.
  if (url.hostname === 'open.spotify.com' && url.pathname.startsWith('/embed/'))
    candidates.push(new URL(`https://open.spotify.com${url.pathname.slice(6)}`))
  const inner = url.searchParams.get('url')
  if (inner !== null && /^https:\/\//.test(inner)) {
    try {
      candidates.push(new URL(inner))
    } catch {
      // Not a URL: no candidate.
    }
  }
  for (const candidate of candidates) {
    for (const provider of embeds) {
      if (provider.player(candidate) !== undefined) return { url: candidate.href, provider }
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Inline content
// ---------------------------------------------------------------------------

function inlineContent(nodes: readonly ElementContent[], walk: Walk, depth: number): Json[] {
  const out: Json[] = []
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value })
    else if (node.type === 'comment') comment(node.value, offsetOf(node), walk)
    else if (node.type === 'element') out.push(...inlineElement(node, walk, depth))
  }
  return out
}

function inlineElement(element: HastElement, walk: Walk, depth: number): Json[] {
  const tag = element.tagName
  if (depth > MAX_DEPTH) return [{ type: 'text', value: hastText(element) }]
  if (tag === PLACEHOLDER) {
    const made = walk.reader.placeholder?.(Number(element.properties.dataI), false)
    return made && 'inlines' in made ? made.inlines : []
  }
  if (HIDDEN.has(tag)) {
    note(walk.removed, element)
    return []
  }
  const children = () => inlineContent(element.children, walk, depth + 1)
  const mark = MARKS[tag]
  if (mark !== undefined) {
    if (walk.marks >= MAX_MARKS) return children()
    walk.marks++
    const inner = children()
    walk.marks--
    return visible(inner) ? [{ type: mark, children: inner }] : inner
  }
  if (CODE.has(tag)) {
    const value = hastText(element).replace(/\s+/g, ' ')
    return value.trim() === '' ? [] : [{ type: 'inlineCode', value }]
  }
  switch (tag) {
    case 'br':
      return [{ type: 'break' }]
    case 'a': {
      const href = stringProperty(element, 'href')
      if (href === undefined || walk.reader.links > 0) {
        if (href === undefined) note(walk.unwrapped, element)
        return children()
      }
      const url = walk.reader.url(href, offsetOf(element), 'link')
      if (url === undefined) return children()
      walk.reader.links++
      walk.marks++
      const inner = children()
      walk.marks--
      walk.reader.links--
      const link: Json = { type: 'link', url }
      const title = stringProperty(element, 'title')
      if (title) link.title = title
      link.children = inner
      return [link]
    }
    case 'img': {
      const alt = stringProperty(element, 'alt')?.trim()
      walk.reader.warn(
        'image_in_text',
        alt
          ? `An image inside text is not part of the model; its alt text \`${alt}\` is kept`
          : 'An image inside text is not part of the model, and it has no alt text; it is left out',
        offsetOf(element),
      )
      return alt ? [{ type: 'text', value: alt }] : []
    }
    case 'input': {
      if (stringProperty(element, 'type') !== 'checkbox') {
        note(walk.removed, element)
        return []
      }
      return [{ type: 'text', value: element.properties.checked ? '☑ ' : '☐ ' }]
    }
    case 'iframe': {
      const link = (embedOf(element, walk)?.children as Json[] | undefined)?.[0]
      return link ? [link] : []
    }
  }
  note(walk.unwrapped, element)
  const inner = children()
  // A block read as inline content keeps a space on each side, so its words do not run into the next.
  return BLOCKS.has(tag) || BLOCK_CONTAINERS.has(tag)
    ? [{ type: 'text', value: ' ' }, ...inner, { type: 'text', value: ' ' }]
    : inner
}

/** `<!-- more -->` (the excerpt marker of Jekyll, Hugo and Hexo) goes without a word; other comments are reported. */
function comment(value: string, offset: number | undefined, walk: Walk): void {
  if (/^\s*more\s*$/i.test(value) || walk.reader.quietMarkup) return
  walk.reader.warn('html_comment', 'An HTML comment is left out', offset)
}

/**
 * Inline content read from HTML with its whitespace as a browser shows it:
 * runs of spaces and line feeds are one space, none at the start or the end,
 * and texts next to each other are one text. Ideographic spaces (U+3000) at
 * a line's start or end, which indent it, go too.
 */
function tidy(nodes: Json[]): Json[] {
  const out: Json[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = (node.value as string).replace(/[ \t\r\n\f]+/g, ' ')
      const last = out[out.length - 1]
      if (last?.type === 'text') last.value = (last.value as string) + value
      else out.push({ type: 'text', value })
    } else out.push(node)
  }
  for (let index = 0; index < out.length; index++) {
    const node = out[index] as Json
    if (node.type !== 'text') continue
    let value = (node.value as string).replace(/ {2,}/g, ' ')
    const previous = out[index - 1]
    // Ideographic spaces at a line's ends indent it, as Chinese and Japanese pages set a paragraph's first line.
    if (index === 0 || previous?.type === 'break') value = value.replace(/^[ \u3000]+/, '')
    if (index === out.length - 1 || out[index + 1]?.type === 'break') value = value.replace(/[ \u3000]+$/, '')
    node.value = value
  }
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/** Whether inline content shows anything: text that is not blank, or a node that is not a break. */
function visible(nodes: readonly Json[]): boolean {
  return nodes.some((node) => (node.type === 'text' ? /\S/.test(node.value as string) : node.type !== 'break'))
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function stringProperty(element: HastElement | undefined, name: string): string | undefined {
  const value = element?.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.join(' ')
  return undefined
}

function languageOf(element: HastElement | undefined): string | undefined {
  const classes = element?.properties.className
  if (!Array.isArray(classes)) return undefined
  for (const name of classes) {
    const match = /^(?:language|lang)-(.+)$/.exec(String(name))
    if (match) return match[1]
  }
  return undefined
}

/** The first descendant element named `tag`, without recursion. */
function findElement(root: HastElement | undefined, tag: string): HastElement | undefined {
  const stack: ElementContent[] = root ? [...root.children].reverse() : []
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    if (node.type !== 'element') continue
    if (node.tagName === tag) return node
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as ElementContent)
  }
  return undefined
}

/**
 * An element, or the one element a wrapper of it holds with no text beside it (`<p><small>…</small></p>`, as
 * Readability wraps a credit beside a caption), two levels deep at most.
 */
function soleElement(element: HastElement): HastElement {
  let found = element
  for (let level = 0; level < 2; level++) {
    const elements = found.children.filter((child) => child.type === 'element')
    const text = found.children.some((child) => child.type === 'text' && child.value.trim() !== '')
    if (elements.length !== 1 || text) break
    found = elements[0] as HastElement
  }
  return found
}

/** The element of `root` (or `root`) whose child `target` is, found in one walk. */
function parentIn(root: HastElement, target: HastElement): HastElement | undefined {
  const stack: HastElement[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as HastElement
    for (const child of node.children) {
      if (child === target) return node
      if (child.type === 'element') stack.push(child)
    }
  }
  return undefined
}

function contains(root: HastElement, target: HastElement): boolean {
  return root === target || findElement(root, target.tagName) === target
}

/** The `<img>` an element holds when it holds nothing else but whitespace. */
function onlyImage(element: HastElement): HastElement | undefined {
  const meaningful = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = meaningful.length === 1 ? meaningful[0] : undefined
  if (only?.type !== 'element') return undefined
  if (only.tagName === 'img') return only
  if (only.tagName === 'picture') return findElement(only, 'img')
  return undefined
}
