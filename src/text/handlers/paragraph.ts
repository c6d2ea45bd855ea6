import type { Heading, Paragraph } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, sentence } from '../util.js'
import { displayWidth } from '../wrap.js'

/** A paragraph: its text, wrapped. In speech, each of its lines a sentence. */
export function paragraph(node: Paragraph, state: TextState): string {
  const text = inlineText(node, state)
  return state.options.speech ? text.split('\n').map(sentence).join(' ') : fill(state, text)
}

/** A heading: its text on its own lines, styled by the `headings` option; a sentence in speech. */
export function heading(node: Heading, state: TextState): string {
  return title(state, inlineText(node, state), '-')
}

/**
 * A title (headline or heading) styled by the `headings` option: as it is,
 * in upper case, or underlined with `rule` across its widest line.
 */
export function title(state: TextState, text: string, rule: string): string {
  const { speech, headings, locale } = state.options
  if (speech) return sentence(text)
  if (headings === 'upper') return fill(state, text.toLocaleUpperCase(locale))
  const lines = fill(state, text)
  if (headings !== 'underline' || lines === '') return lines
  return `${lines}\n${rule.repeat(Math.max(...lines.split('\n').map(displayWidth)))}`
}
