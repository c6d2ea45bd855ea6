// The article's headline among those a page states: the metadata's, unless
// the page's own `<h1>` shows the headline a reader sees and the metadata's
// is that `<h1>` cut short (JSON-LD and search engines cut at 110
// characters) or a social headline written for sharing (Open Graph,
// Twitter, `<meta>`, `<title>`).

import { squash } from '../model/text.js'
import { nextNode } from './hast-text.js'
import { PROSE_LENGTH } from './page-lines.js'
import { classWords, hasWord, inside, type PageElements, placeOf, screenReaderOnly } from './page-meta-elements.js'
import { clean, type Found, h1IsSiteName, sameName, withoutSiteName } from './page-meta-found.js'
import { MAX_SCANNED, textLines } from './page-meta-page.js'

/**
 * The longest `<h1>` taken over the metadata's headline, in characters. The
 * model sets no length for a headline; 300 is well past any real one (and
 * past the 110 at which JSON-LD headlines are cut), and short of an `<h1>`
 * that wraps a whole story.
 */
export const MAX_H1 = 300

/** The headline chosen, where it came from, and what it replaced. */
export interface HeadlineChoice {
  headline: string
  /** The source it was read from: `JSON-LD`, `Open Graph`, `<meta name>`, `microdata`, `<title>` or `<h1>`. */
  source: string
  /** The metadata's headline the page's `<h1>` took the place of, and why. */
  replaced?: { source: string; headline: string; why: 'cut short' | 'differs' }
}

/**
 * The article's headline: the first source's, without the site's name
 * around it, or the page's usable `<h1>` (see `usableH1`) in its place when
 * that source states the headline as the article's (JSON-LD or microdata
 * `headline`) and it is the `<h1>` cut short, or when the source is a
 * social or page title (Open Graph, Twitter, `<meta>`, `<title>`, a JSON-LD
 * `name`) that differs from the `<h1>`, case and spaces aside, unless an
 * `<h2>` repeats that title (the `<h1>` names a section: `Allergies Centre`).
 */
export function chooseHeadline(
  sources: readonly Found[],
  elements: PageElements,
  site: string | undefined,
  address?: PageAddress,
): HeadlineChoice | undefined {
  const choice = chosen(sources, elements, site, address)
  const kicker = choice === undefined ? undefined : kickerOf(elements, sources)
  if (choice === undefined || kicker === undefined) return choice
  const shown = fold(squash(choice.headline))
  return kicker.whole.has(shown) ? { ...choice, headline: kicker.headline } : choice
}

/** The headline `chooseHeadline` picks before a kicker is taken off it. */
function chosen(
  sources: readonly Found[],
  elements: PageElements,
  site: string | undefined,
  address?: PageAddress,
): HeadlineChoice | undefined {
  // An `<h1>` that a title shows as the site's name is the site's logo, not the headline.
  const logo = (text: string | undefined) =>
    text !== undefined &&
    sources.some((found) => !found.headlineExact && found.headline !== undefined && h1IsSiteName(found.headline, text))
  const title = clean(elements.title?.textContent)
  const usable = usableH1(elements.h1s, site, address, title)
  const h1 = logo(usable) ? undefined : usable
  const page = clean(elements.h1?.textContent)
  const first = logo(page) ? undefined : page
  // A logo names the site where the metadata does not, so a title can be cut by it on either side.
  const siteName = site ?? [usable, page].find(logo)
  for (const found of sources) {
    if (found.headline === undefined) continue
    const text = withoutSiteName(found.headline, siteName, h1 ?? first, found.headlineExact)
    if (text === '') continue
    if (h1 === undefined) return { headline: text, source: found.source }
    // The `<title>` reader's `<h1>` is the page's first; the usable one, when there is one, is the story's.
    if (found.source === '<h1>') return { headline: h1, source: '<h1>' }
    // The same words with other quote marks or dashes, or with a section's label before them (`Opinion |`): as the
    // page shows them.
    if (fold(squash(text)) === fold(squash(h1)) || labelled(text, h1)) return { headline: h1, source: found.source }
    // A search headline (JSON-LD, microdata) gives way to an `<h1>` that words the same story: one that shares
    // none of its words is a section's or a box's label (`Local News`).
    const why =
      found.headlineExact && cutShort(text, h1)
        ? 'cut short'
        : found.headlineExact && !sharesWords(text, h1)
          ? undefined
          : differs(text, h1, title)
    if (why === undefined) return { headline: text, source: found.source }
    // A title an `<h2>` of the story repeats heads it, under an `<h1>` that names its section; never the site's name.
    const heading =
      why === 'differs' && !(siteName !== undefined && sameName(text, siteName))
        ? repeatedBy(found.headline, elements.h2s, siteName, address)
        : undefined
    if (heading !== undefined) return { headline: heading, source: found.source }
    return { headline: h1, source: '<h1>', replaced: { source: found.source, headline: text, why } }
  }
  return undefined
}

/**
 * The text of the first `<h2>` that repeats a `title`, case, spaces, quote marks and dashes aside,
 * whole or before a separator and the site's name when it is known (`Night ferry returns | Island
 * Gazette`), and heads the story: of three words or more (eight characters or more in a script
 * without spaces), outside the page's chrome and header and other stories' cards (`placeOf`,
 * `inCard`), with a paragraph of prose among the few elements after it (a widget's or a
 * section's heading has none). Read up to `MAX_H1` characters.
 */
function repeatedBy(
  title: string,
  h2s: readonly Element[],
  site: string | undefined,
  address: PageAddress | undefined,
): string | undefined {
  const key = fold(squash(title))
  for (const h2 of h2s.slice(0, MAX_SCANNED)) {
    const place = placeOf(h2)
    if (place === 'chrome' || place === 'header') continue
    const text = clean(textLines(h2).join(' '))
    if (text === undefined || text.length > MAX_H1) continue
    if (text.includes(' ') ? text.split(' ').length < 3 : text.length < 8) continue
    const heading = fold(text)
    const rest = key.startsWith(heading) ? TITLE_SEPARATOR.exec(key.slice(heading.length)) : null
    const whole =
      key === heading ||
      (rest !== null && site !== undefined && sameName(key.slice(heading.length + rest[0].length), site))
    if (whole && headsProse(h2) && !inCard(h2, address)) return text
  }
  return undefined
}

/** A kicker the page sets in its headline's element, and the headline without it. */
interface Kicker {
  /** The headline with the kicker, folded (`fold`): as the heading's text, and with each separator a title writes. */
  readonly whole: ReadonlySet<string>
  readonly headline: string
}

/** How many `<h1>`s and `<h2>`s `kickerOf` looks at. */
const MAX_KICKER_HEADINGS = 8
/** The longest kicker, in characters. */
const MAX_KICKER = 60

/**
 * A kicker over the headline in the headline's own element (`<h1><span>Kieler Hafen</span><span>Neue
 * Elektrofähre …</span></h1>`, also an `<h2>` that heads the story, as Der Spiegel sets it): the heading's
 * first element holds a short text and the rest starts with a capital (or a script without case), and a
 * source states the headline with the kicker set apart (`Kieler Hafen: Neue Elektrofähre …`, `… - …`,
 * `… | …`) or without it. Headings in the page's chrome are not read.
 */
function kickerOf(elements: PageElements, sources: readonly Found[]): Kicker | undefined {
  const stated = new Set<string>()
  for (const found of sources) if (found.headline !== undefined) stated.add(fold(squash(found.headline)))
  const headings = [...elements.h1s.slice(0, MAX_KICKER_HEADINGS), ...elements.h2s.slice(0, MAX_KICKER_HEADINGS)]
  for (const heading of headings) {
    const first = heading.firstElementChild
    // A link is a topic's or a person's name in the headline (`<a>Trump</a> Tariffs …`), not a kicker.
    if (first === null || first.localName === 'a' || first.querySelector('a') !== null || placeOf(heading) === 'chrome')
      continue
    const kicker = squash(first.textContent ?? '')
    if (kicker === '' || kicker.length > MAX_KICKER) continue
    // The rest as it shows: a separator for screen readers only (`<span class="sr-only">:</span>`) is not shown,
    // and one that shows (`<span>Ana Ruiz</span>: Why I left`) writes the headline's own colon.
    let rest = ''
    for (let node = first.nextSibling; node !== null; node = node.nextSibling)
      if (!(node.nodeType === 1 && screenReaderOnly(node as Element))) rest += ` ${node.textContent ?? ''}`
    if (/^\s*[:|·–—-]/.test(rest)) continue
    const headline = squash(rest)
    if (!/^[^\p{Ll}\p{P}\s]/u.test(headline) || !(headline.includes(' ') || headline.length >= 8)) continue
    // Set apart by a separator, as titles write it; the heading's own text is the same words run together.
    const apart = [': ', ' - ', ' | ', ' – ', ' — '].map((separator) => fold(`${kicker}${separator}${headline}`))
    if (stated.has(fold(headline)) || apart.some((form) => stated.has(form)))
      return { whole: new Set([...apart, fold(`${kicker} ${headline}`)]), headline }
  }
  return undefined
}

/** What comes between a headline and the site's name in a title, folded (`fold`): ` | `, ` - `, ` : `, ` · `, ` » `. */
const TITLE_SEPARATOR = /^\s[|\-:·•»«]\s/

/** How many elements after a heading `headsProse` looks at. */
const AFTER_HEADING = 8

/** Whether one of the few elements after a heading is a paragraph of prose (`PROSE_LENGTH` characters). */
function headsProse(heading: Element): boolean {
  let next = heading.nextElementSibling
  for (let count = 0; next !== null && count < AFTER_HEADING; count++, next = next.nextElementSibling) {
    if (next.localName === 'p' && (next.textContent ?? '').trim().length >= PROSE_LENGTH) return true
  }
  return false
}

/** The page's own address and the base its links are resolved against (see `PageContext`). */
export interface PageAddress {
  readonly url: string | undefined
  readonly base: string | undefined
}

/**
 * The page's `<h1>` as a headline, when there is one to trust: the only
 * `<h1>` outside the page's header, navigation, footer and asides, other
 * than one that heads the comments or only links to the home page (or, of
 * several, the only one in `<article>` or `<main>`), not in another story's
 * card (see `inCard`); with none, the only `<h1>` of a header outside the
 * story when the page's `<title>` holds it (a "hero" header above the
 * story). Not the site's name, of two words or more (eight characters or
 * more in a script without spaces), and at most `MAX_H1` characters.
 */
function usableH1(
  h1s: readonly Element[],
  site: string | undefined,
  address?: PageAddress,
  title?: string,
): string | undefined {
  const candidates: Element[] = []
  const inStory: Element[] = []
  const inHeader: Element[] = []
  // An `<h1>` without text (left empty, or a logo's image) is no heading beside the headline's.
  const shown = h1s.slice(0, MAX_SCANNED).filter((h1) => clean(h1.textContent) !== undefined)
  for (const h1 of shown) {
    if (homeLink(h1, address) || headsComments(h1)) continue
    const place = placeOf(h1)
    // A story card is told from the story only where there are several: a page's only `<h1>` is its own.
    if (place === 'chrome' || (shown.length > 1 && inCard(h1, address))) continue
    if (place === 'header') {
      inHeader.push(h1)
      continue
    }
    candidates.push(h1)
    if (place === 'story') inStory.push(h1)
  }
  // Its lines (`Night ferry returns<br>after the storm`) joined by a space, as they show.
  const read = (h1: Element | undefined) => (h1 === undefined ? undefined : clean(textLines(h1).join(' ')))
  let text = read(candidates.length === 1 ? candidates[0] : inStory.length === 1 ? inStory[0] : undefined)
  if (candidates.length === 0 && inHeader.length === 1 && title !== undefined) {
    const heading = read(inHeader[0])
    if (heading !== undefined && fold(title).includes(fold(heading))) text = heading
  }
  if (text === undefined || text.length > MAX_H1) return undefined
  if (site !== undefined && sameName(text, site)) return undefined
  return text.includes(' ') || text.length >= 8 ? text : undefined
}

/** Whether an `<h1>`'s class or id words say it heads the comments (`<h1 id="comments">14 Comments</h1>`, `reply-title`). */
function headsComments(h1: Element): boolean {
  const words = classWords(h1)
  return words.has('comments') || words.has('respond') || words.has('reply')
}

/**
 * Whether an `<h1>` is a link to the site's home page and no more (Blogger's blog title, `<h1><a
 * href="https://blog.example/">Lakeside Rambles</a></h1>`): the site's name, not the story's headline.
 */
function homeLink(h1: Element, address: PageAddress | undefined): boolean {
  const link = h1.querySelector('a[href]')
  if (link === null || squash(link.textContent ?? '') !== squash(h1.textContent ?? '')) return false
  const href = link.getAttribute('href') ?? ''
  try {
    const target = new URL(href, address?.base ?? address?.url ?? 'https://relative.invalid/')
    const page = address?.url === undefined ? undefined : new URL(address.url)
    // Another site's home page is a link post's subject (`<a href="https://www.kickstarter.com/">…`).
    const home = page === undefined ? !/^[a-z][a-z\d+.-]*:|^\/\//i.test(href) : target.host === page.host
    return home && target.pathname === '/'
  } catch {
    return false
  }
}

/** Words of the classes and ids of boxes that show other stories. */
const OTHER_STORIES = /related|recommend|teaser|promo|more-stories|read-?more/i
/** How many nodes of an `<article>` `shortCard` reads before it calls it a story. */
const CARD_NODES = 200

/**
 * Whether an `<h1>` heads another story's card, not the page's story: its
 * text links to another address than the page's, or its `<article>` is
 * inside a box of related stories, or that `<article>` is short (its text
 * past the `<h1>` under `PROSE_LENGTH` characters) with a link to another
 * address. An `<h1>` outside every `<article>` is no card.
 */
function inCard(h1: Element, address: PageAddress | undefined): boolean {
  const article = h1.closest('article')
  if (article === null) return false
  const link = h1.closest('a[href]') ?? h1.querySelector('a[href]')
  if (link !== null && elsewhere(link, address)) return true
  // The page's own `<html>` and `<body>` say nothing of one box (`<body class="has-related-posts">`).
  const box = (node: Element) =>
    node.localName !== 'body' &&
    node.localName !== 'html' &&
    OTHER_STORIES.test(`${node.getAttribute('class') ?? ''} ${node.id}`)
  if (box(article) || inside(article, box, 16)) return true
  return shortCard(article, (h1.textContent ?? '').length + PROSE_LENGTH, address)
}

/**
 * Whether an `<article>`'s text is shorter than `limit` characters and it
 * links to another address: read in document order, at most `CARD_NODES`
 * nodes (an article with more is a story).
 */
function shortCard(article: Element, limit: number, address: PageAddress | undefined): boolean {
  let length = 0
  let links = false
  let node: Node | null = article.firstChild
  for (let count = 0; node !== null; count++) {
    if (count >= CARD_NODES || length >= limit) return false
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? ''
      // A text past the limit is not trimmed: it ends the walk either way.
      length += text.length >= limit ? limit : text.trim().length
    } else if (node.nodeType === 1 && (node as Element).localName === 'a' && elsewhere(node as Element, address))
      links = true
    node = nextNode(node, article, node.nodeType === 1)
  }
  return links && length < limit
}

/** Whether a link goes to another address than the page's (see `key`; a `rel=bookmark` link is the page's own); with no page address, any link does. */
function elsewhere(link: Element, address: PageAddress | undefined): boolean {
  const href = link.getAttribute('href')?.trim()
  if (!href || href.startsWith('#') || hasWord(link, 'rel', 'bookmark')) return false
  if (address?.url === undefined) return true
  // The same page by another way of writing its address: scheme, `www.`, tracking (`?utm_…`) and fragment aside.
  const key = (value: string, base?: string) => {
    try {
      const url = new URL(value, base)
      for (const name of Array.from(url.searchParams.keys())) if (name.startsWith('utm_')) url.searchParams.delete(name)
      return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`
    } catch {
      return undefined
    }
  }
  const target = key(href, address.base ?? address.url)
  return target !== undefined && target !== key(address.url)
}

/**
 * Whether two headlines word the same story: two words of three letters or more in common (in a
 * script without spaces, four characters).
 */
function sharesWords(a: string, b: string): boolean {
  const words = (text: string) =>
    new Set(
      fold(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 3),
    )
  const mine = words(a)
  let shared = 0
  for (const word of words(b)) if (mine.has(word)) shared++
  if (shared >= 2) return true
  if (/\s/.test(a) && /\s/.test(b)) return false
  const chars = new Set(a)
  let same = 0
  for (const char of new Set(b)) if (/\p{L}/u.test(char) && chars.has(char)) same++
  return same >= 4
}

/**
 * Whether `text` is `h1` cut short: a prefix of it ending at a word's end,
 * or any prefix followed by `…` or `...`; case, quote marks and dashes aside.
 */
function cutShort(text: string, h1: string): boolean {
  const stem = text.replace(/\s*(?:…|\.\.\.)$/, '')
  if (stem === '' || stem.length >= h1.length) return false
  if (fold(h1.slice(0, stem.length)) !== fold(stem)) return false
  return stem !== text || /^[\s\p{P}]/u.test(h1.slice(stem.length)) || /\p{P}$/u.test(stem)
}

/** Text to compare as a reader would: lower case, curly quotes as straight ones, dashes as hyphens (one character for one). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
}

/** A headline folded to compare (`fold`), its spaces as one. */
const key = (value: string) => fold(value.replace(/\s+/g, ' ').trim())

/**
 * `'differs'` when two headlines differ once case and spaces are set aside,
 * and the `<h1>` is not the metadata's headline with a few words around it
 * (a `LIVE` badge, a kicker, a label for screen readers: at most 40
 * characters more), which the metadata states without them. An `<h1>` that
 * goes on after the metadata's words (`…: notes after six months`) and that
 * the page's `<title>` holds whole is the headline the social title cut.
 */
function differs(text: string, h1: string, title: string | undefined): 'differs' | undefined {
  const heading = key(h1)
  const stated = key(text)
  if (heading === stated) return undefined
  if (!heading.includes(stated) || heading.length - stated.length > 40) return 'differs'
  return heading.startsWith(stated) && title !== undefined && key(title).includes(heading) ? 'differs' : undefined
}

/** Whether a headline is the `<h1>` after a section's label of three words at most and a bar or a colon (`Opinion | …`). */
function labelled(text: string, h1: string): boolean {
  const stated = key(text)
  const heading = key(h1)
  if (!stated.endsWith(heading) || stated.length === heading.length) return false
  return /^[\p{L}\p{N}'’&.-]+(?: [\p{L}\p{N}'’&.-]+){0,2} ?[|:] $/u.test(
    stated.slice(0, stated.length - heading.length),
  )
}
