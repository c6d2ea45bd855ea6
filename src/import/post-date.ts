// Dates as static-site generators accept them, as the model's ISO 8601
// strings. A date is kept as written: a calendar date stays a calendar date,
// a time without a zone stays without one (the model's rule: such a date is
// valid, stored as given, and `lintArticle` warns that it is ambiguous), and
// an offset is kept, never converted to UTC.

import { isValidIsoDate } from '../model/date.js'
import { squash } from '../model/text.js'

/**
 * Months in the languages the importers read dates in, each list in the year's order: English,
 * French, German, Spanish, Italian, Portuguese and Dutch, whole and cut short, then Arabic's two
 * sets of names (Egypt's and the Gulf's, then the Levant's and Iraq's; `normalArabic` spelling, two
 * words joined by `_`).
 */
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'janv févr mars avr mai juin juil août sept oct nov déc',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'jan feb mär apr mai jun jul aug sep okt nov dez',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'ene feb mar abr may jun jul ago sep oct nov dic',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'gen feb mar apr mag giu lug ago set ott nov dic',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'jan fev mar abr mai jun jul ago set out nov dez',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'jan feb mrt apr mei jun jul aug sep okt nov dec',
  'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
  'كانون_الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين_الاول تشرين_الثاني كانون_الاول',
]

/**
 * Each month's names, whole and cut short, lower case, with the month's number; and the other
 * spellings of a few (`sept`, Latin America's `setiembre`, Austria's `Jänner`, `Mrz`, Egypt's `يونيه`).
 */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTH_LISTS.flatMap((list) => list.split(' ').map((name, index) => [name, index + 1] as const)),
  ['sept', 9],
  ['setiembre', 9],
  ['jänner', 1],
  ['mrz', 3],
  ['يونيه', 6],
  ['يوليه', 7],
])

/** Months, whole and cut short, in the languages the importers know, lower case. */
export const MONTH_NAMES: readonly string[] = [...MONTH_NUMBERS.keys()]

/** Weekdays in the same languages, lower case: English's whole and cut short, then French's, German's, …, Arabic's. */
const WEEKDAY_LISTS = [
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'lunes martes miércoles jueves viernes sábado domingo',
  'lunedì martedì mercoledì giovedì venerdì sabato domenica lunedi martedi mercoledi giovedi venerdi',
  'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira segunda terça quarta quinta sexta',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  'الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت',
]

/** Weekdays, whole and cut short, in the same languages, lower case. */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAY_LISTS.join(' ').split(' ')

/**
 * The weekdays of English, French and German, which name no one; Spanish `Domingo`, Italian
 * `Domenica` and `Sabato` and Portuguese `Quinta` are first names too.
 */
export const WEEKDAYS_NOT_NAMES: readonly string[] = WEEKDAY_LISTS.slice(0, 3).join(' ').split(' ')

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES)

/**
 * The little words around a date in words (`on`, `le`, `am … um … Uhr`, `de … a las`, `il … alle
 * ore`, `em … às`, `op … om … uur`, Arabic `في`): nothing to read in them (the page's date lines
 * share them). `am` right after a time is the morning's.
 */
export const DATE_LITTLE_WORDS: ReadonlySet<string> = new Set(
  'on at le à am um uhr de del el a las il alle ore em às op om uur في الساعة'.split(' '),
)

/**
 * Words that say a date follows, as a page writes its publication: in English, French, German,
 * Spanish and Portuguese, Italian, Dutch and Arabic (`نشر`, "published", with its vowel mark or without); a `RegExp`'s alternation of
 * plain words, which `isDateWord` reads too.
 */
export const PUBLISHED_WORDS =
  'published|posted|veröffentlicht|publié|publiée|publicado|publicada|pubblicato|gepubliceerd|نشر|نُشر|تاريخ النشر'
/** Words that mark a date as an update, not the publication, in the same languages; an alternation as `PUBLISHED_WORDS`. */
export const UPDATED_WORDS =
  'updated|modified|last modified|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualizado|actualización|atualizado|atualização|aggiornato|aggiornamento|modificato|modifica|bijgewerkt|آخر تحديث|تحديث'

/**
 * A word of Arabic as the month and weekday tables spell it: the alef's hamza and madda left out
 * (`أغسطس`, `آب`, `الأحد` are `اغسطس`, `اب`, `الاحد`), as sites write them either way.
 */
function normalArabic(word: string): string {
  return word.replace(/[أإآ]/g, 'ا').replace(/ـ/g, '')
}

/**
 * Arabic's halves of the day after a time: `ص` (morning) and `م` (evening). Elsewhere `م` marks the
 * common era after a year (`2013 م`) and is passed over.
 */
const ARABIC_HALVES: ReadonlyMap<string, string> = new Map([
  ['ص', 'a'],
  ['م', 'p'],
])

/** The number of a month's name (`December`, `déc.`), or of a pair that names one month two ways (Arabic `آب/أغسطس`). */
function monthOf(word: string): number | undefined {
  let found: number | undefined
  for (const part of word.split('/', 3)) {
    const number = MONTH_NUMBERS.get(normalArabic(part))
    if (number === undefined || (found !== undefined && number !== found)) return undefined
    found = number
  }
  return found
}

const pad = (value: string | number, width = 2) => String(value).padStart(width, '0')

/** Digits in Arabic-Indic and Persian forms (`٢٠١٣`, `۲۰۱۳`) as `0`–`9`. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
}

/**
 * A post's date as an ISO 8601 string, or `undefined` when `value` is not a
 * date. Accepts `2018-05-01`, `2024-05-10 14:30`, `2025-01-27 20:45:32 +0530`,
 * `2020-01-01T10:00:00Z`, `Jun 19 2024`, `19 June 2024, 10:30 PM`, RFC 2822
 * dates, `11/18/2011` (digits in the one order they allow), `Date` objects (from YAML timestamps) and TOML dates.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return fromDateObject(value)
  if (typeof value !== 'string') return undefined
  // Arabic pages mark a date's direction with marks that show nothing (`\u200f`).
  const text = westernDigits(value.replace(/[\u200e\u200f\u061c]/g, '').trim())
  if (text.length > 100) return undefined
  const found = isoLike(text) ?? digitsOnly(text) ?? inWords(text)
  return found !== undefined && isValidIsoDate(found) ? found : undefined
}

/** A TOML date keeps its kind (date, local date-time, offset date-time); any other `Date` is a UTC instant. */
function fromDateObject(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined
  const year = date.getUTCFullYear()
  if (year < 0 || year > 9999) return undefined
  const toml = date as Date & { isDate?: () => boolean; isTime?: () => boolean }
  if (typeof toml.isTime === 'function' && toml.isTime()) return undefined
  // TomlDate writes a date as `2020-01-01`, a local date-time without a zone, and an offset as written.
  const iso = date.toISOString().replace(/\.000(?=Z|[+-]|$)/, '')
  return isValidIsoDate(iso) ? iso : undefined
}

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?[ \t]*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/

/** `2024-05-10`, `2024-05-10 14:30`, `2025-01-27 20:45:32 +0530`, `2020-01-01T10:00:00Z`. */
function isoLike(text: string): string | undefined {
  const match = ISO_LIKE.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction, zone] = match
  let out = `${year}-${pad(month as string)}-${pad(day as string)}`
  if (hour === undefined) return out
  out += `T${pad(hour)}:${minute}`
  if (second !== undefined) out += `:${second}${fraction ?? ''}`
  return out + offset(zone)
}

/** `20200101` as a calendar date; a Unix time in seconds (`1577836800`) or milliseconds as a UTC instant. */
function digitsOnly(text: string): string | undefined {
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
  if (!/^\d{9,10}$|^\d{12,13}$/.test(text)) return undefined
  const date = new Date(text.length > 10 ? Number(text) : Number(text) * 1000)
  return fromDateObject(date)
}

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/

/**
 * A date in digits with the year last, in the one order its numbers allow: `11/18/2011` is
 * November 18 (there is no month 18), `18.11.2011` the same day; `06/12/2026`, which could be
 * either, gives none rather than a guess, and so does a year of two digits (`8/17/13`), whose
 * century is one.
 */
function dayAndMonth(word: string): [year: string, month: number, day: string] | undefined {
  const match = NUMERIC_DATE.exec(word)
  if (match === null) return undefined
  const first = Number(match[1])
  const second = Number(match[3])
  if (first > 12 === second > 12) return undefined
  const year = match[4] as string
  return first > 12 ? [year, second, String(first)] : [year, first, String(second)]
}

/** `Z`, `+05:30` or nothing (also for `''`, a zone's name that says no offset), from the ways generators write a zone. */
function offset(zone: string | undefined): string {
  if (zone === undefined || zone === '') return ''
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z'
  const digits = zone.replace(':', '')
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`
}

/**
 * A time of day as a word, with its half of the day written on or after it: `10:30`, `10:30:15`,
 * `7:30PM`, `9:00a`, French `14h03`, German `14.30`.
 */
const TIME = /^(\d{1,2})[:h.](\d{2})(?::(\d{2}))?(?:([ap])\.?(?:m\.?)?)?$/

/** The zones RFC 5322 names, with their offsets: US newspapers still write them after a time. */
const NAMED_ZONES = new Map([
  ['UT', 'Z'],
  ['GMT', 'Z'],
  ['EST', '-05:00'],
  ['EDT', '-04:00'],
  ['CST', '-06:00'],
  ['CDT', '-05:00'],
  ['MST', '-07:00'],
  ['MDT', '-06:00'],
  ['PST', '-08:00'],
  ['PDT', '-07:00'],
])

/**
 * A zone's name RFC 5322 does not give (`ET`, which is `EST` or `EDT` by the season; `IST`, which
 * names three zones; `BST`, `CET`, `MEZ`, `HST`): after a time, it leaves the time without an
 * offset, as one written without a zone.
 */
const OTHER_ZONE = /^[A-Z]{2,5}$/

/**
 * Dates in words: the month as a word (`Jun 19 2024`, `June 19, 2024`,
 * `19 June 2024`, `Mon, 02 Jan 2006 15:04:05 -0700`, and in French, German and Spanish:
 * `le lundi 29 octobre 2012 à 14h03`, `6. Dezember 2026 um 10:30 Uhr`, `6 de diciembre de
 * 2026`) or the date in digits that `dayAndMonth`
 * reads (`11/18/2011 2:27 AM`), with an optional time
 * (`10:30`, `10:30:15`, `10:30 PM`, `10:30PM`) and zone (an offset, `Z`, `UTC`, or a name in
 * `NAMED_ZONES`; another zone's name, `OTHER_ZONE`, leaves the time without an offset).
 */
function inWords(text: string): string | undefined {
  const words = text
    .replace(/[,،]/g, ' ')
    // The Levant's months of two words (`كانون الثاني`) as the table writes them, in one.
    .replace(/(كانون|تشرين)\s+(ال\S+)/g, '$1_$2')
    .split(/\s+/)
    .filter((word) => word !== '')
  let year: string | undefined
  let month: number | undefined
  let day: string | undefined
  let time: RegExpExecArray | undefined
  let meridiem: string | undefined
  let zone: string | undefined
  // Whether the word before was the time: `am` or `pm` then is its half of the day (German `Uhr am` is not).
  let afterTime = false
  for (const [index, word] of words.entries()) {
    const lower = word.toLowerCase().replace(/\.$/, '')
    const named = monthOf(lower)
    const wasAfterTime = afterTime
    afterTime = false
    // German `am` before a day written with its dot (`14:30 Uhr am 6. Dezember`, `12:30 am 6. Dezember`) is the day's.
    const beforeDay = /^\d{1,2}\.$/.test(words[index + 1] ?? '')
    if (named !== undefined && month === undefined) month = named
    else if (/^[ap]\.?m\.?$/.test(lower) && ((wasAfterTime && !beforeDay) || lower !== 'am')) meridiem = lower[0]
    // Arabic pages write the evening's `م` after a 24-hour time too (`14:30 م`): it then says nothing more.
    else if (ARABIC_HALVES.has(lower) && wasAfterTime)
      meridiem = lower === 'م' && Number(time?.[1]) > 12 ? undefined : ARABIC_HALVES.get(lower)
    else if (WEEKDAYS.has(normalArabic(lower)) || DATE_LITTLE_WORDS.has(lower) || lower === 'م') continue
    else if (/^\d{4}$/.test(lower) && year === undefined) year = lower
    else if (NUMERIC_DATE.test(word) && year === undefined && month === undefined && day === undefined) {
      const date = dayAndMonth(word)
      if (date === undefined) return undefined
      ;[year, month, day] = date
    } else if (/^\d{1,2}(?:st|nd|rd|th|er)?$/.test(lower) && day === undefined) day = lower.replace(/\D/g, '')
    else if (TIME.test(lower) && time === undefined) {
      time = TIME.exec(lower) as RegExpExecArray
      meridiem = time[4]
      afterTime = meridiem === undefined
    } else if (/^(?:z|utc|gmt|[+-]\d{2}:?\d{2})$/i.test(word)) zone = word
    else if (NAMED_ZONES.has(word)) zone = NAMED_ZONES.get(word)
    else if (OTHER_ZONE.test(word) && time !== undefined) zone ??= ''
    else return undefined
  }
  if (year === undefined || month === undefined || day === undefined) return undefined
  let out = `${year}-${pad(month)}-${pad(day)}`
  if (!time) return zone === undefined && meridiem === undefined ? out : undefined
  let hour = Number(time[1])
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0)
  }
  out += `T${pad(hour)}:${time[2]}`
  if (time[3] !== undefined) out += `:${time[3]}`
  return out + offset(zone)
}

/** The date at the start of a Jekyll-style file name (`2025-01-27-some-title.md`), and the title after it. */
export function readFileName(fileName: string | undefined): { date?: string; title?: string } {
  if (typeof fileName !== 'string' || fileName === '') return {}
  const parts = fileName.split(/[\\/]/).filter((part) => part !== '')
  let name = parts[parts.length - 1] ?? ''
  // A page bundle (`2020-01-01-title/index.md`) is named by its folder.
  if (/^_?index\.[\w]+$/i.test(name) && parts.length > 1) name = parts[parts.length - 2] as string
  else name = name.replace(/\.[\w]+$/, '')
  const dated = /^(\d{4})-(\d{2})-(\d{2})(?:-(.*))?$/.exec(name)
  const out: { date?: string; title?: string } = {}
  let slug = name
  if (dated) {
    const date = `${dated[1]}-${dated[2]}-${dated[3]}`
    if (isValidIsoDate(date)) out.date = date
    slug = dated[4] ?? ''
  }
  const words = squash(slug.replace(/[-_]+/g, ' '))
  if (words !== '' && !/^_?index$/i.test(words)) out.title = words.charAt(0).toUpperCase() + words.slice(1)
  return out
}
