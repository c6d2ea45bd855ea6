import type { Paragraph } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, sentence } from '../util.js'

/** A paragraph: its text, wrapped. In speech, each of its lines a sentence. */
export function paragraph(node: Paragraph, state: TextState): string {
  const text = inlineText(state, node)
  return state.options.speech ? text.split('\n').map(sentence).join(' ') : fill(state, text)
}
