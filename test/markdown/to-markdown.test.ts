import { type Article, parseArticle } from 'articlekit'
import { defaultHandlers, fromMarkdown, type MarkdownWarning, toMarkdown, toMdast } from 'articlekit/markdown'
import { describe, expect, it } from 'vitest'

const small = parseArticle({
  type: 'NewsArticle',
  headline: 'Tram line opens early',
  standfirst: 'The new line runs *every* ten minutes.',
  authors: [{ name: 'Ada Quill', url: 'https://news.example.com/ada' }, { name: 'Ben Ray' }],
  datePublished: '2026-03-14T09:30:00+01:00',
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The first tram left at ' },
        { type: 'strong', children: 'dawn' },
        { type: 'text', value: ', the council said.' },
        { type: 'citation', sourceId: 'council' },
      ],
    },
    { type: 'heading', level: 2, id: 'fares', children: 'Fares' },
    { type: 'list', items: ['Single: £2', 'Return: £3.50'] },
    { type: 'quote', children: ['We are ready.'], attribution: { name: 'Mara Venn', title: 'Operator' } },
  ],
  sources: [{ id: 'council', name: 'City Council', title: 'Tram timetable', url: 'https://council.example.org/tram' }],
})

const body = [
  'The first tram left at **dawn**, the council said.[^1]',
  '::anchor{#fares}',
  '## Fares',
  '- Single: £2\n- Return: £3.50',
  '> We are ready.\n>\n> — Mara Venn, Operator',
]

/** A minimal article with the given body. */
const withBody = (...blocks: unknown[]) => parseArticle({ headline: 'H', body: blocks })
/** The Markdown of the body alone (reader form, after the `# H` line). */
const bodyOf = (markdown: string) => markdown.replace(/^# H\n\n/, '')
/** The lossless form's body alone (after the front matter). */
const losslessBody = (article: Article, onWarning?: (warning: MarkdownWarning) => void) =>
  toMarkdown(article, { frontmatter: true, ...(onWarning ? { onWarning } : {}) }).replace(/^---\n[\s\S]*?\n---\n\n/, '')

describe('toMarkdown', () => {
  it('writes the reader form: headline, standfirst, byline, dates, body (without block ids), sources and footnotes', () => {
    expect(toMarkdown(small)).toBe(
      [
        '# Tram line opens early',
        'The new line runs \\*every\\* ten minutes.',
        'By [Ada Quill](https://news.example.com/ada) and Ben Ray',
        'Published March 14, 2026 at 9:30 AM',
        ...body.filter((block) => !block.startsWith('::anchor')),
        '## Sources',
        '1. City Council: [Tram timetable](https://council.example.org/tram)',
        '[^1]: City Council: [Tram timetable](https://council.example.org/tram)\n',
      ].join('\n\n'),
    )
  })

  it('writes the metadata as YAML front matter with `frontmatter: true`', () => {
    expect(toMarkdown(small, { frontmatter: true })).toBe(
      [
        [
          '---',
          'schemaVersion: 1',
          'type: NewsArticle',
          'headline: Tram line opens early',
          'standfirst: The new line runs *every* ten minutes.',
          'authors:',
          '  - type: Person',
          '    name: Ada Quill',
          '    url: https://news.example.com/ada',
          '  - type: Person',
          '    name: Ben Ray',
          'datePublished: "2026-03-14T09:30:00+01:00"',
          'sources:',
          '  - id: council',
          '    name: City Council',
          '    title: Tram timetable',
          '    url: https://council.example.org/tram',
          '---',
        ].join('\n'),
        ...body,
        '[^1]: City Council: [Tram timetable](https://council.example.org/tram)\n',
      ].join('\n\n'),
    )
  })

  it('reports the metadata the reader form cannot carry', () => {
    const warnings: MarkdownWarning[] = []
    toMarkdown(small, { onWarning: (warning) => warnings.push(warning) })
    expect(warnings).toEqual([
      { code: 'not_carried', path: ['body', 1, 'id'], message: '`id` is only written with `frontmatter: true`' },
      {
        code: 'not_carried',
        path: ['type'],
        message: '`type` is only written with `frontmatter: true`',
      },
    ])
    warnings.length = 0
    toMarkdown(small, { frontmatter: true, onWarning: (warning) => warnings.push(warning) })
    expect(warnings).toEqual([])
  })

  it('maps every furniture block to a directive in the lossless form', () => {
    const article = withBody(
      { type: 'pullquote', children: 'On time.', attribution: { name: 'Mara Venn' } },
      { type: 'promo', kind: 'podcast', url: 'https://audio.example.com/', children: 'Listen' },
      {
        type: 'relatedLinks',
        label: 'Read more',
        links: [{ title: 'Budget', url: '/budget', description: 'The vote.' }],
      },
      { type: 'aside', tone: 'note', title: 'Key facts', children: ['Twelve minutes.'] },
      { type: 'embed', url: 'https://video.example.com/1', kind: 'video', provider: 'Example', caption: 'Filmed.' },
    )
    expect(losslessBody(article)).toBe(
      [
        ':::pullquote\n\nOn time.\n\n— Mara Venn\n\n:::',
        ':::promo{kind="podcast" url="https://audio.example.com/"}\n\nListen\n\n:::',
        ':::related{label="Read more"}\n\n- [Budget](/budget)\n\n  The vote.\n\n:::',
        ':::aside{tone="note" title="Key facts"}\n\nTwelve minutes.\n\n:::',
        ':::embed{kind="video" provider="Example"}\n\n<https://video.example.com/1>\n\nFilmed.\n\n:::\n',
      ].join('\n\n'),
    )
  })

  it('writes images, figures, tables and code', () => {
    const article = withBody(
      { type: 'image', url: '/a.jpg', alt: 'A ferry' },
      { type: 'image', id: 'quay', url: '/b.jpg', alt: '', width: 800, caption: 'The quay.', credit: '© Agency' },
      { type: 'table', header: ['Ticket', 'Price'], rows: [['Single', '£2']], align: ['left', 'right'] },
      { type: 'table', caption: 'Fares', rows: [['a | b', 'c']] },
      { type: 'code', language: 'js', value: 'let a = 1\n' },
      { type: 'divider' },
    )
    const table = '| Ticket | Price |\n| :----- | ----: |\n| Single |    £2 |'
    const code = '```js\nlet a = 1\n\n```'
    expect(losslessBody(article)).toBe(
      [
        '![A ferry](/a.jpg)',
        ':::figure{#quay width="800" credit="© Agency"}\n\n![](/b.jpg)\n\nThe quay.\n\n:::',
        table,
        ':::table{header="none"}\n\nFares\n\n| a \\| b | c |\n| ------ | - |\n\n:::',
        code,
        '---\n',
      ].join('\n\n'),
    )
    expect(bodyOf(toMarkdown(article))).toBe(
      [
        '![A ferry](/a.jpg)',
        '![](/b.jpg)\n\nThe quay.\n\n© Agency',
        table,
        'Fares\n\n|        |   |\n| ------ | - |\n| a \\| b | c |',
        code,
        '---\n',
      ].join('\n\n'),
    )
  })

  it('writes cited words as `:cite[…]` before the footnote reference in the lossless form', () => {
    const article = parseArticle({
      headline: 'H',
      body: [{ type: 'paragraph', children: [{ type: 'citation', sourceId: 'x', children: 'they said' }] }],
      sources: [{ id: 'x', name: 'Gazette' }],
    })
    expect(toMarkdown(article, { frontmatter: true }).split('---\n\n')[1]).toBe(
      ':cite[they said][^1]\n\n[^1]: Gazette\n',
    )
    // The reader form writes the words as plain text and reports what it left out.
    const warnings: MarkdownWarning[] = []
    expect(bodyOf(toMarkdown(article, { onWarning: (warning) => warnings.push(warning) }))).toBe(
      'they said[^1]\n\n## Sources\n\n1. Gazette\n\n[^1]: Gazette\n',
    )
    expect(warnings.map((warning) => warning.path)).toEqual([['body', 0, 'children', 0, 'children']])
  })

  it('keeps what Markdown cannot express as a `node` directive in the lossless form, and says so', () => {
    const warnings: MarkdownWarning[] = []
    const article = withBody(
      { type: 'paragraph', children: [] },
      { type: 'list', ordered: true, start: 1, items: ['a'] },
    )
    expect(losslessBody(article, (warning) => warnings.push(warning))).toBe(
      `::node{json='{"type":"paragraph","children":&#x5B;&#x5D;}'}\n\n::node{json='{"type":"list","ordered":true,"start":1,"items":&#x5B;{"children":&#x5B;{"type":"paragraph","children":&#x5B;{"type":"text","value":"a"}&#x5D;}&#x5D;}&#x5D;}'}\n`,
    )
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['fallback', ['body', 0]],
      ['fallback', ['body', 1]],
    ])
    // The reader form shows them as readers would see them: nothing, and a list from 1.
    expect(bodyOf(toMarkdown(article))).toBe('1. a\n')
  })

  it('keeps two texts in a row apart with `:node{split}` in the lossless form, and joins them for readers', () => {
    const article = withBody({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'two ' },
        { type: 'text', value: 'texts' },
      ],
    })
    expect(losslessBody(article)).toBe('two :node{split}texts\n')
    expect(bodyOf(toMarkdown(article))).toBe('two texts\n')
    expect(fromMarkdown(toMarkdown(article, { frontmatter: true }))).toEqual(article)
  })

  it('keeps the lossless round trip where the old writer lost it', () => {
    const article = parseArticle({
      headline: 'H',
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'citation', sourceId: 'a' },
            { type: 'citation', sourceId: 'b' },
            { type: 'text', value: ': note' },
          ],
        },
        { type: 'paragraph', children: [{ type: 'text', value: 'a\n \nb' }] },
        { type: 'image', url: '/a.jpg', alt: '', width: 1e15, height: Number.MAX_SAFE_INTEGER },
        { type: 'list', ordered: true, start: 999_999_999, items: ['nine digits', 'ten digits'] },
        { type: 'list', ordered: true, start: 999_999_998, items: ['a', 'b'] },
        { type: 'quote', children: ['— not an attribution'] },
        { type: 'quote', children: ['Words.'], attribution: { name: 'Acme, Inc.', title: 'Owner' } },
        { type: 'table', rows: [[' padded ', '---']] },
      ],
      standfirst: 'Line one\n \nline three',
      sources: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
    })
    const markdown = toMarkdown(article, { frontmatter: true })
    expect(fromMarkdown(markdown)).toEqual(article)
    expect(markdown).toContain('[^1][^2]\\: note')
    expect(markdown).toContain('::node{json=')
    expect(markdown).toContain('999999998. a\n999999999. b')
    expect(markdown).toContain('> :node{split}— not an attribution')
    expect(markdown).toContain('> — Acme, Inc.:node{split}, Owner')
    expect(markdown).toContain('| &#x20;padded&#x20; | \\--- |')
  })

  it('applies the URL policy at output and reports refused URLs', () => {
    const warnings: MarkdownWarning[] = []
    const article = {
      ...withBody('x'),
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click' }] }],
        },
      ],
    } as never
    expect(bodyOf(toMarkdown(article, { onWarning: (warning) => warnings.push(warning) }))).toBe('click\n')
    expect(warnings).toEqual([
      {
        code: 'url_refused',
        path: ['body', 0, 'children', 0, 'url'],
        message: 'URL refused by the URL policy and left out: `javascript:alert(1)`',
      },
    ])
  })

  it('resolves relative URLs against the article url with `resolveUrl`, as HTML and text do', () => {
    const article = parseArticle({
      headline: 'H',
      url: 'https://news.example.com/2026/ferry/',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: '../timetable', children: [{ type: 'text', value: 'Times' }] }],
        },
        { type: 'image', url: 'pier.jpg', alt: 'The pier' },
      ],
    })
    expect(bodyOf(toMarkdown(article))).toBe('[Times](../timetable)\n\n![The pier](pier.jpg)\n')
    expect(bodyOf(toMarkdown(article, { resolveUrl: true }))).toBe(
      '[Times](https://news.example.com/2026/timetable)\n\n![The pier](https://news.example.com/2026/ferry/pier.jpg)\n',
    )
    expect(toMarkdown(article, { resolveUrl: true, frontmatter: true })).toContain(
      '[Times](https://news.example.com/2026/timetable)',
    )
  })

  it('passes the serializer options through', () => {
    const article = withBody(
      { type: 'list', items: ['a'] },
      {
        type: 'paragraph',
        children: [
          { type: 'emphasis', children: 'e' },
          { type: 'text', value: ' ' },
          { type: 'strong', children: 's' },
        ],
      },
      { type: 'code', value: 'x' },
      { type: 'divider' },
    )
    expect(bodyOf(toMarkdown(article, { bullet: '*', emphasis: '_', strong: '_', fence: '~', rule: '*' }))).toBe(
      '* a\n\n_e_ __s__\n\n~~~\nx\n~~~\n\n***\n',
    )
  })

  it('lets handlers replace or wrap the defaults, and render custom blocks', () => {
    const article = {
      ...withBody('Hello'),
      body: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Hello' }] },
        { type: 'poll', question: 'Tea?' },
      ],
    }
    const markdown = toMarkdown(article, {
      handlers: {
        paragraph: (node, state, parent) => [
          { type: 'thematicBreak' },
          ...defaultHandlers.paragraph(node, state),
          ...(parent ? [] : []),
        ],
        poll: (node: { question: string }) => [
          { type: 'paragraph', children: [{ type: 'text', value: `Poll: ${node.question}` }] },
        ],
      },
    })
    expect(bodyOf(markdown)).toBe('---\n\nHello\n\nPoll: Tea?\n')
  })

  it('writes custom blocks without a handler as JSON in lossless mode, and fails in the reader form', () => {
    const article = { ...withBody(), body: [{ type: 'poll', question: 'Tea?' }] } as never
    expect(toMarkdown(article, { frontmatter: true })).toContain(`::node{json='{"type":"poll","question":"Tea?"}'}`)
    expect(() => toMarkdown(article)).toThrow('body[0]: Cannot render node `poll` to markdown: no handler.')
  })

  it('returns an mdast tree from toMdast', () => {
    const tree = toMdast(withBody({ type: 'paragraph', children: [{ type: 'emphasis', children: 'hi' }] }), {
      frontmatter: true,
    })
    expect(tree).toEqual({
      type: 'root',
      children: [
        { type: 'yaml', value: 'schemaVersion: 1\ntype: Article\nheadline: H\nauthors: []' },
        { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'hi' }] }] },
      ],
    })
  })

  it('never throws a TypeError on broken input: malformed nodes raise a RenderError with a path', () => {
    const broken = { headline: 'H', body: [{ type: 'paragraph', children: [null] }] } as never
    expect(() => toMarkdown(broken)).toThrow('body[0].children[0]: Expected a node with a string `type`, got `null`')
    const cyclic: Record<string, unknown> = { type: 'poll' }
    cyclic.self = cyclic
    expect(() => toMarkdown({ headline: 'H', body: [cyclic] } as never, { frontmatter: true })).toThrow(
      'Cannot write this node as JSON',
    )
  })
})
