import type { PhrasingContent, RootContent } from 'mdast'
import { displayDate } from '../../core/date.js'
import type { LiveBlog, LiveUpdate } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { flat, str } from '../util.js'

/** A live blog's updates, for readers: a "Live updates" heading, then each update. */
export function liveBlog(live: LiveBlog, state: MarkdownState): MdastResult {
  const out: RootContent[] = [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: state.options.labels.liveBlog }] },
  ]
  const list: unknown[] = Array.isArray(live.updates) ? live.updates : []
  list.forEach((entry, index) => {
    if (entry !== null && typeof entry === 'object') out.push(...state.handle('update', entry, 'updates', index))
  })
  return out
}

/** One update, for readers: its headline as `###`, its time in italics, its byline, then its blocks. */
export function update(entry: LiveUpdate, state: MarkdownState): MdastResult {
  const out: RootContent[] = []
  if (typeof entry.headline === 'string')
    out.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: entry.headline }] })
  const when = displayDate(entry.date, state.options.locale) ?? str(entry.date)
  if (when !== '') {
    const time: PhrasingContent = { type: 'emphasis', children: [{ type: 'text', value: when }] }
    out.push({ type: 'paragraph', children: [time] })
  }
  if (Array.isArray(entry.authors) && entry.authors.length > 0)
    out.push(...state.handle('byline', entry.authors, 'authors'))
  out.push(...flat(state, entry, 'body'))
  return out
}
