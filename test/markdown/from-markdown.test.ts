import { isArticleValidationError } from 'articlekit'
import { fromMarkdown, fromMdast, type MarkdownIssue } from 'articlekit/markdown'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'

/** The issues `fromMarkdown` throws for `markdown`. */
function issuesOf(markdown: string): MarkdownIssue[] {
  try {
    fromMarkdown(markdown)
  } catch (error) {
    if (isArticleValidationError(error)) return error.issues as MarkdownIssue[]
    throw error
  }
  throw new Error('Expected fromMarkdown to throw')
}

describe('fromMarkdown', () => {
  it('reads the front matter and the body', () => {
    expect(
      fromMarkdown('---\nheadline: Ferry runs on time\nkeywords: [ferry]\n---\n\nThe ferry left at *dawn*.'),
    ).toEqual({
      schemaVersion: 1,
      type: 'Article',
      headline: 'Ferry runs on time',
      authors: [],
      keywords: ['ferry'],
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'The ferry left at ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'dawn' }] },
            { type: 'text', value: '.' },
          ],
        },
      ],
    })
  })

  it('takes a leading `#` heading as the headline, resolves references and turns hand-written footnotes into sources', () => {
    const article = fromMarkdown(
      '# Ferry runs on time\n\nSee [the report][r], as the council said.[^council]\n\n[r]: https://council.example.org/r "Report"\n\n[^council]: City Council, *ferry* report\n',
    )
    expect(article.headline).toBe('Ferry runs on time')
    expect(article.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          {
            type: 'link',
            url: 'https://council.example.org/r',
            title: 'Report',
            children: [{ type: 'text', value: 'the report' }],
          },
          { type: 'text', value: ', as the council said.' },
          { type: 'citation', sourceId: 'council' },
        ],
      },
    ])
    expect(article.sources).toEqual([{ id: 'council', name: 'City Council, ferry report' }])
  })

  it('keeps text that looks like a web address as text (no GFM autolink literals)', () => {
    const article = fromMarkdown('# H\n\nSee https://example.com/ or www.example.com or desk@example.com')
    expect(article.body).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', value: 'See https://example.com/ or www.example.com or desk@example.com' }],
      },
    ])
  })

  it('reads a `— Name, title` line as the quote attribution, and directives as blocks', () => {
    const article = fromMarkdown(
      '# H\n\n> Ready.\n>\n> — [Mara Venn](https://example.org/), Operator\n\n:::aside{tone="note" #facts}\nFact.\n:::\n\n::anchor{#x}\n\n---\n',
    )
    expect(article.body).toEqual([
      {
        type: 'quote',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Ready.' }] }],
        attribution: { name: 'Mara Venn', title: 'Operator', url: 'https://example.org/' },
      },
      {
        type: 'aside',
        id: 'facts',
        tone: 'note',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Fact.' }] }],
      },
      { type: 'divider', id: 'x' },
    ])
  })

  it('points front-matter issues at the key, with its line and column', () => {
    expect(
      issuesOf(
        '---\nheadline: Ferry\ndatePublished: yesterday\nauthors:\n  - name: Ada\n    url: javascript:alert(1)\n---\n\nText',
      ),
    ).toEqual([
      {
        path: ['datePublished'],
        code: 'invalid_date',
        message:
          'Expected an ISO 8601 date such as `2026-03-14` or `2026-03-14T09:30:00+01:00`, got `yesterday` (line 3, column 1)',
        line: 3,
        column: 1,
      },
      {
        path: ['authors', 0, 'url'],
        code: 'invalid_url',
        message:
          'URL scheme is not allowed; use http:, https:, mailto:, tel: or a relative URL: `javascript:alert(1)` (line 6, column 5)',
        line: 6,
        column: 5,
      },
    ])
  })

  it('reports raw HTML, unknown directives and inline images with their position, never dropping them', () => {
    const issues = issuesOf(
      '# Ferry\n\nText <b>bold</b>\n\n<div>x</div>\n\n::poll{q=1}\n\nA ![x](y.png) in text\n\n[a](javascript:alert(1))',
    )
    expect(issues.map((issue) => [issue.path, issue.code, issue.line, issue.column])).toEqual([
      [['body', 0, 'children', 1], 'unsupported_markdown', 3, 6],
      [['body', 0, 'children', 2], 'unsupported_markdown', 3, 13],
      [['body', 1], 'unsupported_markdown', 5, 1],
      [['body', 1], 'unsupported_markdown', 7, 1],
      [['body', 1, 'children', 1], 'unsupported_markdown', 9, 3],
      [['body', 2, 'children', 0, 'url'], 'invalid_url', 11, 1],
    ])
    expect(issues[3]?.message).toBe('Unknown directive `::poll` (line 7, column 1)')
  })

  it('names the path of an image title, in a block, a figure and a related link', () => {
    const issues = issuesOf(
      [
        '# Ferry',
        '![The pier](pier.jpg "At dawn")',
        ':::figure\n![The quay](quay.jpg "Title")\n\nThe quay.\n:::',
        ':::related\n- [Timetable](/times)\n\n  ![Clock](clock.jpg "Tick")\n:::',
      ].join('\n\n'),
    )
    expect(issues.map((issue) => [issue.path, issue.code, issue.line])).toEqual([
      [['body', 0, 'title'], 'unsupported_markdown', 3],
      [['body', 1, 'title'], 'unsupported_markdown', 6],
      [['body', 2, 'links', 0, 'image', 'title'], 'unsupported_markdown', 14],
    ])
  })

  it('throws the error docs/markdown.md shows', () => {
    expect(() => fromMarkdown('---\nheadline: Ferry\ndatePublished: yesterday\n---\n\nText <b>bold</b>')).toThrow(
      [
        'Invalid article (3 issues):',
        '  datePublished: Expected an ISO 8601 date such as `2026-03-14` or `2026-03-14T09:30:00+01:00`, got `yesterday` (line 3, column 1)',
        '  body[0].children[1]: Raw HTML is not part of the model (line 6, column 6)',
        '  body[0].children[2]: Raw HTML is not part of the model (line 6, column 13)',
      ].join('\n'),
    )
  })

  it('reports YAML that does not parse, and front matter that is not a mapping', () => {
    expect(
      issuesOf('---\nheadline: [unclosed\n---\n').find((issue) => issue.code === 'invalid_frontmatter'),
    ).toMatchObject({ path: [], code: 'invalid_frontmatter', line: 2, column: 20 })
    expect(issuesOf('---\n- a\n---\n\n# H\n')).toEqual([
      {
        path: [],
        code: 'invalid_frontmatter',
        message: 'Expected the front matter to be a YAML mapping of article fields (line 2, column 1)',
        line: 2,
        column: 1,
      },
    ])
  })

  it('reports a YAML alias bomb as invalid front matter, not a bare ReferenceError', () => {
    let yaml = 'a: &a [x, x, x, x, x, x, x, x, x]\n'
    for (const name of 'bcdefghij') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1)
      yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`
    }
    const issues = issuesOf(`---\nheadline: Bomb\n${yaml}---\n\nText.`)
    // The front matter is refused whole, so the headline it held is reported missing after it.
    expect(issues.map((found) => found.code)).toEqual(['invalid_frontmatter', 'required'])
    expect(issues[0]).toMatchObject({ path: [], line: 2, column: 1 })
    expect(issues[0]?.message).toMatch(/^Invalid YAML front matter: .*alias/)
  })

  it('takes the first of two definitions of a label, as CommonMark does', () => {
    const article = fromMarkdown(
      '# H\n\nSee [the report][r].\n\n[r]: https://first.example.org/\n[r]: https://second.example.org/\n',
    )
    expect(article.body[0]).toMatchObject({ children: [{}, { type: 'link', url: 'https://first.example.org/' }, {}] })
  })

  it('reads back image sizes up to the largest safe integer', () => {
    const markdown = (width: string) => `---\nheadline: H\n---\n\n:::figure{width="${width}"}\n![](/a.jpg)\n:::\n`
    expect(fromMarkdown(markdown('1000000000000000')).body[0]).toMatchObject({ width: 1e15 })
    expect(fromMarkdown(markdown(String(Number.MAX_SAFE_INTEGER))).body[0]).toMatchObject({
      width: Number.MAX_SAFE_INTEGER,
    })
    expect(issuesOf(markdown('9007199254740993'))[0]).toMatchObject({ path: ['body', 0, 'width'] })
  })

  it('reports a second level-1 heading and an anchor with no block after it', () => {
    expect(issuesOf('# H\n\n# Again\n\n::anchor{#x}\n').map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['body', 0],
        'A level-1 heading is the headline and may only open the document; use `##` for sections (line 3, column 1)',
      ],
      [['body', 0], 'Expected a block after `::anchor` (line 5, column 1)'],
    ])
  })
})

describe('fromMdast', () => {
  it('converts a tree from remark-parse, after plugins ran on it', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse('# Ferry\n\n- [x] done\n\n| a |\n| - |\n| 1 |\n')
    expect(() => fromMdast(unified().use(remarkGfm).runSync(tree) as Root)).toThrow(
      'Task list checkboxes are not part of the model',
    )
    const ok = unified().use(remarkParse).use(remarkGfm).parse('# Ferry\n\n| a |\n| :-: |\n| 1 |\n')
    expect(fromMdast(ok).body).toEqual([
      {
        type: 'table',
        header: [[{ type: 'text', value: 'a' }]],
        rows: [[[{ type: 'text', value: '1' }]]],
        align: ['center'],
      },
    ])
  })
})
