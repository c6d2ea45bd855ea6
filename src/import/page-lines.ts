// What a short line of a web page is when it stands in the story without
// being its text: an invitation to the reader (sign up, subscribe, follow,
// share, send a tip, follow a channel), a control's label, the publisher's
// copyright notice, a line that only gives the date, a wire's sign-off
// (whose contributors the article keeps). The page
// reader's furniture pass (`page-prepare.ts`) asks these of an element's
// whole text; each is a few string tests on at most a few hundred
// characters. Apart from `text-rules.ts`, so that `fromText` does not carry
// them.

import { isAgency } from './page-meta-found.js'
import { DATE_LITTLE_WORDS, MONTH_NAMES, PUBLISHED_WORDS, UPDATED_WORDS, WEEKDAY_NAMES } from './post-date.js'
import { callToAction } from './text-rules.js'

/** What a newsletter, an app or an alert is called in an invitation, as words of the opening clause. */
const OFFERS = [
  ' our ',
  ' us ',
  ' here ',
  'newsletter',
  'podcast',
  ' app ',
  'alert',
  ' inbox',
  'briefing',
  'digest',
  ' email',
  ' free ',
]
/** Where a publisher is followed or shared, as words. */
const NETWORKS = [
  ' x ',
  ' twitter',
  ' facebook',
  ' instagram',
  ' tiktok',
  ' youtube',
  ' whatsapp',
  ' telegram',
  ' linkedin',
  ' threads',
  ' bluesky',
  ' mastodon',
  ' google news',
]
/** What the reader is asked to share. */
const SHARED = [
  ' this article',
  ' this story',
  ' this post',
  ' this page',
  ' this video',
  ' your thoughts',
  ' with us ',
]

/**
 * How a publisher's invitations open, lower case, each with the words of
 * which its opening clause must hold one (none: the opening alone is an
 * invitation, as `Suivez-nous` is). The clause decides, so that `Follow us
 * on X` is one and `Follow the money, the auditor said of our budget` is not.
 */
const INVITATIONS: readonly [string, readonly string[]][] = [
  ['sign up', OFFERS],
  ['signup', OFFERS],
  ['subscribe', [...OFFERS, ' now ', ' today ', ' here ', ' for ']],
  ['register', OFFERS],
  ['join', [' our ', 'newsletter', ' us on ']],
  ['follow', [' us on ', ' us at ', ' our ', ...NETWORKS]],
  ['like us on', []],
  ['download', [' app ', ' our ', ' the app']],
  ['install', [' app ', ' our ']],
  ['get', [' the app ', ' our ', 'newsletter', 'alerts ', ' a subscription']],
  ['share', [...SHARED, ...NETWORKS]],
  ['support', [' our ', ' us ', ' journalism', ' independent']],
  ['listen to this article', []],
  ['click here', OFFERS],
  ['email us', []],
  ['contact us', []],
  ['leave a comment', []],
  ['give a gift', []],
  ["don't miss", OFFERS],
  ['don’t miss', OFFERS],
  ['never miss', OFFERS],
  ['abonnez-vous', []],
  ['inscrivez-vous', []],
  ['suivez-nous', []],
  ['téléchargez', [' notre ', " l'app", ' l’app']],
  ['partagez', [' cet article']],
  ['abonnieren sie', []],
  ['jetzt abonnieren', []],
  ['folgen sie uns', []],
  ['melden sie sich', ['newsletter']],
  ['laden sie', [' app ', ' unsere ']],
  ['teilen sie', [' diesen artikel']],
  ['suscríbete', []],
  ['suscríbase', []],
  ['síguenos', []],
  ['regístrate', []],
  ['descarga', [' app ', ' nuestra ']],
  ['comparte', [' este artículo']],
]

/** A Hindi invitation, which ends with its verb: `हमें … पर फॉलो करें` ("follow us on …"), also to subscribe or download. */
const HINDI_INVITATION = /हमें .*(?:फॉलो|फ़ॉलो|सब्सक्राइब|डाउनलोड) करें[।.!]?$/

/**
 * Whether a short line asks the reader for news tips (`Got a news tip or
 * inside information? Reach …`, `Har du ett tips? Mejla oss …`): a question
 * about a tip opens it, in the languages the readers know, and it points to
 * the newsroom (`ASKS_US`). The line need not hold a link (it gives an
 * address or a number as text).
 */
export function isTipRequest(text: string): boolean {
  return text.length <= MAX_INVITATION && TIP_QUESTION.test(text) && ASKS_US.test(text)
}

/**
 * Words of a tip request that point to the newsroom (`Reach us`, `email us`, `securely on Signal`, `Mejla
 * oss`): a police appeal in a story (`Have a tip? Police ask anyone …`) points elsewhere.
 */
const ASKS_US = /\b(?:us|our|reach|securely|signal|oss|uns|nous|nosotros)\b/i

/**
 * Whether a short line asks the reader to follow the publisher's channel on a network (`Follow our
 * WhatsApp channel for breaking news`, Indonesian `… akses berita … WhatsApp Channel`, Bengali `… গুগল
 * নিউজ চ্যানেল ফলো করুন`): it names the network, a channel and a verb of following, with or without a
 * link (some give the address as text). The verb opens the line or, in Bengali and Hindi, ends it: a
 * sentence that reports a channel (`The ministry urged citizens to follow its Telegram channel`) is none.
 */
export function isChannelPlug(text: string): boolean {
  return text.length <= MAX_PLUG && CHANNEL_NETWORK.test(text) && CHANNEL.test(text) && FOLLOW_VERB.test(text.trim())
}

/** The longest line `isChannelPlug` reads. */
const MAX_PLUG = 300
const CHANNEL_NETWORK = /whatsapp|telegram|google news|গুগল নিউজ|হোয়াটসঅ্যাপ|व्हाट्सऐप|व्हाट्सएप|गूगल न्यूज़/i
const CHANNEL = /channel|saluran|kanal|চ্যানেল|चैनल/i
// The line asks it: it opens with the verb, or ends with it where the verb comes last (Bengali, Hindi).
const FOLLOW_VERB = /^(?:follow|join|subscribe|ikuti|simak|gabung)\b|(?:ফলো করুন|জয়েন করুন|फॉलो करें|फ़ॉलो करें|जुड़ें)[।.!]?$/i

const TIP_QUESTION =
  /^(?:got|have|do you have|har du|heb je|hebt u|hast du|haben sie|vous avez|tienes|¿tienes)\b[^?]{0,40}\b(?:tips?|tipp|hinweis|tuyau|pista)\b[^?]{0,80}\?/i

/** Buttons of a publisher's that stand as a paragraph of their own: the whole text, lower case. */
const BUTTONS: ReadonlySet<string> = new Set(['share', 'subscribe', 'subscribe now', 'sign up', 'follow', 'share this'])

/** The most characters of the question an invitation may open with. */
const MAX_QUESTION = 60

/** The most characters of a call to action standing in the story (`Sign up to our newsletter …`). */
export const MAX_INVITATION = 200

/**
 * Whether a short paragraph is a publisher's invitation to the reader (sign
 * up, subscribe, follow, get the app, share, support): it opens with one, in
 * the languages the readers know, or is a call to action
 * ({@link callToAction}). A sentence that speaks of subscribing after its
 * first words is not one.
 */
export function isInvitation(text: string): boolean {
  if (text.length > MAX_INVITATION) return false
  if (callToAction(text) !== undefined || HINDI_INVITATION.test(text)) return true
  let lower = text.toLowerCase()
  if (BUTTONS.has(lower)) return true
  // A short question may come first (`Enjoying Island Notes? Subscribe …`).
  const question = lower.indexOf('? ')
  if (question > 0 && question <= MAX_QUESTION) lower = lower.slice(question + 2)
  // The opening clause, padded so that words are found with a space each side.
  let end = 0
  while (end < lower.length && !'.,;:!?|'.includes(lower[end] as string)) end++
  const clause = ` ${lower.slice(0, end).replace(/\s+/g, ' ')} `
  for (const [opening, words] of INVITATIONS) {
    if (!clause.startsWith(` ${opening}`)) continue
    // A word of its own: `Follow-up reports …` does not open with `Follow`.
    if (clause[opening.length + 1] !== ' ') continue
    if (words.length === 0 || words.some((word) => clause.includes(word))) return true
  }
  return false
}

/** The words of a page's controls that stay in its markup without their scripts (a caption's toggle), lower case. */
const CONTROL_LABELS: ReadonlySet<string> = new Set([
  'toggle caption',
  'hide caption',
  'show caption',
  'enlarge this image',
  'enlarge',
  'view image in fullscreen',
  'expand image',
  'loading...',
  'loading…',
  'like this:',
  'like loading...',
  'read more',
  'show more',
  'load more',
  'continue reading',
  'click to expand',
  'copy link',
  'link copied',
  'back to top',
  'now playing',
  'up next',
  'next',
  'previous',
  'close',
  'play',
  'pause',
  'replay',
  'mute',
  'unmute',
  // A share bar's buttons left as links without their icons.
  'email',
  'print',
  'tweet',
  'recommend',
  'pin it',
])

/** Whether a line is the label of one of a page's controls (`toggle caption`, `Enlarge this image`). */
export function isControlLabel(text: string): boolean {
  return text.length <= 40 && CONTROL_LABELS.has(text.toLowerCase())
}

/** A contributor named by a story's sign-off line, as the model's `contributors` holds one. */
export interface SignedContributor {
  readonly type: 'Person' | 'Organization'
  readonly name: string
  readonly role: 'additionalReporting' | 'editor' | 'translator' | 'factChecker' | 'photographer' | 'other'
  readonly label?: string
}

/** The roles a sign-off's clauses give, by their opening words, lower case; `null` for the byline's own. */
const SIGN_OFF_ROLES: ReadonlyMap<string, SignedContributor['role'] | null> = new Map([
  ['reporting', null],
  ['writing', null],
  ['additional reporting', 'additionalReporting'],
  ['editing', 'editor'],
  ['edited', 'editor'],
  ['translation', 'translator'],
  ['translated', 'translator'],
  ['fact-checking', 'factChecker'],
  ['photos', 'photographer'],
  ['graphics', 'other'],
])

/** A clause of a sign-off: its opening words, `by`, and the names. */
const SIGN_OFF_CLAUSE = /^([a-z-]+(?: [a-z]+)?) by (.+)$/

/** The most characters of a sign-off line. */
const MAX_SIGN_OFF = 400

/**
 * The contributors of a wire story's sign-off line (`Reporting by Ann
 * Example in Lyon; Additional reporting by Ben Sample; Editing by Cy
 * Person`): each clause a role and its names, the place after `in` left
 * out. The reporters are the byline's and are not repeated; a line of
 * nothing else is none. Undefined when the line is not a sign-off: a clause
 * of other words, or a name that is not capitalized words.
 */
export function signOff(text: string): SignedContributor[] | undefined {
  if (text.length > MAX_SIGN_OFF) return undefined
  const out: SignedContributor[] = []
  for (const clause of text.replace(/\.$/, '').split(';')) {
    const found = SIGN_OFF_CLAUSE.exec(clause.trim().replace(/^\p{Lu}/u, (first) => first.toLowerCase()))
    const role = found ? SIGN_OFF_ROLES.get(found[1] as string) : undefined
    if (!found || role === undefined) return undefined
    for (const part of (found[2] as string).split(/,\s*|\s+and\s+|\s*&\s*/)) {
      const name = part.replace(/\s+in\s+\p{Lu}.*$/u, '').trim()
      if (!/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4}$/u.test(name)) return undefined
      // A wire agency is no person (`Additional reporting by Reuters`).
      const type = isAgency(name) ? 'Organization' : 'Person'
      if (role === 'other') out.push({ type, name, role, label: 'Graphics' })
      else if (role !== null) out.push({ type, name, role })
    }
  }
  return out.length > 0 ? out : undefined
}

/**
 * Whether a line is the publisher's copyright notice (`© 2026 Island
 * Courier`, `Copyright 2026 … All rights reserved.`): a year with `©`,
 * `(c)`, `Copyright` or "All rights reserved", and no run of four words in
 * lower case, which is a sentence (`Copyright 2020 law reform was blocked`,
 * `(c) any vessel carrying …`, `The label said "All rights reserved", but …`).
 */
export function isCopyrightLine(text: string): boolean {
  const lower = text.toLowerCase()
  const marked =
    lower.startsWith('©') ||
    lower.startsWith('(c) ') ||
    /^copyright (?:\d|©|\(c\))/.test(lower) ||
    lower.includes('all rights reserved')
  if (!marked || !/\b(?:19|20)\d\d\b/.test(text)) return false
  // A notice that opens with `Copyright ©` and a year and says "All rights reserved" may go on about the site's
  // terms (`… Visit our website terms of use …`).
  if (/^copyright (?:©|\(c\)) ?(?:19|20)\d\d\b/.test(lower) && lower.includes('all rights reserved')) return true
  return !/\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b/.test(text)
}

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES)

/**
 * The words a line that only gives the date may hold beside its numbers,
 * lower case: months and weekdays, what the date is (`Published`, `Mis à
 * jour`, `Aktualisiert`), the little words around it (`on`, `le`, `am`,
 * `à`), the time's (`AM`, `Uhr`) and the zones sites print (`ET`, `GMT`).
 */
const DATE_LINE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  ...DATE_LITTLE_WORDS,
  // The words of "Published" and "Updated" in each language (`publié`, `mis à jour`, `last modified`).
  ...`${PUBLISHED_WORDS}|${UPDATED_WORDS}`.split(/[|\s]/),
  ...[
    'first date dated stand',
    'den pm a.m p.m h',
    'utc gmt et pt ct mt est edt cst cdt mst mdt pst pdt bst cet cest ist jst kst aest aedt',
  ]
    .join(' ')
    .split(' '),
])

/** A number a date line holds: a year, a day (`13th`, `6.`, `1er`), a time (`4:35`, `14h03`) or a date in figures (`29/10/2026`). */
const DATE_LINE_NUMBER =
  /^(?:\d{1,4}(?:st|nd|rd|th|er|\.)?|\d{1,2}[:h.]\d{2}(?::\d{2})?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})$/

/** Whether a word (lower case) is one a date line holds beside its numbers (`published`, `on`, `december`). */
export function isDateWord(word: string): boolean {
  return DATE_LINE_WORDS.has(word)
}

/** How long a paragraph of the story's prose is, at least: a byline, a date line or a standfirst's label is shorter. */
export const PROSE_LENGTH = 80

/** The longest line read as a date line. */
const MAX_DATE_LINE = 120

/**
 * Whether a line only gives a date (`June 8, 2026 6:14 AM`, `Published:
 * Wednesday, 21 Oct 2026 | 4:35 PM ET`, `Mis à jour le 29/10/2026 à
 * 14h03`): each of its words a date's, with a year and a month or a date
 * in figures. A sentence that names a date, or a time without a date
 * (`10:42 AM`, a live update's), is not one.
 */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE || !/\b(?:19|20)\d\d\b/.test(text)) return false
  let month = false
  for (const word of text.toLowerCase().split(/[\s,|·•:;–—()]+|-(?=\D)/)) {
    if (word === '') continue
    if (DATE_LINE_NUMBER.test(word)) {
      if (/\d[/.-]\d/.test(word)) month = true
      continue
    }
    const bare = word.replace(/\.$/, '')
    if (!isDateWord(bare)) return false
    if (MONTH_WORDS.has(bare)) month = true
  }
  return month
}
