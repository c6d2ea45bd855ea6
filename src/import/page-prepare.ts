// The pass over the page's copy before Readability reads it. It removes the
// page's furniture (navigation, the page's header and footer, share bars,
// ads, newsletter boxes, cookie banners, comments, tag lists, author boxes,
// hidden and screen-reader-only elements) and the lines inside the story
// that are not its text (ad and continuation labels, calls to action,
// controls' labels, the copyright line, date lines), takes out what
// Readability would drop but the model keeps ("Read more" and "Related"
// boxes and inline promos as `related`, "Sources" lists as `sources`, the
// standfirst, a copy of the lead figure above the story), and rewrites what
// Readability would mangle into forms it keeps (a quote's `<footer>`, a
// figure's caption and credit wherever the page keeps them, lazy,
// `<picture>` and AMP images, figures in wrappers it would drop, story parts
// whose classes it reads as boxes, frames of allowed players). Every step is one walk over the
// elements, each element's own text read by a walk that stops after a few
// nodes, and markup nested deeper than the article can hold is first read as
// its text, so that no step (nor Readability after them) costs more per
// element on a deep page than on a real one.

import type { Json } from '../markdown/from-mdast.js'
import { LIMITS } from '../model/limits.js'
import { squash } from '../model/text.js'
import { nextNode, PHRASING } from './hast-text.js'
import { largestSrcset } from './html-content.js'
import {
  isChannelPlug,
  isControlLabel,
  isCopyrightLine,
  isDateLine,
  isDateWord,
  isInvitation,
  isTipRequest,
  MAX_INVITATION,
  PROSE_LENGTH,
  type SignedContributor,
  signOff,
} from './page-lines.js'
import { classWords, inside, isOtherBox, markedStandfirst, partWords, screenReaderOnly } from './page-meta-elements.js'
import { isAdLabel, READ_MORE_LABELS, SOURCES_LABELS } from './text-lines.js'
import { creditText, isCredit, PERSON_NAME, sourceOf, unbracketed } from './text-rules.js'

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
  /** The contributors a wire story's sign-off line names (`…; Editing by Ann Example`). */
  readonly contributors: SignedContributor[]
  /** The story's box of key points (its label and its list), taken out of the page: Readability drops it beside the story. */
  keyPoints?: Element
  /** The element that holds the standfirst, taken out of the page. */
  standfirst?: Element
  /** A copy of the figure between the headline and the story (`takeLeadFigure`), which Readability may leave out. */
  leadFigure?: Element
  /** The text of the first byline line left out (`.byline__names`), which Readability would have read as its byline. */
  byline?: string
  /** The text of the page's first `<h1>`, the last resort for the headline. */
  h1?: string
  /** How many elements nested deeper than the model's blocks were read as their text. */
  flattened: number
}

/** How the pass reads a URL: resolved and checked by the model's rule, or `undefined`. */
export type PageUrl = (value: string) => string | undefined

/**
 * Prepare `clone` (a copy of the page) for Readability. `paid` are the classes the metadata names as the
 * text's paid parts (`PageMetadata.paidParts`).
 */
export function preparePage(clone: Document, url: PageUrl, paid: readonly string[] = []): PreparedPage {
  const prepared: PreparedPage = { furniture: new Map(), related: [], sources: [], contributors: [], flattened: 0 }
  unmarkPaidParts(clone, paid)
  const h1 = clone.querySelector('h1')
  const title = h1 ? squash(h1.textContent ?? '') : ''
  if (title) prepared.h1 = title
  flattenDeep(clone, prepared)
  shortenTitle(clone)
  removeOtherArticles(clone, prepared)
  fenceBase(clone)
  showCaptions(clone)
  removeAll(clone, '[hidden], [aria-hidden="true"]', 'hidden element', prepared)
  takeBoxes(clone, url, prepared)
  keepHiddenCreditLabels(clone)
  removeFurniture(clone, prepared)
  takeSignOff(clone, prepared)
  removeReadingTimes(clone, prepared)
  keepBoldSubheadings(clone)
  keepHeadings(clone)
  refuseScriptLinks(clone, url)
  takeStandfirst(clone, prepared)
  removeDateLines(clone)
  keepQuoteFooters(clone)
  keepAmpImages(clone)
  dropCaptionControls(clone)
  keepCaptions(clone)
  keepCredits(clone)
  loadLazyImages(clone)
  // Before the figures' wrappers lose their classes, which tell a box of other stories.
  takeLeadFigure(clone, prepared)
  unmarkFigures(clone)
  unmarkStoryParts(clone)
  keepFrames(clone, prepared)
  keepGalleries(clone)
  return prepared
}

/** Words of an offer to subscribe or log in, in the languages the readers know. */
const OFFER = /subscri|abonn|suscri|abbon|assin|log in|sign in|anmelden|connect/i

/**
 * The text's paid parts, which Google's markup of paywalled content names by a class (`<p
 * class="paywall">` with JSON-LD `hasPart: { isAccessibleForFree: false, cssSelector: ".paywall" }`),
 * are the story's text that the page holds: they lose that class, which the furniture pass and
 * Readability read as a paywall's box.
 */
function unmarkPaidParts(clone: Document, paid: readonly string[]): void {
  for (const name of paid) {
    if (!/^[\w-]+$/.test(name)) continue
    for (const element of Array.from(clone.querySelectorAll(`[class~="${name}"]`))) {
      // A box of that class that offers a subscription is the paywall's prompt, whatever the markup says.
      if (OFFER.test((element.textContent ?? '').slice(0, 300))) continue
      const kept = (element.getAttribute('class') ?? '').split(/\s+/).filter((word) => word !== name && word !== '')
      element.setAttribute('class', kept.join(' '))
    }
  }
}

/**
 * A caption hidden from screen readers only (`<figcaption aria-hidden="true">`, as the image's alt text
 * says the same) shows on the page: it loses the mark, which Readability and the hidden-element pass
 * read as unseen. A caption with `hidden` is not shown and goes.
 */
function showCaptions(clone: Document): void {
  for (const caption of Array.from(clone.querySelectorAll('figcaption[aria-hidden="true"]'))) {
    caption.removeAttribute('aria-hidden')
    for (const inner of Array.from(caption.querySelectorAll('[aria-hidden="true"]')))
      inner.removeAttribute('aria-hidden')
  }
}

/**
 * The story's lead figure when it stands between the headline and the story, outside the element that
 * holds the text (Brightspot's `Page-lead`, a `<header>` with the `<h1>` and the picture): the first
 * `<figure>` (the page's, or one this pass made of a picture and its caption) after an `<h1>` with text
 * and before the next paragraph of prose, with one picture, a caption and no heading, outside links,
 * lists and boxes of other stories (`isOtherBox`: navigation, asides, comments, the most read), and not
 * an author's headshot (a class that says so, or a caption that is a name and no more). A copy is kept,
 * as Readability changes the page; the body reader adds it when the body lacks its picture.
 */
function takeLeadFigure(clone: Document, prepared: PreparedPage): void {
  let open = false
  for (const element of Array.from(clone.querySelectorAll('body h1, body p, body figure')).slice(0, MAX_LEAD_SCAN)) {
    if (element.localName === 'h1') {
      open ||= squash(element.textContent ?? '') !== ''
      continue
    }
    if (!open) continue
    if (element.localName === 'p') {
      if (element.closest('figure') === null && squash(element.textContent ?? '').length >= PROSE_LENGTH) return
      continue
    }
    if (element.closest('a, li') !== null || inside(element, isOtherBox) || element.querySelector(HEADINGS) !== null)
      continue
    const caption = squash(element.querySelector('figcaption')?.textContent ?? '')
    if (pictures(element) !== 1 || caption === '') continue
    // An author's headshot beside the byline (`<figure class="author">`, a caption that is a name and no more).
    if (
      PERSON_NAME.test(caption) ||
      PERSON_MARKS.test(
        `${element.getAttribute('class') ?? ''} ${element.querySelector('img')?.getAttribute('class') ?? ''}`,
      )
    )
      continue
    prepared.leadFigure = element.cloneNode(true) as Element
    return
  }
}

/**
 * How many pictures a figure shows: each `<picture>` one, however many `<img>`s it holds, and each
 * `<img>` outside one (`loadLazyImages` has left one of a lazy image and its `<noscript>` copy).
 */
function pictures(figure: Element): number {
  const seen = new Set<Element>()
  for (const img of Array.from(figure.querySelectorAll('img'))) seen.add(img.closest('picture') ?? img)
  return seen.size
}

/** Classes of a figure or its image that show a person beside the byline, not the story's picture. */
const PERSON_MARKS = /author|byline|avatar|headshot|mugshot|profile/i

/** The most headings, paragraphs and figures `takeLeadFigure` passes looking for the lead figure. */
const MAX_LEAD_SCAN = 400

/**
 * A heading of the story with an anchor to itself (Substack's `<h3 class="header-anchor-post">`) is a
 * heading, not the page's header, which Readability drops for the word `header`: for Readability, the
 * word is `heading`. Other headings whose class says `header` (a form's `submit-header`) stay as they are.
 */
function keepHeadings(clone: Document): void {
  for (const heading of Array.from(clone.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const value = heading.getAttribute('class')
    if (value !== null && HEADER_ANCHOR.test(value)) heading.setAttribute('class', value.replace(/header/gi, 'heading'))
  }
}

/** A heading's class that says it links to itself (`header-anchor-post`). */
const HEADER_ANCHOR = /header-anchor/i

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

/** The most characters of the `<title>` Readability is given (the metadata has read it whole). */
const MAX_TITLE = 1000

/**
 * The `<title>` cut to `MAX_TITLE` characters: Readability compares it with
 * every heading, so a title of 400 KB and a thousand `<h1>`s took minutes.
 * No real title comes near it.
 */
function shortenTitle(clone: Document): void {
  const title = clone.querySelector('title')
  const text = title?.textContent ?? ''
  if (title && text.length > MAX_TITLE) title.textContent = text.slice(0, MAX_TITLE)
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

/** The kinds of furniture told by the words of an element's classes and id. */
const FURNITURE_WORDS: readonly [string, readonly string[]][] = [
  ['share bar', ['share', 'sharing', 'sharebar', 'shares', 'addthis', 'sharethis', 'addtoany', 'a2a', 'shariff']],
  [
    'advertisement',
    ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'sponsored', 'adslot', 'dfp'],
  ],
  ['newsletter box', ['newsletter', 'subscribe', 'signup', 'mailchimp', 'mc4wp', 'optin']],
  ['navigation', ['breadcrumb', 'breadcrumbs']],
  ['author box', ['authorbio', 'authorbox']],
  ['cookie banner', ['cookie', 'cookies', 'consent', 'gdpr']],
  ['comments', ['comment', 'comments', 'disqus', 'dsq']],
  ['paywall box', ['paywall', 'regwall']],
  ['call to action', ['cta', 'calltoaction', 'upsell']],
  ['tag list', ['tags', 'tagged', 'taglist']],
  ['list of other stories', ['mostread', 'popular', 'trending', 'recommended', 'teasers', 'outbrain', 'taboola']],
]

/**
 * Words that name furniture at the start of a class word that runs words together
 * (`newslettersignup`); only long ones, which neither a hash nor another word starts with
 * (`subscribe` would take `subscriber-only`, a paywalled story's paragraphs).
 */
const FURNITURE_STARTS: readonly [string, string][] = [
  ['newsletter box', 'newsletter'],
  ['advertisement', 'advertisement'],
]

/** Pairs of class words that together name furniture (`most-read`, `most-viewed`, `contribution-ask`). */
const FURNITURE_PAIRS: readonly [string, string, string][] = [
  ['list of other stories', 'most', 'read'],
  ['list of other stories', 'most', 'viewed'],
  ['list of other stories', 'most', 'popular'],
  // An appeal for money after the story (`contribution-ask`).
  ['call to action', 'contribution', 'ask'],
  // Sourcepoint's consent banner (`sp_message_container`).
  ['cookie banner', 'sp', 'message'],
  ['tag list', 'tag', 'list'],
  ['newsletter box', 'sign', 'up'],
  // The box about the author after the story (`author-bio`, `about-the-author`).
  ['author box', 'author', 'bio'],
  ['author box', 'author', 'box'],
  ['author box', 'about', 'author'],
  ['author box', 'author', 'info'],
  // A scripted video player's controls, keywords and machine transcript, whose video the page does not hold.
  ['video player', 'video', 'controls'],
  ['video player', 'video', 'transcript'],
]

/** The kind of furniture an element is, or `undefined`. */
function furnitureKind(element: Element, beforeProse = false): string | undefined {
  const tag = element.tagName.toLowerCase()
  const role = element.getAttribute('role')
  if (tag === 'nav' || role === 'navigation') return 'navigation'
  if (role === 'banner' || role === 'contentinfo') return "page's header or footer"
  if ((tag === 'header' || tag === 'footer') && !element.parentElement?.closest('article, main, blockquote, figure'))
    return "page's header or footer"
  if ((tag === 'ul' || tag === 'ol') && isMenu(element)) return 'navigation'
  const found = classWords(element)
  for (const [kind, names] of FURNITURE_WORDS) if (names.some((name) => found.has(name))) return kind
  // Text for screen readers only: not what the page shows.
  if (screenReaderOnly(element)) return 'hidden element'
  // CSS modules and React components join words in one (`NewsletterSignup_box__uXnM0`, `NewsletterSubscribeForm`).
  for (const [kind, start] of FURNITURE_STARTS) for (const word of found) if (word.startsWith(start)) return kind
  for (const [kind, first, second] of FURNITURE_PAIRS) if (found.has(first) && found.has(second)) return kind
  // A part an app names a section of more stories (`data-testid="more-from-gnn"`).
  const named = partWords(element)
  if (named.has('more') && named.has('from')) return 'list of other stories'
  // Labels and invitations are a few words: the walk stops as soon as the text is longer.
  const short = scan(element, MAX_SHORT_NODES)
  const text = short && short.text.length <= MAX_INVITATION * 4 ? squash(short.text) : ''
  // The note of the story's print edition, with its links to reprints and the day's paper.
  if (text.length <= MAX_PRINT_NOTE && PRINT_EDITION.test(text) && standsAlone(element)) return 'print edition line'
  if (text === '' || text.length > MAX_INVITATION) return undefined
  if (isAdLabel(text) && standsAlone(element)) return 'advertisement'
  // The story's line of byline, date and reading time (`.entry-meta`, `.node__meta`, `.byline`), which the metadata has read.
  // Not a picture's caption and credit (`<figure><span class="e-image__meta"><figcaption>…`).
  if (
    (META_WORDS.some((name) => found.has(name)) || named.has('byline')) &&
    (short as Scan).paragraphs === 0 &&
    !holdsStandfirst(element) &&
    element.closest('figure') === null &&
    element.querySelector('figcaption') === null
  )
    return 'byline or date line'
  if (isControlLabel(text) && standsAlone(element)) return 'control label'
  if (beforeProse && isDateLine(text) && standsAlone(element) && mayBeDateLine(element)) return 'byline or date line'
  if (!INVITATION_HOLDERS.has(tag) || !standsAlone(element) || !isStandalone(element, short as Scan)) return undefined
  // An invitation is something to act on: a story's sentence that opens the same way (`Support for the appeal
  // grows`, `Join us on the quay at noon, said the mayor`) holds no link, button or form field.
  if (isInvitation(text) && element.querySelector('a[href], button, form, input') !== null) return 'call to action'
  if (isTipRequest(text) || isChannelPlug(text)) return 'call to action'
  // A short line whose link is the invitation (`Get local news to your inbox. <a>Sign up for our newsletters.</a>`).
  if (Array.from(element.querySelectorAll('a[href]')).some((link) => isInvitation(squash(link.textContent ?? ''))))
    return 'call to action'
  if (isCopyrightLine(text)) return 'copyright line'
  return undefined
}

/** The longest note of the story's print edition, with its links. */
const MAX_PRINT_NOTE = 400
/**
 * A note of the story's print edition: `A version of this article appears in print on …, Section A, Page 1 of the …
 * edition`, `This article appeared in the … print edition as: …`.
 */
const PRINT_EDITION =
  /^a version of this (?:article|story) appear(?:s|ed) in print on\b.*\b(?:page|edition)\b|^this (?:article|story) (?:first )?appeared in (?:the )?[^.]{1,60} print edition\b/i

/** The longest item of a menu (`Your Money`, `Markets`): a story's list of links names them in titles or sentences. */
const MAX_MENU_ITEM = 30

/**
 * Whether a list is a menu left without its `<nav>`: three items or more,
 * each only a link of a few words, or empty, and no paragraph of prose or
 * a paragraph that announces it beside it. A story's list of links
 * (`Sources`, `Read more`, taken before) holds titles or sentences.
 */
function isMenu(list: Element): boolean {
  const items = Array.from(list.children)
  if (items.length < 3 || scan(list, MAX_BOX_NODES) === undefined) return false
  // A list in the story's flow (`The candidates are:` and a list of linked names) is the story's.
  for (const beside of [list.previousElementSibling, list.nextElementSibling]) {
    if (beside?.localName !== 'p') continue
    const text = squash(beside.textContent ?? '')
    if (text.endsWith(':') || text.length >= PROSE_LENGTH) return false
  }
  let links = 0
  for (const item of items) {
    if (item.localName !== 'li') return false
    const text = squash(item.textContent ?? '')
    if (text === '') continue
    if (text.length > MAX_MENU_ITEM) return false
    let linked = ''
    for (const link of Array.from(item.querySelectorAll('a[href]'))) linked += squash(link.textContent ?? '')
    if (linked.replace(/\s/g, '') !== text.replace(/\s/g, '')) return false
    links++
  }
  return links >= 3
}
/** Words of the classes and ids of what holds live updates or a timeline, whose dates alone are the story's. */
const UPDATE_WORDS = ['live', 'liveblog', 'update', 'updates', 'timeline']

/**
 * Whether an element may be a date line of the header: not a heading (`<h2>March 2021</h2>`) unless its
 * class says date, nor in a table, a list, a quote or a figure, nor in live updates or a timeline.
 */
function mayBeDateLine(element: Element): boolean {
  if (/^h[1-6]$/.test(element.localName) && !classWords(element).has('date')) return false
  if (element.closest('table, li, dl, blockquote, figure') !== null) return false
  return !inside(element, (node) => UPDATE_WORDS.some((word) => classWords(node).has(word)), 16)
}

/** Whether a short element holds one marked as the standfirst (`<div class="article-meta"><div class="dek">`), which stays. */
function holdsStandfirst(element: Element): boolean {
  return Array.from(element.querySelectorAll('[class], [id]')).some(markedStandfirst)
}

/** Whether an element's class or id names it a byline (`byline`, `byline__names`, `author`). */
function isBylineClass(element: Element): boolean {
  const found = classWords(element)
  return found.has('byline') || found.has('author')
}

/** The words of the classes that mark a story's byline and date line, read before by the metadata. */
const META_WORDS = ['meta', 'byline', 'postmeta', 'entrymeta', 'articlemeta']

/** More nodes than a label, an invitation or a caption is made of (a box of one with its button and icons). */
const MAX_SHORT_NODES = 200

/**
 * The elements that hold a call to action or a copyright line as a paragraph
 * or a box of its own; not headings, which are the story's subheadings
 * (`Support for the appeal grows`) far more often than a box's title.
 */
const INVITATION_HOLDERS: ReadonlySet<string> = new Set(['p', 'div', 'aside', 'section', 'small'])

/** Whether an element stands as a block of its own: not a word inside a sentence (`… erstattete <b>Anzeige</b> gegen …`). */
function standsAlone(element: Element): boolean {
  if (!PHRASING.has(element.localName)) return true
  for (const next of [element.previousSibling, element.nextSibling])
    if (next && (next.nodeType === 3 || next.nodeType === 4) && /\S/.test(next.nodeValue ?? '')) return false
  return true
}

/**
 * Whether a short element is a paragraph or a box of its own in the story:
 * not inside a quote, a figure, a table or a list, and, as a box, holding at
 * most one paragraph (a wrapper of the story's paragraphs is not a box).
 */
function isStandalone(element: Element, found: Scan): boolean {
  return found.paragraphs <= 1 && element.closest('blockquote, figure, table, li') === null
}

/** What a bounded walk found under an element. */
interface Scan {
  /** Its text, as written (scripts, styles and `<noscript>` fallbacks left out). */
  text: string
  /** Its images (`<img>`). */
  images: number
  /** Its paragraphs (`<p>`). */
  paragraphs: number
}

/**
 * The text, images and paragraphs under `root`, or `undefined` when it holds
 * more than `limit` nodes. The walk follows the nodes' own links (no stack),
 * so that it costs at most `limit` steps however wide or deep the element is.
 */
function scan(root: Element, limit: number): Scan | undefined {
  const found: Scan = { text: '', images: 0, paragraphs: 0 }
  let count = 0
  let node: Node | null = root.firstChild
  while (node) {
    if (++count > limit) return undefined
    let enter = false
    if (node.nodeType === 3 || node.nodeType === 4) found.text += node.nodeValue ?? ''
    else if (node.nodeType === 1) {
      const name = (node as Element).localName
      if (name === 'img') found.images++
      else if (name === 'p') found.paragraphs++
      enter = !UNREAD.has(name)
      // The words of two blocks (`<h3>Get the app</h3><p>Every…`), or of two lines, are apart.
      if (!PHRASING.has(name) || name === 'br') found.text += ' '
    }
    node = nextNode(node, root, enter, (left) => {
      if (!PHRASING.has((left as Element).localName)) found.text += ' '
    })
  }
  return found
}

/** Elements whose content no reader sees as the page's text. */
const UNREAD: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript'])

/** How the labels of credits written for screen readers only start (`Credit...`, `Image source, `), lower case. */
const HIDDEN_CREDIT_LABELS = ['credit', 'image source', 'image credit', 'photo']

/**
 * A figure's credit whose label is written for screen readers only
 * (`<span><span class="visually-hidden">Credit...</span>Ann Example</span>`)
 * would lose the one word that tells it is a credit when that text is left
 * out: the element around such a label becomes a `<small>`, which the body
 * reader takes for the credit.
 */
function keepHiddenCreditLabels(clone: Document): void {
  for (const element of Array.from(clone.querySelectorAll('figure [class]'))) {
    const holder = element.parentElement
    if (!holder || holder.localName === 'figure') continue
    const label = squash(element.textContent ?? '').toLowerCase()
    if (label.length > 30 || !HIDDEN_CREDIT_LABELS.some((start) => label.startsWith(start))) continue
    // A label whose class does not say it is hidden, though it is (`Credit...`, which the page's style hides), goes too.
    const hidden = furnitureKind(element) === 'hidden element'
    if (!hidden && !READER_CREDIT_LABELS.has(label)) continue
    if (holder.closest('figure') === null || !attached(holder)) continue
    if (!hidden) element.remove()
    renamed(clone, holder, 'small')
  }
}

/** Labels of a credit written for screen readers, hidden by the page's style alone, lower case. */
const READER_CREDIT_LABELS: ReadonlySet<string> = new Set(['credit...', 'credit…', 'image source,', 'image credit,'])

function removeFurniture(clone: Document, prepared: PreparedPage): void {
  let prose = false
  for (const element of Array.from(clone.querySelectorAll('body *'))) {
    if (!attached(element) || isRoot(element)) continue
    const tag = element.tagName.toLowerCase()
    if (tag === 'article' || tag === 'main') continue
    // A line that only gives the date is the header's before the story's first paragraph of prose (a marked
    // standfirst is none); after it, a date alone is the story's (a timeline's entry, a live update's time).
    if (
      !prose &&
      element.localName === 'p' &&
      squash(element.textContent ?? '').length >= PROSE_LENGTH &&
      !markedStandfirst(element)
    )
      prose = true
    const kind = furnitureKind(element, !prose)
    // Never the element that holds the article itself.
    if (kind === undefined || element.querySelector('article, main, h1')) continue
    if (CLASS_KINDS.has(kind) && holdsStory(element)) continue
    // A paywalled site marks its story's wrapper too (`article__body paywall`), not only its offer (`paywall-prompt`).
    if (kind === 'paywall box' && BODY_WORDS.some((word) => classWords(element).has(word)) && holdsStory(element))
      continue
    if (kind === 'byline or date line' && prepared.byline === undefined && isBylineClass(element))
      prepared.byline = squash(element.textContent ?? '')
    element.remove()
    count(prepared, kind)
  }
}

/**
 * Kinds told by a class word that a story's own wrapper may carry as well
 * (`entry-content cta-enabled`, `story-body ad-free`, `story tags-enabled`, `article__body paywall`);
 * comments and lists of other stories hold paragraphs of their own.
 */
const CLASS_KINDS: ReadonlySet<string> = new Set([
  'share bar',
  'advertisement',
  'newsletter box',
  'author box',
  'video player',
  'hidden element',
  'call to action',
  'tag list',
])

/** Class words that name a story's text, which a paywalled site's wrapper of it carries with `paywall`. */
const BODY_WORDS = ['body', 'content', 'text', 'story', 'article']

/** Whether an element holds a story's text: three paragraphs or more and 200 characters, or more than a box is made of. */
function holdsStory(element: Element): boolean {
  const found = scan(element, MAX_BOX_NODES)
  return found === undefined || (found.paragraphs >= 3 && squash(found.text).length >= 200)
}

/**
 * A reading time standing as an element of its own (`5 min read`,
 * `Lesezeit: 4 Min.`, `3 minutes de lecture`), lower case: the mark of the
 * line of byline, date and reading time that platforms print under the
 * headline with generated classes only.
 */
const READING_TIME =
  /^(?:\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti)\.?\s*(?:read|to read|de lecture|de lectura|di lettura|de leitura|lesezeit)|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura)\s*:?\s*\d+\s*(?:min\w*)?\.?)$/

/** The most characters of a line of byline, date and reading time. */
const MAX_META_LINE = 200

/**
 * The line that holds a reading time (`<div><span>Ann Example</span><span>5
 * min read</span><span>Mar 3</span></div>`) is left out: the widest of the
 * reading time's element and its three closest wrappers that stays a short
 * line, with no heading and no paragraph. A sentence that gives a reading
 * time (`It is a 5 min read, she said.`) is not one.
 */
function removeReadingTimes(clone: Document, prepared: PreparedPage): void {
  for (const element of Array.from(clone.querySelectorAll('body span, body div, body p, body li, body section'))) {
    if (element.firstElementChild !== null || !attached(element) || !standsAlone(element)) continue
    const own = scan(element, 4)
    if (!own || !READING_TIME.test(squash(own.text).toLowerCase())) continue
    let line = element
    for (let level = 0, up = element.parentElement; up && level < 3; level++, up = up.parentElement) {
      if (isRoot(up) || /^(?:article|main|header)$/.test(up.localName)) break
      // Measured first, so that only a short element is searched for headings and paragraphs.
      const found = scan(up, MAX_SHORT_NODES)
      if (
        !found ||
        squash(found.text).length > MAX_META_LINE ||
        up.querySelector(`${HEADINGS}, p`) ||
        holdsStandfirst(up)
      )
        break
      line = up
    }
    line.remove()
    count(prepared, 'byline or date line')
  }
}

/**
 * A wire story's sign-off paragraph (`Reporting by …; Editing by …`) names its contributors
 * (`signOff`): they are taken for the article's `contributors`, and the paragraph leaves the story.
 */
function takeSignOff(clone: Document, prepared: PreparedPage): void {
  for (const paragraph of Array.from(clone.querySelectorAll('body p'))) {
    const text = squash(paragraph.textContent ?? '')
    if (!SIGN_OFF_START.test(text) || !attached(paragraph)) continue
    const found = signOff(text)
    if (found === undefined) continue
    prepared.contributors.push(...found)
    paragraph.remove()
  }
}

/** How a sign-off line opens. */
const SIGN_OFF_START = /^(?:reporting|writing|additional reporting|editing) by /i

/** The most characters of a subheading written as a paragraph in bold. */
const MAX_SUBHEADING = 100

/**
 * A paragraph of bold text alone (`<p><strong>What will change?</strong></p>`),
 * short, not ending as a sentence or a label does (`.`, `:`, `,`, `;`),
 * holding no link, and followed by more of the story, is the subheading
 * many editors write that way: it becomes an `<h2>`, or an `<h3>` where
 * its section has `<h2>`s. A bold sentence (a lede), a bold name that opens
 * a paragraph, and a bold line ending the story stay paragraphs.
 */
function keepBoldSubheadings(clone: Document): void {
  // Whether each parent holds an `<h2>`, asked once for each.
  const hasH2 = new Map<Element, boolean>()
  for (const bold of Array.from(clone.querySelectorAll('body p > strong, body p > b'))) {
    const paragraph = bold.parentElement as Element
    if (!attached(paragraph) || paragraph.firstElementChild !== bold || bold.nextElementSibling !== null) continue
    if (!/^(?:p|ul|ol|figure|blockquote|table)$/.test(paragraph.nextElementSibling?.localName ?? '')) continue
    let outside = false
    for (let node = paragraph.firstChild; node && !outside; node = node.nextSibling)
      outside = node !== bold && /\S/.test(node.textContent ?? '')
    const found = outside ? undefined : scan(bold, MAX_SHORT_NODES)
    const text = found ? squash(found.text) : ''
    if (text === '' || text.length > MAX_SUBHEADING || /[.:,;…]$/.test(text) || bold.querySelector('a, img')) continue
    const parent = paragraph.parentElement as Element
    if (!hasH2.has(parent)) hasH2.set(parent, parent.querySelector('h2') !== null)
    const heading = renamed(clone, paragraph, hasH2.get(parent) ? 'h3' : 'h2')
    heading.replaceChildren(...Array.from(bold.childNodes))
  }
}

/** More nodes than a box of furniture is made of (a share bar's icons, a newsletter form). */
const MAX_BOX_NODES = 2000

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

/** The label of a box, lower case, without its final colon (`Lire aussi :` too): `Read more`, `Related`, `Sources`. */
function boxKind(text: string): 'related' | 'sources' | undefined {
  if (text.length > MAX_LABEL) return undefined
  const label = withoutColon(text.toLowerCase())
  if (READ_MORE_LABELS.has(`${label}:`) || RELATED_LABELS.has(label)) return 'related'
  if (SOURCES_LABELS.has(`${label}:`) || SOURCE_BOX_LABELS.has(label)) return 'sources'
  return undefined
}

/** A label without its final colon, bar or dots and the spaces before them (`Lire aussi :`, `Lire aussi |`, `関連：`, `RELATED...`). */
function withoutColon(label: string): string {
  if (label.endsWith('...')) return label.slice(0, -3).trimEnd()
  const end =
    label.endsWith(':') || label.endsWith('：') || label.endsWith('|') || label.endsWith('…')
      ? label.length - 1
      : label.length
  return label.slice(0, end).trimEnd()
}

/** Labels of a story's list of tags, which links to other pages of the site, lower case. */
const TAG_LABELS: ReadonlySet<string> = new Set([
  'tags',
  'tagged',
  'tagged with',
  'related topics',
  'explore more on these topics',
  'topics',
  'themen',
  'schlagwörter',
  'mots-clés',
  'étiquettes',
  'etiquetas',
  'archivado en',
  'temas',
  'argomenti',
])

/** Labels of source lists beside the text dump's `Sources:` ones, in the languages the readers know. */
const SOURCE_BOX_LABELS: ReadonlySet<string> = new Set([
  'references',
  'références',
  'quellen',
  'fuentes',
  'fonti',
  'fontes',
])

/** Labels of link boxes beside the text dump's `Read more:` ones, in the languages the readers know. */
const RELATED_LABELS: ReadonlySet<string> = new Set([
  'related',
  'related articles',
  'related stories',
  'related content',
  'more on this',
  'more on this story',
  'more on this topic',
  'go deeper',
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'voir aussi',
  'dans la même rubrique',

  'sur le même sujet',
  'mehr zum thema',
  'lesen sie auch',
  'auch interessant',
  'lee también',
  'lea también',
  'leer más',
  'te puede interesar',
  'leggi anche',
  'leia também',
  'veja também',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'baca juga',
  'читайте також',
  'читайте также',
  'czytaj też',
  'czytaj także',
  'přečtěte si také',
  'čtěte také',
  'lue myös',
  'läs också',
  'xem thêm',
  'διαβάστε επίσης',
  'δείτε επίσης',
  'আরও পড়ুন',
  'यह भी पढ़ें',
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
    if (text === undefined && label.localName === 'p' && attached(label)) takeInlineBox(label, url, prepared, seen)
    if (text === undefined || !attached(label)) continue
    if (TAG_LABELS.has(withoutColon(text.toLowerCase()))) {
      const box = boxOf(label)
      if (box) for (const part of box) part.remove()
      if (box) count(prepared, 'tag list')
      continue
    }
    if (prepared.keyPoints === undefined && KEY_POINTS_LABELS.has(withoutColon(text.toLowerCase()))) {
      takeKeyPoints(clone, label, prepared)
      continue
    }
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
  for (const figure of Array.from(clone.querySelectorAll('figure'))) takeLinkCard(figure, url, prepared, seen)
}

/**
 * A figure that is one link around a card (Ghost's `.kg-bookmark-card`, a
 * preview of another article: its title, description, icon and thumbnail)
 * is a related article, titled by the card's element its class calls the
 * title, else by its first heading; the figure leaves the story. A linked
 * picture with its caption and no title is a figure.
 */
function takeLinkCard(figure: Element, url: PageUrl, prepared: PreparedPage, seen: Set<string>): void {
  if (!attached(figure)) return
  let link: Element | undefined
  for (let node = figure.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && link === undefined && (node as Element).matches('a[href]')) link = node as Element
    else if (node.nodeType === 1 || /\S/.test(node.textContent ?? '')) return
  }
  const block = link?.querySelector('div, p, h2, h3, h4, h5, h6')
  if (!link || !block) return
  // A card names its article's title; a linked picture with its caption (`<a><img><p>…`) is a figure.
  const title =
    Array.from(link.querySelectorAll('[class]')).find((each) => classWords(each).has('title')) ??
    link.querySelector('h2, h3, h4, h5, h6')
  if (!title) return
  const card = emptyCopy(link)
  card.textContent = squash(title.textContent ?? '')
  const before = prepared.related.length
  relatedOf(card, url, prepared, seen)
  if (prepared.related.length > before) figure.remove()
}

/** A link's copy without its content, to be given a title. */
function emptyCopy(link: Element): Element {
  return link.cloneNode(false) as Element
}

/** Labels of a story's summary in points, lower case: `Key points`, `At a glance`, `Das Wichtigste`. */
const KEY_POINTS_LABELS: ReadonlySet<string> = new Set([
  'key points',
  'key facts',
  'at a glance',
  'in brief',
  'in short',
  'the essentials',
  'das wichtigste',
  'das wichtigste in kürze',
  'en bref',
  "l'essentiel",
  'l’essentiel',
  'lo esencial',
  'en resumen',
  'in sintesi',
])

/** The most characters a key-points box holds besides its label and its list (spaces, a separator). */
const MAX_BOX_SLACK = 10

/**
 * The story's summary in points (`<h2>Key points</h2><ul>…</ul>`, alone or
 * in a box of its own), which Readability drops as a list beside the story:
 * its label and list are taken out, and the body opens with them. A list
 * of links (a live blog's "Key events") is the page's navigation and stays
 * for the furniture rules.
 */
function takeKeyPoints(clone: Document, label: Element, prepared: PreparedPage): void {
  const box = boxOf(label)
  const list = box?.find((part) => /^(?:ul|ol)$/.test(part.localName)) ?? box?.[0]?.querySelector('ul, ol')
  if (!box || !list || list.querySelector('a[href]') !== null) return
  // A wrapper is the box only when it holds the label and the list alone: a short story's container that
  // opens with such a label (`<h2>In brief</h2><p>…</p><ul>…</ul><p>…`) is the story.
  const [first] = box
  const text = (element: Element) => squash(element.textContent ?? '').length
  if (box.length === 1 && first !== undefined && text(first) > text(label) + text(list) + MAX_BOX_SLACK) return
  const holder = clone.createElement('div')
  const heading = clone.createElement('h2')
  heading.textContent = squash(label.textContent ?? '')
  for (const part of box) part.remove()
  holder.append(heading, list)
  prepared.keyPoints = holder
}

/**
 * A paragraph that is a label and its links only (`READ MORE: <a>…</a>`,
 * `<em>See also: <a>…</a> | <a>…</a></em>`, `MORE: <a>…</a>`): its links
 * are related articles, and it leaves the story. A paragraph with other words
 * after the links, or without the label's colon, stays.
 */
function takeInlineBox(paragraph: Element, url: PageUrl, prepared: PreparedPage, seen: Set<string>): void {
  const line = inlineBoxLinks(paragraph)
  if (line === undefined) return
  if (TAG_LABELS.has(withoutColon(line.label.toLowerCase()))) {
    paragraph.remove()
    count(prepared, 'tag list')
    return
  }
  if (!isInlineLabel(line.label)) return
  const links = line.links
  const before = prepared.related.length
  for (const link of links) relatedOf(link, url, prepared, seen)
  if (prepared.related.length > before) paragraph.remove()
}

/** Characters that may stand between the links of an inline box (`a | b`, `a, b`, `a · b`). */
const LINK_SEPARATORS = new Set([
  ' ',
  '\n',
  '\t',
  '\r',
  '\f',
  '\u00a0',
  '|',
  ',',
  ';',
  '/',
  '·',
  '•',
  '-',
  '–',
  '—',
  // The close of a line in brackets (`[Read more: <a>…</a>]`).
  ']',
  ')',
])

/**
 * The links of a paragraph that holds an inline box's label, then links and
 * separators only; `undefined` for any other. The walk stops at the first
 * node that rules the paragraph out.
 */
function inlineBoxLinks(paragraph: Element): { label: string; links: Element[] } | undefined {
  let label = ''
  const links: Element[] = []
  let count = 0
  let node: Node | null = paragraph.firstChild
  while (node) {
    if (++count > MAX_SHORT_NODES) return undefined
    let enter = false
    if (node.nodeType === 3 || node.nodeType === 4) {
      const value = node.nodeValue ?? ''
      if (links.length === 0) {
        label += value
        if (label.length > MAX_LABEL * 4) return undefined
      } else for (const char of value) if (!LINK_SEPARATORS.has(char)) return undefined
    } else if (node.nodeType === 1) {
      const name = (node as Element).localName
      if (name === 'a' && (node as Element).hasAttribute('href')) links.push(node as Element)
      else if (name !== 'br' && !PHRASING.has(name)) return undefined
      else enter = true
    }
    node = nextNode(node, paragraph, enter)
  }
  // A line in brackets (`[Read more: …]`) is read without its opening one.
  const text = squash(label).replace(/^[[(]\s*/, '')
  return links.length > 0 && (text.endsWith(':') || text.endsWith('：')) ? { label: text, links } : undefined
}

/** Whether a paragraph's opening words (with their colon) are an inline box's label: a related-box label, or `More`. */
function isInlineLabel(text: string): boolean {
  return boxKind(text) === 'related' || withoutColon(text.toLowerCase()) === 'more'
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

/**
 * The first element marked as the standfirst, short and holding no blocks of
 * its own but paragraphs, between the headline and the story: after an
 * `<h1>` with text (when the page has one) and before the next paragraph of
 * prose (a caption's aside). Not in a list or the navigation, nor only a link: a
 * section's name in the site's header (`<div class="subtitle"><a>Money`) or
 * other stories' teasers are marked the same way.
 */
function takeStandfirst(clone: Document, prepared: PreparedPage): void {
  const headings = new Set(
    Array.from(clone.querySelectorAll('body h1')).filter((h1) => squash(h1.textContent ?? '') !== ''),
  )
  // Whether the search is open: after an `<h1>` with text (any page without one: from the start), until prose.
  let open = headings.size === 0
  for (const element of Array.from(
    clone.querySelectorAll(
      'body h1, body p, body [class], body [id], body [data-testid], body [data-component], body [data-gu-name]',
    ),
  )) {
    if (element.localName === 'h1') {
      // Each headline opens it again: a site's name in an `<h1>` and a tagline may come before the story's.
      if (headings.has(element)) open = true
      continue
    }
    if (!open) continue
    // Only a candidate's text and a paragraph's are read, so that the search stays linear in the page.
    const marked = markedStandfirst(element)
    if (!marked && element.localName !== 'p') continue
    const text = squash(element.textContent ?? '')
    if (marked && isStandfirst(element, text)) {
      prepared.standfirst = element
      element.remove()
      return
    }
    // A long caption between the headline and the standfirst is no prose of the story.
    if (element.localName === 'p' && text.length >= PROSE_LENGTH && element.closest('figure') === null) open = false
  }
}

/** Whether an element marked as the standfirst reads as one (see `takeStandfirst`). */
function isStandfirst(element: Element, text: string): boolean {
  if (text === '' || text.length > 600 || element.querySelector('ul, ol, img, figure, h2, h3, table')) return false
  // A standfirst is one paragraph: a short story's body marked `text-with-summary` (Drupal) is not one.
  const paragraphs = element.querySelectorAll('p')
  if (paragraphs.length > 1 || element.closest('li, nav, a') !== null) return false
  // A `<div>` in it only wraps its one paragraph (`<div data-gu-name="standfirst"><div><p>…`).
  if (element.querySelector('div') !== null && squash(paragraphs[0]?.textContent ?? '') !== text) return false
  let linked = 0
  for (const link of Array.from(element.querySelectorAll('a'))) linked += squash(link.textContent ?? '').length
  return linked < text.length
}

/**
 * Whether an element stands between blocks as a line of its own (a live
 * update's `<time>11:40</time>` before its `<h3>`): no words of a sentence
 * beside it, and a block next to it.
 */
function betweenBlocks(element: Element): boolean {
  const parent = element.parentElement
  if (!parent || PHRASING.has(parent.localName) || !standsAlone(element)) return false
  return [element.previousElementSibling, element.nextElementSibling].some(
    (next) => next !== null && !PHRASING.has(next.localName),
  )
}

/**
 * Lines that only give the date (`Published <time>…</time> | Updated
 * <time>…</time>`): the header's, which the article's dates already hold. A
 * date inside a sentence stays.
 */
function removeDateLines(clone: Document): void {
  // A line of many dates is judged once: its text is read once, not once for each of its dates.
  const judged = new Set<Element>()
  for (const time of Array.from(clone.querySelectorAll('time'))) {
    const line = betweenBlocks(time) ? time : (time.closest('p, div, li') ?? time)
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
    if (words.every(isDateWord)) line.remove()
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

/** The attributes of an AMP image that an `<img>` has too. */
const AMP_IMAGE_ATTRIBUTES = ['src', 'srcset', 'alt', 'title', 'width', 'height']

/** The player addresses of AMP's video elements, by element, from their `data-videoid`. */
const AMP_PLAYERS: Readonly<Record<string, string>> = {
  'amp-youtube': 'https://www.youtube.com/embed/',
  'amp-vimeo': 'https://player.vimeo.com/video/',
}

/**
 * AMP's elements become what they stand for: `<amp-img>` an `<img>` (its
 * children are fallbacks and placeholders, and an image that is itself one
 * is left out), `<amp-iframe>` an `<iframe>`, `<amp-youtube>` and
 * `<amp-vimeo>` a frame of their player.
 */
function keepAmpImages(clone: Document): void {
  for (const amp of Array.from(clone.querySelectorAll('amp-iframe, amp-youtube, amp-vimeo'))) {
    const id = amp.getAttribute('data-videoid') ?? ''
    const player = AMP_PLAYERS[amp.localName]
    const src = player === undefined ? amp.getAttribute('src') : /^[\w-]+$/.test(id) ? `${player}${id}` : null
    const frame = clone.createElement('iframe')
    if (src) frame.setAttribute('src', src)
    const title = amp.getAttribute('title')
    if (title) frame.setAttribute('title', title)
    amp.replaceWith(frame)
  }
  for (const amp of Array.from(clone.querySelectorAll('amp-img'))) {
    if (!attached(amp)) continue
    if (amp.hasAttribute('placeholder') || amp.hasAttribute('fallback')) {
      amp.remove()
      continue
    }
    const img = clone.createElement('img')
    for (const name of AMP_IMAGE_ATTRIBUTES) {
      const value = amp.getAttribute(name)
      if (value !== null) img.setAttribute(name, value)
    }
    amp.replaceWith(img)
  }
}

/**
 * The words of the classes that mark an image's caption (`wp-caption-text`, `image-caption`, `c-media-item__caption`,
 * and Chinese news systems' `pictext` or `img_desc`).
 */
const CAPTION_WORDS = [
  'caption',
  'captiontext',
  'imagecaption',
  'photocaption',
  'pictext',
  'imgtext',
  'picdesc',
  'imgdesc',
]

/**
 * Captions that are not a `<figcaption>`, which Readability would read as
 * the story's text or drop, become one, in a `<figure>` with their image:
 * a caption kept in a `data-caption` attribute (of the figure or the image,
 * with `data-credit` as its credit), and an element whose class marks a
 * caption (WordPress's `div.wp-caption > img + p.wp-caption-text`,
 * `div.media > img + div.caption`, a figure's `<p class="caption">`, a
 * caption field after the image's). The element becomes the `<figcaption>`
 * of the figure around it, else of the nearest wrapper that holds one image
 * and little more text than the caption (which becomes the figure), else of
 * a figure made of it and the image just before it. An element holding
 * images, or nothing but its text where no image is near, stays as it is.
 * Last, a figure of one image and no `<figcaption>` takes its last element,
 * when that is text (`<figure><img><p>…</p></figure>`), for its caption.
 */
function keepCaptions(clone: Document): void {
  keepCaptionTables(clone)
  // Each figure is given one caption, and looked at once.
  const done = new Set<Element>()
  for (const holder of Array.from(clone.querySelectorAll('[data-caption]'))) captionFromData(clone, holder, done)
  for (const element of Array.from(clone.querySelectorAll('body [class]'))) {
    const name = element.localName
    if (name === 'figcaption' || name === 'figure' || name === 'img' || name === 'table') continue
    const found = classWords(element)
    if (!CAPTION_WORDS.some((word) => found.has(word)) || !attached(element)) continue
    const own = scan(element, MAX_SHORT_NODES * 4)
    if (!own || own.images > 0 || squash(own.text) === '') continue
    if (element.closest('figcaption, table') !== null) continue
    const figure = element.closest('figure') ?? figureAround(clone, element, squash(own.text).length)
    if (!figure || done.has(figure)) continue
    done.add(figure)
    if (figure.querySelector('figcaption') !== null) continue
    renamed(clone, soleWrapper(element, figure), 'figcaption')
  }
  // A credit line right after an image outside any figure (`<p><img></p><p>Photo: …</p>`) joins it in one, and so
  // does a line that repeats the image's alt text, alone or before a credit (`<div><img alt="…"></div><div>…</div>`),
  // as its caption.
  for (const element of Array.from(clone.querySelectorAll('body p, body div, body span, body small'))) {
    const before = element.previousElementSibling
    if (!before || !attached(element)) continue
    const own = scan(element, MAX_SHORT_NODES)
    const text = own && own.images === 0 ? squash(own.text) : ''
    if (text === '' || text.length > 300) continue
    const credit = creditMarked(element) || isCredit(unbracketed(text))
    const alt = credit ? undefined : altBefore(before)
    const repeated =
      alt !== undefined &&
      (text === alt || (text.startsWith(alt) && creditText(text.slice(alt.length).trim()) !== undefined))
    if (!credit && !repeated) continue
    if (element.closest('figure, figcaption') !== null) continue
    // A credit line stays the credit, not the caption, of the figure made.
    const figure = figureWithImageBefore(clone, element)
    if (!figure) continue
    done.add(figure)
    if (!credit) renamed(clone, element, 'figcaption')
  }
  // A figure of one image without a `<figcaption>`: its last element, when it is text, is its caption.
  for (const figure of Array.from(clone.querySelectorAll('figure'))) {
    if (done.has(figure) || !attached(figure)) continue
    const found = scan(figure, MAX_SHORT_NODES * 4)
    if (found?.images !== 1 || figure.querySelector('figcaption') !== null) continue
    const last = figure.lastElementChild
    if (!last || !/^(?:p|div|span)$/.test(last.localName)) continue
    const own = scan(last, MAX_SHORT_NODES * 4)
    if (own && own.images === 0 && squash(own.text) !== '') renamed(clone, last, 'figcaption')
  }
}

/**
 * The outermost element in `figure` that holds nothing but `element` (spaces aside):
 * `<p><span class="caption">…</span></p>` is the caption as a whole, so that no
 * empty wrapper of it is left in the figure, to be read as more of its text.
 */
function soleWrapper(element: Element, figure: Element): Element {
  let wrapper = element
  for (let level = 0; level < 3; level++) {
    const parent = wrapper.parentElement
    if (parent === null || parent === figure || !figure.contains(parent) || parent.childNodes.length > 8) break
    const only = Array.from(parent.childNodes).every(
      (child) =>
        child === wrapper || (child.nodeType === 3 && (child.nodeValue ?? '').trim() === '') || child.nodeType === 8,
    )
    if (!only) break
    wrapper = parent
  }
  return wrapper
}

/** How much text a wrapper may hold beside its caption to be the caption's figure (a credit, a "view larger" link). */
const MAX_TEXT_BESIDE_CAPTION = 300

/**
 * The figure a caption outside any `<figure>` belongs to: the nearest of its
 * three closest wrappers that holds one image and little more text than the
 * caption, made a `<figure>`; else a `<figure>` made of the caption and the
 * element before it, when that element is an image (or holds one image and no text).
 */
function figureAround(clone: Document, caption: Element, length: number): Element | undefined {
  let wrapper = caption.parentElement
  for (let level = 0; wrapper && level < 3; level++, wrapper = wrapper.parentElement) {
    if (isRoot(wrapper) || /^(?:article|main)$/.test(wrapper.localName)) break
    const found = scan(wrapper, MAX_SHORT_NODES * 4)
    if (!found || found.images > 1 || squash(found.text).length > length + MAX_TEXT_BESIDE_CAPTION) break
    if (found.images === 1) return renamed(clone, wrapper, 'figure')
  }
  return figureWithImageBefore(clone, caption)
}

/** A `<figure>` made of `element` and the element before it, when that is an image (or holds one image and no text). */
function figureWithImageBefore(clone: Document, element: Element): Element | undefined {
  const before = element.previousElementSibling
  const image = before ? scan(before, MAX_SHORT_NODES) : undefined
  const alone = before?.localName === 'img' || (image?.images === 1 && squash(image.text) === '')
  if (!before || !alone) return undefined
  const figure = clone.createElement('figure')
  before.before(figure)
  figure.append(before, element)
  return figure
}

/**
 * A caption set in a layout table (Blogger's `<table class="tr-caption-container">`: the image in one
 * row, `<td class="tr-caption">` in the next) is a figure: a table of two cells, one that holds an
 * image and no text and one whose class marks a caption, becomes a `<figure>` of the image (with its
 * link) and a `<figcaption>`.
 */
function keepCaptionTables(clone: Document): void {
  for (const table of Array.from(clone.querySelectorAll('table'))) {
    const cells = table.querySelectorAll('td, th')
    if (cells.length !== 2 || table.querySelectorAll('img').length !== 1) continue
    const caption = Array.from(cells).find((cell) => CAPTION_WORDS.some((word) => classWords(cell).has(word)))
    const picture = Array.from(cells).find((cell) => cell.querySelector('img') !== null)
    if (caption === undefined || picture === undefined || caption === picture) continue
    if (squash(picture.textContent ?? '') !== '') continue
    const figure = clone.createElement('figure')
    figure.append(...Array.from(picture.childNodes))
    const figcaption = clone.createElement('figcaption')
    figcaption.append(...Array.from(caption.childNodes))
    figure.append(figcaption)
    table.replaceWith(figure)
  }
}

/** The alt text of the one image `element` is or holds with no text of its own (at most `MAX_SHORT_NODES` nodes), squashed. */
function altBefore(element: Element): string | undefined {
  const found = scan(element, MAX_SHORT_NODES)
  if (element.localName !== 'img' && (found?.images !== 1 || squash(found.text) !== '')) return undefined
  const image = element.localName === 'img' ? element : element.querySelector('img')
  const alt = squash(image?.getAttribute('alt') ?? '')
  return alt === '' ? undefined : alt
}

/** `element` replaced by an element named `name` holding its children. */
function renamed(clone: Document, element: Element, name: string): Element {
  const made = clone.createElement(name)
  made.append(...Array.from(element.childNodes))
  element.replaceWith(made)
  return made
}

/** A caption (and credit) kept in the `data-caption` (and `data-credit`) of a figure or an image, as its `<figcaption>`. */
function captionFromData(clone: Document, holder: Element, done: Set<Element>): void {
  const text = withoutTags(holder.getAttribute('data-caption') ?? '')
  if (text === '' || !attached(holder)) return
  let figure = holder.localName === 'figure' ? holder : holder.closest('figure')
  if (!figure) {
    if (holder.localName !== 'img') return
    figure = clone.createElement('figure')
    holder.before(figure)
    figure.append(holder)
  }
  if (done.has(figure)) return
  done.add(figure)
  if (figure.querySelector('figcaption') !== null) return
  const caption = clone.createElement('figcaption')
  caption.textContent = text
  const credit = withoutTags(holder.getAttribute('data-credit') ?? '')
  if (credit !== '') {
    const small = clone.createElement('small')
    small.textContent = credit
    caption.append(' ', small)
  }
  figure.append(caption)
}

/** The text of an attribute that may hold markup (`data-caption="The <em>ferry</em>"`), squashed, without its tags. */
function withoutTags(value: string): string {
  return squash(value.replace(/<[^<>]*>/g, ' '))
}

/**
 * A control's link at a caption's start (Ars Technica's `<a>Enlarge</a> <span>/</span> The router …`)
 * is no part of it: the link goes (the furniture pass may have taken it already), and so does the
 * slash or bar that set it apart, as a text or an element of its own. So does a link that ends the
 * caption and only sells the picture (a wire's `Purchase Licensing Rights`).
 */
function dropCaptionControls(clone: Document): void {
  for (const caption of Array.from(clone.querySelectorAll('figcaption, figure [class*="caption"]'))) {
    for (const link of Array.from(caption.querySelectorAll('a')))
      if (LICENSING.test(squash(link.textContent ?? '')) && !/\S/.test(textAfter(link, caption))) link.remove()
    for (let step = 0; step < 4; step++) {
      const first = firstShown(caption)
      if (first === undefined) break
      const text = first.textContent ?? ''
      if (first.nodeType === 1 && (first as Element).localName === 'a' && isControlLabel(squash(text))) first.remove()
      else if (/^\s*[/|]\s*$/.test(text)) first.remove()
      else {
        if (first.nodeType === 3) first.nodeValue = text.replace(/^\s*[/|]\s+/, '')
        break
      }
    }
  }
}

/** A caption's link to buy the picture or its rights (`Purchase Licensing Rights`, `Buy this photo`), with a label for screen readers after it. */
const LICENSING =
  /^(?:purchase licensing rights|(?:buy|purchase|order) (?:this )?(?:photo|picture|image|print|reprint)s?)(?:$|,)/i

/** The text after `node` inside `root`, up to a few hundred characters: what a caption says after a link. */
function textAfter(node: Node, root: Element): string {
  let out = ''
  for (let at: Node | null = node; at !== null && at !== root && out.length < 300; at = at.parentNode)
    for (let next = at.nextSibling; next !== null && out.length < 300; next = next.nextSibling)
      out += next.textContent ?? ''
  return out
}

/** A caption's first text that shows, or the link or element around it that holds no more; at most a few levels down. */
function firstShown(caption: Element): ChildNode | undefined {
  let node = caption.firstChild
  for (let step = 0; node !== null && step < 16; step++) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') node = node.nextSibling
    else if (
      node.nodeType === 1 &&
      (node as Element).localName !== 'a' &&
      !/^\s*[/|]\s*$/.test(node.textContent ?? '') &&
      node.firstChild !== null
    )
      node = node.firstChild
    else return node
  }
  return undefined
}

/**
 * Class names that mark an image's credit, in one word with others or alone (`imageCredit`,
 * `photocredit`, `article__photo-source`); `cr` only as a word of its own (`em_img_cr`).
 */
const CREDIT_CLASS = /credit|copyright|photographer|attribution|(?:photo|image|img|foto|bild)[-_]?source/i

/** Whether an element's class marks it as an image's credit (`CREDIT_CLASS`). */
function creditMarked(element: Element): boolean {
  return CREDIT_CLASS.test(element.getAttribute('class') ?? '') || classWords(element).has('cr')
}

/** Credits marked only by a class (which Readability removes) become `<small>`, which the body reader takes for the credit. */
function keepCredits(clone: Document): void {
  for (const element of Array.from(clone.querySelectorAll('figure [class]'))) {
    // A caption that its class also calls an attribution or a credit (`image__caption attribution`,
    // `<figcaption class="caption with-credit">`) is the caption; inside one, `caption-credit` is the credit.
    const isCaption =
      /caption/i.test(element.getAttribute('class') ?? '') && element.parentElement?.closest('figcaption') == null
    if (!creditMarked(element) || isCaption || element.querySelector('img')) continue
    const small = clone.createElement('small')
    small.append(...Array.from(element.childNodes))
    const figure = element.localName === 'figcaption' ? element.closest('figure') : null
    element.replaceWith(small)
    // A `<figcaption>` that held only the credit leaves its place to the element its class calls the caption.
    const caption = figure
      ? Array.from(figure.querySelectorAll('[class]')).find((other) => classWords(other).has('caption'))
      : undefined
    if (caption && caption.localName !== 'figcaption' && !caption.querySelector('img'))
      renamed(clone, caption, 'figcaption')
  }
}

/** Attributes lazy loaders keep an image's address in until it scrolls into view. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original']
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset']

/**
 * Lazy images take their real address, as the loader's script would give
 * them (the address in a lazy attribute wins over any `src`, which is a
 * placeholder or a small preview); a `srcset` of placeholders only is left
 * out; an image inside `<noscript>` takes the place of the placeholder
 * before it, unless the placeholder has a lazy address, whose picture it
 * shows again; a `<picture>`'s sources join its image's `srcset`, so that the
 * largest candidate is found.
 */
function loadLazyImages(clone: Document): void {
  for (const noscript of Array.from(clone.querySelectorAll('noscript'))) {
    const holder = clone.createElement('template')
    holder.innerHTML = noscript.children.length > 0 ? noscript.innerHTML : (noscript.textContent ?? '')
    const image = (holder.content ?? holder).querySelector('img')
    const placeholder = noscript.previousElementSibling
    const before = placeholder?.tagName.toLowerCase() === 'img' ? placeholder : undefined
    // A lazy image with an address of its own shows what the copy shows.
    const shown = before !== undefined && realSource(before) && lazySource(before) !== undefined
    if (before && !realSource(before)) before.remove()
    if (image && !shown) noscript.replaceWith(clone.importNode(image, true))
    else noscript.remove()
  }
  for (const img of Array.from(clone.querySelectorAll('img'))) {
    const src = lazySource(img)
    if (src) img.setAttribute('src', src)
    const srcset = LAZY_SRCSET.map((name) => img.getAttribute(name)).find((value) => value)
    if (srcset) img.setAttribute('srcset', srcset)
    else if (isDataUrl(largestSrcset(img.getAttribute('srcset') ?? '') ?? '')) img.removeAttribute('srcset')
    const picture = img.parentElement?.tagName.toLowerCase() === 'picture' ? img.parentElement : undefined
    if (!picture) continue
    const sets = Array.from(picture.querySelectorAll('source'))
      .map((source) => source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '')
      .filter((value) => value.trim() !== '')
    const own = img.getAttribute('srcset')
    if (sets.length > 0) img.setAttribute('srcset', [...sets, ...(own ? [own] : [])].join(', '))
  }
}

/** The address a lazy loader keeps for an image, when it keeps one that is not a `data:` URL. */
const lazySource = (img: Element) =>
  LAZY_SRC.map((name) => img.getAttribute(name)).find((value) => value && !isDataUrl(value)) ?? undefined

const isDataUrl = (value: string) => /^\s*data:/i.test(value)

const HEADINGS = 'h1, h2, h3, h4, h5, h6'

/** Wrappers of a figure's image (`div.media`, `div.c-media-item__image`, `span.image-wrap`). */
const FIGURE_WRAPPERS = 'div, span, section, picture, a'

/**
 * The classes and ids of a figure's wrappers, and of the wrappers around a
 * figure that hold nothing else, are taken off: Readability removes a
 * wrapper whose class or id it reads as a bad sign (`media`, `widget`,
 * `promo`), and the figure's image and caption with it. What the mapping
 * reads of them (captions, credits, lazy addresses) was read before.
 */
function unmarkFigures(clone: Document): void {
  for (const figure of Array.from(clone.querySelectorAll('figure'))) {
    for (const wrapper of Array.from(figure.querySelectorAll(FIGURE_WRAPPERS))) unmark(wrapper)
    const own = scan(figure, MAX_SHORT_NODES * 4)
    if (own?.images !== 1) continue
    const length = squash(own.text).length
    let wrapper = figure.parentElement
    for (let level = 0; wrapper && level < 3; level++, wrapper = wrapper.parentElement) {
      if (isRoot(wrapper) || !wrapper.matches(FIGURE_WRAPPERS)) break
      const found = scan(wrapper, MAX_SHORT_NODES * 4)
      if (found?.images !== 1 || squash(found.text).length > length + MAX_TEXT_BESIDE_CAPTION) break
      // A wrapper that holds the story's own paragraphs or a heading beside the figure (a live update) keeps its marks.
      if (found.paragraphs > own.paragraphs || wrapper.querySelector(HEADINGS) !== null) break
      unmark(wrapper)
    }
  }
}

/**
 * Words of a class or id for which Readability drops an element as no part of the story (of its
 * `unlikelyCandidates`), and the words that keep it all the same (its `okMaybeItsACandidate`).
 */
const UNLIKELY =
  /banner|comment|community|extra|footer|header|menu|related|remark|replies|social|sidebar|sponsor|popup/i
const LIKELY = /and|article|body|column|content|main|shadow/i

/** The parts of the story `unmarkStoryParts` looks at. */
const STORY_PARTS = ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure img', 'article header']
  .map((part) => `body ${part}[class], body ${part}[id]`)
  .join(', ')

/**
 * Parts of the story whose class Readability reads as a box to drop lose their class and id (the
 * BBC's live entries write `<p class="lx-stream-related-story--summary">`, `<h3
 * class="lx-stream-post__header-title">` in a `<header class="lx-stream-post__header">`, and an
 * image's `lx-stream-related-story--index-image`): a paragraph of a sentence (40 characters or
 * more, ending as one does) whose parent is no card (no heading with a link); a heading of
 * `MAX_SUBHEADING` characters at most, with no link, in an `<article>` inside the story's
 * `<article>` or `<main>` (an entry's); an image in a figure; an entry's header in an
 * `<article>` that holds its heading (no `<h1>`) and a few words more. Never in a link, nor when one
 * of the three nearest ancestors has such a class too: comments and boxes of other stories marked as
 * such went with the furniture before.
 */
function unmarkStoryParts(clone: Document): void {
  // Whether a parent is a card, asked once for each: a parent of many paragraphs is searched once.
  const cards = new Map<Element, boolean>()
  const isCard = (parent: Element) => {
    const known = cards.get(parent)
    if (known !== undefined) return known
    const card = parent.querySelector('h2 a, h3 a, h4 a') !== null
    cards.set(parent, card)
    return card
  }
  for (const element of Array.from(clone.querySelectorAll(STORY_PARTS))) {
    if (!unlikely(element) || element.closest('a') !== null) continue
    const name = element.localName
    const text = name === 'img' ? '' : squash(element.textContent ?? '')
    if (name === 'p') {
      if (text.length < 40 || !/[.!?…"”»)]$/.test(text)) continue
      const parent = element.parentElement
      if (parent === null || isCard(parent)) continue
    } else if (name === 'header') {
      if (text.length > MAX_SUBHEADING * 2 || element.querySelector('h1') !== null || !element.querySelector(HEADINGS))
        continue
    } else if (
      name !== 'img' &&
      (text === '' ||
        text.length > MAX_SUBHEADING ||
        element.querySelector('a') !== null ||
        element.closest('article')?.parentElement?.closest('article, main') == null)
    )
      continue
    if (inside(element, unlikely, 3)) continue
    unmark(element)
    // A heading's text may sit in a span marked the same way (`lx-stream-post__header-text`).
    if (name !== 'img')
      for (const inner of Array.from(element.querySelectorAll('span[class]'))) if (unlikely(inner)) unmark(inner)
  }
}

/** Whether Readability drops an element for its class or id (`UNLIKELY`, without `LIKELY`). */
function unlikely(element: Element): boolean {
  const marks = `${element.getAttribute('class') ?? ''} ${element.id}`
  return UNLIKELY.test(marks) && !LIKELY.test(marks)
}

function unmark(element: Element): void {
  element.removeAttribute('class')
  element.removeAttribute('id')
}

/** Whether an image's `src` is its picture, not a placeholder (none, a `data:` pixel, a blank, lazy, loading or 1×1 graphic). */
function realSource(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? ''
  return (
    src !== '' &&
    !isDataUrl(src) &&
    !/(?:^|[/_.-])(?:blank|placeholder|spacer|loading|lazy|pixel|transparent|1x1)[._-]/i.test(src)
  )
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
  for (const figure of Array.from(clone.querySelectorAll('figure'))) splitGallery(clone, figure)
  for (const element of Array.from(clone.querySelectorAll('body div, body section'))) {
    const children = Array.from(element.children)
    if (children.length < 2 || !children.every(isPictureFigure)) continue
    const gallery = clone.createElement('figure')
    gallery.append(...children)
    element.replaceWith(gallery)
  }
}

/**
 * The addresses of the social networks' buttons, which sites put in frames
 * (a "Tweet" or "Like" button and its count): a share bar, not an embed.
 * Their posts and videos (`platform.twitter.com/embed/`,
 * `facebook.com/plugins/post.php`) are embeds and stay.
 */
const SOCIAL_BUTTONS =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:platform\.twitter\.com\/widgets\/|facebook\.com\/plugins\/(?:like|share_button|follow|page|likebox|send|comments)\.php|plusone\.google\.com\/|apis\.google\.com\/[^?#]*plusone|linkedin\.com\/cws\/share)/i

/**
 * A figure of two or more images in rows of wrappers and one
 * `<figcaption>` (Ghost's `.kg-gallery-card`, a carousel), whose other
 * images the body reader would lose: each image becomes a `<figure>` of its
 * own, and the figure a gallery of them under its caption. A figure with
 * text beside its caption, with figures inside, or with two images in one
 * wrapper (a picture and its fallback), stays as it is.
 */
function splitGallery(clone: Document, figure: Element): void {
  if (!attached(figure)) return
  const found = scan(figure, MAX_BOX_NODES)
  if (!found || found.images < 2 || figure.querySelector('figure') !== null) return
  const caption = figure.querySelector('figcaption')
  const captionText = caption ? squash(caption.textContent ?? '') : ''
  if (squash(found.text).length > captionText.length) return
  const images = Array.from(figure.querySelectorAll('img'))
  // Two images side by side in one wrapper are a picture and its fallback or preview, not two pictures.
  const parents = new Set(images.map((img) => img.parentElement))
  if (parents.size < images.length) return
  figure.replaceChildren(
    ...images.map((img) => {
      const own = clone.createElement('figure')
      own.append(img)
      return own
    }),
  )
  if (caption) figure.append(caption)
}

/**
 * Readability removes every frame it does not know as a video player: each
 * frame is marked to be kept, and the body reader makes an embed of an
 * allowed player's and a link (with a warning) of any other. A social
 * network's button is left out as a share bar.
 */
function keepFrames(clone: Document, prepared: PreparedPage): void {
  for (const frame of Array.from(clone.querySelectorAll('iframe'))) {
    const lazy = frame.getAttribute('data-src')
    if (!frame.getAttribute('src') && lazy) frame.setAttribute('src', lazy)
    if (SOCIAL_BUTTONS.test((frame.getAttribute('src') ?? '').trim())) {
      frame.remove()
      count(prepared, 'share bar')
      continue
    }
    frame.setAttribute('data-articlekit', KEEP_FRAME)
  }
}
