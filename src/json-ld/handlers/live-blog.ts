import type { Article, LiveUpdate } from '../../model/types.js'
import { textOf } from '../../text/measures.js'
import type { JsonLdNode, JsonLdState } from '../types.js'
import { idOf, list, nodeOf, nonEmpty, put } from '../util.js'

/**
 * A live blog's coverage on the `LiveBlogPosting` node: `coverageStartTime`,
 * `coverageEndTime` and a `liveBlogUpdate` per update, through the
 * `liveBlogUpdate` handler. Only a `LiveBlogPosting` has these properties.
 */
export function liveCoverage(out: JsonLdNode, node: Article, state: JsonLdState): void {
  const live = node.liveBlog
  if (live === null || typeof live !== 'object') return
  put(out, 'coverageStartTime', nonEmpty(live.coverageStart))
  put(out, 'coverageEndTime', nonEmpty(live.coverageEnd))
  const updates: JsonLdNode[] = []
  list<LiveUpdate>(live.updates).forEach((entry, index) => {
    const update = nodeOf(state.handle('liveBlogUpdate', entry, 'liveBlog', 'updates', index))
    if (update) updates.push(update)
  })
  put(out, 'liveBlogUpdate', updates)
}

/**
 * One update as a `BlogPosting`: `headline`, `datePublished`, `url` (the
 * canonical URL with the update's id as its fragment), `articleBody` (its
 * story text) and its own `author`s.
 */
export function liveBlogUpdate(entry: LiveUpdate, state: JsonLdState): JsonLdNode | undefined {
  if (entry === null || typeof entry !== 'object') return undefined
  const { canonical } = state.options
  const out: JsonLdNode = { '@type': 'BlogPosting' }
  put(out, 'headline', nonEmpty(entry.headline))
  put(out, 'datePublished', nonEmpty(entry.date))
  if (canonical !== undefined && nonEmpty(entry.id) !== undefined) out.url = idOf(canonical, entry.id)
  put(out, 'articleBody', nonEmpty(textOf({ body: entry.body } as Article)))
  put(
    out,
    'author',
    list(entry.authors)
      .map((author, index) => nodeOf(state.handle('author', author, 'authors', index)))
      .filter((author) => author !== undefined),
  )
  return out
}
