// Helpers shared by the text handlers.

import { displayDate } from '../core/date.js'
import type { UrlContext } from '../core/index.js'
import { citeSource, inReadingOrder } from '../core/sources.js'
import { policyUrl } from '../core/url-message.js'
import { clean } from './clean.js'
import type { TextScratch, TextState } from './types.js'
import { BREAK, wrap } from './wrap.js'

/**
 * A field of the article as printable text: `''` for anything but a string;
 * controls and unbalanced bidi controls removed when the render is careful
 * (see `toText`).
 */
export function printable(state: TextState, value: unknown): string {
  if (typeof value !== 'string') return ''
  return state.options.scratch.careful ? clean(value) : value
}

/**
 * The inline content in `node[field]` as one string, with the `inline` flag
 * set while it renders (so a node without a handler renders as inline text).
 */
export function inlineText(state: TextState, node: object, field = 'children'): string {
  return withScratch(state, 'inline', true, () => state.join(node, field))
}

/**
 * What `render` returns, rendered with `scratch[key]` set to `value`; the
 * outer value is restored after, even if `render` throws. The one way
 * handlers set the `inline`, `upper` and `width` of what they hold.
 */
export function withScratch<K extends keyof TextScratch>(
  state: TextState,
  key: K,
  value: TextScratch[K],
  render: () => string,
): string {
  const scratch = state.options.scratch
  const outer = scratch[key]
  scratch[key] = value
  try {
    return render()
  } finally {
    scratch[key] = outer
  }
}

/** Text in upper case in the render's locale (in English if the locale is not one). */
export function upper(state: TextState, text: string): string {
  try {
    return text.toLocaleUpperCase(state.options.locale)
  } catch {
    return text.toLocaleUpperCase('en')
  }
}

/**
 * The marker of a citation: `[Source 2]`, numbered as in every output (see
 * `numberSources`); nothing in speech, without the sources list, or for an
 * unknown source.
 */
export function citationMarker(state: TextState, sourceId: unknown): string {
  const { speech, sections, labels } = state.options
  const number =
    speech || !sections.sources ? undefined : citeSource(state, sourceId, inReadingOrder(state.options.sections))
  return number === undefined ? '' : `[${labels.citation.replace('{n}', String(number))}]`
}

/** Wrap text to the columns the current block has left; unchanged without `wrap`. */
export function fill(state: TextState, text: string): string {
  const { width } = state.options.scratch
  return width === Number.POSITIVE_INFINITY ? text : wrap(text, Math.max(1, width))
}

/**
 * Render a block inside a container that indents it: `columns` fewer columns
 * to wrap in, the first line prefixed with `first` and the others with `rest`.
 */
export function indented(state: TextState, first: string, rest: string, render: () => string): string {
  const text = withScratch(state, 'width', state.options.scratch.width - rest.length, render)
  // Every line but the first gets `rest`; blank lines stay empty.
  if (text === '') return ''
  return first + (text.includes('\n') ? text.replace(/\n(?=[^\n])/g, `\n${rest}`) : text)
}

/** Join rendered parts with `separator` (a blank line by default), leaving out the empty ones. */
export function join(parts: readonly string[], separator = '\n\n'): string {
  let text = ''
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string
    if (part !== '') text += text === '' ? part : separator + part
  }
  return text
}

/** White space other than the no-break spaces (U+00A0, U+2007, U+202F, U+FEFF), which speech keeps. */
const breaking = /* @__PURE__ */ (() => new RegExp(`[${BREAK}]+`, 'g'))()

/** Text ending in sentence punctuation, possibly followed by closing quotes or brackets. */
const ended = /[.!?…:;。！？][\p{Pe}\p{Pf}"']*$/u

/**
 * Text as a sentence for speech: trimmed, line breaks and runs of white space
 * as one space (no-break spaces kept), and a full
 * stop added unless it already ends like a sentence (so "etc." never gets a
 * second one).
 */
export function sentence(text: string): string {
  const trimmed = text.replace(breaking, ' ').replace(/^ | $/g, '')
  return trimmed === '' || ended.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * A URL as it may be written, or `undefined` if absent or refused by the URL
 * policy (refusals go to `onWarning`). With `resolveUrl`, a relative URL is
 * resolved against `article.url` before the policy sees it.
 */
export function safeUrl(
  state: TextState,
  value: unknown,
  context: UrlContext,
  ...at: (string | number)[]
): string | undefined {
  const { options, article } = state
  const allowed = policyUrl(options, value, context, options.resolveUrl ? article.url : undefined, state.path, at)
  // A policy may rewrite; what it returns is printed, so it is cleaned too.
  return allowed === undefined ? undefined : printable(state, allowed)
}

/**
 * Text followed by its URL as the `links` option says: `text (url)`,
 * `text[n]` with the URL numbered for the list at the end, or the text alone.
 * A URL that only repeats the text is not written twice.
 */
export function withUrl(state: TextState, text: string, url: string | undefined): string {
  const { links, scratch } = state.options
  if (url === undefined || links === 'none') return text
  // Spaces at the end of the link text go after the URL or number.
  const words = text.trimEnd()
  const after = text.slice(words.length)
  if (words === '' || words === url || `mailto:${words}` === url || `tel:${words}` === url)
    return (words || url) + after
  // In an upper-case heading, link text that is its URL is written as the URL, never upper-cased.
  if (scratch.upper) {
    const bare = url.replace(/^(?:mailto|tel):/i, '')
    if (words === upper(state, url) || words === upper(state, bare)) return bare + after
  }
  if (links === 'inline') return `${words} (${url})${after}`
  let number = scratch.notes.indexOf(url) + 1
  if (number === 0) number = scratch.notes.push(url)
  return `${words}[${number}]${after}`
}

/**
 * A date for people in the render's locale, at the wall-clock time the ISO
 * string carries (never converted to the reader's zone); `undefined` if it is not a date.
 */
export function formatDate(state: TextState, iso: unknown): string | undefined {
  return displayDate(iso, state.options.locale)
}
