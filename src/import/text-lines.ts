// Reading a plain-text dump into paragraphs of lines, and finding the page
// debris a scraper leaves at its end. Every step is one pass over the text:
// no regular expression here can backtrack.

import { squash } from '../model/text.js'

/** One line of the text: its words on one line, and where it is (from 1). */
export interface TextLine {
  readonly text: string
  readonly line: number
}

/** Lines with no blank line between them. */
export type TextParagraph = TextLine[]

/** The labels that open a box of titles (`Read more:`), lower case, colon included. */
export const READ_MORE_LABELS: ReadonlySet<string> = new Set(['read more:', 'read also:', 'also read:', 'see also:'])
/** The labels that open the list of sources (`Sources used:`), lower case, colon included. */
export const SOURCES_LABELS: ReadonlySet<string> = new Set(['sources used:', 'sources:'])

/** Whether a line is a label alone, which stands as a paragraph of its own even without blank lines around it. */
export function isBoxLabel(text: string): boolean {
  if (text.length > 16) return false
  const lower = text.toLowerCase()
  return READ_MORE_LABELS.has(lower) || SOURCES_LABELS.has(lower)
}

/**
 * The paragraphs of a normalized text: runs of lines without a blank line
 * between them, each line's whitespace squashed. A box label (`Read more:`,
 * `Sources used:`) is a paragraph of its own, so that the titles under it
 * form the next one.
 */
export function paragraphsOf(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = []
  let current: TextLine[] = []
  const close = () => {
    if (current.length > 0) paragraphs.push(current)
    current = []
  }
  let number = 0
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    number++
    const words = squash(text.slice(start, end))
    if (words === '') close()
    else if (isBoxLabel(words)) {
      close()
      paragraphs.push([{ text: words, line: number }])
    } else current.push({ text: words, line: number })
    start = end + 1
  }
  close()
  return paragraphs
}

/**
 * Lines a page shows between paragraphs for its advertising, or to say that
 * the story goes on after an ad, lower case, in the languages of the page
 * reader's other labels.
 */
const AD_LABELS: ReadonlySet<string> = new Set([
  'advertisement',
  'advert',
  'sponsored content',
  'ad',
  'skip advertisement',
  'story continues below advertisement',
  'article continues below advertisement',
  'article continues below',
  'story continues below',
  'continue reading below',
  'advertisement - continue reading below',
  'advertisement - scroll to continue',
  'scroll to continue with content',
  'article continues after advertisement',
  'story continues after advertisement',
  'anzeige',
  'werbung',
  'publicidad',
  'publicité',
  'pubblicità',
  'publicidade',
  'advertentie',
  'annons',
  'reklama',
  'реклама',
  '广告',
  '広告',
  'إعلان',
])

/** About the longest label of {@link AD_LABELS}, in characters. */
const MAX_AD_LABEL = 40

/** Whether a line is an advertising label, whatever its case and spacing, dashes around it or not (`- Advertisement -`). */
export function isAdLabel(text: string): boolean {
  if (text.length > MAX_AD_LABEL * 2) return false
  return AD_LABELS.has(squash(text).toLowerCase().replace(AROUND_LABEL, ''))
}

/** Dashes and spaces around a label (`- Advertisement -`, `— Anzeige —`). */
const AROUND_LABEL = /^[-–—\s]+|[-–—\s]+$/g

/** Whether a line is one text written twice, with or without a space between (`Title Title`). */
export function repeatsItself(text: string): boolean {
  for (const gap of [0, 1]) {
    const half = (text.length - gap) / 2
    if (!Number.isInteger(half) || half < 3) continue
    if (gap === 1 && text[half] !== ' ') continue
    if (text.slice(0, half) === text.slice(half + gap)) return true
  }
  return false
}

/** A line left at the end of the text as page debris, and why. */
export interface Debris {
  readonly at: TextLine
  /** The line it repeats, or `undefined` when it repeats itself. */
  readonly repeats?: number
}

/**
 * Take the page debris off the end of the text: the last lines, as long as
 * each repeats itself or another line of the text (a teaser's title left
 * over from a widget). The first line, the headline, is never debris.
 * Returns the lines taken, last first.
 */
export function takeTrailingDebris(paragraphs: TextParagraph[]): Debris[] {
  const first = new Map<string, number>()
  for (const paragraph of paragraphs)
    for (const { text, line } of paragraph) if (!first.has(text)) first.set(text, line)
  const taken: Debris[] = []
  while (paragraphs.length > 0) {
    const last = paragraphs[paragraphs.length - 1] as TextParagraph
    const at = last[last.length - 1] as TextLine
    if (paragraphs.length === 1 && last.length === 1) break
    const earliest = first.get(at.text) as number
    if (earliest < at.line) taken.push({ at, repeats: earliest })
    else if (repeatsItself(at.text)) taken.push({ at })
    else break
    last.pop()
    if (last.length === 0) paragraphs.pop()
  }
  return taken
}
