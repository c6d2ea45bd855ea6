import type { Aside } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, join, printable, sentence } from '../util.js'

/** An aside: its title on a line of its own (a sentence in speech), then its blocks. */
export function aside(node: Aside, state: TextState): string {
  const title = printable(state, node.title)
  return join([state.options.speech ? sentence(title) : fill(state, title), ...state.all(node, 'children')])
}
