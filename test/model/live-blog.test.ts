// Live blogs (issue 17): timestamped updates after the body, from validation
// through every renderer, the word count, the lossless round trip and lint.
import { lintArticle, parseArticle, safeParseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { toSpeech, toText, wordCount } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { controls, mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { readerProblems } from '../markdown/viewers.js'

const input = {
  type: 'LiveBlogPosting',
  url: 'https://news.example.com/live/harbour-storm',
  language: 'en-GB',
  headline: 'Storm over the harbour: live',
  body: ['The ferry is suspended.'],
  sources: [{ id: 'met', name: 'Met Office' }],
  liveBlog: {
    coverageStart: '2026-11-02T06:00:00Z',
    coverageEnd: '2026-11-02T22:00:00Z',
    updates: [
      {
        id: 'u-1415',
        date: '2026-11-02T14:15:00Z',
        headline: 'Gusts of 80 mph <measured>',
        authors: [{ name: 'Ada Quill' }],
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'The pier is closed' },
              { type: 'citation', sourceId: 'met' },
            ],
          },
        ],
      },
      { id: 'u-0930', date: '2026-11-02T09:30:00Z', body: ['First warning issued.'] },
    ],
  },
} as const
const article = parseArticle(input)

describe('validation', () => {
  it('defaults the order to newest first, and checks it against the dates', () => {
    expect(article.liveBlog?.order).toBe('newestFirst')
    const result = safeParseArticle({
      headline: 'H',
      body: [],
      liveBlog: {
        order: 'oldestFirst',
        updates: [
          { id: 'a', date: '2026-11-02T10:00:00Z', body: [] },
          { id: 'a', date: '2026-11-02T09:00:00Z', body: [] },
          { id: 'c', date: '2026-11-02', body: [] },
        ],
      },
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message])).toEqual([
      ['liveBlog.updates.1.id', 'invalid_id', 'Expected a unique id: `a` is also the id of updates[0]'],
      [
        'liveBlog.updates.1.date',
        'invalid_value',
        'Expected updates oldest first, as `order` says: this one is older than the update before it',
      ],
      [
        'liveBlog.updates.2.date',
        'invalid_date',
        'Expected a date and time with its offset, such as `2026-03-14T09:30:00+01:00`, for an update',
      ],
    ])
  })

  it('names the path of a bad field inside an update', () => {
    const result = safeParseArticle({
      headline: 'H',
      body: [],
      liveBlog: { updates: [{ id: 'has space', date: 'soon', body: [{ type: 'divider', extra: 1 }] }] },
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'liveBlog.updates.0.id',
      'liveBlog.updates.0.date',
      'liveBlog.updates.0.body.0.extra',
    ])
  })
})

describe('renderers', () => {
  it('HTML: a labelled section after the body, each update an article with its anchor, time and byline', () => {
    const html = toHtml(article)
    expect(html).toContain(
      `<div class="ak-body"><p>The ferry is suspended.</p></div><section class="ak-live-blog" aria-labelledby="ak-live-blog"><h2 id="ak-live-blog">Live updates</h2><article id="u-1415" class="ak-update"><header><p class="ak-update-time"><time datetime="2026-11-02T14:15:00Z">2 November 2026 at 14:15</time></p><h3 class="ak-update-headline">Gusts of 80 mph &lt;measured&gt;</h3><p class="ak-byline">By <bdi data-ak='{"type":"Person"}'>Ada Quill</bdi></p></header><p>The pier is closed<span class="ak-cite" data-ak='{"sourceId":"met"}'><sup class="ak-citation"><a href="#ak-source-1" id="ak-cite-1" aria-label="Source 1">[1]</a></sup></span></p></article><article id="u-0930" class="ak-update"><header><h3 class="ak-update-time"><time datetime="2026-11-02T09:30:00Z">2 November 2026 at 09:30</time></h3></header><p>First warning issued.</p></article></section>`,
    )
    expect(toHtml(article, { sections: { liveBlog: false } })).not.toContain('ak-live-blog')
  })

  it('text and speech: the updates under a heading, time and headline on one line', () => {
    expect(
      toText(article, { sections: { sources: false } })
        .split('\n\n')
        .slice(2),
    ).toEqual([
      'Live updates',
      '2 November 2026 at 14:15 · Gusts of 80 mph <measured>\nBy Ada Quill',
      'The pier is closed',
      '2 November 2026 at 09:30',
      'First warning issued.',
    ])
    expect(toSpeech(article)).toContain(
      'Live updates.\n\n2 November 2026 at 14:15. Gusts of 80 mph <measured>. By Ada Quill.\n\nThe pier is closed.',
    )
  })

  it('Markdown: readable sections for readers, and the updates kept in the lossless form', () => {
    const reader = toMarkdown(article)
    expect(reader).toContain(
      '## Live updates\n\n### Gusts of 80 mph \\<measured>\n\n*2 November 2026 at 14:15*\n\nBy Ada Quill\n\nThe pier is closed[^1]\n\n*2 November 2026 at 09:30*\n\nFirst warning issued.',
    )
    expect(fromMarkdown(toMarkdown(article, { frontmatter: true }))).toEqual(article)
  })

  it('Markdown, lossless: the updates as directives after the body, their blocks as Markdown', () => {
    const lossless = toMarkdown(article, { frontmatter: true })
    expect(lossless).not.toContain('liveBlog:')
    expect(lossless.slice(lossless.indexOf('The ferry is suspended.'))).toBe(
      'The ferry is suspended.\n\n' +
        '::::live-blog{order="newestFirst" coverageStart="2026-11-02T06:00:00Z" coverageEnd="2026-11-02T22:00:00Z"}\n\n' +
        ':::update{#u-1415 date="2026-11-02T14:15:00Z" headline="Gusts of 80 mph &#x3C;measured>" authors=\'&#x5B;{"type":"Person","name":"Ada Quill"}&#x5D;\'}\n\n' +
        'The pier is closed[^1]\n\n:::\n\n' +
        ':::update{#u-0930 date="2026-11-02T09:30:00Z"}\n\nFirst warning issued.\n\n:::\n\n' +
        '::::\n\n[^1]: Met Office\n',
    )
    // Documents that kept the live blog in the front matter still read.
    const { liveBlog, ...rest } = article
    const old = toMarkdown(rest as typeof article, { frontmatter: true }).replace(
      '\n---\n',
      `\nliveBlog: ${JSON.stringify(liveBlog)}\n---\n`,
    )
    expect(fromMarkdown(old)).toEqual(article)
  })

  it('Markdown, lossless: says where a live blog directive is wrong', () => {
    const issues = (markdown: string) => {
      try {
        fromMarkdown(markdown)
      } catch (error) {
        return (error as { issues: { path: unknown[]; code: string; line?: number }[] }).issues.map((issue) => [
          issue.path,
          issue.code,
          issue.line,
        ])
      }
      return []
    }
    const head = '---\ntype: LiveBlogPosting\nheadline: Live\n---\n\nBody.\n\n'
    // Line 8 is the directive; line 10 its first update.
    expect(issues(`${head}::::live-blog\n\nStray words.\n\n::::\n`)).toEqual([
      [['liveBlog', 'updates', 0], 'invalid_markdown', 10],
    ])
    expect(
      issues(
        `${head}::::live-blog\n\n:::update{#a date="2026-11-02T09:30:00Z" authors="[{"}\n\nWords.\n\n:::\n\n::::\n`,
      ),
    ).toEqual([[['liveBlog', 'updates', 0, 'authors'], 'invalid_markdown', 10]])
    // The model's issues inside an update point at its directive.
    expect(issues(`${head}::::live-blog\n\n:::update{#a date="2026-11-02"}\n\nWords.\n\n:::\n\n::::\n`)).toEqual([
      [['liveBlog', 'updates', 0, 'date'], 'invalid_date', 10],
    ])
    const twice = `${head}::::live-blog\n::::\n\n::::live-blog\n::::\n`
    expect(issues(twice)).toEqual([[['liveBlog'], 'invalid_markdown', 11]])
    const both = head.replace('headline: Live', 'headline: Live\nliveBlog: { updates: [] }')
    expect(issues(`${both}::::live-blog\n::::\n`)).toEqual([[['liveBlog'], 'invalid_markdown', 9]])
  })

  it('JSON-LD: a LiveBlogPosting with its coverage and a BlogPosting per update', () => {
    const json = toJsonLd(article) as Record<string, unknown>
    expect(json['@type']).toBe('LiveBlogPosting')
    expect(json.coverageStartTime).toBe('2026-11-02T06:00:00Z')
    expect(json.coverageEndTime).toBe('2026-11-02T22:00:00Z')
    expect(json.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Gusts of 80 mph <measured>',
        datePublished: '2026-11-02T14:15:00Z',
        url: 'https://news.example.com/live/harbour-storm#u-1415',
        articleBody: 'The pier is closed',
        author: [{ '@type': 'Person', name: 'Ada Quill' }],
      },
      {
        '@type': 'BlogPosting',
        datePublished: '2026-11-02T09:30:00Z',
        url: 'https://news.example.com/live/harbour-storm#u-0930',
        articleBody: 'First warning issued.',
      },
    ])
  })

  it('counts the updates in the word count, and numbers sources cited only in an update', () => {
    // The ferry is suspended / Gusts of 80 mph measured / The pier is closed / First warning issued
    expect(wordCount(article)).toBe(4 + 5 + 4 + 3)
    expect(toText(article)).toContain('Sources:\n1. Met Office')
  })
})

describe("an update's byline", () => {
  it("credits the update's authors only, not the article's additional reporting", () => {
    const credited = parseArticle({
      ...input,
      authors: [{ name: 'Tamsin Rowe' }],
      contributors: [{ name: 'Cai Morva', role: 'additionalReporting' }],
    })
    const html = toHtml(credited)
    expect(html).toContain(
      `<p class="ak-byline">By <bdi data-ak='{"type":"Person"}'>Tamsin Rowe</bdi> · Additional reporting by <bdi>Cai Morva</bdi></p>`,
    )
    expect(html).toContain(`</h3><p class="ak-byline">By <bdi data-ak='{"type":"Person"}'>Ada Quill</bdi></p></header>`)
    expect(toText(credited)).toContain('2 November 2026 at 14:15 · Gusts of 80 mph <measured>\nBy Ada Quill\n')
    expect(toMarkdown(credited)).toContain('*2 November 2026 at 14:15*\n\nBy Ada Quill\n\nThe pier')
  })
})

describe('lint and unvalidated input', () => {
  it('asks for LiveBlogPosting when an article has updates but another type', () => {
    const news = parseArticle({ ...input, type: 'NewsArticle' })
    expect(lintArticle(news).filter((diagnostic) => diagnostic.code === 'live_blog_not_typed')).toEqual([
      {
        severity: 'warning',
        code: 'live_blog_not_typed',
        path: ['type'],
        message: 'The article has live updates but `type` is `NewsArticle`; use `LiveBlogPosting`',
      },
    ])
    expect(lintArticle(article).map((diagnostic) => diagnostic.code)).not.toContain('live_blog_not_typed')
    expect((toJsonLd(news) as Record<string, unknown>).liveBlogUpdate).toBeUndefined()
  })

  it('renders odd live blogs as nothing, never with a TypeError', () => {
    for (const liveBlog of [null, 'live', { updates: 'many' }, { updates: [null, 'x', { date: 7 }] }]) {
      const odd = { headline: 'H', type: 'LiveBlogPosting', body: [], liveBlog } as never
      for (const render of [toHtml, toText, toMarkdown, toJsonLd, wordCount] as ((article: never) => unknown)[])
        expect(() => render(odd)).not.toThrow()
    }
    // A body that is not an array is a RenderError at its path, as anywhere else.
    const broken = { headline: 'H', body: [], liveBlog: { updates: [{ id: 'a', body: null }] } } as never
    expect(() => toHtml(broken)).toThrow(RenderError)
    expect(() => toHtml(broken)).toThrow(/liveBlog\.updates\[0\]\.body: Expected an array/)
  })
})

describe('hostile text in every text field of a live blog', () => {
  it('is escaped in HTML, clean in text, never raw HTML for Markdown readers, and round-trips losslessly', () => {
    const problems: string[] = []
    for (const hostile of hostileStrings) {
      const result = safeParseArticle(mapStrings(input, (key, text) => (TEXT_KEYS.has(key) ? hostile.value : text)))
      if (!result.success) continue
      const hostileArticle = result.data
      const html = toHtml(hostileArticle)
      if (hostile.value.includes('<') && html.includes(hostile.value))
        problems.push(`${hostile.name}: unescaped in HTML`)
      for (const [name, output] of [
        ['text', toText(hostileArticle)],
        ['speech', toSpeech(hostileArticle)],
      ] as const)
        if (controls.test(output)) problems.push(`${hostile.name}: a control character in ${name}`)
      const reader = readerProblems(hostileArticle, toMarkdown(hostileArticle))
      if (reader.length > 0) problems.push(`${hostile.name}: ${reader.join(', ')}`)
      const lossless = fromMarkdown(toMarkdown(hostileArticle, { frontmatter: true }))
      if (JSON.stringify(lossless) !== JSON.stringify(hostileArticle))
        problems.push(`${hostile.name}: lossless round trip`)
    }
    expect(problems).toEqual([])
  })
})
