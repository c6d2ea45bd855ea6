// What one source of a page's metadata states, before the reader checks it:
// texts normalized, URLs and dates still as the page writes them. Also the
// text rules every source shares: clean text, keyword lists, bylines and the
// site's name around a title.

import type { ArticleType } from '../model/article-types.js'
import { normalizeText, squash } from '../model/text.js'
import { MONTH_NAMES, PUBLISHED_WORDS, UPDATED_WORDS, WEEKDAY_NAMES } from './post-date.js'

/** An author or an image's maker as a source states it: the URL not yet resolved. */
export interface FoundAuthor {
  name: string
  url?: string
  type?: 'Person' | 'Organization'
  /** A newsroom named as the author (JSON-LD's `NewsMediaOrganization`, or the outlet a syndicated story names as its `provider`), as sites write it that keep bylines out of their metadata. */
  newsroom?: true
  /** Read from a byline class among the story's paragraphs, after its prose began: it does not replace a newsroom. */
  late?: true
  /** Read from one line with other names (`By Ana Ruiz and Tom Lee`), which names them together. */
  joined?: true
}

/** A publisher as a source states it. */
export interface FoundPublisher {
  name?: string
  url?: string
  logo?: string
}

/** A lead image as a source states it. */
export interface FoundImage {
  url: string
  alt?: string
  caption?: string
  credit?: string
  creator?: FoundAuthor
  width?: number
  height?: number
}

/** What one source (JSON-LD, Open Graph, …) states; the reader takes each field from the first source that has it. */
export interface Found {
  /** The source, for messages (`JSON-LD`, `Open Graph`). */
  readonly source: string
  type?: ArticleType
  headline?: string
  /** The headline is the article's own (JSON-LD `headline`): only a `| Site` suffix is cut from it. */
  headlineExact?: boolean
  alternativeHeadline?: string
  description?: string
  authors?: FoundAuthor[]
  datePublished?: string
  dateModified?: string
  section?: string
  keywords?: string[]
  language?: string
  url?: string
  siteName?: string
  publisher?: FoundPublisher
  image?: FoundImage
  isAccessibleForFree?: boolean
  /** The classes JSON-LD's `hasPart` names as the paid parts of the text (`cssSelector: ".paywall"`). */
  paidParts?: string[]
}

/** The most items read from one list (authors, keywords, images) of one source. */
export const MAX_LIST = 100
/** A page's text as the model stores it: normalized, whitespace runs as one space; `undefined` when empty. */
export function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = squash(normalizeText(value))
  return text === '' ? undefined : text
}

/** Keywords from comma lists and arrays: trimmed, without empty ones, each once (case ignored). */
export function keywordList(values: readonly unknown[]): string[] | undefined {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    if (typeof value !== 'string') continue
    for (const part of value.split(/[,;]/)) {
      const word = clean(part)
      if (word === undefined || seen.has(word.toLowerCase())) continue
      seen.add(word.toLowerCase())
      out.push(word)
      if (out.length >= MAX_LIST) return out
    }
  }
  return out.length > 0 ? out : undefined
}

/** Whether a value is written as a URL rather than a name (`article:author` often is). */
export function looksLikeUrl(value: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:|\/\/|www\.)/i.test(value) || /^\S+\.[a-z]{2,}\/\S*$/i.test(value)
}

/** A language tag as BCP 47 writes it (`en_GB` becomes `en-GB`), or `undefined` when it is not one. */
export function languageTag(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0]
  } catch {
    return undefined
  }
}

// Bylines -------------------------------------------------------------------

/**
 * "By", "Von", "Par", "Por", "Door", "Written by", "Posted by", "Words:", "Author:", "Texto:" at the
 * start of a byline; in Chinese and Japanese, "作者：" (author), "记者：" (reporter), "文/" (text).
 */
const BY =
  /^(?:(?:(?:(?:written|words|story|reporting|posted|submitted|words and (?:pictures|photographs|photos))\s+)?by|words(?=\s*:)|von|par|por|door|autor(?:in)?|author|texto?)\b\s*:?\s*|(?:作者|记者|記者|撰文|文)\s*[:：/／]\s*)/i
/**
 * Italian "di", Scandinavian "av"/"af", Catalan "per": lowercase only, since
 * "Di" starts surnames and "Per" is a first name (`Per` in capitals is dropped
 * on a Catalan page only: see `bylineNames`).
 */
const BY_LOWER = /^(?:di|av|af|per)\s+/
/** A byline's text without the word for "by" before its names (`By`, `Por`, `Von`, `Written by`, `作者：`, lowercase `di`). */
export function withoutBy(text: string): string {
  return text.replace(BY, '').replace(BY_LOWER, '')
}

/** Catalan "Per" before the names, on a page in Catalan. */
const BY_CATALAN = /^per\s+/i
/**
 * What joins names in a byline: commas, `&`, "and" in a few languages (Catalan `i` among them; in
 * lower or upper case; the one-letter ones in lower case only, as a middle
 * initial is written in capitals).
 */
const JOIN =
  /\s*[,;]\s*(?:(?:and|AND|und|UND|et|ET|och|og|en|&|y|e|i)\s+)?|\s+(?:and|AND|und|UND|et|ET|och|og|en|&|y|e|i)\s+/
/**
 * A middle dot that separates: not one between two lowercase letters, which
 * is Catalan's `l·l` inside a word (`Col·lell`); `Ruiz·Updated` is two items.
 * Case-sensitive, so apart from `END`.
 */
const SEPARATING_DOT = /(?<!\p{Ll})·|·(?!\p{Ll})/u
/** Credits of editors and helpers after a wire story's reporters (`; Editing by Tom Lee`): not authors. */
const CREDITS = 'editing|edited|additional reporting|writing|compiled|graphics|photos?|translated|translation'
/**
 * What ends the names: a date, a separator (`|`, `•`, ` / `, and `·` as
 * `SEPARATING_DOT` finds it), a dash with spaces around it
 * (a job title follows: `Ana Ruiz – Staff writer`), a word that says a date
 * follows, an editor's credit.
 */
const END = new RegExp(
  `[|•∙]|\\s[-–—]\\s|(?:^|\\s)(?:/|${PUBLISHED_WORDS}|${UPDATED_WORDS})(?:\\s|:|$)(?!\\s*by\\b)|(?:^|[\\s;,.])(?:${CREDITS})\\s+by\\b|\\d`,
  'iu',
)
/** Each word as written in lower case, capitalized and in capitals (`may`, `May`, `MAY`). */
function casings(words: readonly string[]): string[] {
  return words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])
}
/** A date's words after a comma, left before its first digit once the names end there (`, Saturday, December` of `…, Saturday, December 6`). */
const DATE_WORDS = new RegExp(
  `(?:(?:^|,|\\s(?:on|am|le|el|il|op))\\s*(?:${casings([...WEEKDAY_NAMES, ...MONTH_NAMES]).join('|')})\\.?)+[\\s,]*$`,
)
/** A social network's handle (`@anaruiz`). */
const HANDLE = /(?:^|\s)@[\w.]+/g
/**
 * An invitation to follow a handle (`Follow @anaruiz`, `Follow on Twitter @anaruiz`), opening the
 * text or after the name (`Ana Ruiz Follow @anaruiz`): no name. Not when the handle holds the
 * word, as a family name's (`Jane Follow @janefollow`).
 */
const FOLLOW = /(?:^|\s)follow(?:\s+(?:me|us|on\s+[\w.]+))?\s+(?=@(?![\w.]*follow))/gi
/**
 * Helpers named in brackets after the names (`Lise Marchand (avec Marc Vidal)`, `Ana Ruiz (with
 * Tom Lee)`): they are authors too, and read as if a comma came before them. The little word in
 * lower case and a capital after it: `(MIT Media Lab)`, `(Met Office)` and `(With Video)` are not helpers.
 */
const HELPERS = / ?\((?:with|avec|mit|con|com|met)\s+(\p{Lu}[^()]{0,199})\)/u
/**
 * A helper's name in brackets: two words or more, the first and the last capitalized, particles
 * between them in lower case (`Anke van den Berg`); `Material von dpa` and `Video` are notes.
 */
const HELPER_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{1,3}))*\s+\p{Lu}[\p{L}.'’-]*$/u

/** `HELPERS`' replacement: the helpers as names after a comma when each is a name, else nothing (a note). */
function helpers(_: string, names: string): string {
  const parts = names.split(JOIN)
  return parts.every((part) => HELPER_NAME.test(part.trim())) ? `, ${names}` : ''
}
/** What is written in brackets after the names, not helpers (`Ana Ruiz (MIT Media Lab)`): where they work, no name. */
const AFFILIATION = /\s\([^()]{1,200}\)\s*$/
/** A month's name ending the names' text, in the casings of `DATE_WORDS`. */
const MONTH_LAST = new RegExp(`\\s(?:${casings(MONTH_NAMES).join('|')})\\.?\\s*$`)
/**
 * The word that brings a date after the names (`Ana Ruiz on 6 December`), left before its first digit; in
 * lower case only, as in `DATE_WORDS`, since `Le`, `El` and `Op` end names (`Thanh Le`).
 */
const DATE_ON = /\s+(?:on|am|le|el|il|op)\s*$/
/** A place after the names: "in London", "aus Berlin", "à Toulon". */
const PLACE = /\s(?:in|aus|à)\s+(?=\p{Lu})/u
/** Words of a job title or a place in a byline, never of a name: such a part (", Political Editor") is dropped. */
const ROLE =
  /\b(?:(?:editor|correspondent|reporter|writer|columnist|contributor|critic|producer|analyst|journalist)s?|staff|desk|chief|senior|deputy|redakteur(?:in)?|korrespondent(?:in)?|reporterin|autorin|chefredakteur(?:in)?|rédact(?:eur|rice)|correspondante?|journaliste|envoyée?s?|spécia(?:le?s?|ux))\b/i

/**
 * The most characters of a byline read: room for `MAX_LIST` names of 100
 * characters (the longest `isName` takes), their separators and spaces.
 */
export const MAX_BYLINE = MAX_LIST * 200

/** Wire agencies and newsrooms that sign stories, lowercased: after a person's name in a byline they are no person. */
const AGENCIES = new Set([
  'reuters',
  'ap',
  'associated press',
  'afp',
  'agence france-presse',
  'agence france presse',
  'bloomberg',
  'bloomberg news',
  'dpa',
  'efe',
  'ansa',
  'kyodo',
  'kyodo news',
  'xinhua',
  'pa',
  'pa media',
  'press association',
  'europa press',
  'anadolu',
  'anadolu agency',
  'yonhap',
  'cnn',
  'bbc news',
])

/** Whether a name is a wire agency's (`Reuters`, `the Associated Press`): such an author is an organization. */
export function isAgency(name: string): boolean {
  return AGENCIES.has(name.toLowerCase().replace(/^the\s+/, ''))
}

/** A suffix after a family name (`Jr.`, `III`): it stays with the name, its dot included. */
const SUFFIX = /^(?:jr|sr|jnr|snr)\.?$|^(?:ii|iii|iv)$/i

/**
 * The names in a byline: `By Jane Roe and John Doe`, `By A, B and C`,
 * `Von Anna Schmidt und Max Muster`; a trailing job title
 * (`, Political Editor`, ` – Staff writer`), a wire agency after a person
 * (`, Reuters`) or an outlet in capitals after a name that is not (`, USA TODAY`) and what follows the names (a date, "Updated …", an editor's
 * credit) are dropped. A byline of agencies only gives the agencies.
 *
 * @param catalan The page is in Catalan: a leading "Per" is the word "by", not a first name.
 */
export function bylineNames(text: string, catalan = false): string[] {
  // Past room for `MAX_LIST` names there is nothing more to read; the name cut in two at the end is left out.
  const cut = text.length > MAX_BYLINE
  let line = clean(cut ? text.slice(0, MAX_BYLINE) : text)?.replace(HELPERS, helpers)
  if (line === undefined) return []
  for (const stop of [SEPARATING_DOT, END, PLACE]) {
    const end = line.search(stop)
    if (end === -1) continue
    // A date that starts with words after a comma: they go with its digits (`By Theresa May, 6 May` keeps May).
    const date = /\d/.test(line.charAt(end))
    const rest = line.slice(end)
    line = line.slice(0, end)
    // `December 6, 2026`: a month right before a day and its comma is the date's (`Theresa May, 6 May` keeps May).
    if (date && /^\d{1,2}(?:st|nd|rd|th)?,/.test(rest)) line = line.replace(MONTH_LAST, '')
    if (date) line = line.replace(DATE_WORDS, '').replace(DATE_ON, '')
  }
  // A social handle beside the name (`Ana Ruiz @anaruiz`) is no part of it, nor the `on` of a date left out
  // (`By Ana Ruiz <time>on …</time>`, whose time a byline's lines skip).
  line = line
    .replace(BY, '')
    .replace(BY_LOWER, '')
    .replace(FOLLOW, ' ')
    .replace(HANDLE, ' ')
    .replace(DATE_ON, '')
    .replace(AFFILIATION, '')
  if (catalan) line = line.replace(BY_CATALAN, '')
  // An outlet in capitals after a name in mixed case (`Doug Stanglin, USA TODAY`) is where the person works.
  const comma = line.lastIndexOf(',')
  const after = line.slice(comma + 1).trim()
  // Not a name in capitals with an initial (`J. LEROY`, `J.-P. LEROY`, as French bylines write them; `B.`).
  const capitals = /\p{Lu}/u.test(after) && !/\p{Ll}/u.test(after) && !SUFFIX.test(after) && !/\p{Lu}\./u.test(after)
  if (comma > 0 && capitals && /\p{Ll}/u.test(line.slice(0, comma))) line = line.slice(0, comma)
  // In a line of capitals (`POR MARIANA SOTO Y RAÚL ESCAMILLA`) a one-letter "and" between names of two words
  // is no initial (`JOHN Y SMITH` keeps it).
  if (!/\p{Ll}/u.test(line))
    line = line.replace(
      /(?<=\p{Lu}\S* \S*\p{Lu}{2}) ([YEI]) (?=\p{Lu}{2}\S* \p{Lu})/gu,
      (_, and: string) => ` ${and.toLowerCase()} `,
    )
  const names: string[] = []
  const agencies: string[] = []
  const parts = line.split(JOIN)
  if (cut) parts.pop()
  for (const part of parts) {
    // Each name's own affiliation (`Ana Ruiz (Reuters) and Tom Lee (AP)`) is no part of it, nor a button's
    // `Follow` after a name of two words (`Jane Follow` may be a name).
    const written = beforeRole(unfollowed(part.trim().replace(BY, '').replace(AFFILIATION, '')))
    const last = written.slice(written.lastIndexOf(' ') + 1)
    // `Jr.` keeps its dot; any other name loses a closing `.` or `:`.
    const name = SUFFIX.test(last) ? written : written.replace(/[.:]$/, '')
    const previous = names.length - 1
    if (SUFFIX.test(name) && previous >= 0) names[previous] = `${names[previous]} ${name}`
    // `The Associated Wire` after a person (`Mara Lindgren, The Associated Wire`) is where she works.
    else if (isAgency(name) || (names.length > 0 && /^[Tt]he\s+\p{Lu}/u.test(name)))
      agencies.push(name.replace(/^the\s+/i, ''))
    else if (isName(name) && !names.includes(name)) names.push(name)
    if (names.length + agencies.length >= MAX_LIST) break
  }
  // A byline whose every name is in capitals (`BY INGRID MABUZA`) is in the case names are written; one
  // that mixes the cases (`Par Marie Dupont, J. LEROY`) writes its capitals on purpose.
  if (names.every((name) => !/\p{Ll}/u.test(name))) return names.length > 0 ? names.map(fromCapitals) : agencies
  return names
}

/** The small words inside a name that stay in lower case when it is written in capitals (`VAN DER BERG`). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'bin',
  'ibn',
])

/**
 * A person's name written all in capitals (`INGRID MABUZA`, as wire bylines print it) in the case
 * the name is written elsewhere: each word's letters after its first lower (`Mabuza`), and after
 * an apostrophe, a hyphen or a dot too (`O'Neil-Smith`, `J.R.`); `Mc` is followed by a capital
 * (`McAdam`), particles after the first word stay lower (`Anna van der Berg`) and numerals
 * stay (`III`). A name with a lower-case letter, or of one word, is as written.
 */
export function fromCapitals(name: string): string {
  const words = name.split(' ')
  if (words.length < 2 || /\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name
  return words
    .map((word, index) => {
      const lower = word.toLowerCase()
      // Numerals (`III`) and initials of two letters without a vowel (`DJ`, `LJ`) stay in capitals.
      if (/^(?:ii|iii|iv)$/.test(lower) || /^[^\WaeiouyÀ-ÿ\d_]{2}$/i.test(word)) return word
      if (index > 0 && PARTICLES.has(lower)) return lower
      return lower
        .replace(/(^|[-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
        .replace(/^Mc(\p{L})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`)
    })
    .join(' ')
}

/** A name of two words or more without a `Follow` button's word after it (`Ana Ruiz Follow`, `Ana Ruiz Seguir`). */
function unfollowed(name: string): string {
  const without = name.replace(/\s+(?:follow|seguir|suivre|folgen|segui|volgen)$/i, '')
  return without.includes(' ') ? without : name
}

/**
 * A name with the job title written after it in the same part (`Andrea
 * Stone Senior Washington Correspondent`) without it; the part as it is
 * when fewer than two words come before the title (`Jennifer Senior` is a
 * name the title rule leaves out, not `Jennifer`), or when the part ends with
 * a plural role, a group's name (`World's Editorial Writers`), or when what comes
 * before the title starts with `Our` or `The` (`Our Foreign Correspondents` names no one).
 */
function beforeRole(part: string): string {
  const role = ROLE.exec(part)
  // A plural role that ends the part names a group (`World's Editorial Writers`), not one person's job.
  if (role === null || role.index === 0 || isGroup(part, role)) return part
  const name = part.slice(0, role.index).trim()
  return name.includes(' ') && !DETERMINER.test(name) ? name : part
}

/**
 * The people one stated name stands for (a JSON-LD or microdata person's
 * `name`): read as a byline, so that `By Ana Ruiz` is `Ana Ruiz` and
 * `Ana Ruiz and Tom Lee` two people; a name no byline rule reads as one
 * (`the harbour desk`) is kept as written, without a leading "By".
 */
export function personNames(name: string): string[] {
  const names = bylineNames(name)
  if (names.length > 0) return names
  const written = clean(name.replace(BY, '')) ?? clean(name)
  return written === undefined ? [] : [written]
}

/** The buttons of a share bar, lower case: a byline's box may hold them on a line of their own (`Facebook X WhatsApp Email`). */
const SHARE_WORDS = new Set(
  'facebook x twitter tweet whatsapp email e-mail mail linkedin instagram telegram reddit pinterest threads bluesky messenger print share copy link'.split(
    ' ',
  ),
)

/**
 * One to six words, not all a share bar's buttons, no role word, no digit, no inner "by" (`Published
 * by …`), starting with a capital in a script that has them.
 */
function isName(text: string): boolean {
  if (text === '' || text.length > 100 || /[\d@/<>]|\sby\s/i.test(text)) return false
  const role = ROLE.exec(text)
  if (role !== null && !isGroup(text, role)) return false
  const words = text.split(' ')
  if (words.length > 6 || words.every((word) => SHARE_WORDS.has(word.toLowerCase()))) return false
  const first = text.charAt(0)
  return first.toLowerCase() === first.toUpperCase() || first === first.toUpperCase()
}

/**
 * Whether a line is a job's title, with no name before it (`Executive News Editor`): it names a
 * job, and nothing before the job's word is set apart by a comma, a dash or a bar, as a name is
 * (`Bo Li, Staff Writer`, `Bo Li – Staff Writer`).
 */
export function isTitleLine(line: string): boolean {
  const role = ROLE.exec(line)
  return role !== null && !/[,–—|]|\s-\s/.test(line.slice(0, role.index))
}

/** A name's first word that makes it no one's (`Our Foreign Correspondents`, `The Harbour Editors`). */
const DETERMINER = /^(?:our|the|your|their)\s/i

/**
 * Whether a name is a group's: its first role word is a plural one that ends it, after two words
 * or more (`World's Editorial Writers`; not `Staff Writers`, a job, nor `Our Foreign
 * Correspondents`, `The Editors` or `Writers` alone, which name nobody).
 */
function isGroup(text: string, role: RegExpExecArray): boolean {
  const before = text.slice(0, role.index).trim()
  return (
    role.index + role[0].length === text.length &&
    /(?:er|or|ist|ent)s$/i.test(role[0]) &&
    before.includes(' ') &&
    !DETERMINER.test(before)
  )
}

// Titles ---------------------------------------------------------------------

/** What sites put between a headline and their name. */
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ', ' / ']

/** A name reduced to its letters and digits, lowercased, without a leading "The", to compare names as written. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** Whether two names are the same as a reader would take them (`The Harbour Gazette`, `harbour gazette`). */
export function sameName(a: string, b: string): boolean {
  const left = key(a)
  return left !== '' && left === key(b)
}

/**
 * A title without the site's name around it: `Title | Site`, `Title - Site`,
 * `Title — Site`, `Site: Title`. The site's name decides when it is known;
 * then the page's `<h1>`, when the title holds it between separators
 * (`Title | Section | Site`); with neither, only a `| Site` suffix is cut. A
 * dash inside the headline stays: only a part that is the site's name (or
 * lies outside the `<h1>`) is cut.
 *
 * @param own The title is the article's own headline (JSON-LD `headline`):
 *   only a suffix that is exactly the site's name is cut from it.
 */
export function withoutSiteName(title: string, site: string | undefined, h1: string | undefined, own = false): string {
  let text = title
  if (site !== undefined) text = withoutSite(text, site, own)
  if (own) return text
  const side = h1 === undefined ? undefined : titleSides(text, h1)
  if (side !== undefined) return side.siteName ? side.rest : (h1 as string)
  if (site === undefined && h1 === undefined) {
    const end = text.lastIndexOf(' | ')
    if (end > 0) return text.slice(0, end).trim()
  }
  return text
}

/**
 * How `h1` stands in the title `text`: `undefined` when the title does not
 * hold it between separators (or at an end); else the rest of the title at
 * the other end (`''` when the `<h1>` is in the middle), and whether the
 * `<h1>` is the site's name rather than the headline: a logo's few words (at
 * most four) at the title's end, with a part of at least twice as many words
 * before it (`Harbour reopens after the storm | The Gazette`, `<h1>The Gazette</h1>`).
 */
function titleSides(text: string, h1: string): { rest: string; siteName: boolean } | undefined {
  if (h1 === '' || h1 === text || h1.length >= text.length) return undefined
  const at = text.indexOf(h1)
  if (at === -1) return undefined
  const before = text.slice(0, at)
  const after = text.slice(at + h1.length)
  const lead = before === '' ? '' : [...SEPARATORS, ': '].find((separator) => before.endsWith(separator))
  const tail = after === '' ? '' : SEPARATORS.find((separator) => after.startsWith(separator))
  if (lead === undefined || tail === undefined) return undefined
  if (before !== '' && after !== '') return { rest: '', siteName: false }
  const rest = (before === '' ? after.slice((tail as string).length) : before.slice(0, -(lead as string).length)).trim()
  const words = (value: string) => value.split(/\s+/).filter((word) => word !== '').length
  // Against the longest part of the rest, which is the headline when the `<h1>` is not (`Section | Site`).
  let longest = 0
  for (const part of rest.split(/ [|\-–—·»/] | :: /)) longest = Math.max(longest, words(part))
  // Only at the end, where titles put the site's name: an `<h1>` first in the title is the headline.
  const siteName = after === '' && words(h1) <= 4 && longest >= 2 * words(h1)
  return { rest, siteName }
}

/** Whether the page's `<h1>` is the site's name, as the title `text` shows it (see `titleSides`). */
export function h1IsSiteName(text: string, h1: string): boolean {
  return titleSides(text, h1)?.siteName === true
}

/** The title without the site's name before or after it (only after it when `suffixOnly`). */
function withoutSite(title: string, site: string, suffixOnly: boolean): string {
  for (const separator of SEPARATORS) {
    const end = title.lastIndexOf(separator)
    if (end > 0 && sameName(title.slice(end + separator.length), site)) return title.slice(0, end).trim()
  }
  if (suffixOnly) return title
  for (const separator of [...SEPARATORS, ': ']) {
    const start = title.indexOf(separator)
    if (start > 0 && sameName(title.slice(0, start), site)) return title.slice(start + separator.length).trim()
  }
  return title
}
