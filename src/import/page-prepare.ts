// The pass over the page's copy before Readability reads it. It removes the
// page's furniture (navigation, the page's header and footer, share bars,
// ads, newsletter boxes, cookie banners, comments, hidden elements), takes
// out what Readability would drop but the model keeps ("Read more" and
// "Related" boxes as `related`, "Sources" lists as `sources`, the standfirst),
// and rewrites what Readability would mangle into forms it keeps (a quote's
// `<footer>`, a figure's credit, lazy and `<picture>` images, frames of
// allowed players). Every step is one walk over the elements, and markup
// nested deeper than the article can hold is first read as its text, so that
// no step (nor Readability after them) costs more per element on a deep page
// than on a real one.

import type { Json } from '../markdown/from-mdast.js'
import { LIMITS } from '../model/limits.js'
import { squash } from '../model/text.js'
import { isAdLabel, READ_MORE_LABELS, SOURCES_LABELS } from './text-lines.js'
import { sourceOf } from './text-rules.js'

/** The value Readability's `allowedVideoRegex` is given, set on every frame so that it keeps them for the body reader. */
export const KEEP_FRAME = 'articlekit-embed'

/** What the pass took out of the page for the article, and what it left out. */
export interface PreparedPage {
  /** Furniture left out, counted by kind (`navigation`, `share bar`, …). */
  readonly furniture: Map<string, number>
  /** The links of "Read more" and "Related" boxes, as the article's `related`. */
  readonly related: Json[]
  /** The entries of a "Sources" list. */
  readonly sources: Json[]
  /** The element that holds the standfirst, taken out of the page. */
  standfirst?: Element
  /** The text of the page's first `<h1>`, the last resort for the headline. */
  h1?: string
  /** How many elements nested deeper than the model's blocks were read as their text. */
  flattened: number
}

/** How the pass reads a URL: resolved and checked by the model's rule, or `undefined`. */
export type PageUrl = (value: string) => string | undefined

/** Prepare `clone` (a copy of the page) for Readability. */
export function preparePage(clone: Document, url: PageUrl): PreparedPage {
  const prepared: PreparedPage = { furniture: new Map(), related: [], sources: [], flattened: 0 }
  const h1 = clone.querySelector('h1')
  const title = h1 ? squash(h1.textContent ?? '') : ''
  if (title) prepared.h1 = title
  flattenDeep(clone, prepared)
  removeOtherArticles(clone, prepared)
  fenceBase(clone)
  removeAll(clone, '[hidden], [aria-hidden="true"]', 'hidden element', prepared)
  takeBoxes(clone, url, prepared)
  removeFurniture(clone, prepared)
  refuseScriptLinks(clone, url)
  takeStandfirst(clone, prepared)
  removeDateLines(clone)
  keepQuoteFooters(clone)
  keepCredits(clone)
  loadLazyImages(clone)
  keepFrames(clone)
  keepGalleries(clone)
  return prepared
}

/**
 * Readability resolves relative URLs against the document's base; the page
 * reader resolves them itself, against the `url` option or the page's own
 * `<base>`, so the copy's base is one nothing resolves against.
 */
function fenceBase(clone: Document): void {
  for (const base of Array.from(clone.querySelectorAll('base'))) base.remove()
  const base = clone.createElement('base')
  base.setAttribute('href', 'about:blank')
  ;(clone.head ?? clone.documentElement).prepend(base)
}

/** Elements that run inside text: no space is put around their words when markup becomes text. */
const PHRASING: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
])

/**
 * Markup nested more than `LIMITS.blockDepth` levels below `<body>` (the
 * model nests blocks no deeper, so nothing deeper could be kept as
 * structure anyway) becomes its text, in one walk without recursion.
 * Readability's cleaning looks at the elements under each element it
 * weighs, so a page of wrappers or lists nested hundreds deep costs it time
 * in proportion to the depth for every element (20 s for 1 MB of `<div>`s
 * 200 deep, against about a second for a real page of that length);
 * flattened, the same text costs what a real page costs.
 */
function flattenDeep(clone: Document, prepared: PreparedPage): void {
  const body = clone.body
  if (!body) return
  const stack: [Element, number][] = [[body, 0]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number]
    if (depth < LIMITS.blockDepth) {
      for (let child = element.firstElementChild; child; child = child.nextElementSibling)
        stack.push([child, depth + 1])
      continue
    }
    if (element.firstElementChild === null) continue
    element.textContent = textWithSpaces(element)
    prepared.flattened++
  }
}

/** The text of an element, with a space where a block of it ends (`<li>a</li><li>b</li>` is `a b`), without scripts and styles. */
function textWithSpaces(element: Element): string {
  const parts: string[] = []
  const stack: (Node | ' ')[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Node | ' '
    if (node === ' ') parts.push(' ')
    else if (node.nodeType === 3 || node.nodeType === 4) parts.push(node.nodeValue ?? '')
    else if (node.nodeType === 1) {
      const name = (node as Element).localName
      if (name === 'script' || name === 'style' || name === 'template') continue
      const block = !PHRASING.has(name)
      if (block) stack.push(' ')
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child)
      if (block) parts.push(' ')
    }
  }
  return squash(parts.join(''))
}

/**
 * A page that loads the next story below the one asked for (infinite
 * scroll) holds several `<article>`s with an `<h1>` each, which Readability
 * would join into one body. The first is the page's; the others are left out.
 * An article inside another (a live blog's updates, a card) is part of it.
 */
function removeOtherArticles(clone: Document, prepared: PreparedPage): void {
  let first = true
  for (const article of Array.from(clone.querySelectorAll('article'))) {
    if (!attached(article) || article.parentElement?.closest('article') || !article.querySelector('h1')) continue
    if (first) first = false
    else {
      article.remove()
      count(prepared, 'another article')
    }
  }
}

function count(prepared: PreparedPage, kind: string): void {
  prepared.furniture.set(kind, (prepared.furniture.get(kind) ?? 0) + 1)
}

function removeAll(clone: Document, selector: string, kind: string, prepared: PreparedPage): void {
  for (const element of Array.from(clone.querySelectorAll(selector))) {
    if (!attached(element) || isRoot(element)) continue
    element.remove()
    count(prepared, kind)
  }
}

/** Whether an element is still in the page (not inside something removed before it); linkedom has no `isConnected`. */
function attached(element: Element): boolean {
  let node: Node | null = element
  while (node && node.nodeType !== 9) node = node.parentNode
  return node !== null
}

const isRoot = (element: Element) => ['HTML', 'BODY', 'HEAD'].includes(element.tagName.toUpperCase())

/** The words of an element's classes and id (`share-bar` is `share` and `bar`), lower case. */
function words(element: Element): Set<string> {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase()
  return new Set(names.split(/[^a-z0-9]+/).filter((word) => word !== ''))
}

/** The kinds of furniture told by the words of an element's classes and id. */
const FURNITURE_WORDS: readonly [string, readonly string[]][] = [
  ['share bar', ['share', 'sharing', 'sharebar', 'shares']],
  ['advertisement', ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'sponsored', 'adslot', 'dfp']],
  ['newsletter box', ['newsletter', 'subscribe', 'signup']],
  ['cookie banner', ['cookie', 'cookies', 'consent', 'gdpr']],
  ['comments', ['comment', 'comments', 'disqus']],
  ['paywall box', ['paywall', 'regwall']],
  ['list of other stories', ['mostread', 'popular', 'trending', 'recommended', 'teasers', 'outbrain', 'taboola']],
]

/** Pairs of class words that together name furniture (`most-read`, `most-viewed`, `paywall-gate`). */
const FURNITURE_PAIRS: readonly [string, string, string][] = [
  ['list of other stories', 'most', 'read'],
  ['list of other stories', 'most', 'viewed'],
  ['list of other stories', 'most', 'popular'],
]

/** The kind of furniture an element is, or `undefined`. */
function furnitureKind(element: Element): string | undefined {
  const tag = element.tagName.toLowerCase()
  const role = element.getAttribute('role')
  if (tag === 'nav' || role === 'navigation') return 'navigation'
  if (role === 'banner' || role === 'contentinfo') return "page's header or footer"
  if ((tag === 'header' || tag === 'footer') && !element.parentElement?.closest('article, main, blockquote, figure'))
    return "page's header or footer"
  const found = words(element)
  for (const [kind, names] of FURNITURE_WORDS) if (names.some((name) => found.has(name))) return kind
  for (const [kind, first, second] of FURNITURE_PAIRS) if (found.has(first) && found.has(second)) return kind
  // An ad's label is a few words: a long text is not read again to find out.
  const text = element.children.length === 0 ? (element.textContent ?? '') : ''
  if (text !== '' && text.length <= 1000 && isAdLabel(squash(text))) return 'advertisement'
  return undefined
}

function removeFurniture(clone: Document, prepared: PreparedPage): void {
  for (const element of Array.from(clone.querySelectorAll('body *'))) {
    if (!attached(element) || isRoot(element)) continue
    const tag = element.tagName.toLowerCase()
    if (tag === 'article' || tag === 'main') continue
    const kind = furnitureKind(element)
    // Never the element that holds the article itself.
    if (kind === undefined || element.querySelector('article, main, h1')) continue
    element.remove()
    count(prepared, kind)
  }
}

/**
 * Readability turns `javascript:` links into their text without a word: the
 * URL rule refuses them here first, which reports each, and the link keeps
 * its text.
 */
function refuseScriptLinks(clone: Document, url: PageUrl): void {
  for (const link of Array.from(clone.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? ''
    if (!/^\s*javascript:/i.test(href)) continue
    url(href)
    link.removeAttribute('href')
  }
}

/** The label of a box, lower case, without its final colon: `Read more`, `Related`, `Sources`. */
function boxKind(text: string): 'related' | 'sources' | undefined {
  if (text.length > MAX_LABEL) return undefined
  const label = text.toLowerCase().replace(/:$/, '')
  if (READ_MORE_LABELS.has(`${label}:`) || RELATED_LABELS.has(label)) return 'related'
  if (SOURCES_LABELS.has(`${label}:`) || label === 'references') return 'sources'
  return undefined
}

/** Labels of link boxes beside the text dump's `Read more:` ones. */
const RELATED_LABELS: ReadonlySet<string> = new Set([
  'related',
  'related articles',
  'related stories',
  'related content',
  'more on this',
  'more on this story',
  'more on this topic',
])

/**
 * "Read more", "Related" and "Sources" boxes: a label (a heading, or a short
 * line) and the links after it: the list that follows the label, or else
 * the wrapper the label opens (`<aside><h2>Related</h2>…</aside>`).
 */
function takeBoxes(clone: Document, url: PageUrl, prepared: PreparedPage): void {
  const labels = clone.querySelectorAll('h2, h3, h4, h5, h6, p, strong, b, span, div, dt')
  // The addresses taken, so that a box of thousands of links is read in linear time.
  const seen = new Set<string>()
  for (const label of Array.from(labels)) {
    const text = labelText(label)
    if (text === undefined || !attached(label)) continue
    const kind = boxKind(text)
    if (kind === undefined) continue
    const box = boxOf(label)
    if (!box) continue
    const found = kind === 'related' ? prepared.related : prepared.sources
    const before = found.length
    for (const part of box) {
      if (part === label) continue
      const entries = Array.from(part.querySelectorAll(kind === 'related' ? 'a[href]' : 'li, p'))
      if (part.matches(kind === 'related' ? 'a[href]' : 'li, p')) entries.unshift(part)
      for (const entry of entries) {
        if (entry.contains(label)) continue
        if (kind === 'related') relatedOf(entry, url, prepared, seen)
        else sourceEntry(entry, url, prepared)
      }
    }
    if (found.length > before) for (const part of box) part.remove()
  }
}

/** The longest label `boxKind` knows, in characters that are not spaces. */
const MAX_LABEL = 30

/**
 * The text of an element that may be a box's label, squashed; `undefined`
 * when it holds a link, a paragraph, a `<div>` or a list, or more text than
 * a label. The walk stops as soon as it knows, so that each of a page's many
 * paragraphs costs no more than its first few nodes.
 */
function labelText(label: Element): string | undefined {
  let text = ''
  let letters = 0
  const stack: Node[] = [label]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.nodeType === 3 || node.nodeType === 4) {
      const value = node.nodeValue ?? ''
      const letter = /\S/g
      while (letter.exec(value) !== null) if (++letters > MAX_LABEL) return undefined
      text += value
    } else if (node.nodeType === 1) {
      if (node !== label && /^(?:a|p|div|ul|ol)$/i.test((node as Element).localName)) return undefined
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child)
    }
  }
  return squash(text)
}

/** The elements a box label heads: itself and the list after it, or the wrapper it is the first element of. */
function boxOf(label: Element): Element[] | undefined {
  const next = label.nextElementSibling
  if (next && /^(?:ul|ol)$/i.test(next.tagName)) return [label, next]
  // A label inside a wrapper of its own (`<header><h2>Related</h2></header>`) opens the wrapper's parent.
  let opener: Element = label
  while (
    opener.parentElement &&
    opener.parentElement.firstElementChild === opener &&
    !isBoxWrapper(opener.parentElement)
  )
    opener = opener.parentElement
  const wrapper = opener.parentElement
  if (!wrapper || wrapper.firstElementChild !== opener || !isBoxWrapper(wrapper)) return undefined
  return [wrapper]
}

/** Whether an element can be a box: not the page, nor the article, and short. */
function isBoxWrapper(element: Element): boolean {
  if (isRoot(element) || /^(?:article|main)$/i.test(element.tagName)) return false
  return (element.textContent ?? '').length <= 3000 && element.querySelector('a[href], li') !== null
}

/** A link of a box as a related article, once for each address (`seen`: the addresses already taken). */
function relatedOf(link: Element, url: PageUrl, prepared: PreparedPage, seen: Set<string>): void {
  const title = squash(link.textContent ?? '')
  const href = url(link.getAttribute('href') ?? '')
  if (title === '' || href === undefined || seen.has(href)) return
  seen.add(href)
  prepared.related.push({ title, url: href })
}

function sourceEntry(entry: Element, url: PageUrl, prepared: PreparedPage): void {
  const text = squash(entry.textContent ?? '')
  if (text === '') return
  const link = entry.querySelector('a[href]')
  const read = sourceOf(text)
  const source: Json = read ? { name: read.name, title: read.title } : { name: text }
  const href = link ? url(link.getAttribute('href') ?? '') : undefined
  if (href !== undefined) source.url = href
  prepared.sources.push(source)
}

/** The words of the classes that mark a standfirst. */
const STANDFIRST_WORDS = ['standfirst', 'dek', 'deck', 'subtitle', 'subheadline', 'summary', 'lede', 'intro', 'teaser']

/** The first element marked as the standfirst, short and holding no blocks of its own but paragraphs. */
function takeStandfirst(clone: Document, prepared: PreparedPage): void {
  for (const element of Array.from(clone.querySelectorAll('body [class], body [id]'))) {
    const found = words(element)
    if (!STANDFIRST_WORDS.some((word) => found.has(word))) continue
    const text = squash(element.textContent ?? '')
    if (text === '' || text.length > 600 || element.querySelector('div, ul, ol, img, figure, h2, h3, table')) continue
    prepared.standfirst = element
    element.remove()
    return
  }
}

/** The words a date line holds beside its dates (`Published`, `Updated on`), lower case. */
const DATE_LINE_WORDS: ReadonlySet<string> = new Set([
  'published',
  'updated',
  'posted',
  'last',
  'first',
  'modified',
  'on',
  'at',
  'date',
])

/**
 * Lines that only give the date (`Published <time>…</time> | Updated
 * <time>…</time>`): the header's, which the article's dates already hold. A
 * date inside a sentence stays.
 */
function removeDateLines(clone: Document): void {
  // A line of many dates is judged once: its text is read once, not once for each of its dates.
  const judged = new Set<Element>()
  for (const time of Array.from(clone.querySelectorAll('time'))) {
    const line = time.closest('p, div, li') ?? time
    if (judged.has(line)) continue
    judged.add(line)
    if (!attached(time) || isRoot(line) || line.querySelector('img, figure, a[href]')) continue
    let rest = squash(line.textContent ?? '')
    if (rest.length > 200) continue
    // The line may be the `<time>` itself, which its own querySelectorAll does not list.
    for (const each of line === time ? [time] : Array.from(line.querySelectorAll('time')))
      rest = rest.replace(squash(each.textContent ?? ''), ' ')
    const words = rest
      .toLowerCase()
      .split(/[\s|·•,:;–—-]+/)
      .filter((word) => word !== '')
    if (words.every((word) => DATE_LINE_WORDS.has(word))) line.remove()
  }
}

/** A quote's `<footer>`, which Readability removes, becomes a `<p><cite>` the body reader takes for the attribution. */
function keepQuoteFooters(clone: Document): void {
  for (const footer of Array.from(clone.querySelectorAll('blockquote > footer'))) {
    const line = clone.createElement('p')
    const cite = clone.createElement('cite')
    cite.append(...Array.from(footer.childNodes))
    line.append(cite)
    footer.replaceWith(line)
  }
}

/** The words of the classes that mark an image's credit. */
const CREDIT_WORDS = ['credit', 'credits', 'copyright', 'photographer', 'attribution']

/** Credits marked only by a class (which Readability removes) become `<small>`, which the body reader takes for the credit. */
function keepCredits(clone: Document): void {
  for (const element of Array.from(clone.querySelectorAll('figure [class]'))) {
    const found = words(element)
    if (!CREDIT_WORDS.some((word) => found.has(word)) || element.querySelector('img')) continue
    const small = clone.createElement('small')
    small.append(...Array.from(element.childNodes))
    element.replaceWith(small)
  }
}

/** Attributes lazy loaders keep an image's address in until it scrolls into view. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original']
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset']

/**
 * Lazy images take their real address; an image inside `<noscript>` takes
 * the place of the placeholder before it; a `<picture>`'s sources join its
 * image's `srcset`, so that the largest candidate is found.
 */
function loadLazyImages(clone: Document): void {
  for (const noscript of Array.from(clone.querySelectorAll('noscript'))) {
    const holder = clone.createElement('template')
    holder.innerHTML = noscript.children.length > 0 ? noscript.innerHTML : (noscript.textContent ?? '')
    const image = (holder.content ?? holder).querySelector('img')
    const placeholder = noscript.previousElementSibling
    if (placeholder?.tagName.toLowerCase() === 'img' && !realSource(placeholder)) placeholder.remove()
    if (image) noscript.replaceWith(clone.importNode(image, true))
    else noscript.remove()
  }
  for (const img of Array.from(clone.querySelectorAll('img'))) {
    const src = LAZY_SRC.map((name) => img.getAttribute(name)).find((value) => value)
    if (src && !realSource(img)) img.setAttribute('src', src)
    const srcset = LAZY_SRCSET.map((name) => img.getAttribute(name)).find((value) => value)
    if (srcset) img.setAttribute('srcset', srcset)
    const picture = img.parentElement?.tagName.toLowerCase() === 'picture' ? img.parentElement : undefined
    if (!picture) continue
    const sets = Array.from(picture.querySelectorAll('source'))
      .map((source) => source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '')
      .filter((value) => value.trim() !== '')
    const own = img.getAttribute('srcset')
    if (sets.length > 0) img.setAttribute('srcset', [...sets, ...(own ? [own] : [])].join(', '))
  }
}

/** Whether an image's `src` is its picture, not a placeholder (none, a `data:` pixel, a blank or loading graphic). */
function realSource(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? ''
  return src !== '' && !/^data:/i.test(src) && !/(?:^|[/_.-])(?:blank|placeholder|spacer|loading|pixel)[._-]/i.test(src)
}

/** Whether an element is a figure with a picture in it. */
const isPictureFigure = (element: Element) => element.localName === 'figure' && element.querySelector('img') !== null

/**
 * A row of two or more figures in a plain `<div>` or `<section>`, as many
 * CMSs print a gallery, has more pictures than paragraphs, so Readability
 * drops it: it becomes one `<figure>` holding them, which Readability keeps
 * and the body reader makes a gallery.
 */
function keepGalleries(clone: Document): void {
  for (const element of Array.from(clone.querySelectorAll('body div, body section'))) {
    const children = Array.from(element.children)
    if (children.length < 2 || !children.every(isPictureFigure)) continue
    const gallery = clone.createElement('figure')
    gallery.append(...children)
    element.replaceWith(gallery)
  }
}

/**
 * Readability removes every frame it does not know as a video player: each
 * frame is marked to be kept, and the body reader makes an embed of an
 * allowed player's and a link (with a warning) of any other.
 */
function keepFrames(clone: Document): void {
  for (const frame of Array.from(clone.querySelectorAll('iframe'))) {
    const lazy = frame.getAttribute('data-src')
    if (!frame.getAttribute('src') && lazy) frame.setAttribute('src', lazy)
    frame.setAttribute('data-articlekit', KEEP_FRAME)
  }
}
