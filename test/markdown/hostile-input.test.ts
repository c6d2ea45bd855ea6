// Hostile Markdown in: every shape that makes micromark or the conversion
// slow or crash, at growing sizes, gives an article or a clean
// ArticleValidationError, never another error. How long they take is the
// bench's business (`npm run bench -- hostile`), not this file's.

import { type ArticleValidationError, isArticleValidationError } from 'articlekit'
import {
  defaultMarkdownLimits,
  fromMarkdown,
  fromMdast,
  type MarkdownIssue,
  parseMarkdown,
  toMarkdown,
} from 'articlekit/markdown'
import type { BlockContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { scanMarkdownLimits } from '../../src/markdown/limits.js'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileMarkdown, hostileShapes, sizesOf } from '../fixtures/hostile-markdown.mjs'

type Outcome = { article: true } | { issues: readonly MarkdownIssue[] }

/** What `fromMarkdown` gives: an article, or the issues of an `ArticleValidationError`; anything else is rethrown. */
function outcome(markdown: string, options?: Parameters<typeof fromMarkdown>[1]): Outcome {
  try {
    fromMarkdown(markdown, options)
    return { article: true }
  } catch (error) {
    if (isArticleValidationError(error)) return { issues: (error as ArticleValidationError).issues as MarkdownIssue[] }
    throw error
  }
}

function issuesOf(markdown: string, options?: Parameters<typeof fromMarkdown>[1]): readonly MarkdownIssue[] {
  const result = outcome(markdown, options)
  if ('article' in result) throw new Error('Expected fromMarkdown to refuse the input')
  return result.issues
}

describe('hostile Markdown', () => {
  for (const shape of hostileShapes) {
    it(`${shape.name}: an article or a clean error at every size`, () => {
      for (const n of sizesOf(shape)) {
        const result = outcome(hostileMarkdown(shape, n))
        if (shape.code === undefined || n < 1000) continue
        expect('issues' in result ? result.issues[0]?.code : 'an article', `${shape.name} × ${n}`).toBe(shape.code)
        if ('issues' in result) {
          const [issue] = result.issues
          expect(issue?.path).toEqual([])
          expect(issue?.line).toBeGreaterThanOrEqual(3)
          expect(issue?.message).toMatch(/^Markdown past the limit `\w+` of \d+: `\d+` \(line \d+, column \d+\)$/)
        }
      }
    })
  }

  it('turns a stack overflow into a `too_deep` issue when the limits are off', () => {
    const issues = issuesOf(`# Deep\n\n${'>'.repeat(10_000)} a`, {
      limits: { depth: Number.POSITIVE_INFINITY, containers: Number.POSITIVE_INFINITY },
    })
    expect(issues.map((issue) => issue.code)).toEqual(['too_deep'])
  })

  it('applies the same limits in parseMarkdown, and fromMdast turns a tree too deep for it into `too_deep`', () => {
    expect(() => parseMarkdown(`${'>'.repeat(10_000)} a`)).toThrow('Markdown past the limit `depth` of 64')
    expect(parseMarkdown(`${'>'.repeat(70)} a`, { limits: { depth: 100 } }).children[0]?.type).toBe('blockquote')
    // A tree another parser built: 100,000 quotes, one in the other.
    let node: BlockContent = { type: 'paragraph', children: [{ type: 'text', value: 'deep' }] }
    for (let depth = 0; depth < 100_000; depth++) node = { type: 'blockquote', children: [node] }
    try {
      fromMdast({
        type: 'root',
        children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'H' }] }, node],
      })
      throw new Error('Expected fromMdast to refuse the tree')
    } catch (error) {
      expect(isArticleValidationError(error), String(error)).toBe(true)
      expect((error as ArticleValidationError).issues.map((issue) => issue.code)).toEqual(['too_deep'])
    }
  })

  it('lets other errors through', () => {
    const throwing = (error: Error) => ({
      safeParse: () => {
        throw error
      },
    })
    expect(() => fromMarkdown('# A\n\nb', { model: throwing(new TypeError('model broke')) })).toThrow(TypeError)
    expect(() => fromMarkdown('# A\n\nb', { model: throwing(new RangeError('Invalid array length')) })).toThrow(
      'Invalid array length',
    )
  })
})

describe('the limits option', () => {
  const quotes = (depth: number) => `# Quotes\n\n${'> '.repeat(depth)}a\n`
  const emphasis = (count: number) => `# Marks\n\n${'*a* '.repeat(count)}\n`
  const backticks = (lengths: number) =>
    `# Code\n\n${Array.from({ length: lengths }, (_, index) => `\`${'`'.repeat(index)}x${'`'.repeat(index)}\``).join(' ')}\n`
  const footnotes = (count: number) =>
    `# Notes\n\n${Array.from({ length: count }, (_, index) => `Said.[^${index}]\n\n[^${index}]: A source.\n`).join('\n')}`

  it('has documented defaults', () => {
    expect(defaultMarkdownLimits).toEqual({
      depth: 64,
      inlineDepth: 32,
      inlineMarkers: 500,
      backtickLengths: 8,
      footnotes: 1000,
      containers: 1000,
    })
    expect(Object.isFrozen(defaultMarkdownLimits)).toBe(true)
  })

  it('lowers each limit', () => {
    expect(outcome(quotes(3))).toEqual({ article: true })
    expect(issuesOf(quotes(3), { limits: { depth: 2 } })[0]).toMatchObject({ code: 'too_deep', line: 3, column: 7 })
    expect(outcome(emphasis(100))).toEqual({ article: true })
    expect(issuesOf(emphasis(100), { limits: { inlineMarkers: 10 } })[0]).toMatchObject({
      code: 'too_large',
      line: 3,
    })
    expect(issuesOf('# A\n\n[[[[a]]]]', { limits: { inlineDepth: 3 } })[0]?.code).toBe('too_deep')
    expect(issuesOf('# A\n\n***a***', { limits: { inlineDepth: 1 } })[0]?.code).toBe('too_deep')
    expect(outcome(backticks(5))).toEqual({ article: true })
    expect(issuesOf(backticks(5), { limits: { backtickLengths: 2 } })[0]?.code).toBe('too_large')
    expect(outcome(footnotes(5))).toEqual({ article: true })
    expect(issuesOf(footnotes(5), { limits: { footnotes: 4 } })[0]?.code).toBe('too_large')
    const nested = `# Lists\n\n${'- a\n  - b\n'.repeat(20)}`
    expect(outcome(nested)).toEqual({ article: true })
    expect(issuesOf(nested, { limits: { containers: 10 } })[0]).toMatchObject({
      code: 'too_large',
      message: 'Markdown past the limit `containers` of 10: `11` (line 22, column 1)',
    })
  })

  it('raises each limit', () => {
    expect(issuesOf(emphasis(600))[0]?.code).toBe('too_large')
    expect(outcome(emphasis(600), { limits: { inlineMarkers: 2000 } })).toEqual({ article: true })
    expect(issuesOf(backticks(40))[0]?.code).toBe('too_large')
    expect(outcome(backticks(40), { limits: { backtickLengths: 40 } })).toEqual({ article: true })
    expect(issuesOf(footnotes(1001))[0]?.code).toBe('too_large')
    // Each definition after a blank line opens a container, too.
    expect(outcome(footnotes(1001), { limits: { footnotes: 2000, containers: 2000 } })).toEqual({ article: true })
    // Past the Markdown limit, the model's own nesting limit still refuses, at the quote that crosses it.
    const deep = issuesOf(quotes(70), { limits: { depth: 100 } })
    expect(deep[0]).toMatchObject({ code: 'too_deep' })
    expect(deep[0]?.path.length).toBeGreaterThan(0)
  })

  it('does not count the lines of YAML front matter, which micromark reads as one block', () => {
    // Blocks in front matter (a live blog's updates are) have lines that look like nested list items.
    const yaml = `---\nheadline: Lines\nstandfirst: |\n${'  - a\n    - b\n'.repeat(10)}---\n`
    const nested = `# Lists\n\n${'- a\n  - b\n'.repeat(20)}`
    expect(outcome(yaml, { limits: { containers: 10 } })).toEqual({ article: true })
    expect(outcome(yaml.replace(/\n/g, '\r\n'), { limits: { containers: 10 } })).toEqual({ article: true })
    // The body after it is counted, on its own line numbers.
    expect(issuesOf(`${yaml}\n${nested.slice(9)}`, { limits: { containers: 10 } })[0]).toMatchObject({
      code: 'too_large',
      message: 'Markdown past the limit `containers` of 10: `11` (line 45, column 1)',
    })
    // Without its closing fence it is no front matter, and its lines count.
    const unclosed = `---\n${'- a\n  - b\n'.repeat(20)}`
    expect(issuesOf(unclosed, { limits: { containers: 10 } })[0]?.code).toBe('too_large')
    // Nor is a fence that is not the document's first line.
    expect(issuesOf(`\n${yaml}${nested}`, { limits: { containers: 10 } })[0]?.code).toBe('too_large')
    // Empty front matter is front matter too.
    expect(issuesOf(`---\n---\n${nested.slice(9)}`, { limits: { containers: 10 } })[0]?.message).toContain('line 22,')
    // Near-fences that never close: read to the end once, then counted as Markdown (here: rules and text).
    const near = `---\n${'---  x\n ---\n'.repeat(5_000)}`
    expect(outcome(`# A\n\n${near}`)).toEqual(outcome(near.replace(/^---\n/, '# A\n\n---\n')))
  })

  it('keeps the defaults for what is not a number', () => {
    const limits = { depth: 'two', inlineMarkers: Number.NaN, footnotes: null, backtickLengths: -1 } as never
    expect(outcome(quotes(3), { limits })).toEqual({ article: true })
    expect(outcome(emphasis(100), { limits: null as never })).toEqual({ article: true })
  })
})

describe('ordinary articles', () => {
  it('pass at 100,000 words', { timeout: 20_000 }, () => {
    const markdown = toMarkdown(generateArticle(100_000) as never, { frontmatter: true })
    expect(markdown.length).toBeGreaterThan(750_000)
    expect(outcome(markdown)).toEqual({ article: true })
  })

  it('pass the pre-scan at more than 1 MB', () => {
    const markdown = toMarkdown(generateArticle(130_000) as never, { frontmatter: true })
    expect(markdown.length).toBeGreaterThan(1_000_000)
    expect(scanMarkdownLimits(markdown)).toEqual([])
  })

  it('pass with code, tables, nested lists and directives near the limits', () => {
    const markdown = [
      '# Ordinary',
      '',
      `${'> '.repeat(30)}A quote thirty deep.`,
      '',
      Array.from({ length: 30 }, (_, index) => `${'  '.repeat(index)}- level ${index + 1}`).join('\n'),
      '',
      '```js',
      `${' '.repeat(100)}const deep = true`,
      '```',
      '',
      `| a | b |\n| - | - |\n${'| **x** | [y](https://example.com/) |\n'.repeat(2000)}`,
      ':::aside',
      `${'A *marked* [link](https://example.com/) and `code`. '.repeat(80)}`,
      ':::',
      '',
    ].join('\n')
    expect(scanMarkdownLimits(markdown)).toEqual([])
    expect(outcome(markdown)).toEqual({ article: true })
  })
})

describe('scanMarkdownLimits', () => {
  it('finds nesting that indentation, lazy lines and directives carry', () => {
    const limits = { ...defaultMarkdownLimits, depth: 4 }
    expect(scanMarkdownLimits('- a\n  - b\n    - c\n      - d\n', limits)).toEqual([])
    expect(scanMarkdownLimits('- a\n  - b\n    - c\n      - d\n        - e\n', limits)[0]).toMatchObject({
      code: 'too_deep',
      line: 5,
    })
    expect(scanMarkdownLimits('> > a\nlazy\n> > > > > b\n', limits)[0]).toMatchObject({ code: 'too_deep', line: 3 })
    expect(scanMarkdownLimits(':::a\n:::b\n:::c\n> > x\n', limits)[0]).toMatchObject({ code: 'too_deep', line: 4 })
    expect(scanMarkdownLimits(':::a\n:::\n:::b\n:::\n:::c\n:::\n> > x\n', limits)).toEqual([])
    // A closing fence inside another container does not close the directive.
    expect(scanMarkdownLimits(':::a\n> :::\n:::a\n> :::\n:::a\n> :::\n> > x\n', limits)[0]?.code).toBe('too_deep')
  })

  it('counts backtick run lengths, and the shorter run after a backslash', () => {
    const limits = { ...defaultMarkdownLimits, backtickLengths: 2 }
    expect(scanMarkdownLimits('`a` ``b``\n\n`c` ``d``\n', limits)).toEqual([])
    expect(scanMarkdownLimits('`a` ``b``\n\n```c```\n', limits)[0]).toMatchObject({ line: 3, column: 1 })
    expect(scanMarkdownLimits('`a` \\``b``\n', { ...limits, backtickLengths: 1 })[0]?.code).toBe('too_large')
  })

  it('reports the first limit crossed, and reads CRLF and CR line endings', () => {
    const deep = `${'> '.repeat(70)}a`
    expect(scanMarkdownLimits(`a\r\nb\r${deep}\n${deep}`)).toEqual([
      {
        path: [],
        code: 'too_deep',
        message: 'Markdown past the limit `depth` of 64: `70` (line 3, column 141)',
        line: 3,
        column: 141,
      },
    ])
    expect(scanMarkdownLimits('')).toEqual([])
  })
})
