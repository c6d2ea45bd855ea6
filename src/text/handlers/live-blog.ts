import type { LiveBlog, LiveUpdate } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, formatDate, join, printable, sentence } from '../util.js'
import { title } from './heading.js'

/** A live blog's updates, after the body: "Live updates", then each update, blank lines between. */
export function liveBlog(live: LiveBlog, state: TextState): string {
  const updates: string[] = []
  const list: unknown[] = Array.isArray(live.updates) ? live.updates : []
  list.forEach((entry, index) => {
    if (entry !== null && typeof entry === 'object') updates.push(state.handle('update', entry, 'updates', index))
  })
  return join([title(state, state.options.labels.liveBlog, '-'), ...updates])
}

/**
 * One update: its time and headline on one line (`14 March 2026 at 14:05 ·
 * Headline`, a sentence each in speech), its byline, then its blocks.
 */
export function update(entry: LiveUpdate, state: TextState): string {
  const { speech } = state.options
  const when = formatDate(state, entry.date) ?? ''
  const headline = printable(state, entry.headline)
  const byline =
    Array.isArray(entry.authors) && entry.authors.length > 0 ? state.handle('byline', entry.authors, 'authors') : ''
  const head = speech
    ? join([sentence(when), sentence(headline), sentence(byline)], ' ')
    : join([fill(state, join([when, headline], ' · ')), byline], '\n')
  return join([head, ...state.all(entry, 'body')])
}
