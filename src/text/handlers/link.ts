import type { Link } from '../../model/types.js'
import type { TextState } from '../types.js'
import { safeUrl, withUrl } from '../util.js'

/** A link: its text, then its URL as the `links` option says. */
export function link(node: Link, state: TextState): string {
  return withUrl(state, state.join(node), safeUrl(state, node.url, 'link', 'url'))
}
