// The article docs/markdown.md shows (examples/docs/tram.json, written into
// the page with its two forms by `npm run docs:examples`): its reader form
// reads right on GitHub and in the other parsers, and its lossless form
// reads back to the same article.

import { readFileSync } from 'node:fs'
import { parseArticle } from 'articlekit'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { describe, expect, it } from 'vitest'
import { parserProblems, readerProblems } from './viewers.js'

const article = parseArticle(
  JSON.parse(readFileSync(new URL('../../examples/docs/tram.json', import.meta.url), 'utf8')),
)

describe('the example of docs/markdown.md', () => {
  it('reads right on GitHub and in every parser in the reader form', () => {
    const reader = toMarkdown(article)
    expect(readerProblems(article, reader)).toEqual([])
    expect(parserProblems(reader)).toEqual([])
  })

  it('reads back from the lossless form', () => {
    expect(fromMarkdown(toMarkdown(article, { frontmatter: true }))).toEqual(article)
  })
})
