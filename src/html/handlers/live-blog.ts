import type { LiveBlog, LiveUpdate } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, formatDate, headedPart, headingTag, hidden, ownId } from '../util.js'

/**
 * A live blog's updates, after the body: a `<section>` named by its heading
 * ("Live updates"), each update in the order the model stores them.
 */
export function liveBlog(live: LiveBlog, state: HtmlState): string {
  return headedPart(state, 'section', 'live-blog', state.options.labels.liveBlog, () => {
    let updates = ''
    const list: unknown[] = Array.isArray(live.updates) ? live.updates : []
    list.forEach((entry, index) => {
      if (entry !== null && typeof entry === 'object') updates += state.handle('update', entry, 'updates', index)
    })
    return updates
  })
}

/**
 * One update: an `<article>` whose `id` is the update's (a stable anchor to
 * link to), with its time in `<time datetime>`, its headline, its own
 * byline when it has authors, then its blocks. An update without a headline
 * takes its time as its heading, so that every update is a stop in the
 * page's outline (screen readers move by headings).
 */
export function update(entry: LiveUpdate, state: HtmlState): string {
  const shown = formatDate(state, entry.date)
  const { headline } = entry
  let header = ''
  if (shown !== undefined) {
    const tag = typeof headline === 'string' ? 'p' : headingTag(state, 3)
    header = `<${tag} class="${cls(state, 'update-time')}"><time${attribute('datetime', entry.date)}>${escapeText(shown)}</time></${tag}>`
  }
  if (typeof headline === 'string') {
    const tag = headingTag(state, 3)
    header += `<${tag} class="${cls(state, 'update-headline')}">${escapeText(headline)}</${tag}>`
  }
  if (Array.isArray(entry.authors) && entry.authors.length > 0)
    header += state.handle('byline', entry.authors, 'authors')
  const id = blockId(state, entry.id)
  // An empty list of authors writes no byline.
  const authors = Array.isArray(entry.authors) && entry.authors.length === 0 ? [] : undefined
  return `<article${attribute('id', id)} class="${cls(state, 'update')}"${hidden(state, { id: ownId(entry.id, id), authors })}><header>${header}</header>${state.join(entry, 'body')}</article>`
}
