import type { Heading } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, sentence, upper, withScratch } from '../util.js'
import { displayWidth } from '../wrap.js'

/**
 * A heading: its text on its own lines, styled by the `headings` option; a
 * sentence in speech. In upper case, only the words of its text nodes are
 * upper-cased: URLs, inline code and the labels the renderer adds stay as they are.
 */
export function heading(node: Heading, state: TextState): string {
  const { headings, speech } = state.options
  if (headings !== 'upper' || speech) return title(state, inlineText(state, node), '-')
  const text = withScratch(state, 'upper', true, () => inlineText(state, node))
  return title(state, text, '-', true)
}

/**
 * A title (headline or heading) styled by the `headings` option: as it is,
 * in upper case, or underlined with `rule` across its widest line. `cased`
 * says the text is already in upper case where it should be.
 */
export function title(state: TextState, text: string, rule: string, cased = false): string {
  const { speech, headings } = state.options
  if (speech) return sentence(text)
  if (headings === 'upper') return fill(state, cased ? text : upper(state, text))
  const lines = fill(state, text)
  if (headings !== 'underline' || lines === '') return lines
  // A loop, not Math.max(...lines): a heading may have more lines than a call takes arguments.
  let widest = 0
  for (const line of lines.split('\n')) {
    const width = displayWidth(line)
    if (width > widest) widest = width
  }
  return `${lines}\n${rule.repeat(widest)}`
}
