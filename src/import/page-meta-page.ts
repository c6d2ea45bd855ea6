// What a page's own elements state about its article: `<time datetime>`,
// microdata (`itemprop` in the article's `itemscope`), the visible byline,
// and the `<title>`. Each reader looks at a bounded number of elements.

import { ARTICLE_TYPES, type ArticleType } from '../model/article-types.js'
import { HIDDEN, nextNode, PHRASING } from './hast-text.js'
import { PROSE_LENGTH } from './page-lines.js'
import {
  bylineRank,
  DATE_LINE_SELECTOR,
  FIRMA_RANK,
  hasWord,
  inside,
  isDateLine,
  isOtherBox,
  LAST_BYLINE_RANK,
  markedStandfirst,
  marksOtherDate,
  namedByPart,
  type PageElements,
  placeOf,
  propNames,
  propsByItem,
} from './page-meta-elements.js'
import {
  bylineNames,
  clean,
  type Found,
  type FoundAuthor,
  type FoundImage,
  type FoundPublisher,
  h1IsSiteName,
  isTitleLine,
  keywordList,
  MAX_BYLINE,
  MAX_LIST,
  personNames,
} from './page-meta-found.js'
import { PUBLISHED_WORDS, readDate, UPDATED_WORDS, WEEKDAYS_NOT_NAMES, westernDigits } from './post-date.js'

/** How many elements of one kind a reader tests, so that a page of thousands stays fast. */
export const MAX_SCANNED = 1000

/** The `datetime` of the first of `times` (up to `MAX_SCANNED`) that passes `test`, trimmed. */
function datetime(times: readonly Element[], test: (time: Element) => boolean): string | undefined {
  for (const time of times.slice(0, MAX_SCANNED)) {
    const value = time.getAttribute('datetime')?.trim()
    if (value !== undefined && value !== '' && test(time)) return value
  }
  return undefined
}

/** Whether a time is in an article's header (`article header time`). */
function inArticleHeader(time: Element): boolean {
  return inside(time, (node) => node.localName === 'header' && inside(node, (outer) => outer.localName === 'article'))
}

/** Words of a `<time>`'s own class or id that mark it as an update. */
const UPDATE_MARK = /updat|modif/i
const PUBLISHED = new RegExp(PUBLISHED_WORDS, 'gi')
const UPDATED = new RegExp(UPDATED_WORDS, 'gi')

/**
 * Whether a time is in the article's text: inside `<article>` or `<main>`,
 * not in an `aside`, `nav` or `footer` there, nor in a box of comments,
 * related stories or live updates (an article inside the article, an
 * element whose class or id says `update`).
 */
function inStory(time: Element): boolean {
  let node = time.parentElement
  let container: Element | undefined
  for (let level = 0; node !== null && level < 64; level++, node = node.parentElement) {
    const name = node.localName
    if (container !== undefined) {
      if (name === 'article') return false
      continue
    }
    if (name === 'article' || name === 'main') container = node
    else if (isOtherBox(node)) return false
  }
  return container !== undefined
}

/**
 * Whether a time comes before the story's prose: before the first paragraph
 * of `PROSE_LENGTH` characters or more (spaces collapsed; a `.byline`, a marked standfirst or a paragraph of
 * the story's header block is none) in its `<article>` or `<main>` (and so
 * not inside it). A date in the story's text (`The vote is on <time>…`) is
 * not when it was published. `early` keeps each container's times before its
 * prose; both are found in one pass in document order (DOMs do not agree on
 * `compareDocumentPosition`).
 */
function beforeProse(time: Element, early: Map<Element, Set<Element>>): boolean {
  const container = time.closest('article, main')
  if (container === null) return false
  let found = early.get(container)
  if (found === undefined) {
    found = new Set()
    const headers = headerBlocks(container)
    for (const element of Array.from(container.querySelectorAll(`p,time,${DATE_LINE_SELECTOR}`)).slice(
      0,
      MAX_SCANNED,
    )) {
      if (element.localName !== 'p' || isDateLine(element)) found.add(element)
      // A byline's paragraph, which may hold the date, is not prose however long its markup's spaces are, nor is
      // the standfirst, marked or in the story's header block (`<section class="article__header"><h1>…<p>…`).
      if (
        element.localName !== 'p' ||
        bylineRank(element) !== -1 ||
        markedStandfirst(element) ||
        headers.some((header) => header.contains(element))
      )
        continue
      if ((clean(element.textContent ?? '')?.length ?? 0) >= PROSE_LENGTH) break
    }
    early.set(container, found)
  }
  return found.has(time)
}

/**
 * The story's header blocks in `container` (`<header>`, `class="article__header"`): of the first 20,
 * those that hold an `<h1>` and three paragraphs at most (not a wrapper `has-header-image` around the
 * whole story).
 */
function headerBlocks(container: Element): Element[] {
  return Array.from(container.querySelectorAll('header, [class*="header"], [class*="Header"]'))
    .slice(0, MAX_HEADERS)
    .filter((header) => header.querySelector('h1') !== null && header.querySelectorAll('p').length <= 3)
}

/** How many header blocks `headerBlocks` looks at. */
const MAX_HEADERS = 20

/**
 * Whether a time (or a date line) is marked as an update: by its class or id, or, inline, by the text
 * just before it on its line, when that says "Updated" (or "Modified",
 * "Aktualisiert", "Mis à jour", …) after any "Published".
 */
function isUpdate(time: Element): boolean {
  return markedUpdate(time) || updatedBefore(time)
}

/** Whether an element's class or id says it is an update (`updated`, `modified`). */
function markedUpdate(element: Element): boolean {
  return UPDATE_MARK.test(`${element.getAttribute('class') ?? ''} ${element.id}`)
}

/** Whether the text before an inline element on its line says "Updated" after any "Published" (a block starts a line of its own). */
function updatedBefore(element: Element): boolean {
  if (!PHRASING.has(element.localName)) return false
  const before = textBefore(element)
  const last = (words: RegExp) => Math.max(-1, ...Array.from(before.matchAll(words), (match) => match.index))
  const updated = last(UPDATED)
  return updated !== -1 && updated > last(PUBLISHED)
}

/**
 * The last 40 characters of text before `node` on its line: read backwards
 * in document order, into inline elements, up to the nearest block element
 * or `<br>`, in at most 64 steps.
 */
function textBefore(node: Node): string {
  let text = ''
  let at: Node = node
  // Whether `at` is still to be read (reached from the node after it), or was read (or holds `node`).
  let unread = false
  for (let step = 0; step < 64 && text.length < 40; step++) {
    if (unread) {
      if (at.nodeType === 3) text = (at.nodeValue ?? '') + text
      else if (at.nodeType === 1) {
        const name = (at as Element).localName
        if (!PHRASING.has(name)) break
        if (!HIDDEN.has(name) && at.lastChild !== null) {
          at = at.lastChild
          continue
        }
      }
      unread = false
    }
    const previous = at.previousSibling
    if (previous !== null) {
      at = previous
      unread = true
      continue
    }
    const parent = at.parentNode
    if (parent === null || parent.nodeType !== 1 || !PHRASING.has((parent as Element).localName)) break
    at = parent
  }
  return text.slice(-40)
}

/**
 * The dates of `<time datetime>` elements: one with `pubdate` or `itemprop`,
 * else the first in the article's header or in a `.byline`, else the first
 * in the article's text (see `inStory`) that is not an update, else a date
 * stated in RDFa (`rdfaDate`).
 */
export function readTimes(elements: PageElements): Found {
  const found: Found = { source: '<time datetime>' }
  const { times } = elements
  const early = new Map<Element, Set<Element>>()
  const published =
    datetime(times, (time) => time.hasAttribute('pubdate')) ??
    datetime(times, (time) => hasWord(time, 'itemprop', 'datePublished')) ??
    datetime(times, inArticleHeader) ??
    datetime(times, (time) => inside(time, (node) => hasWord(node, 'class', 'byline'))) ??
    datetime(times, (time) => inStory(time) && !isUpdate(time) && beforeProse(time, early)) ??
    rdfaDate(elements.rdfa)
  const modified = datetime(times, (time) => hasWord(time, 'itemprop', 'dateModified'))
  if (published !== undefined) found.datePublished = published
  if (modified !== undefined) found.dateModified = modified
  return found
}

// Date lines ------------------------------------------------------------------

/** How many date lines `readDateLine` reads the text of. */
const MAX_DATE_LINES = 10
/** The most characters of a date line read. */
const MAX_DATE_LINE = 120
/** "Published" and its little word in the languages the reader knows: `Posted on`, `Publié le`, `Veröffentlicht am`, `Publicado em`. */
const PUBLISHED_PHRASE = `(?:${PUBLISHED_WORDS})(?:\\s+(?:on|le|am|el|il|op|em|في))?`
const PUBLISHED_START = new RegExp(`^(?:${PUBLISHED_PHRASE}|on\\b)\\s*:?\\s*`, 'i')
const UPDATED_START = new RegExp(`^(?:${UPDATED_WORDS})(?![\\p{L}\\p{N}])`, 'iu')

/**
 * The publication date a page shows in words, with no `<time datetime>`: the first
 * element whose class marks a date line (`.date`, `.published`, …), or `<time>` without
 * `datetime` that stands as its line's date (`standsAsDate`), outside
 * asides, boxes of other stories and cards inside the story, not marked as an
 * update (`isUpdate`), in the story when it shows one there
 * (a masthead's date is the day's, not the article's), never in the page's
 * header, before the story's prose when it is in
 * an `<article>` or `<main>`, whose text (after "Published" or "on", up to a
 * separator or "Updated") `readDate` reads exactly: `6 December 2026`,
 * `Dec. 6, 2026`, `6 December 2026, 10:30` (a time without a zone stays
 * without one), `August 12, 2026, 5:00PM EST`. A line that starts with "Updated" gives none, and so does a
 * date written with digits only in an order a reader must guess (`06/12/2026`).
 * Without such a line, a line no class marks that starts with "Published" (or
 * "Publié", "Veröffentlicht", …) at the story's start (`storyStart`).
 */
export function readDateLine(elements: PageElements, document?: Document): Found {
  const found: Found = { source: 'the date line' }
  const early = new Map<Element, Set<Element>>()
  const firstH1 = elements.h1s.find((h1) => clean(h1.textContent) !== undefined)
  const lines = elements.dateLines.slice(0, MAX_SCANNED).filter(
    (element) =>
      // Not the page's header, a box of other stories or comments, a story card inside the story, an update.
      element.closest('header, [role="banner"]')?.closest('article, main') !== null &&
      !inside(element, isOtherBox) &&
      !inNestedArticle(element, firstH1) &&
      !updateLine(element) &&
      (element.localName !== 'time' || standsAsDate(element)),
  )
  // A page whose story shows a date line: the lines around it (a masthead's "today") are not the article's.
  // A plain <time> after the story's prose is the text's, and does not count.
  const inStory = lines.filter(
    (element) =>
      element.closest('article, main') !== null && (element.localName !== 'time' || beforeProse(element, early)),
  )
  let read = 0
  for (const element of inStory.length > 0 ? inStory : lines) {
    if (read >= MAX_DATE_LINES) break
    if (element.closest('article, main') !== null && !beforeProse(element, early)) continue
    read++
    const text = element.textContent ?? ''
    const date = lineDate(text) ?? epochDate(element, text)
    if (date === undefined) continue
    found.datePublished = date
    return found
  }
  if (document === undefined) return found
  const start = storyStart(document, elements)
  // A line no class marks that says so (`Publié le 29/10/2026`; `Published: <span>6 December 2026</span>`,
  // its date in an element of its own), before the story's prose.
  read = 0
  for (const element of start) {
    const own = ownStart(element)
    if (!PUBLISHED_LINE.test(own)) continue
    if (++read > MAX_DATE_LINES) break
    // A label of its own (Drupal's `<div class="field__label">Published</div><div class="field__item">…`) is
    // followed by its value.
    const value =
      PUBLISHED_LINE.test(own) && clean(own.replace(PUBLISHED_LINE, '').replace(/^\s*:/, '')) === undefined
        ? element.nextElementSibling?.textContent?.slice(0, MAX_DATE_LINE)
        : undefined
    const date =
      lineDate(own) ??
      lineDate(element.textContent?.slice(0, MAX_DATE_LINE) ?? '') ??
      (value === undefined ? undefined : lineDate(value))
    if (date === undefined) continue
    found.datePublished = date
    return found
  }
  // Else a line right under the headline that is a date and no more; else a "Published" line below the story.
  const headline = storyHeadline(elements)
  const date =
    (headline === undefined ? undefined : dateUnder(headline, start)) ??
    (headline === undefined ? undefined : publishedBelow(headline))
  if (date !== undefined) found.datePublished = date
  return found
}

/** The `<h1>` of the story: in the first `<article>` or `<main>`, else above it (`headlineAbove`), else the page's (`headlineH1`). */
function storyHeadline(elements: PageElements): Element | undefined {
  const story = firstOf(elements, 'article') ?? firstOf(elements, 'main')
  if (story === undefined) return headlineH1(elements)
  return story.querySelector('h1') ?? headlineAbove(story, elements)
}

/**
 * The date of a line of the story's start (`start`) that is a date and no more, right under the
 * `headline` (`Sunday, 4 August 2013`; `Wednesday, 21 Oct 2026 | 4:35 PM ET`): at most two elements
 * between them, at its level or one of its parents' (`underHeadline`); not in a list or a table,
 * not after "Updated" on its line, not where its class or a parent's names another date
 * (`marksOtherDate`: `event-date`); with one year on its line (not a span of dates, `12 March 1931 –
 * 2 December 2026`), from 1995 to a day past the moment it is read (`plausible`).
 */
function dateUnder(headline: Element, start: readonly Element[]): string | undefined {
  let read = 0
  for (const element of start) {
    const text = ownStart(element)
    if (text.length > MAX_DATE_LINE || !/\d/.test(text) || !underHeadline(element, headline)) continue
    if (++read > MAX_DATE_LINES) break
    if (element.closest('li, td, th') !== null || updatedBefore(element) || marksOtherDate(element)) continue
    // An inline element's line is its parent's, which must be the date too (`<span>3 March 2020</span> Pier closed` is not).
    const line = PHRASING.has(element.localName) ? element.parentElement : element
    const whole = line?.textContent?.slice(0, MAX_DATE_LINE) ?? ''
    if (westernDigits(whole).match(YEAR)?.length !== 1) continue
    const wholeDate = lineDate(whole)
    // The element's own text is read apart only when its line holds more (a block's is its line).
    const date = wholeDate === undefined || whole === text ? wholeDate : lineDate(text)
    if (plausible(date)) return date
  }
  return undefined
}

/** A year of the last hundred and more (`1931`, `2026`), in Western digits. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g

/** Whether a publication date falls from 1995 (the first news sites) to a day past the moment it is read. */
function plausible(date: string | undefined): date is string {
  if (date === undefined) return false
  const time = Date.parse(date.slice(0, 10))
  return time >= FIRST_NEWS_SITES && time <= Date.now() + ONE_DAY
}

/**
 * Whether an element comes right under the `headline`: the headline, or an element that holds it,
 * is one of the three elements before it, or before one of its three nearest parents, and those
 * passed on the way are short lines (a byline, a kicker), not prose or a picture.
 */
function underHeadline(element: Element, headline: Element): boolean {
  let passed = 0
  let node: Element | null = element
  for (let level = 0; node !== null && level < 4; level++, node = node.parentElement) {
    let before = node.previousElementSibling
    for (let count = 0; before !== null && count < 3; count++, before = before.previousElementSibling) {
      if (before === headline || before.contains(headline)) return true
      passed += shortText(before)
      if (passed >= PROSE_LENGTH) return false
    }
  }
  return false
}

/** Pictures and players: a date beside one is its own (a photo's, a video's). */
const PICTURE = new Set(['img', 'picture', 'figure', 'video', 'iframe'])
/** The most nodes `shortText` reads of an element. */
const SHORT_NODES = 100

/**
 * The length of an element's text when it is a short line (a byline, a kicker), read in at most
 * `SHORT_NODES` nodes; `PROSE_LENGTH` when it is longer, holds more nodes, or holds a picture.
 */
function shortText(element: Element): number {
  if (PICTURE.has(element.localName)) return PROSE_LENGTH
  let length = 0
  let node: Node | null = element.firstChild
  for (let count = 0; node !== null; count++) {
    if (count >= SHORT_NODES || length >= PROSE_LENGTH) return PROSE_LENGTH
    if (node.nodeType === 3) length += (node.nodeValue ?? '').slice(0, PROSE_LENGTH).trim().length
    else if (node.nodeType === 1 && PICTURE.has((node as Element).localName)) return PROSE_LENGTH
    node = nextNode(node, element, node.nodeType === 1)
  }
  return length
}

/**
 * The date of a line no class marks that starts with "Published" (`Publié le 29/10/2026`) below the
 * story, in the element that holds the `headline` (not the `<body>`), after the headline and before
 * another `<h1>`: some pages state their date at the story's foot. Not in pictures, quotes, lists,
 * tables, sources, boxes of comments or other stories, nor in a card (`inCard`); from 1995 to a day
 * past the moment it is read.
 */
function publishedBelow(headline: Element): string | undefined {
  const container = headline.parentElement
  if (container === null || container.localName === 'body' || container.localName === 'html') return undefined
  const candidates = Array.from(container.querySelectorAll(`h1, ${UNMARKED}`))
  const from = candidates.indexOf(headline) + 1
  let read = 0
  for (const element of candidates.slice(from, from + MAX_SCANNED)) {
    if (element.localName === 'h1') break
    const text = ownStart(element)
    if (!PUBLISHED_LINE.test(text) || element.closest(NOT_BELOW) !== null || inside(element, isOtherBox)) continue
    if (++read > MAX_DATE_LINES) break
    const date = inCard(element, container) ? undefined : lineDate(text)
    if (plausible(date)) return date
  }
  return undefined
}

/**
 * Whether a line below the story is in a card of another story (or a book's or a report's details):
 * a heading or a link comes before it in a box of its own, below the `container`.
 */
function inCard(element: Element, container: Element): boolean {
  for (
    let node: Element | null = element;
    node?.parentElement != null && node.parentElement !== container;
    node = node.parentElement
  ) {
    let before = node.previousElementSibling
    for (let count = 0; before !== null && count < 5; count++, before = before.previousElementSibling)
      if (CARD_TITLE.has(before.localName) || before.querySelector('h2, h3, h4, h5, h6, a[href]') !== null) return true
  }
  return false
}

/** What titles a card: a heading or a link. */
const CARD_TITLE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'a'])

/** Words that say a line states an update (`Updated 3 hours ago`). */
const SAYS_UPDATED = new RegExp(`(?:${UPDATED_WORDS})`, 'i')

/** The earliest publication a count since 1970 may state: 1995-01-01T00:00:00Z, the first news sites. */
const FIRST_NEWS_SITES = 788_918_400_000
/** How far past the moment a page is read its stated publication may be: a day, for clocks and zones. */
const ONE_DAY = 86_400_000

/**
 * The publication time a story's date line (in `<article>` or `<main>`) states in `data-publishtime`
 * (Kinja's) as milliseconds since 1970 (13 digits), in UTC to the second: read when the line's text
 * gives no whole date (`3/09/15 8:00am`), never on a line that says "Updated", and only from 1995 to
 * a day past the moment it is read. Ten digits may be a date (`2026120110`), and other stamps
 * (`data-timestamp`) a page's render time or an update's: neither is read.
 */
function epochDate(element: Element, text: string): string | undefined {
  const value = element.getAttribute('data-publishtime')?.trim() ?? ''
  if (!/^\d{13}$/.test(value) || SAYS_UPDATED.test(text.slice(0, MAX_DATE_LINE))) return undefined
  if (element.closest('article, main') === null) return undefined
  const time = Number(value)
  if (time < FIRST_NEWS_SITES || time > Date.now() + ONE_DAY) return undefined
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Whether an element is in an `<article>` inside another, which does not hold the page's first
 * `<h1>`: a card or a live update in the story, with its own date (a story's `<article>` inside
 * a page-wide one holds the headline).
 */
function inNestedArticle(element: Element, firstH1: Element | undefined): boolean {
  const article = element.closest('article')
  if (article === null || article.parentElement?.closest('article') == null) return false
  return firstH1 === undefined || !article.contains(firstH1)
}

/**
 * Whether a date line is an update's: "Updated" before it on its line (`updatedBefore`), or, for a
 * `<time>` without `datetime`, a class that says so, unless it also says `published` (hAtom's
 * `published updated` on a post never edited). A class-marked line's own classes are not read
 * for it: `<p class="date updated">` is a date line.
 */
function updateLine(element: Element): boolean {
  if (updatedBefore(element)) return true
  return element.localName === 'time' && markedUpdate(element) && !hasWord(element, 'class', 'published')
}

/**
 * Whether a `<time>` that shows its date as text stands as its line's date, not in a sentence
 * (`Doors open <time>…`): its class says it is a date line, or it follows the byline's element, a
 * byline's name on its line (`By Ana Ruiz on <time>`), a separator or "Published"
 * (`STANDS_AS_DATE`); in a list or a table, only alone or after "Published".
 */
function standsAsDate(time: Element): boolean {
  const before = time.previousElementSibling
  if (isDateLine(time) || (before !== null && bylineRank(before) !== -1)) return true
  const text = textBefore(time)
  // In a list or a table, a date after other words is an item's or a row's (`Council vote – <time>…`).
  if (time.closest('li, td, th') !== null) return /^\s*$/.test(text) || PUBLISHED_BEFORE.test(text)
  return STANDS_AS_DATE.test(text) || AFTER_BYLINE.test(text)
}

/** "Published" (or "Posted on", "Publié le", …) right before a `<time>`. */
const PUBLISHED_BEFORE = new RegExp(`${PUBLISHED_PHRASE}\\s*:?\\s*$`, 'i')

/** A byline's name right before a `<time>` on its line: `By Ana Ruiz on <time>`, `Posted by Ana Ruiz, <time>`. */
const AFTER_BYLINE = /\bby\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:on|,|·|\|)?\s*$/iu

/**
 * What may come before a `<time>` that gives its line's date, on its line: nothing, a separator
 * (`By Ana Ruiz · <time>`, `Ana Ruiz, <time>`), or "Published", "Posted on", "Publié le", …
 */
const STANDS_AS_DATE = new RegExp(`(?:^|[·|•,–—-]|${PUBLISHED_PHRASE}\\s*:?)\\s*$`, 'i')

/** How a date line no class marks starts: "Published", "Posted on", "Publié le", … */
const PUBLISHED_LINE = new RegExp(`^\\s*(?:${PUBLISHED_WORDS})(?=[\\s:]|$)`, 'i')

/** "Updated" after a date on its line, in brackets or not, and what follows it (`6 December 2026 Updated 7 December`, `6 dicembre 2026 (modifica il …)`). */
const UPDATED_AFTER = new RegExp(`\\s\\(?(?:${UPDATED_WORDS})(?![\\p{L}\\p{N}]).*$`, 'iu')

/**
 * The publication date of a date line's text: after "Published" (or "on", "le", "am", …), up to
 * a separator or "Updated", read by `readDate`; none when the line starts with "Updated".
 */
function lineDate(value: string): string | undefined {
  const text = (clean(value.slice(0, MAX_DATE_LINE)) ?? '').replace(PUBLISHED_START, '')
  if (UPDATED_START.test(text)) return undefined
  const line = (text.split(/\s[|•·]\s|\s[-–—]\s/)[0] ?? '').replace(UPDATED_AFTER, '').replace(/\s(?:at|um|à)\s/gi, ' ')
  return readDate(line)
}

/** The Dublin Core properties that give a publication date in RDFa (Drupal writes `dc:date dc:created`). */
const RDFA_DATES = ['dc:date', 'dc:created', 'dc:issued', 'dcterms:date', 'dcterms:created', 'dcterms:issued']

/**
 * The date of the first element (up to `MAX_SCANNED`) that states one in
 * RDFa with a `content` (`<span property="dc:date dc:created"
 * content="2026-04-19T06:53:03-05:00">`), outside asides and boxes of
 * comments or other stories: read after every `<time>`, as a list of other
 * posts or a comment states its own the same way.
 */
function rdfaDate(elements: readonly Element[]): string | undefined {
  for (const element of elements.slice(0, MAX_SCANNED)) {
    const properties = (element.getAttribute('property') ?? '').toLowerCase().split(/\s+/)
    if (!properties.some((property) => RDFA_DATES.includes(property))) continue
    if (inside(element, isOtherBox)) continue
    const value = element.getAttribute('content')?.trim()
    if (value) return value
  }
  return undefined
}

// Microdata -------------------------------------------------------------------

/** The schema.org type an `itemtype` names (`https://schema.org/NewsArticle` → `NewsArticle`). */
function itemType(element: Element): string | undefined {
  const type = element.getAttribute('itemtype')?.trim().split(/\s+/)[0]
  return type?.replace(/^https?:\/\/schema\.org\//i, '')
}

/** The microdata properties of the page, by the item each belongs to. */
interface Items {
  readonly byItem: Map<Element | null, Element[]>
}

/** The properties `name` of the item `scope` (`null`: properties outside every item), up to `MAX_LIST`. */
function props(items: Items, scope: Element | null, name: string): Element[] {
  const out: Element[] = []
  for (const element of items.byItem.get(scope) ?? []) {
    if (propNames(element).includes(name)) out.push(element)
    if (out.length >= MAX_LIST) break
  }
  return out
}

/** A property's value as microdata defines it: `content`, `datetime`, `href`, `src`, `value` or the text. */
function propValue(element: Element): string | undefined {
  const content = element.getAttribute('content')
  if (content !== null) return content
  switch (element.localName) {
    case 'time':
      return element.getAttribute('datetime') ?? element.textContent ?? undefined
    case 'a':
    case 'area':
    case 'link':
      return element.getAttribute('href') ?? undefined
    case 'img':
    case 'audio':
    case 'video':
    case 'source':
    case 'iframe':
    case 'embed':
      return element.getAttribute('src') ?? undefined
    case 'object':
      return element.getAttribute('data') ?? undefined
    case 'data':
    case 'meter':
      return element.getAttribute('value') ?? undefined
    default:
      return element.textContent ?? undefined
  }
}

/**
 * A property's value read as text: a link's text rather than its address,
 * as pages write a name or headline on the link to its page (`<a
 * itemprop="name" href="#author">Ana Ruiz</a>`), whose address no reader
 * takes for a name.
 */
function textValue(element: Element): string | undefined {
  return element.localName === 'a' && !element.hasAttribute('content')
    ? (element.textContent ?? undefined)
    : propValue(element)
}

/** The first text of property `name` of `scope`. */
function text(root: Items, scope: Element | null, name: string): string | undefined {
  for (const element of props(root, scope, name)) {
    const value = clean(textValue(element))
    if (value !== undefined) return value
  }
  return undefined
}

/** The first URL of property `name` of `scope`: an element's URL, or a nested item's `url`/`contentUrl`. */
function url(root: Items, scope: Element | null, name: string): string | undefined {
  const [element] = props(root, scope, name)
  if (element === undefined) return undefined
  const value = element.hasAttribute('itemscope')
    ? (url(root, element, 'url') ?? url(root, element, 'contentUrl'))
    : propValue(element)?.trim()
  return value === '' ? undefined : value
}

/** A person or organization: a nested item (its `name`, `url`, type) or the element's text. */
function people(root: Items, scope: Element | null, name: string): FoundAuthor[] {
  const out: FoundAuthor[] = []
  for (const element of props(root, scope, name)) {
    if (!element.hasAttribute('itemscope')) {
      for (const found of bylineNames(textValue(element) ?? '')) out.push({ name: found })
      continue
    }
    const stated = text(root, element, 'name')
    if (stated === undefined) continue
    const link = url(root, element, 'url')
    const organization = /Organization$/.test(itemType(element) ?? '')
    // As in JSON-LD: a person's name that joins several people is each of them, and the page is one person's only.
    const names = organization ? [stated] : personNames(stated)
    for (const name of names) {
      const author: FoundAuthor = { name }
      if (link !== undefined && names.length === 1) author.url = link
      if (organization) author.type = 'Organization'
      out.push(author)
    }
  }
  return out
}

/** What the microdata of the article's item (`itemscope itemtype=…Article`) states. */
export function readMicrodata(elements: PageElements): Found {
  const found: Found = { source: 'microdata' }
  let scope: Element | null = null
  let type: ArticleType | undefined
  for (const element of elements.scopes) {
    const name = itemType(element) ?? ''
    if ((ARTICLE_TYPES as readonly string[]).includes(name) || /(?:Article|BlogPosting)$/.test(name)) {
      scope = element
      type = (ARTICLE_TYPES as readonly string[]).includes(name) ? (name as ArticleType) : undefined
      break
    }
  }
  const root: Items = { byItem: propsByItem(elements.props) }
  const set = <K extends keyof Found>(field: K, value: Found[K] | undefined) => {
    if (value !== undefined) found[field] = value
  }
  set('type', type)
  const headline = text(root, scope, 'headline')
  set('headline', headline ?? text(root, scope, 'name'))
  // As JSON-LD's: the article's own headline, which an `<h1>` replaces only when it is that `<h1>` cut short.
  if (headline !== undefined) found.headlineExact = true
  set('alternativeHeadline', text(root, scope, 'alternativeHeadline'))
  set('description', text(root, scope, 'description'))
  const authors = people(root, scope, 'author')
  if (authors.length > 0) found.authors = authors
  set('datePublished', text(root, scope, 'datePublished'))
  set('dateModified', text(root, scope, 'dateModified'))
  set('section', text(root, scope, 'articleSection'))
  set('keywords', keywordList(props(root, scope, 'keywords').map((element) => propValue(element) ?? '')))
  set('language', text(root, scope, 'inLanguage'))
  set('url', url(root, scope, 'url') ?? url(root, scope, 'mainEntityOfPage'))
  set('publisher', publisher(root, scope))
  set('siteName', found.publisher?.name)
  set('image', image(root, scope))
  const free = text(root, scope, 'isAccessibleForFree')?.toLowerCase()
  set('isAccessibleForFree', free === 'false' ? false : free === 'true' ? true : undefined)
  return found
}

/** The publisher item: its name, URL and logo. */
function publisher(root: Items, scope: Element | null): FoundPublisher | undefined {
  const [element] = props(root, scope, 'publisher')
  if (element === undefined) return undefined
  if (!element.hasAttribute('itemscope')) {
    const name = clean(propValue(element))
    return name === undefined ? undefined : { name }
  }
  const out: FoundPublisher = {}
  const name = text(root, element, 'name')
  const link = url(root, element, 'url')
  const logo = url(root, element, 'logo')
  if (name !== undefined) out.name = name
  if (link !== undefined) out.url = link
  if (logo !== undefined) out.logo = logo
  return Object.keys(out).length > 0 ? out : undefined
}

/** The image property: an `<img>` (with its `alt`) or a nested `ImageObject` item. */
function image(root: Items, scope: Element | null): FoundImage | undefined {
  const [element] = props(root, scope, 'image')
  const link = url(root, scope, 'image')
  if (element === undefined || link === undefined) return undefined
  const found: FoundImage = { url: link }
  const alt = element.localName === 'img' ? clean(element.getAttribute('alt')) : undefined
  if (alt !== undefined) found.alt = alt
  if (element.hasAttribute('itemscope')) {
    const caption = text(root, element, 'caption')
    const credit = text(root, element, 'creditText') ?? text(root, element, 'copyrightHolder')
    const width = Number(text(root, element, 'width'))
    const height = Number(text(root, element, 'height'))
    if (caption !== undefined) found.caption = caption
    if (credit !== undefined) found.credit = credit
    if (Number.isInteger(width) && width > 0) found.width = width
    if (Number.isInteger(height) && height > 0) found.height = height
  }
  return found
}

// The byline ------------------------------------------------------------------

/**
 * The visible byline: `rel=author` links (each one author, with its page),
 * else the names in the first byline element's text outside pictures, their captions and quotes, each with the page of
 * a link in it that holds just that name, else an unmarked line that starts
 * with "By" before the story's prose (see `unmarkedByline`). The class
 * `.firma` is read as a byline only on a page in Spanish, Italian or
 * Catalan, or of no stated language (in German, Portuguese and other
 * languages the word means a company), inside the page's first `<article>`
 * when it has one, and never in an aside, a footer or another box
 * (`isOtherBox`): see `ownStory`. Of each class, the first `MAX_SCANNED` are looked at.
 *
 * @param language The page's language as its `<html lang>` states it (in Catalan, a leading "Per" is "by").
 */
export function readByline(elements: PageElements, language?: string, document?: Document): Found {
  const found: Found = { source: 'the byline' }
  const catalan = /^ca(?:[-_]|$)/i.test(language ?? '')
  const firma = language === undefined || /^(?:es|it|ca)(?:[-_]|$)/i.test(language)
  const story = firstOf(elements, 'article') ?? null
  const landmark = story ?? firstOf(elements, 'main')
  const relAuthor = elements.bylines.filter(
    (element) =>
      element.localName === 'a' && (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('author'),
  )
  let authors = linkedNames(relAuthor, catalan)
  if (authors.length === 0) {
    for (let rank = 0; rank <= LAST_BYLINE_RANK; rank++) {
      if (rank === FIRMA_RANK && !firma) continue
      // A byline class in a picture or its caption, or in a quote, is a photographer's or a speaker's.
      const element = firstOfRank(
        elements.bylines,
        rank,
        (candidate) =>
          candidate.closest(PICTURE_OR_QUOTE) === null &&
          // A box of other stories (a most-read list's `.author`) or of comments names their authors: outside the
          // story, or inside it below the story's own element.
          !boxedBelow(candidate, landmark) &&
          ((rank !== FIRMA_RANK && !namedByPart(candidate)) || ownStory(candidate, story)),
      )
      if (element === undefined) continue
      authors = namesOf(element, catalan)
      // A byline class in the story's text (`<p class="author">` among its paragraphs) names people less surely
      // than one before it: it does not take a newsroom's place (see `FoundAuthor.late`).
      if (document !== undefined && afterProse(element, document, elements))
        for (const author of authors) author.late = true
      if (authors.length > 0) break
    }
  }
  if (authors.length === 0 && document !== undefined) authors = unmarkedByline(document, elements, catalan)
  if (authors.length > 0) found.authors = authors
  return found
}

/**
 * Whether an element stands after the start of the story's prose (`storyStart` lists the elements before
 * it): neither it nor its parent is among them, and it is inside the story's `<article>` or `<main>`.
 */
function afterProse(element: Element, document: Document, elements: PageElements): boolean {
  const container = firstOf(elements, 'article') ?? firstOf(elements, 'main')
  if (container === undefined || !container.contains(element)) return false
  const start = storyStart(document, elements)
  return !start.includes(element) && (element.parentElement === null || !start.includes(element.parentElement))
}

/**
 * Whether a byline element sits in a box of other stories or comments (`isOtherBox`) between it and the
 * story's landmark (its `<article>` or `<main>`), or anywhere above it when it is outside the landmark.
 * Inside the landmark, only boxes of comments and other stories count (`INNER_BOX`).
 */
function boxedBelow(element: Element, landmark: Element | undefined): boolean {
  if (landmark === undefined || !landmark.contains(element)) return inside(element, isOtherBox)
  let node = element.parentElement
  for (let level = 0; node !== null && node !== landmark && level < 64; level++, node = node.parentElement)
    if (INNER_BOX.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true
  return false
}

/**
 * Words of the classes and ids of boxes inside the story's element whose bylines are others': comments and
 * lists of other stories (not its own `aside` of meta, nor words such as `updated` or `promo`, which its
 * own parts carry).
 */
const INNER_BOX =
  /comment|disqus|reactie|related|relacionad|recommend|teaser|most-(?:read|popular|viewed)|more-stories|read-next|te-puede|trending/i

/** Whether an element is inside the page's first `<article>`, `story`, when there is one, and outside every other box (`isOtherBox`). */
function ownStory(element: Element, story: Element | null): boolean {
  return (story === null || story.contains(element)) && !inside(element, isOtherBox)
}

/** The first byline element of a rank (`bylineRank`) that `accept` takes, of the first `MAX_SCANNED` of that rank. */
function firstOfRank(
  bylines: readonly Element[],
  rank: number,
  accept: (element: Element) => boolean,
): Element | undefined {
  let seen = 0
  for (const candidate of bylines) {
    if (bylineRank(candidate) !== rank) continue
    if (accept(candidate)) return candidate
    if (++seen >= MAX_SCANNED) break
  }
  return undefined
}

/** The names of a byline element's lines, each with the page of a link in it that holds just that name. */
function namesOf(element: Element, catalan: boolean): FoundAuthor[] {
  const links = linkedNames(Array.from(element.querySelectorAll('a[href]')).slice(0, MAX_SCANNED), catalan)
  // A byline's dates (`<time>`, `.date`, …) are not names.
  const joined = new Set<string>()
  return lineNames(textLines(element, BYLINE_DATES), catalan, joined).map((name) => {
    const author = links.find((link) => link.name === name) ?? { name }
    return joined.has(name) ? { ...author, joined: true as const } : author
  })
}

/**
 * How an unmarked byline starts: "By", "Posted by", "Words and photographs by", "Von", "Par", "Por",
 * "Door" (before a name, or alone before the name's link: `Von <a>Anna Berger</a>`), "Text:".
 */
const BY_START =
  /^\s*(?:(?:(?:written|posted|words|story|reporting|submitted|words and (?:pictures|photographs|photos))\s+)?by(?:\s|:|$)|(?:von|par|por|door)(?:\s+\p{Lu}|\s*$)|(?:texto?|words|author|autor)\s*:)/iu

/**
 * First words of what follows "By" in a sentence or a title, not a name: a
 * day written whole (`Monday`; not `Sun`, a surname), `The`. Months are
 * first names too (`April`, `June`).
 */
const NO_NAME_START: ReadonlySet<string> = new Set([...WEEKDAYS_NOT_NAMES.filter((day) => day.length >= 5), 'the'])

/** `Von`, `Par`, `Por` or `Door` alone, before the name's link. */
const BY_ALONE = /^\s*(?:von|par|por|door)\s*$/i
/** A line of that word and linked names only (each link a `\uE000`), joined by commas or "and", an affiliation in brackets after them. */
const LINKED_NAMES =
  /^\s*(?:von|par|por|door)\s*\uE000(?:\s*(?:,|&|und|and|et|y|e|en)\s*\uE000)*\s*(?:\([^()]{0,100}\))?\s*$/i

/** An element's text with each link a `\uE000`, of its first 20 children (enough for a byline). */
function linksAsMarks(element: Element): string {
  let out = ''
  let node = element.firstChild
  for (let count = 0; node !== null && count < 20; count++, node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? ''
    else if (node.nodeType === 1)
      out += (node as Element).localName === 'a' ? '\uE000' : ((node as Element).textContent ?? '').slice(0, 200)
  }
  return node === null ? out : ''
}

/** How many candidates of an unmarked byline `unmarkedByline` reads the lines of. */
const MAX_UNMARKED = 3

/**
 * A byline no class marks (`<p class="meta">Posted by Ana Ruiz</p>`): at the
 * story's start (`storyStart`), the first element whose own first text (see
 * `ownStart`) starts as a byline does (or whose inline parent's does) and
 * whose lines give names. Only the lines of the first `MAX_UNMARKED`
 * candidates are read (bounded by `textLines`).
 */
function unmarkedByline(document: Document, elements: PageElements, catalan: boolean): FoundAuthor[] {
  let tried = 0
  for (const element of storyStart(document, elements)) {
    const start = ownStart(element).slice(0, 40)
    if (!BY_START.test(start)) continue
    // `Von` alone before a link: the line must be the word and its names (`Von <a>Angela Brandt</a> stammt der Satz` is a sentence).
    if (BY_ALONE.test(start) && !LINKED_NAMES.test(linksAsMarks(element))) continue
    // A `<cite>` after a quotation, on its line or in the paragraph before it, names who said it.
    if (element.localName === 'cite' && quoted(element)) continue
    if (++tried > MAX_UNMARKED) break
    let authors = namesOf(element, catalan)
    const parent = element.parentElement
    if (authors.length === 0 && parent !== null && !STORY.has(parent.localName) && PHRASING.has(element.localName))
      authors = namesOf(parent, catalan)
    // `By Monday evening, the water …`, `By The Numbers`: a time or a title, no byline.
    if (authors.some((author) => NO_NAME_START.has((author.name.split(' ')[0] ?? '').toLowerCase()))) continue
    if (authors.length > 0) return authors
  }
  return []
}

/** Whether a quotation comes right before an element: on its line, or as the paragraph before it (`<p>“…”</p><cite>`). */
function quoted(element: Element): boolean {
  const before = element.previousElementSibling
  return /["“”„«»]/.test(textBefore(element)) || /^\s*["“„«]/.test((before?.textContent ?? '').slice(0, 20))
}

/** The elements an unmarked byline or date line may be. */
const UNMARKED = 'p, div, span, address, cite'
/** The elements that hold a story (`storyStart`): a byline's inline element is read with its parent, but never with these. */
const STORY = new Set(['article', 'main', 'body'])

/** How many elements `storyStart` gives at most: a byline or a date line is near the story's start. */
const MAX_STORY_START = 200

/**
 * The elements an unmarked byline or date line may be (`UNMARKED`), at the
 * start of the story: in the first `<article>`, else `<main>` (then, when it
 * holds no `<h1>` and a headline's `<h1>` comes before it (`headlineAbove`), the
 * lines before it in the element that wraps it, not the `<body>`),
 * else the page after its headline's `<h1>` (`headlineH1`); up to the first paragraph of prose
 * (`PROSE_LENGTH` characters; see `startOf`). Not in pictures, their
 * captions and credits, quotes and epigraphs, nor in asides, navigation,
 * footers and boxes of other stories or comments (`isOtherBox`):
 * what those name is theirs. At most `MAX_STORY_START` elements, of the
 * first `MAX_SCANNED` looked at.
 */
function storyStart(document: Document, elements: PageElements): Element[] {
  // The byline's reader and the date line's may both ask: the page is walked once.
  const known = storyStarts.get(elements)
  if (known !== undefined) return known
  const found = readStoryStart(document, elements)
  storyStarts.set(elements, found)
  return found
}

/** `storyStart`'s answer for each page's elements. */
const storyStarts = new WeakMap<PageElements, Element[]>()

function readStoryStart(document: Document, elements: PageElements): Element[] {
  const story = firstOf(elements, 'article') ?? firstOf(elements, 'main') ?? null
  const body = document.querySelector('body')
  if (story === null) {
    const start = headlineH1(elements)
    return start === undefined || body === null ? [] : startOf(body, start)
  }
  const start = story.querySelector('h1') === null ? headlineAbove(story, elements) : undefined
  // A page of entries under its headline (a live page's updates, each an `<article>`): the lines between
  // the headline and the first entry are the page's, read before the entry's own.
  if (start !== undefined && body !== null && story.localName === 'article' && entriesFrom(story, elements))
    return [...startOf(body, start, story), ...startOf(story)].slice(0, MAX_STORY_START)
  const found = startOf(story)
  // An `<article>` that holds only the text, under a headline above it: the lines before the story in
  // the element that wraps it (not the page's <body>) are read too, after the story's own.
  const wrapper = story.parentElement
  if (start !== undefined && wrapper !== null && wrapper.localName !== 'body' && wrapper.localName !== 'html')
    found.push(...startOf(wrapper, wrapper.contains(start) ? start : undefined, story))
  return found.slice(0, MAX_STORY_START)
}

/**
 * Whether an `<article>` is the first of entries (a live page's updates): the next `<article>` outside it
 * has the same first class word (`entry`, `live-post`). A story followed by cards of other stories is not.
 */
function entriesFrom(story: Element, elements: PageElements): boolean {
  const kind = firstClass(story)
  if (kind === '') return false
  const order = elements.landmarks.slice(0, MAX_SCANNED)
  const next = order
    .slice(order.indexOf(story) + 1)
    .find((element) => element.localName === 'article' && !story.contains(element))
  return next !== undefined && firstClass(next) === kind
}

/** The first word of an element's class, or `''`. */
function firstClass(element: Element): string {
  return (element.getAttribute('class') ?? '').trim().split(/\s/, 1)[0] ?? ''
}

/** The names of the elements an unmarked byline or date line may be (`UNMARKED`). */
const UNMARKED_NAMES = new Set(UNMARKED.split(', '))

/**
 * The elements of `container` an unmarked line may be (`UNMARKED`), after `start` (an `<h1>`) when
 * given, up to `end` (the story, for the lines above it) or the first paragraph of prose (a marked
 * standfirst is none), passing
 * over what is not the story's (`NOT_THE_STORY`, `isOtherBox`; a long paragraph there still ends the
 * scan: a gallery's captions, a live page's entries). At most `MAX_STORY_START`, of the
 * first `MAX_SCANNED` looked at.
 */
function startOf(container: Element, start?: Element, end?: Element): Element[] {
  const candidates = Array.from(container.querySelectorAll(`h1, article, main, ${UNMARKED}`))
  const from = start === undefined ? 0 : candidates.indexOf(start) + 1
  if (start !== undefined && from === 0) return []
  const found: Element[] = []
  for (const element of candidates.slice(from, from + MAX_SCANNED)) {
    if (element === end) break
    if (!UNMARKED_NAMES.has(element.localName)) continue
    // A marked standfirst is no prose: the byline may come after it (`<p class="hero__dek">…</p><p>Words by …`),
    // also when the mark is on a wrapper of the paragraph alone (Drupal's `<div class="field--name-field-summary"><p>`).
    const wrapper = element.parentElement
    if (
      element.localName === 'p' &&
      (element.textContent ?? '').trim().length >= PROSE_LENGTH &&
      !markedStandfirst(element) &&
      !(wrapper !== null && wrapper.childElementCount === 1 && markedStandfirst(wrapper))
    )
      break
    if ((element.closest(NOT_THE_STORY) !== null && !isWriterCredit(element)) || inside(element, isOtherBox)) continue
    found.push(element)
    if (found.length >= MAX_STORY_START) break
  }
  return found
}

/** The most characters of the `<title>` that `headlineH1` compares an `<h1>` with. */
const MAX_TITLE = 300

/**
 * The `<h1>` a page without `<article>` or `<main>` heads its story with: of
 * those of two words or more outside its chrome and header, the longest whose text the page's
 * `<title>` holds (a blog's name there is shorter than the post's title), else the first. Of
 * the `<h1>`s `only` holds, only one the title holds; those may be in a `<main>` or `<article>`
 * that holds `story` too.
 */
function headlineH1(elements: PageElements, only?: ReadonlySet<Element>, story?: Element): Element | undefined {
  const title = ` ${(clean(elements.title?.textContent?.slice(0, MAX_TITLE)) ?? '').toLowerCase()} `
  let best: Element | undefined
  let length = 0
  let first: Element | undefined
  for (const h1 of elements.h1s.slice(0, MAX_SCANNED)) {
    const text = clean(h1.textContent?.slice(0, MAX_TITLE))
    if (text === undefined || !text.includes(' ')) continue
    const place = placeOf(h1)
    if (
      place !== 'elsewhere' &&
      !(place === 'story' && story !== undefined && h1.closest('article, main')?.contains(story))
    )
      continue
    if (only !== undefined && !only.has(h1)) continue
    first ??= h1
    if (text.length > length && title.includes(` ${text.toLowerCase()} `)) {
      best = h1
      length = text.length
    }
  }
  return only === undefined ? (best ?? first) : best
}

/**
 * The headline's `<h1>` above a `story` that holds none (`headlineH1` of the `<h1>`s before it, in a
 * `<main>` around the story too), told by the page's landmarks in document order, as not every DOM
 * orders nodes right in `compareDocumentPosition`.
 */
function headlineAbove(story: Element, elements: PageElements): Element | undefined {
  const order = elements.landmarks.slice(0, MAX_SCANNED)
  const at = order.indexOf(story)
  return at > 0 ? headlineH1(elements, new Set(order.slice(0, at)), story) : undefined
}

/** The page's first `<article>` or `<main>` (`name`). */
function firstOf(elements: PageElements, name: 'article' | 'main'): Element | undefined {
  return elements.landmarks.find((element) => element.localName === name)
}

/** What holds a marked byline that is not the story's: a picture, its caption, a quote (a `credits` box may hold the story's). */
const PICTURE_OR_QUOTE = 'figure, figcaption, blockquote, q, [class*="caption"]'

/** What holds names and dates that are not the story's, credits aside: pictures, captions, quotes and epigraphs. */
const PICTURES_AND_QUOTES =
  'figure, figcaption, blockquote, q, [class*="caption"], [class*="quote"], [class*="epigraph"]'

/** What holds names and dates that are not the story's: pictures, captions, credits, quotes and epigraphs. */
const NOT_THE_STORY = `${PICTURES_AND_QUOTES}, [class*="credit"]`

/** How the writer's credit line of a feature starts (`Words and photographs by`, `Text by`). */
const WRITER_CREDIT = /^\s*(?:words|text|story|written|reporting)(?:\s+and\s+(?:pictures|photographs|photos))?\s+by\b/i

/**
 * Whether an element is a feature's credit line that names its writer (`<p class="meta__credit">Words
 * and photographs by …`) outside pictures and quotes: the story's byline, though its class says credit.
 */
function isWriterCredit(element: Element): boolean {
  return element.closest(PICTURES_AND_QUOTES) === null && WRITER_CREDIT.test((element.textContent ?? '').slice(0, 80))
}

/** What holds a "Published" line below the story that is not the story's: pictures, quotes, lists, tables, sources. */
const NOT_BELOW = `${NOT_THE_STORY}, li, td, th, [class*="source"]`

/**
 * An element's own first text: its first text that is not blank, after any
 * links that only show a picture (an author's photo, `<a><img></a>`; see
 * `isPictureLink`) and avatars (`isAvatar`); `''` when another element comes first (a bare `<img>`
 * before "By …" is a photo and its credit). At most a few children are looked at.
 */
function ownStart(element: Element): string {
  let node = element.firstChild
  for (let count = 0; node !== null && count < 8; count++, node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() !== '') return node.nodeValue ?? ''
    } else if (node.nodeType === 1 && !isPictureLink(node as Element) && !isAvatar(node as Element)) return ''
  }
  return ''
}

/** Whether an element is a link that shows a picture and no text (`<a><img></a>`, `<a><picture>…</picture></a>`). */
function isPictureLink(element: Element): boolean {
  if (element.localName !== 'a' || element.childNodes.length > 4) return false
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3 ? (child.nodeValue ?? '').trim() !== '' : !PICTURES.has((child as Element).localName))
      return false
  }
  return element.querySelector('img') !== null
}

const PICTURES = new Set(['img', 'picture', 'source', 'br'])

/** Whether an element is an image whose class says it is a person's (`<img class="avatar">`), not a photo with its credit. */
function isAvatar(element: Element): boolean {
  return element.localName === 'img' && /avatar|author|headshot/i.test(element.getAttribute('class') ?? '')
}

/** What in a byline is a date, not a name: `<time>`, and elements whose class says so. */
const BYLINE_DATES = 'time, .date, .published, .timestamp, .updated, .dateline, .time'

/** The most nodes of one element `textLines` reads (a page can mark its whole body as a byline). */
const MAX_BYLINE_NODES = 10 * MAX_SCANNED

/**
 * An element's text as it shows, line by line: a line breaks at `<br>` and
 * around block elements (`By Ana Ruiz<br>Published 6 December` is two
 * lines), and between elements side by side where a word ends and a
 * capital starts (`<a>Ana Ruiz</a><a>Tom Lee</a>`; two single words,
 * `<span>Ana</span><span>Ruiz</span>`, are joined by a space instead);
 * without what `HIDDEN` elements and elements matching `skip` hold. One
 * walk, up to `MAX_BYLINE` characters and `MAX_BYLINE_NODES` nodes.
 */
export function textLines(element: Element, skip?: string): string[] {
  const lines: string[] = []
  let line = ''
  let length = 0
  const end = () => {
    const text = clean(line)
    if (text !== undefined) lines.push(text)
    line = ''
  }
  // Whether an element starts or ends between the line so far and the next text; the text before it.
  let edge = false
  let last = ''
  let node: Node | null = element.firstChild
  for (let count = 0; node !== null && count < MAX_BYLINE_NODES && length < MAX_BYLINE; count++) {
    let enter = false
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? ''
      // Elements side by side with no space between, a word ending and a capital starting: two items
      // (`<a>Ana Ruiz</a><span>Senior Reporter</span>`) on lines of their own, two single words
      // (`<span>Ana</span><span>Ruiz</span>`) the parts of one name.
      if (edge && /\p{L}$/u.test(line) && /^\p{Lu}/u.test(text)) {
        if (/\S\s+\S/.test(last) || /\S\s+\S/.test(text)) end()
        else line += ' '
      }
      edge = false
      last = text
      line += text
      length += text.length
    } else if (node.nodeType === 1) {
      const child = node as Element
      const name = child.localName
      if (!PHRASING.has(name)) end()
      edge = true
      enter = !HIDDEN.has(name) && !(skip !== undefined && child.matches(skip)) && child.firstChild !== null
    }
    if (enter) {
      node = node.firstChild
      continue
    }
    // The next node after `node` and all it holds; a block left behind ends its line.
    while (node !== null && node !== element && node.nextSibling === null) {
      node = node.parentNode
      edge = true
      if (node !== null && node !== element && !PHRASING.has((node as Element).localName)) end()
    }
    node = node === null || node === element ? null : node.nextSibling
  }
  end()
  return lines
}

/**
 * The names of a byline's lines, each once: a line that starts with a date
 * word or holds a role (`Staff writers`) gives none; past the first line
 * with names, a line gives names only when each of its words is capitalized
 * (a bio line, `Ana covers the islands`, is not names), it is no job's
 * title (the name above's, `Executive News Editor`; `Bo Li, Staff Writer`
 * names Bo Li) and it names no one of a single word (`Archive`, `Harbour.com`).
 */
function lineNames(lines: readonly string[], catalan: boolean, joined?: Set<string>): string[] {
  const names: string[] = []
  for (const line of lines) {
    const found = bylineNames(line, catalan)
    if (found.length > 1) for (const name of found) joined?.add(name)
    // A line after the names that is a job's title is the name above's (`Ana Ruiz<br>Executive News Editor`);
    // one of a single word is a link's label or a site's name (`Archive`, `Harbour.com`).
    // One led by an acronym is an outlet or a desk (`BBC Wales`, `CNN Business`).
    if (
      names.length > 0 &&
      (!found.every(capitalized) || isTitleLine(line) || found.some((name) => !name.includes(' ') || OUTLET.test(name)))
    )
      continue
    for (const name of found) if (!names.includes(name) && names.length < MAX_LIST) names.push(name)
  }
  return names
}

/**
 * A name led by an acronym of three letters or more and a word in mixed case: an outlet or a desk
 * (`BBC Wales`), not a person (`ANA RUIZ`, `AJ Mendez`).
 */
const OUTLET = /^\p{Lu}{3,5}\s+\p{Lu}\p{Ll}/u

/** Whether each word of a name starts with a capital, but for short particles (`de`, `van`, `al`) and scripts without case. */
function capitalized(name: string): boolean {
  return name.split(' ').every((word) => {
    const first = word.charAt(0)
    return first === first.toUpperCase() || word.length <= 3
  })
}

/** Links whose text is one name, as authors with the link as their page. */
function linkedNames(links: readonly Element[], catalan = false): FoundAuthor[] {
  const out: FoundAuthor[] = []
  for (const link of links) {
    const names = bylineNames(link.textContent ?? '', catalan)
    const [name] = names
    if (name === undefined || names.length > 1) continue
    const href = link.getAttribute('href')?.trim()
    out.push(href ? { name, url: href } : { name })
    if (out.length >= MAX_LIST) break
  }
  return out
}

/**
 * The last sources of a headline: the first `<h1>` when the `<title>` holds
 * it (the title with the site's name around it) or when it heads the
 * article (`<article>`, `<main>`; a title that holds only the site's name
 * says nothing), else the `<title>`, else the `<h1>`.
 */
export function readTitle(elements: PageElements): Found {
  const title = clean(elements.title?.textContent)
  const heading = clean(elements.h1?.textContent)
  const headsArticle = elements.h1?.closest('article, main') != null
  // An `<h1>` the title shows as the site's name is the logo: the title is read instead.
  const logo = heading !== undefined && title !== undefined && h1IsSiteName(title, heading)
  if (heading !== undefined && !logo && (title === undefined || title.includes(heading) || headsArticle))
    return { source: '<h1>', headline: heading }
  return title === undefined ? { source: '<title>' } : { source: '<title>', headline: title }
}
