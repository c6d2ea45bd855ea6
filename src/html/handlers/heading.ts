import type { Heading } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { headingTag, hidden, plainText, slug, uniqueId } from '../util.js'

/**
 * A subheading: `<h2>`–`<h6>` (shifted by `headingOffset`), always with an
 * id, the block's own or a slug of its text, unique in the output.
 */
export function heading(node: Heading, state: HtmlState): string {
  const tag = headingTag(state, node.level)
  const { tableOfContents, scratch } = state.options
  // Headings of the story itself (not inside asides or lists) go into the table of contents.
  const listed =
    typeof node.level === 'number' &&
    node.level <= tableOfContents &&
    state.path.length === 2 &&
    state.path[0] === 'body'
  // The plain text is needed only for a slug or the contents.
  const text = listed || typeof node.id !== 'string' ? plainText(node.children) : ''
  const id = uniqueId(state, typeof node.id === 'string' ? node.id : slug(text))
  if (listed) scratch.headings.push({ level: node.level, id, text })
  // The id written may be a slug: the heading's own id is kept for the reader.
  return `<${tag}${attribute('id', id)}${hidden(state, { id: node.id })}>${state.join(node)}</${tag}>`
}
