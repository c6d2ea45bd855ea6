// The article's headline among those a page states: the metadata's, unless
// the page's own `<h1>` shows the headline a reader sees and the metadata's
// is that `<h1>` cut short (JSON-LD and search engines cut at 110
// characters) or a social headline written for sharing (Open Graph,
// Twitter, `<meta>`, `<title>`).

import { squash } from '../model/text.js'
import type { PageElements } from './page-meta-elements.js'
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
 * `name`) that differs from the `<h1>`, case and spaces aside.
 */
export function chooseHeadline(
  sources: readonly Found[],
  elements: PageElements,
  site: string | undefined,
): HeadlineChoice | undefined {
  // An `<h1>` that a title shows as the site's name is the site's logo, not the headline.
  const logo = (text: string | undefined) =>
    text !== undefined &&
    sources.some((found) => !found.headlineExact && found.headline !== undefined && h1IsSiteName(found.headline, text))
  const usable = usableH1(elements.h1s, site)
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
    // The same words with other quote marks or dashes: as the page shows them.
    if (fold(squash(text)) === fold(squash(h1))) return { headline: h1, source: found.source }
    const why = found.headlineExact ? (cutShort(text, h1) ? 'cut short' : undefined) : differs(text, h1)
    if (why === undefined) return { headline: text, source: found.source }
    return { headline: h1, source: '<h1>', replaced: { source: found.source, headline: text, why } }
  }
  return undefined
}

/**
 * The page's `<h1>` as a headline, when there is one to trust: the only
 * `<h1>` outside the page's header, navigation, footer and asides (or, of
 * several, the only one in `<article>` or `<main>`), not the site's name, of
 * two words or more (eight characters or more in a script without spaces),
 * and at most `MAX_H1` characters.
 */
function usableH1(h1s: readonly Element[], site: string | undefined): string | undefined {
  const candidates: Element[] = []
  const inStory: Element[] = []
  for (const h1 of h1s.slice(0, MAX_SCANNED)) {
    const place = placeOf(h1)
    if (place === 'chrome') continue
    candidates.push(h1)
    if (place === 'story') inStory.push(h1)
  }
  const chosen = candidates.length === 1 ? candidates[0] : inStory.length === 1 ? inStory[0] : undefined
  // Its lines (`Night ferry returns<br>after the storm`) joined by a space, as they show.
  const text = chosen === undefined ? undefined : clean(textLines(chosen).join(' '))
  if (text === undefined || text.length > MAX_H1) return undefined
  if (site !== undefined && sameName(text, site)) return undefined
  return text.includes(' ') || text.length >= 8 ? text : undefined
}

/** Elements of the page's chrome around the story: an `<h1>` in one is the site's, a section's or a box's. */
const CHROME = new Set(['nav', 'footer', 'aside'])
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary'])

/**
 * Where an `<h1>` stands: in the page's chrome (`nav`, `footer`, `aside`, or
 * a `header` outside `<article>` and `<main>`), in the story (inside
 * `<article>` or `<main>`), or elsewhere. One walk up, at most 64 levels.
 */
function placeOf(h1: Element): 'chrome' | 'story' | 'elsewhere' {
  let header = false
  let node = h1.parentElement
  for (let level = 0; node !== null && level < 64; level++, node = node.parentElement) {
    const name = node.localName
    if (name === 'article' || name === 'main') return 'story'
    if (CHROME.has(name) || CHROME_ROLES.has(node.getAttribute('role') ?? '')) return 'chrome'
    // A header is the page's unless an article or main holds it.
    if (name === 'header') header = true
  }
  return header ? 'chrome' : 'elsewhere'
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

/**
 * `'differs'` when two headlines differ once case and spaces are set aside,
 * and the `<h1>` is not the metadata's headline with a few words around it
 * (a `LIVE` badge, a kicker, a label for screen readers: at most 40
 * characters more), which the metadata states without them.
 */
function differs(text: string, h1: string): 'differs' | undefined {
  const key = (value: string) => fold(value.replace(/\s+/g, ' ').trim())
  const heading = key(h1)
  const stated = key(text)
  if (heading === stated) return undefined
  return heading.includes(stated) && heading.length - stated.length <= 40 ? undefined : 'differs'
}
