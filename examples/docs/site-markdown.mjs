// @ts-check
// docs/migrating.md: read a Markdown file whose front matter uses a static-site
// generator's keys, renaming them to the model's before fromMarkdown reads it.
import { fromMarkdown } from 'articlekit/markdown'
import { parse, stringify } from 'yaml'

/** Common front-matter keys and the model's names for them. @type {Record<string, string>} */
const KEYS = {
  title: 'headline',
  date: 'datePublished',
  lastmod: 'dateModified',
  tags: 'keywords',
  summary: 'description',
  category: 'section',
}
/** Keys for the site generator only. */
const IGNORED = new Set(['draft', 'layout', 'slug'])

/** @param {string} markdown a file's text */
export function fromSiteMarkdown(markdown) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown)
  if (!match) return fromMarkdown(markdown)
  /** @type {Record<string, unknown>} */
  const fields = {}
  for (const [key, value] of Object.entries(parse(match[1] ?? '') ?? {})) {
    if (IGNORED.has(key)) continue
    if (key === 'author') fields.authors = [{ name: value }]
    else fields[KEYS[key] ?? key] = value
  }
  return fromMarkdown(`---\n${stringify(fields)}---\n${markdown.slice(match[0].length)}`)
}
