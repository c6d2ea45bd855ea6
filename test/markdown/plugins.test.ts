import { parseArticle } from 'articlekit'
import { articleRemark, fromMarkdown, remarkArticle, toMarkdown } from 'articlekit/markdown'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { everyNode } from '../fixtures/valid.js'

const article = parseArticle(everyNode)

describe('remarkArticle', () => {
  it('compiles Markdown to the article, in file.result', () => {
    const markdown = toMarkdown(article, { frontmatter: true })
    const file = unified().use(remarkParse).use(remarkArticle).processSync(markdown)
    expect(file.result).toEqual(article)
  })

  it('leaves text that looks like a URL as text, and lets plugins change the tree first', () => {
    const file = unified()
      .use(remarkParse)
      .use(() => (tree: Root) => {
        for (const node of tree.children) if (node.type === 'heading') node.depth = 1
      })
      .use(remarkArticle)
      .processSync('## Ferry\n\nSee www.example.com')
    expect(file.result).toEqual({
      schemaVersion: 1,
      type: 'Article',
      headline: 'Ferry',
      authors: [],
      body: [{ type: 'paragraph', children: [{ type: 'text', value: 'See www.example.com' }] }],
    })
  })
})

describe('articleRemark', () => {
  it('parses an article’s JSON into mdast that remark-stringify writes as toMarkdown does', () => {
    const markdown = String(
      unified()
        .use(articleRemark, { frontmatter: true })
        .use(remarkStringify, { bullet: '-', rule: '-' })
        .processSync(JSON.stringify(everyNode)),
    )
    expect(fromMarkdown(markdown)).toEqual(article)
  })

  it('validates the JSON with the model', () => {
    expect(() => unified().use(articleRemark).use(remarkStringify).processSync('{"body":[]}')).toThrow('headline')
  })
})
