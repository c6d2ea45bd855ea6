// The elements a page's metadata is read from, found in one pass over the
// page (each reader filtering a short list instead of searching the whole
// page again), and the item each microdata property belongs to, found once
// for all of them.

/** The elements that can hold metadata, each list in document order. */
export interface PageElements {
  readonly meta: Element[]
  readonly scripts: Element[]
  readonly links: Element[]
  readonly times: Element[]
  /** Elements with `itemprop`. */
  readonly props: Element[]
  /** Elements with `itemscope`. */
  readonly scopes: Element[]
  /** Elements that may hold a byline (`.byline`, `.author`, …) and `a[rel]` links. */
  readonly bylines: Element[]
  readonly title: Element | undefined
  /** The first `<h1>`. */
  readonly h1: Element | undefined
  /** Elements other than `<meta>` that state a Dublin Core property in RDFa with a `content` (Drupal's dates). */
  readonly rdfa: Element[]
  /** Every `<h1>`, in document order. */
  readonly h1s: Element[]
  /** Every `<h2>`, in document order (a page may head its story with one under a section's `<h1>`). */
  readonly h2s: Element[]
  /** Every `<h1>`, `<article>` and `<main>`, in document order: where the story is, and which headlines come before it. */
  readonly landmarks: Element[]
  /** Elements whose class marks a date line (`.date`, `.published`, …; see `DATE_CLASSES`), and `<time>`s without `datetime`. */
  readonly dateLines: Element[]
}

/**
 * Classes of elements that show when a story was published, in words (`<p class="date">6 December
 * 2026</p>`); see also `DATE_CLASS`.
 */
export const DATE_CLASSES = [
  'date',
  'published',
  'dateline',
  'timestamp',
  'datestamp',
  'posted-on',
  'date-display-single',
  // Chinese news systems write `<span class="time">` and `pubtime`; a line that is no whole date gives none.
  'time',
  'pubtime',
]

/**
 * Other class words of date lines, read in one form (`articlePublishDate` and `article_publish_date`
 * are `article-publish-date`): a word that names the post or its publication (`post`, `entry`,
 * `article`, `story`, `publish`, Drupal's `field`, …) and ends in `-date` or `-time` (`post-date`,
 * `published_date`, `post_time`, `publishedDate`, `c-article-date`, `single-post-date`,
 * `field-name-field-date`; not `meta-runtime`), unless it names an update, a revision, a reading
 * time, another date or another post (`NOT_PUBLISHED`: `event-date`, `field-name-field-start-date`,
 * `postEventDate`, `meta-birth-date`, `recent-post-date`, `next-post-date`). Today's date
 * (`current-date`) names no post.
 */
const DATE_CLASS =
  /(?:^|-)(?:post|posted|entry|article|story|publish|published|publication|pub|news|blog|node|common|field|meta)(?:-[a-z-]*)?-(?:date|time)$/
const NOT_PUBLISHED =
  /updat|modif|revis|chang|review|edit|read|(?:^|-)(?:event|start|end|deadline|expiry|expires|embargo|birth|death|apply|due|kickoff|recent|next|prev|previous|related|other)-/

/** Every element that may be a date line; `isDateLine` tells which are. */
export const DATE_LINE_SELECTOR = `${DATE_CLASSES.map((name) => `.${name}`).join(',')},[class*=date],[class*=time],[class*=Date],[class*=Time]`

/** Whether an element's class marks it as a date line (`DATE_CLASSES`, `DATE_CLASS`). */
export function isDateLine(element: Element): boolean {
  for (const word of (element.getAttribute('class') ?? '').split(/\s+/)) {
    if (DATE_CLASSES.includes(word.toLowerCase())) return true
    const kebab = classWord(word)
    if (kebab !== undefined && DATE_CLASS.test(kebab) && !NOT_PUBLISHED.test(kebab)) return true
  }
  return false
}

/**
 * Whether an element's class, or one of its three nearest parents', names a date that is not the post's publication
 * (`NOT_PUBLISHED`: `event-date`, `update-time`, `birth-date`), whatever shows in it.
 */
export function marksOtherDate(element: Element): boolean {
  for (let node: Element | null = element, level = 0; node !== null && level < 4; node = node.parentElement, level++) {
    for (const word of (node.getAttribute('class') ?? '').split(/\s+/)) {
      const kebab = classWord(word)
      if (kebab !== undefined && /date|time/.test(kebab) && NOT_PUBLISHED.test(kebab)) return true
    }
  }
  return false
}

/**
 * A class word in one form, `articlePublishDate` and `article_publish_date` as
 * `article-publish-date`; none for a word of more than 60 characters, which names no date line
 * (and the patterns' time stays linear).
 */
function classWord(word: string): string | undefined {
  if (word.length > 60) return undefined
  return word
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase()
}

/**
 * Classes of elements that may hold a byline; `[itemprop~=author]` ranks
 * after `.author`. Then CMSs' own: Drupal's `.submitted` line,
 * Substack's `.byline-wrapper` (not Drupal's `.username` alone, which a
 * site's account menu carries too); last the Spanish, Italian and Catalan
 * word for a byline, `.firma`.
 */
const BYLINE_CLASSES = [
  'byline',
  'author',
  'article-byline',
  'byline-name',
  'author-name',
  'submitted',
  'node__submitted',
  'byline-wrapper',
  'firma',
]

/** A `data-testid` or `data-component` that names a byline (`byline`, `byline-block`, `AuthorByline`). */
const BYLINE_DATA = /byline/i

/** A BEM block whose author is not the story's: a quote's, a comment's, a card's, a review's (`pullquote__author`). */
const NOT_A_BYLINE_BLOCK = /^[\w-]*(?:quote|comment|repl|card|teaser|promo|related|testimonial|review|bio)[\w-]*__/i

/** A BEM class word's block and modifier around its element's name (`meta__` and `--top` of `meta__author--top`). */
const BEM_BLOCK = /^[\w-]*__|--[\w-]*$/g

/** A class word that ends in `-author` or `-byline` after the words of its block (`post-author`, `caas-attr-item-author`). */
const SUFFIXED = /^([\w-]*)-(author|byline)$/i
/** The words before such an ending that make it another's author: a quote's, a comment's, a card's, a photo's. */
const NOT_THE_STORYS = /quote|comment|repl|card|teaser|promo|related|testimonial|review|bio|avatar|image|img|photo/i

/** The worst rank `bylineRank` gives (the last class; `itemprop` takes rank 2). */
export const LAST_BYLINE_RANK = BYLINE_CLASSES.length
/** The rank of `.firma`, which is a byline in Spanish, Italian and Catalan only (see `readByline`). */
export const FIRMA_RANK = LAST_BYLINE_RANK

const WANTED = `meta,script,link,time,title,h1,h2,article,main,a[rel],[itemprop],[itemscope],[property^="dc"][content],${BYLINE_CLASSES.map((name) => `.${name}`).join(',')},[class*="__author"],[class*="__byline"],[class*="-author"],[class*="-byline"],[data-testid*="yline"],[data-component*="yline"],${DATE_LINE_SELECTOR}`

/** Whether an element's attribute holds `word` among its space-separated words. */
export function hasWord(element: Element, attribute: string, word: string): boolean {
  return (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/).includes(word.toLowerCase())
}

/**
 * How good a byline element is, best first: `.byline` 0, `.author` 1,
 * `[itemprop~=author]` 2, `.article-byline` 3, `.byline-name` 4,
 * `.author-name` 5, then the CMSs' classes in `BYLINE_CLASSES`' order (a BEM element of theirs too,
 * `meta__author`, but not in a quote's, a comment's or a card's block; and a class word ending in
 * `-author` or `-byline`, `post-author`, but not `comment-author` or `avatar-author`); a `data-testid` or
 * `data-component` that names a byline 2; `-1` when it is none of them.
 */
export function bylineRank(element: Element): number {
  // A BEM element's name counts as the class (`meta__author`, `article__byline--top`; `pageElements` collects those
  // of `author` and `byline`); a word of more than 60
  // characters is no byline's (and the pattern's time stays linear).
  const classes = (element.getAttribute('class') ?? '').split(/\s+/).map((word) => {
    if (word.length > 60 || NOT_A_BYLINE_BLOCK.test(word)) return word
    const suffixed = SUFFIXED.exec(word)
    if (suffixed !== null) return NOT_THE_STORYS.test(suffixed[1] ?? '') ? word : (suffixed[2] ?? '').toLowerCase()
    return word.replace(BEM_BLOCK, '')
  })
  let rank = -1
  BYLINE_CLASSES.forEach((name, index) => {
    const at = index < 2 ? index : index + 1
    if (classes.includes(name) && (rank === -1 || at < rank)) rank = at
  })
  if (hasWord(element, 'itemprop', 'author') && (rank === -1 || rank > 2)) rank = 2
  // Apps whose classes are hashed name their parts for tests and components (`data-testid="byline"`): after
  // `.byline` and `.author`, and in the story only (see `namedByPart`).
  if (rank === -1 && namedByPart(element)) rank = 2
  return rank
}

/** Whether an element's `data-testid` or `data-component` names a byline (`byline`, `byline-block`, `AuthorByline`). */
export function namedByPart(element: Element): boolean {
  return BYLINE_DATA.test(
    `${element.getAttribute('data-testid') ?? ''} ${element.getAttribute('data-component') ?? ''}`,
  )
}

/** The words of an element's classes and id (`share-bar` is `share` and `bar`), lower case. */
export function classWords(element: Element): Set<string> {
  return wordsOf(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)
}

/**
 * The words of the names apps whose classes are hashed give their parts (`data-testid`,
 * `data-component`, the Guardian's `data-gu-name`): `data-component="byline-block"` says what
 * `class="css-1x2y3z"` does not. Longer and freer than classes (`comment-piece-body` is an opinion
 * piece's text), they tell only a few things: a standfirst, a byline's line, a section of more stories.
 */
export function partWords(element: Element): ReadonlySet<string> {
  let names = ''
  for (const name of PART_NAMES) {
    const value = element.getAttribute(name)
    if (value !== null) names += ` ${value}`
  }
  return names === '' ? NO_WORDS : wordsOf(names)
}

/** The words of an element that names no part: most elements, read without building a set. */
const NO_WORDS: ReadonlySet<string> = new Set()

/** The attributes that name an element's part in apps whose classes are hashed. */
const PART_NAMES = ['data-testid', 'data-component', 'data-gu-name']

/** The words of class-like names, lower case. */
function wordsOf(names: string): Set<string> {
  return new Set(
    names
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== ''),
  )
}

/**
 * Whether an element's class marks text for screen readers only, which the page does not show
 * (`visually-hidden`, `sr-only`, `screen-reader-text`, `visuallyhidden`, the BBC's `gs-u-vh`).
 */
export function screenReaderOnly(element: Element): boolean {
  const found = classWords(element)
  return (
    SCREEN_READER_WORDS.some((word) => found.has(word)) ||
    (found.has('visually') && found.has('hidden')) ||
    (found.has('sr') && found.has('only')) ||
    (found.has('screen') && found.has('reader'))
  )
}

const SCREEN_READER_WORDS = ['visuallyhidden', 'sronly', 'sronlytext', 'vh']

/** The words of the classes that mark a standfirst. */
const STANDFIRST_WORDS = [
  'standfirst',
  'dek',
  'deck',
  'subtitle',
  'subheadline',
  'summary',
  'lede',
  'lead',
  'intro',
  'teaser',
  'excerpt',
  // The Czech and Slovak word for it.
  'perex',
]

/**
 * Whether an element's class or id marks it as the standfirst (`dek`, `summary`, `excerpt`, `perex`,
 * …), or the name of its part does with a word only a standfirst has (`data-gu-name="standfirst"`; not
 * `data-testid="related-summary"`), or it is microdata's `description` outside a figure.
 */
export function markedStandfirst(element: Element): boolean {
  // Microdata's description of the article, written out in the story's header (`<div itemprop="description">`).
  if (hasWord(element, 'itemprop', 'description') && element.localName !== 'meta' && element.closest('figure') === null)
    return true
  const found = classWords(element)
  if (STANDFIRST_WORDS.some((word) => found.has(word))) return true
  const named = partWords(element)
  return STANDFIRST_PARTS.some((word) => named.has(word))
}

/** The words of a part's name that mark a standfirst: the ones no other part is called. */
const STANDFIRST_PARTS = ['standfirst', 'dek', 'deck', 'subheadline', 'lede']

/** Whether one of the `levels` nearest ancestors of `element` passes `test`. */
export function inside(element: Element, test: (ancestor: Element) => boolean, levels = 64): boolean {
  let node = element.parentElement
  for (let level = 0; node !== null && level < levels; level++) {
    if (test(node)) return true
    node = node.parentElement
  }
  return false
}

/** Collect the page's metadata elements in one pass. */
export function pageElements(document: Document): PageElements {
  const found = {
    meta: [] as Element[],
    scripts: [] as Element[],
    links: [] as Element[],
    times: [] as Element[],
    props: [] as Element[],
    scopes: [] as Element[],
    bylines: [] as Element[],
    title: undefined as Element | undefined,
    h1: undefined as Element | undefined,
    h1s: [] as Element[],
    h2s: [] as Element[],
    landmarks: [] as Element[],
    rdfa: [] as Element[],
    dateLines: [] as Element[],
  }
  for (const element of Array.from(document.querySelectorAll(WANTED))) {
    const name = element.localName
    if (name === 'meta') found.meta.push(element)
    else if (element.hasAttribute('content') && element.hasAttribute('property')) found.rdfa.push(element)
    else if (name === 'script') found.scripts.push(element)
    else if (name === 'link') found.links.push(element)
    else if (name === 'time') found.times.push(element)
    else if (name === 'title') found.title ??= element
    else if (name === 'h1') {
      found.h1 ??= element
      found.h1s.push(element)
    } else if (name === 'h2') found.h2s.push(element)
    if (name === 'h1' || name === 'article' || name === 'main') found.landmarks.push(element)
    if (element.hasAttribute('itemprop')) found.props.push(element)
    if (element.hasAttribute('itemscope')) found.scopes.push(element)
    if (name === 'a' || bylineRank(element) !== -1) found.bylines.push(element)
    // A `<time>` without `datetime` shows its date as text, as a date line does.
    if (name === 'time' ? !element.hasAttribute('datetime') : isDateLine(element)) found.dateLines.push(element)
  }
  return found
}

/** A property's names (`itemprop="author creator"`). */
export function propNames(element: Element): string[] {
  return (element.getAttribute('itemprop') ?? '').trim().split(/\s+/)
}

/**
 * The properties of each item (`null`: of no item), in document order. Each
 * element's item is its nearest `itemscope` ancestor, found with a memo so
 * that every ancestor is looked at once, however deep the page.
 */
export function propsByItem(props: readonly Element[]): Map<Element | null, Element[]> {
  const memo = new Map<Element, Element | null>()
  const out = new Map<Element | null, Element[]>()
  for (const element of props) {
    const path: Element[] = []
    let node = element.parentElement
    let item: Element | null = null
    while (node !== null) {
      const known = memo.get(node)
      if (known !== undefined) {
        item = known
        break
      }
      if (node.hasAttribute('itemscope')) {
        item = node
        break
      }
      path.push(node)
      node = node.parentElement
    }
    for (const step of path) memo.set(step, item)
    const list = out.get(item)
    if (list === undefined) out.set(item, [element])
    else list.push(element)
  }
  return out
}

/** Elements of the page's chrome around the story: an `<h1>` in one is the site's, a section's or a box's. */
const CHROME = new Set(['nav', 'footer', 'aside'])
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary'])

/**
 * Where an `<h1>` stands: in the page's chrome (`nav`, `footer`, `aside`, a
 * `banner` or `navigation` role), in a `header` outside `<article>` and
 * `<main>`, in the story (inside `<article>` or `<main>`), or elsewhere. One
 * walk up, at most 64 levels.
 */
export function placeOf(h1: Element): 'chrome' | 'header' | 'story' | 'elsewhere' {
  let header = false
  let node = h1.parentElement
  for (let level = 0; node !== null && level < 64; level++, node = node.parentElement) {
    const name = node.localName
    if (name === 'article' || name === 'main') return 'story'
    if (CHROME.has(name) || CHROME_ROLES.has(node.getAttribute('role') ?? '')) return 'chrome'
    // A header is the page's unless an article or main holds it.
    if (name === 'header') header = true
  }
  return header ? 'header' : 'elsewhere'
}

/** Elements around a `<time>` that hold other stories' dates, not the article's. */
const ELSEWHERE = new Set(['aside', 'nav', 'footer'])
/**
 * Words of classes and ids of boxes whose dates are not the article's: comments and responses (in English, Spanish,
 * German and Dutch), related stories and more stories to read (in English, Spanish, Portuguese, Italian, French and
 * Dutch; Spanish `te-puede`, "you may like"), promotions, newsletters, lists of the most read, live updates.
 */
const OTHER_BOX =
  /comment|comentar|kommentar|reactie|disqus|responses|related|relacionad|correlat|recommend|teaser|promo|newsletter|most-(?:read|popular|viewed)|more-(?:stories|from|news)|stories|read-next|up-next|lire-aussi|lees-ook|leia-tamb|te-puede|potrebbe|trending|sidebar|updat|modif/i
/**
 * Class words of a post's own `<article>` that `OTHER_BOX` would take for a box: its state (`commented`,
 * a post that has comments; Drupal's `node--promoted`, a node promoted to the front page) and its genre
 * (`commentary`); whole words only, on an `<article>` only (`most-commented`, `<div class="commentary">`,
 * `promoted-stories` are boxes).
 */
const POST_STATES = /(?:^|\s)(?:node--)?(?:commented|commentary|promoted)(?=\s|$)/gi
/**
 * Whether an element holds what is not the article's: an `aside`, `nav` or `footer`, or a box
 * whose class or id says comments, related stories or updates (`OTHER_BOX`). Never the page's
 * `<body>` or `<html>`, whose classes describe the whole page (`no-sidebars`).
 */
export function isOtherBox(node: Element): boolean {
  const name = node.localName
  if (name === 'body' || name === 'html') return false
  // The post's own `<article>` may say it has comments (`commented`) or is an opinion (`commentary`).
  const classes = node.getAttribute('class') ?? ''
  return (
    ELSEWHERE.has(name) ||
    OTHER_BOX.test(`${name === 'article' ? classes.replace(POST_STATES, ' ') : classes} ${node.id}`)
  )
}
