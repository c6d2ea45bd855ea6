import type { Break, Citation, Emphasis, InlineCode, Link, Strikethrough, Strong, Text } from '../../model/types.js'
import type { TextState } from '../types.js'
import { citationMarker, safeUrl, str, upper, withUrl } from '../util.js'

/**
 * Text: its value (stripped of terminal controls and unbalanced bidi controls
 * when the output needs it); in upper case inside a heading of `headings: 'upper'`.
 */
export function text(node: Text, state: TextState): string {
  const value = str(state, node.value)
  return state.options.scratch.upper ? upper(state, value) : value
}

/** Emphasis, strong and struck-through text: their words, without markers. */
export function phrase(node: Emphasis | Strong | Strikethrough, state: TextState): string {
  return state.join(node)
}

/** Inline code: its value, verbatim. */
export function inlineCode(node: InlineCode, state: TextState): string {
  return str(state, node.value)
}

/** A line break: a line feed (in speech, where it ends a sentence). */
export function lineBreak(_node: Break, _state: TextState): string {
  return '\n'
}

/** A link: its text, then its URL as the `links` option says. */
export function link(node: Link, state: TextState): string {
  return withUrl(state, state.join(node), safeUrl(state, node.url, 'link', 'url'))
}

/**
 * A citation: its words, then a marker naming the source's number in the
 * sources list (`fares [Source 2]`), numbered as in every output. The marker
 * is left out in speech and when the sources list is not rendered.
 */
export function citation(node: Citation, state: TextState): string {
  const words = node.children === undefined ? '' : state.join(node)
  const marker = citationMarker(state, node.sourceId)
  return marker === '' ? words : words === '' ? marker : `${words} ${marker}`
}
