// The embargo (issue 17): validated as one instant, carried by the JSON
// Schema and the lossless Markdown, and refused by every output that
// publishes the article's words until it lifts, through one check in the
// core (`assertNotEmbargoed`).

import { Ajv2020 } from 'ajv/dist/2020.js'
import { articleJsonSchema, parseArticle, safeParseArticle } from 'articlekit'
import { assertNotEmbargoed, createRenderer, RenderError } from 'articlekit/core'
import { toHast, toHtml, toHtmlDocument } from 'articlekit/html'
import { toJsonLd, toJsonLdScript, toMetaTags, toMetaTagsHtml } from 'articlekit/json-ld'
import { articleRemark, fromMarkdown, toMarkdown, toMdast } from 'articlekit/markdown'
import { characterCount, excerpt, readingTime, storyText, toSpeech, toText, wordCount } from 'articlekit/text'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'

const EMBARGO = '2026-03-14T06:00:00Z'
const BEFORE = '2026-03-14T05:59:59Z'
const AFTER = '2026-03-14T06:00:00Z'
const article = parseArticle({
  url: 'https://news.example.com/2026/budget',
  headline: 'Council sets the ferry budget',
  embargo: EMBARGO,
  image: { url: '/budget.jpg', alt: 'The council chamber' },
  body: ['The council voted at dawn.'],
})

/** The error `render` throws, or a failure when it throws none. */
function refusal(render: () => unknown): RenderError {
  try {
    render()
  } catch (error) {
    if (error instanceof RenderError) return error
    throw error
  }
  throw new Error('rendered an embargoed article')
}

describe('validation', () => {
  it('keeps a date and time with an offset or Z, and a Date as UTC', () => {
    expect(article.embargo).toBe(EMBARGO)
    expect(parseArticle({ headline: 'H', body: [], embargo: '2026-03-14T07:00:00+01:00' }).embargo).toBe(
      '2026-03-14T07:00:00+01:00',
    )
    expect(parseArticle({ headline: 'H', body: [], embargo: new Date(Date.UTC(2026, 2, 14, 6)) }).embargo).toBe(
      '2026-03-14T06:00:00.000Z',
    )
  })

  it('rejects a calendar date or a time without a zone, by path, as invalid_date', () => {
    for (const embargo of ['2026-03-14', '2026-03-14T06:00:00']) {
      const result = safeParseArticle({ headline: 'H', body: [], embargo })
      expect(result.success).toBe(false)
      if (result.success) continue
      expect(result.error.issues).toEqual([
        {
          path: ['embargo'],
          code: 'invalid_date',
          message: `Expected a date and time with an offset or \`Z\`, such as \`2026-03-14T06:00:00Z\`: without them it falls at a different moment in each time zone, got \`${embargo}\``,
        },
      ])
    }
    const bad = safeParseArticle({ headline: 'H', body: [], embargo: '2026-02-30T06:00:00Z' })
    expect(bad.success || bad.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['embargo'], 'invalid_date'],
    ])
  })

  it('the JSON Schema accepts an instant and rejects a calendar date', () => {
    const validate = new Ajv2020({ strict: false }).compile(articleJsonSchema())
    expect(validate({ headline: 'H', body: [], embargo: EMBARGO })).toBe(true)
    expect(validate({ headline: 'H', body: [], embargo: '2026-03-14' })).toBe(false)
    expect(validate({ headline: 'H', body: [], embargo: '2026-03-14T06:00:00' })).toBe(false)
  })
})

describe('the core check', () => {
  it('throws embargoed at ["embargo"] before the time, naming it and how to go on', () => {
    const error = refusal(() => assertNotEmbargoed(article, { now: BEFORE }))
    expect(error.code).toBe('embargoed')
    expect(error.path).toEqual(['embargo'])
    expect(error.message).toBe(
      'embargo: The article is under embargo until `2026-03-14T06:00:00Z` (it is now `2026-03-14T05:59:59.000Z`); it is not rendered: pass `now` with the time the output goes public, or `ignoreEmbargo: true` for a private preview',
    )
  })

  it('lets the article through from the embargo on, or when told to ignore it', () => {
    expect(() => assertNotEmbargoed(article, { now: AFTER })).not.toThrow()
    expect(() => assertNotEmbargoed(article, { now: Date.parse(AFTER) })).not.toThrow()
    expect(() => assertNotEmbargoed(article, { now: new Date(AFTER) })).not.toThrow()
    expect(() => assertNotEmbargoed(article, { now: BEFORE, ignoreEmbargo: true })).not.toThrow()
    // An offset is an instant like any other: 06:30 in Lisbon's summer is 05:30 UTC.
    expect(() => assertNotEmbargoed(article, { now: '2026-03-14T06:30:00+01:00' })).toThrow(RenderError)
    // Without `now`, the current time: this embargo is in the past of any run of this test.
    expect(() => assertNotEmbargoed(article)).not.toThrow()
    expect(() => assertNotEmbargoed({ ...article, embargo: '9999-01-01T00:00:00Z' })).toThrow(RenderError)
  })

  it('fails closed on an embargo that is not an instant, and on a `now` that is no time', () => {
    for (const embargo of ['2026-03-14', 'tomorrow', 42, null, {}, '']) {
      const error = refusal(() => assertNotEmbargoed({ ...article, embargo }, { now: '3000-01-01T00:00:00Z' }))
      expect([error.code, error.path]).toEqual(['embargoed', ['embargo']])
      expect(error.message).toMatch(/is not a date and time with an offset/)
    }
    expect(refusal(() => assertNotEmbargoed({ ...article, embargo: 'x'.repeat(10_000) })).message.length).toBeLessThan(
      400,
    )
    for (const now of ['soon', Number.NaN, 1e20, new Date(Number.NaN), {}, true, Symbol('now')]) {
      const error = refusal(() => assertNotEmbargoed(article, { now: now as never }))
      expect(error.message).toMatch(/`now` is no time/)
    }
    // Without an embargo, `now` is never read.
    expect(() => assertNotEmbargoed({ headline: 'H' }, { now: 'soon' })).not.toThrow()
  })

  it('is met by every renderer built on createRenderer, with the same options', () => {
    const outline = createRenderer<string, object>({
      format: 'outline',
      empty: '',
      handlers: { article: (node) => node.headline },
    })
    expect(refusal(() => outline(article, { now: BEFORE })).code).toBe('embargoed')
    expect(outline(article, { now: AFTER })).toBe('Council sets the ferry budget')
    expect(outline(article, { now: BEFORE, ignoreEmbargo: true })).toBe('Council sets the ferry budget')
  })
})

describe('every output that publishes the article refuses it', () => {
  const outputs: [string, (options: { now?: string; ignoreEmbargo?: boolean }) => unknown][] = [
    ['toHtml', (options) => toHtml(article, options)],
    ['toHtmlDocument', (options) => toHtmlDocument(article, options)],
    ['toHast', (options) => toHast(article, options)],
    ['toHast document', (options) => toHast(article, { ...options, document: true })],
    ['toJsonLd', (options) => toJsonLd(article, options)],
    ['toJsonLd graph', (options) => toJsonLd(article, { ...options, mode: 'graph' })],
    ['toJsonLdScript', (options) => toJsonLdScript(article, options)],
    ['toMetaTags', (options) => toMetaTags(article, options)],
    ['toMetaTagsHtml', (options) => toMetaTagsHtml(article, options)],
    ['toMarkdown', (options) => toMarkdown(article, options)],
    ['toMdast', (options) => toMdast(article, options)],
    ['toText', (options) => toText(article, options)],
    ['toSpeech', (options) => toSpeech(article, options)],
    ['storyText', (options) => storyText(article, options)],
    ['excerpt', (options) => excerpt(article, options)],
    [
      'articleRemark',
      (options) =>
        String(unified().use(articleRemark, options).use(remarkStringify).processSync(JSON.stringify(article))),
    ],
  ]

  for (const [name, render] of outputs) {
    it(`${name}: refuses before the embargo, renders at it or when told to ignore it`, () => {
      const error = refusal(() => render({ now: BEFORE }))
      expect([error.code, error.path]).toEqual(['embargoed', ['embargo']])
      expect(error.message).toContain('`2026-03-14T06:00:00Z`')
      expect(render({ now: AFTER })).toBeTruthy()
      expect(render({ now: BEFORE, ignoreEmbargo: true })).toBeTruthy()
    })
  }

  it('toHtmlDocument checks the page once with its own options, head included', () => {
    // The JSON-LD options of the page do not reopen or close it: the page's own decide.
    const page = toHtmlDocument(article, { now: BEFORE, ignoreEmbargo: true, jsonLd: { now: BEFORE } })
    expect(page).toContain('"headline":"Council sets the ferry budget"')
    expect(() => toHtmlDocument(article, { now: BEFORE, jsonLd: { ignoreEmbargo: true } })).toThrow(RenderError)
  })

  it('an unvalidated embargo fails closed in every renderer', () => {
    const loose = { ...article, embargo: '2026-03-14' }
    for (const render of [toHtml, toJsonLd, toMarkdown, toText, toMetaTags, toHtmlDocument]) {
      expect(refusal(() => render(loose, { now: '3000-01-01T00:00:00Z' } as never)).code).toBe('embargoed')
    }
  })
})

describe('what is exempt', () => {
  it('the lossless Markdown keeps the embargo, and reads back to the same article', () => {
    const markdown = toMarkdown(article, { frontmatter: true, now: BEFORE })
    expect(markdown).toContain('embargo: "2026-03-14T06:00:00Z"\n')
    expect(fromMarkdown(markdown)).toEqual(article)
    // Read back, it is refused again by what renders it.
    expect(refusal(() => toHtml(fromMarkdown(markdown), { now: BEFORE })).code).toBe('embargoed')
  })

  it('the counts publish no words: word count, reading time and character count', () => {
    const early = '2000-01-01T00:00:00Z'
    const late = { ...article, embargo: '9999-01-01T00:00:00Z' }
    expect(wordCount(late)).toBe(5)
    expect(readingTime(late).words).toBe(5)
    expect(characterCount(late)).toBe(26)
    expect(() => storyText(late)).toThrow(RenderError)
    expect(storyText(late, { now: '9999-01-01T00:00:00Z' })).toBe('The council voted at dawn.')
    expect(excerpt(late, { ignoreEmbargo: true })).toBe('The council voted at dawn.')
    expect(() => excerpt(late, { now: early })).toThrow(RenderError)
  })

  it("JSON-LD writes articleBody under the render's own options, not the current time", () => {
    const late = { ...article, embargo: '9999-01-01T00:00:00Z' }
    const data = toJsonLd(late, { includeBody: true, ignoreEmbargo: true }) as Record<string, unknown>
    expect(data.articleBody).toBe('The council voted at dawn.')
  })
})

describe('what the renderers write for it', () => {
  const open = { now: AFTER }
  it('JSON-LD, text, reader Markdown and what the HTML shows write nothing of the embargo', () => {
    expect(JSON.stringify(toJsonLd(article, open))).not.toContain('2026-03-14T06:00')
    const page = toHtmlDocument(article, open)
    // Kept once, in the article's data-ak, so that the page reads back whole; nowhere else.
    expect(page.match(/2026-03-14T06:00[^"]*/g)).toEqual([article.embargo])
    expect(/<article class="ak-article"[^>]* data-ak='([^']*)'/.exec(page)?.[1]).toContain(
      `"embargo":"${article.embargo}"`,
    )
    expect(page.replace(/ data-ak='[^']*'/g, '')).not.toMatch(/embargo|2026-03-14T06:00/i)
    expect(toText(article, open)).not.toMatch(/embargo|06:00/i)
    const warnings: { code: string; path: (string | number)[] }[] = []
    const markdown = toMarkdown(article, { ...open, onWarning: (warning) => warnings.push(warning) })
    expect(markdown).not.toMatch(/embargo|06:00/i)
    // Left out on purpose, not reported as lost.
    expect(warnings.filter((warning) => warning.path[0] === 'embargo')).toEqual([])
  })
})
