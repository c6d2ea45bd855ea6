// docs/markdown.md shows real output: its example blocks must be what
// toMarkdown writes for its example input, and fromMarkdown must read the
// lossless block back to the same article.

import { readFileSync } from 'node:fs'
import { parseArticle } from 'articlekit'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { describe, expect, it } from 'vitest'
import { parserProblems, readerProblems } from './viewers.js'

const docs = readFileSync(new URL('../../docs/markdown.md', import.meta.url), 'utf8')

/** The fenced block right after `<!-- markdown:name -->`, with its final line ending. */
function block(name: string): string {
  const match = new RegExp(`<!-- markdown:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n`).exec(docs)
  if (!match) throw new Error(`docs/markdown.md has no \`${name}\` block`)
  return match[1] as string
}

describe('docs/markdown.md', () => {
  const article = parseArticle(JSON.parse(block('input')))

  it('shows the reader form as toMarkdown writes it, and it reads right on GitHub', () => {
    expect(block('reader')).toBe(toMarkdown(article))
    expect(readerProblems(article, block('reader'))).toEqual([])
    expect(parserProblems(block('reader'))).toEqual([])
  })

  it('shows the lossless form as toMarkdown writes it, and it reads back', () => {
    const lossless = block('lossless')
    expect(lossless).toBe(toMarkdown(article, { frontmatter: true }))
    expect(fromMarkdown(lossless)).toEqual(article)
  })
})
