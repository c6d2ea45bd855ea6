import type { PhrasingContent, RootContent } from 'mdast'
import { displayDate } from '../../core/date.js'
import type { LiveBlog, LiveUpdate } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, escapeJson, flat, str } from '../util.js'

/**
 * A live blog's updates. Reader form: a "Live updates" heading, then each
 * update. Lossless form: `::::live-blog{order coverageStart coverageEnd}`
 * holding an `:::update` directive per update, when the live blog is one the
 * directives can carry.
 */
export function liveBlog(live: LiveBlog, state: MarkdownState): MdastResult {
  const out: RootContent[] = []
  const list: unknown[] = Array.isArray(live.updates) ? live.updates : []
  list.forEach((entry, index) => {
    if (entry !== null && typeof entry === 'object') out.push(...state.handle('update', entry, 'updates', index))
  })
  if (state.options.frontmatter) {
    const attributes = attrs({ order: live.order, coverageStart: live.coverageStart, coverageEnd: live.coverageEnd })
    return [{ type: 'containerDirective', name: DIRECTIVE.liveBlog, attributes, children: out } as RootContent]
  }
  return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: state.options.labels.liveBlog }] }, ...out]
}

/**
 * One update. Reader form: its headline as `###`, its time in italics, its
 * byline, then its blocks. Lossless form: `:::update{#id date headline
 * authors}` (the authors as JSON) holding its blocks.
 */
export function update(entry: LiveUpdate, state: MarkdownState): MdastResult {
  if (state.options.frontmatter) {
    const authors = Array.isArray(entry.authors) ? escapeJson(JSON.stringify(entry.authors)) : undefined
    const attributes = attrs({ id: entry.id, date: entry.date, headline: entry.headline, authors })
    const children = flat(state, entry, 'body')
    return [{ type: 'containerDirective', name: DIRECTIVE.update, attributes, children } as RootContent]
  }
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

/** Whether `value` is an object with no keys but those listed, whose `strings` are strings where present. */
function only(value: unknown, keys: string[], strings: string[]): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const record = value as Record<string, unknown>
  return (
    Object.keys(record).every((key) => keys.includes(key) || strings.includes(key)) &&
    strings.every((key) => record[key] === undefined || typeof record[key] === 'string')
  )
}

/**
 * Whether the lossless form can write a live blog as directives: only the
 * model's fields, strings where attributes go, arrays where blocks and
 * authors go. Anything else (an object that skipped validation) stays in the
 * front matter, which carries every value.
 */
export function carriedAsDirectives(live: unknown): live is LiveBlog {
  return (
    only(live, ['updates'], ['order', 'coverageStart', 'coverageEnd']) &&
    Array.isArray(live.updates) &&
    live.updates.every(
      (entry: unknown) =>
        only(entry, ['authors', 'body'], ['id', 'date', 'headline']) &&
        Array.isArray(entry.body) &&
        (entry.authors === undefined || Array.isArray(entry.authors)),
    )
  )
}
