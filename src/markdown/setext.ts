// Setext headings (`Title` over a line of `-` or `=`) in linear time.
// micromark's own construct resolves each heading with an edit map that
// rebuilds the event list of the whole document, so n headings cost n times
// the document: 4,000 headings in 200 KB took two minutes. Every edit a
// heading makes lies within its own paragraph, at the end of the list, so
// this resolver rewrites only that tail. The tokenizer is micromark's, so
// what counts as a heading does not change; a test compares both trees on
// random documents.

import { setextUnderline } from 'micromark-core-commonmark'
import type { Construct, Event, Extension, Resolver, Token } from 'micromark-util-types'

/**
 * The events of a setext heading, made from those of its paragraph, as
 * micromark's resolver makes them: the paragraph becomes the heading's text,
 * the content around it becomes the heading (or, when link reference
 * definitions precede the text, the content ends after them and the heading
 * starts at the text), and the heading closes after the underline.
 */
const resolveTo: Resolver = (events, context) => {
  // Find the content the paragraph is in: its enter, the paragraph's enter and the last definition's exit.
  let content = -1
  let text = -1
  let definition = -1
  for (let index = events.length - 1; index >= 0; index--) {
    const [kind, token] = events[index] as Event
    if (kind === 'enter' && token.type === 'content') {
      content = index
      break
    }
    if (kind === 'enter' && token.type === 'paragraph') text = index
    if (kind === 'exit' && token.type === 'definition' && definition === -1) definition = index
  }
  // The tokenizer only starts after a paragraph, so both exist.
  if (content === -1 || text === -1) return events
  const tail = events.splice(content)
  const contentToken = (tail[0] as Event)[1]
  const heading: Token = {
    type: 'setextHeading',
    start: { ...contentToken.start },
    end: { ...(tail[tail.length - 1] as Event)[1].end },
  }
  ;(tail[text - content] as Event)[1].type = 'setextHeadingText'
  if (definition === -1) (tail[0] as Event)[1] = heading
  else contentToken.end = { ...(tail[definition - content] as Event)[1].end }
  tail.forEach((event, index) => {
    const at = index + content
    if (definition !== -1 && at === text) events.push(['enter', heading, context])
    if (definition !== -1 && at === definition + 1) events.push(['exit', contentToken, context])
    // The content's own exit goes: the heading, or the exit added above, closes it.
    if (!(event[0] === 'exit' && event[1].type === 'content')) events.push(event)
  })
  if (definition !== -1 && definition + 1 === content + tail.length) events.push(['exit', contentToken, context])
  events.push(['exit', heading, context])
  return events
}

const construct: Construct = { ...setextUnderline, name: 'articlekitSetextUnderline', resolveTo }

/**
 * A micromark extension that swaps the setext underline construct for one
 * whose resolver takes time in proportion to the heading, not the document.
 * Parsing is otherwise unchanged.
 */
export const linearSetext: Extension = {
  flow: { 45: construct, 61: construct },
  disable: { null: ['setextUnderline'] },
}
