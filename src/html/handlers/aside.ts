import type { Aside } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, ownId, uniqueId } from '../util.js'

/** An aside (fact box, note, disclosure): `<aside>` named by its title, with its tone as a class. */
export function aside(node: Aside, state: HtmlState): string {
  const tone = typeof node.tone === 'string' ? ` ${cls(state, `aside-${node.tone}`)}` : ''
  const className = `${cls(state, 'aside')}${tone}`
  const children = state.join(node)
  const id = blockId(state, node.id)
  const data = hidden(state, { id: ownId(node.id, id) })
  if (typeof node.title !== 'string') {
    return `<aside${attribute('id', id)}${attribute('class', className)}${attribute('aria-label', state.options.labels.aside)}${data}>${children}</aside>`
  }
  const titleId = uniqueId(state, cls(state, 'aside-title'))
  return `<aside${attribute('id', id)}${attribute('class', className)}${attribute('aria-labelledby', titleId)}${data}><p${attribute('id', titleId)} class="${cls(state, 'aside-title')}">${escapeText(node.title)}</p>${children}</aside>`
}
