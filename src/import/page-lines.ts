// What a short line of a web page is when it stands in the story without
// being its text: an invitation to the reader (sign up, subscribe, follow,
// share), a control's label, the publisher's copyright notice. The page
// reader's furniture pass (`page-prepare.ts`) asks these of an element's
// whole text; each is a few string tests on at most a few hundred
// characters. Apart from `text-rules.ts`, so that `fromText` does not carry
// them.

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
  if (callToAction(text) !== undefined) return true
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
])

/** Whether a line is the label of one of a page's controls (`toggle caption`, `Enlarge this image`). */
export function isControlLabel(text: string): boolean {
  return text.length <= 40 && CONTROL_LABELS.has(text.toLowerCase())
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
  return marked && /\b(?:19|20)\d\d\b/.test(text) && !/\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b/.test(text)
}
