import type { Attribution, Quote } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, indented, join, printable, safeUrl, sentence, withUrl } from '../util.js'

/** A quote: its blocks indented by two spaces, then `— Name, Title` (a sentence of its own in speech). */
export function quote(node: Quote, state: TextState): string {
  return quoted(state, () => join(state.all(node, 'children')), node.attribution)
}

/**
 * A quote or a pullquote: the body `render` writes, then the credit (see
 * `quote`), rendered in that order, so footnote numbers follow the reading order.
 */
export function quoted(state: TextState, render: () => string, attribution: Attribution | undefined): string {
  const credited = () => (attribution !== null && typeof attribution === 'object' ? credit(state, attribution) : '')
  if (state.options.speech) {
    const words = render()
    return join([words, sentence(credited())], ' ')
  }
  return indented(state, '  ', '  ', () => {
    const words = render()
    const by = credited()
    return join([words, by && fill(state, `— ${by}`)], '\n')
  })
}

/** "Name, Title", with the attribution's URL as the `links` option says. */
function credit(state: TextState, attribution: Attribution): string {
  const name = join([printable(state, attribution.name), printable(state, attribution.title)], ', ')
  if (state.options.speech) return name
  return withUrl(state, name, safeUrl(state, attribution.url, 'link', 'attribution', 'url'))
}
