// What each line of a plain-text dump is: the tests `fromText` applies to a
// line or a paragraph, each on its own and each linear in the line's length
// (string scans and anchored one-character tests; no regular expression
// with a repeated group).

import type { PromoKind } from '../model/types.js'
import { isAdLabel, isBoxLabel, READ_MORE_LABELS, type TextLine, type TextParagraph } from './text-lines.js'

/** Characters that end a sentence or a clause. */
const FINAL = new Set(['.', '!', '?', ':', ';', ',', '…', '。', '！', '？', '：', '；', '،', '؟', '।'])
/** Closing quotation marks and brackets, which may follow the final punctuation (`…’.` or `….’`). */
const CLOSERS = new Set(['’', '”', '"', "'", '»', '›', ')', ']', '」'])

/** Whether a line ends with punctuation that closes a sentence or a clause, before any closing quotation marks. */
export function hasFinalPunctuation(text: string): boolean {
  let end = text.length - 1
  while (end > 0 && CLOSERS.has(text[end] as string)) end--
  return FINAL.has(text[end] as string)
}

/** How credit lines start after `©`, lower case: a label (`Photo:`, `Foto :`, `Credit:`) in the languages the readers know. */
const CREDIT_STARTS = [
  '(c) ',
  'photo:',
  'photo :',
  'photos:',
  'photos :',
  'photograph:',
  'picture:',
  'credit:',
  'credits:',
  'image credit:',
  'image credits:',
  'illustration:',
  'photo illustration',
  'crédit photo',
  'crédits photo',
  'imagen:',
  'foto:',
  'foto :',
  'fotos:',
  'bild:',
  'beeld:',
  'fot.',
  'fot:',
  'fotoğraf:',
  'фото:',
  'צילום:',
  'הדמיה:',
  'קרדיט:',
  'फोटो:',
  'फ़ोटो:',
  '사진=',
  '사진:',
  'تصوير:',
  'عکس:',
  'photographer:',
  'fotografía:',
  'kuva:',
  'ảnh:',
  'ภาพ:',
  'ছবি:',
  'φωτ.:',
  'φωτογραφία:',
]

/**
 * Labels that also open sentences and captions (`Photo by a passenger
 * shows …`, `Image: the ferry at dawn`): a line opening with one is a credit
 * only when names follow (see `names`).
 */
const NAMED_CREDIT_STARTS = [
  'photo by ',
  'photos by ',
  'photograph by ',
  'photography by ',
  'illustration by ',
  'illustrations by ',
  'graphic by ',
  'graphics by ',
  'photo de ',
  'image:',
  'image :',
  'images:',
  'image by ',
  'foto de ',
]

/** Words that join names in a credit (`Ann Example for the Gazette`, `Museo de la Ciudad`), lower case. */
const NAME_JOINERS = new Set([
  'and',
  'of',
  'for',
  'de',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'du',
  'da',
  'di',
  'y',
  'e',
  'und',
  'et',
  'via',
  'the',
  '&',
  '/',
  '-',
  '|',
])

/**
 * Whether `text` is names, as a credit gives them: at most eight words, the
 * first capitalized and every other capitalized, a number, a joiner or
 * written with a slash (`Ann Example/AFP via Getty Images`), with no
 * sentence inside it.
 */
function names(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '')
  if (words.length === 0 || words.length > 8 || /[.!?;] /.test(text)) return false
  const capital = (word: string) => /^[\p{Lu}\p{N}(]/u.test(word) || word.includes('/')
  return capital(words[0] as string) && words.every((word) => capital(word) || NAME_JOINERS.has(word.toLowerCase()))
}

/** Photo agencies whose name is a credit alone or beside the photographer's (`Ann Example/AFP`), lower case. */
const AGENCIES = [
  'getty images',
  'afp',
  'ap',
  'ap photo',
  'associated press',
  'reuters',
  'epa',
  'dpa',
  'anp',
  'pa',
  'pa images',
  'pa wire',
  'xinhua',
  'shutterstock',
  'alamy',
  'efe',
  'ansa',
  'europa press',
  'aap',
  'anadolu',
  'kyodo',
  'unsplash',
  // Reuters, AFP and Anadolu as Arabic captions write them.
  'رويترز',
  'فرانس برس',
  'أ ف ب',
  'الأناضول',
]

/**
 * Whether a line is a credit line: `© Agency / Photographer`, `(c) …`,
 * `Photo: …`, `Foto: …`, `Credit: …`; `Photo by …`, `Image: …` or
 * `Courtesy of …` followed by names; or a photo agency's name alone or
 * after a slash (`Getty Images`, `Ann Example/AFP`).
 */
export function isCredit(text: string): boolean {
  if (text.length > 300) return false
  if (text.startsWith('©')) return true
  const lower = text.slice(0, 20).toLowerCase()
  // A label with nothing after it (`<strong>Image Credits:</strong>`) is not yet the credit.
  if (CREDIT_STARTS.some((start) => lower.startsWith(start) && text.length > start.length)) return true
  const named = NAMED_CREDIT_STARTS.find((start) => lower.startsWith(start))
  if (named !== undefined)
    return (text.length <= 120 && names(text.slice(named.length).replace(/[.)]$/, ''))) || namesAgency(text)
  // `Courtesy of the family` is a credit; `Courtesy of the operator, passengers got tea.` a sentence.
  if (lower.startsWith('courtesy ')) return text.length <= 80 && !/[,;:.!?] /.test(text)
  return namesAgency(text) || namesDesk(text)
}

/**
 * A picture desk and its photographer (`Harbour Photo/Ann Example`) or an
 * agency in capitals before one (`HARBOUR WIRE/Ann Example`), whichever
 * agency it is. The photographer's name is written in mixed case
 * (`AC/DC` is no credit).
 */
function namesDesk(text: string): boolean {
  const slash = text.indexOf('/')
  if (slash <= 0 || text.length > 80) return false
  const desk = text.slice(0, slash).trim()
  const photographer = text.slice(slash + 1).trim()
  if (!names(photographer) || !/\p{Ll}/u.test(photographer) || desk.split(' ').length > 4) return false
  // An agency in capitals names itself in three letters or more (`US/Mexico`, `EU/UK Relations` are none).
  return DESK.test(desk) || (/^\p{Lu}{3,}(?: \p{Lu}{2,})*$/u.test(desk) && PERSON_NAME.test(photographer))
}

/** A picture desk's name: capitalized words ending in `Photo` or `Photos` (`AW Photo`). */
const DESK = /^(?:\p{Lu}[\p{L}&.'-]* )+photos?$/iu

/**
 * Whether a short line is an agency's name, alone, after a slash, `via` or `on` (`Photo by Ann Example on Unsplash`), in brackets after a name
 * (`Ann Example (EFE)`), after `Foto` or `Photo` (`Foto Ansa`), or before a slash: names only, not a sentence.
 */
function namesAgency(text: string): boolean {
  if (text.length > 80 || text.split(' ').length > 6 || /[.,;:!?—–] /.test(text)) return false
  const lower = text.toLowerCase()
  return AGENCIES.some(
    (agency) =>
      lower === agency ||
      lower.endsWith(`/${agency}`) ||
      lower.endsWith(`/ ${agency}`) ||
      lower.endsWith(` via ${agency}`) ||
      lower.endsWith(` on ${agency}`) ||
      (lower.endsWith(` (${agency})`) && names(text.slice(0, -agency.length - 3))) ||
      lower === `foto ${agency}` ||
      lower === `photo ${agency}` ||
      lower.startsWith(`${agency}/`) ||
      lower.startsWith(`${agency} /`),
  )
}

/** A person's name as a caption sets it: two to four words, each starting with a capital. */
export const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u

/**
 * A credit line as a caption writes it, in brackets or not, without its
 * brackets: a line {@link isCredit} reads, or one of the forms that only
 * brackets set apart from the caption's words (`(Family photo)`, `(Ann
 * Example/The Harbour Post)`, `(Screenshot/Facebook)`, `(Ann Example for
 * Harbour Post)`, `(Ridgeline News)`). Undefined when it is not a credit.
 */
export function creditText(text: string): string | undefined {
  const inner = unbracketed(text)
  if (isCredit(inner)) return inner
  return inner !== text && isBracketedCredit(inner) ? inner : undefined
}

/** Where a picture comes from, as a bracketed note names it (`Family photo`, `Handout photo`; `File photo` says when, not who). */
const SOURCE_NOTE =
  /^(?:family|courtesy|handout|submitted|contributed|staff|provided|pool) (?:photo|photograph|image|picture)s?$/i

/** The last word of a newsroom's or a picture desk's name (`Ridgeline News`, `Sunline Photo`). */
const OUTLET_END = / (?:news|photos?|pictures|images|press|wire|media|tv)$/i

/**
 * The bracketed credits of {@link creditText}: a source note, a name with its outlet after one slash
 * (`Ann Example/The Harbour Post`) or a source, a site or a picture desk before a slash
 * (`Screenshot/Facebook`, `KABARNUSA.com/RINA HAPSARI`, `PRWirefoto/…`), a name with its outlet of two
 * words or more after `for`, or an outlet alone. Counters, seasons and pairs (`1/5`, `2019/20`,
 * `Before/After`) are none.
 */
function isBracketedCredit(text: string): boolean {
  if (text.length > 80) return false
  if (SOURCE_NOTE.test(text)) return true
  const slash = text.indexOf('/')
  if (slash > 0) {
    const left = text.slice(0, slash).trim()
    const rest = text.slice(slash + 1).trim()
    if (rest.includes('/') || !names(rest) || !/\p{L}/u.test(rest)) return false
    return PERSON_NAME.test(left) || SOURCE_BEFORE_SLASH.test(left)
  }
  const forAt = text.indexOf(' for ')
  if (forAt > 0) {
    const outlet = text.slice(forAt + 5).trim()
    return PERSON_NAME.test(text.slice(0, forAt).trim()) && outlet.includes(' ') && names(outlet)
  }
  return OUTLET_END.test(text) && names(text)
}

/** A source before a slash in a bracketed credit: a screenshot or handout, a site's domain, a desk whose name ends in `foto`/`photo`. */
const SOURCE_BEFORE_SLASH =
  /^(?:screenshot|screengrab|handout|supplied|courtesy)$|^[\w-]+\.(?:com|net|org|co|id|in|[a-z]{2})$|^\p{Lu}[\p{L}-]*(?:foto|photo)s?$/iu

/** A line written in brackets (`(Photo: Ann Example)`) without them; any other as it is. */
export function unbracketed(text: string): string {
  return text.startsWith('(') && text.endsWith(')') && text.indexOf(')') === text.length - 1
    ? text.slice(1, -1).trim()
    : text
}

/** An image as a page shows it in text: a caption line (often written again after the credit) and a credit line. */
export interface TextFigure {
  readonly caption?: TextLine
  readonly credit: TextLine
}

/** The figure a paragraph is, if it is one: `caption, credit, caption`, `caption, credit`, `credit, caption` or a credit alone. */
export function figureOf(paragraph: TextParagraph): TextFigure | undefined {
  const [a, b, c] = paragraph
  if (!a) return undefined
  if (paragraph.length === 1) return isCredit(a.text) ? { credit: a } : undefined
  // A caption is one sentence or so: a longer line next to a credit is prose.
  if (!b || paragraph.length > 3 || isCredit(a.text) === isCredit(b.text) || a.text.length + b.text.length > 600) {
    return undefined
  }
  if (c) return isCredit(b.text) && c.text === a.text ? { caption: a, credit: b } : undefined
  return isCredit(b.text) ? { caption: a, credit: b } : { caption: b, credit: a }
}

/** The title of an inline `Read more: title` line, if the line is one. */
export function readMoreTitle(text: string): string | undefined {
  // The labels are short: the colon is looked for near the start only, however long the line.
  const colon = text.slice(0, 13).indexOf(':')
  if (colon < 0 || !READ_MORE_LABELS.has(text.slice(0, colon + 1).toLowerCase())) return undefined
  const title = text.slice(colon + 1).trim()
  return title === '' ? undefined : title
}

/** Whether a line can be the title of a linked article: one line, not ended like a sentence, not a label. */
export function isTitle(text: string): boolean {
  const last = text[text.length - 1] as string
  return text.length <= 300 && !['.', ':', ';', ','].includes(last) && !isBoxLabel(text) && !isAdLabel(text)
}

/** An `Outlet: title` line of the sources, read. */
export function sourceOf(text: string): { name: string; title: string } | undefined {
  const colon = text.indexOf(':')
  if (colon < 1 || colon > 100 || text.length > 500) return undefined
  const name = text.slice(0, colon).trim()
  const title = text.slice(colon + 1).trim()
  return name === '' || title === '' || hasFinalPunctuation(name) ? undefined : { name, title }
}

/** How calls to action of a publisher start. */
const CALLS = [
  'discover ',
  'listen ',
  'subscribe ',
  'sign up ',
  'download ',
  'follow ',
  'join ',
  'watch ',
  'get ',
  'try ',
  'support ',
  'register ',
  'explore ',
  'check out ',
]
/** Words that name what a promo is for, by kind. */
const KINDS: readonly [string, PromoKind][] = [
  ['podcast', 'podcast'],
  ['newsletter', 'newsletter'],
  [' app', 'app'],
  ['subscri', 'subscription'],
  ['event', 'event'],
  ['webinar', 'event'],
]

/**
 * Whether a line is a publisher's call to action (`Discover our latest
 * podcast`, `Sign up for our newsletter`): short, starting with a call
 * (`Discover`, `Listen`, `Subscribe`, …) and speaking of `our` something or
 * of a podcast, newsletter, app or event. Returns its kind when a word of the
 * line names one, `'none'` when none does, and `undefined` when the line is not one.
 */
export function callToAction(text: string): PromoKind | 'none' | undefined {
  if (text.length > 120 || text.endsWith('.')) return undefined
  const lower = `${text.toLowerCase()} `
  if (!CALLS.some((call) => lower.startsWith(call))) return undefined
  const kind = KINDS.find(([word]) => lower.includes(word))?.[1]
  if (kind === undefined && !lower.includes(' our ')) return undefined
  return kind ?? 'none'
}

/** Whether a line may be a subheading: a few words without final punctuation. */
export function isSubheading(text: string): boolean {
  return text.length <= 100 && !hasFinalPunctuation(text) && text.split(' ').length <= 12
}

/** The verbs that introduce a statement set apart (`… stated:`), lower case. */
const VERBS = ['stated', 'states', 'said', 'says', 'wrote', 'writes', 'added', 'declared']

/** The words before the verb, when a paragraph ends by introducing a statement (`The agency stated:`). */
export function statementIntro(text: string): string | undefined {
  if (!text.endsWith(':')) return undefined
  const tail = text.slice(-12).toLowerCase()
  for (const verb of VERBS) {
    const at = text.length - verb.length - 1
    if (tail.endsWith(`${verb}:`) && (at === 0 || text[at - 1] === ' ')) return text.slice(0, at).trimEnd()
  }
  return undefined
}

/** Words that stand before a name without being part of it. */
const NOT_NAMES = new Set([
  'but',
  'and',
  'then',
  'however',
  'yesterday',
  'today',
  'later',
  'meanwhile',
  'also',
  'so',
  'now',
  'earlier',
  'instead',
])
/** Pronouns: a speaker the text does not name. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'one', 'this', 'that'])
/** Particles inside names (`Ursula von der Leyen`). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'ibn', 'al'])
/** Words a title cannot end with: the name is then not the one it describes (`a spokesperson for Harbour Council`). */
const LINKS = new Set(['for', 'of', 'at', 'from', 'to', 'in', 'with', 'by', 'on'])
const ARTICLES = new Set(['the', 'a', 'an'])

const capitalised = (word: string) => /^\p{Lu}/u.test(word)

/**
 * Who makes a statement, from the words before `stated:`: the last clause's
 * run of capitalised words is the name (`Joe Prentice`, `The Kremlin`), and
 * the words right before it, without a comma between, are the title
 * (`Harbour master`). A pronoun, or a clause without a capitalised word,
 * names no one.
 */
export function speakerOf(before: string): { name: string; title?: string } | undefined {
  const clauseEnd = before.endsWith(',') ? before.length - 1 : before.length
  const text = before.slice(0, clauseEnd)
  let start = 0
  for (const mark of ['. ', '! ', '? ', '; ', ': ', ', ', '— ', '– ']) {
    const found = text.lastIndexOf(mark)
    if (found >= 0) start = Math.max(start, found + mark.length)
  }
  const words = text.slice(start).split(' ').filter(Boolean)
  let first = words.length
  while (first > 0) {
    const word = words[first - 1] as string
    if (capitalised(word) || (first < words.length && PARTICLES.has(word))) first--
    else break
  }
  while (
    first < words.length &&
    (PARTICLES.has(words[first] as string) || NOT_NAMES.has((words[first] as string).toLowerCase()))
  )
    first++
  const name = words.slice(first)
  if (name.length === 0 || (name.length === 1 && PRONOUNS.has((name[0] as string).toLowerCase()))) return undefined
  const titleWords = words.slice(0, first)
  if (titleWords.length > 0 && ARTICLES.has((titleWords[0] as string).toLowerCase())) titleWords.shift()
  const title = titleWords.join(' ')
  const ends = (titleWords[titleWords.length - 1] ?? '').toLowerCase()
  return title === '' || LINKS.has(ends) || before.endsWith(',')
    ? { name: name.join(' ') }
    : { name: name.join(' '), title }
}

/** Pairs of quotation marks a statement may be written between. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['„', '“'],
  ['‚', '‘'],
  ['「', '」'],
])

/** A statement without the quotation marks around the whole of it (the quote block shows it as a quotation). */
export function unquote(text: string): string {
  const close = QUOTES.get(text[0] as string)
  if (close === undefined || text.length < 3 || !text.endsWith(close)) return text
  const inner = text.slice(1, -1)
  return inner.includes(close) || inner.includes(text[0] as string) ? text : inner.trim()
}
