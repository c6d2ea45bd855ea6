// articlekit's own HTML read back: parseArticle(readOwnHtml(parse(toHtml(a)))) and
// fromHtml(toHtml(a)) deep-equal `a`, fragment and whole page, for the fixtures, the examples and
// thousands of generated articles.

import { readFileSync } from 'node:fs'
import { ARTICLE_TYPES, type Article, parseArticle, safeParseArticle } from 'articlekit'
import { toHtml, toHtmlDocument } from 'articlekit/html'
import fc from 'fast-check'
import type { Element, ElementContent, Properties } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { readOwnHtml } from '../../src/import/own-html.js'
import { fromDocument } from '../../src/import/page.js'
import { fromHtml as readPage } from '../../src/import/page-html.js'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileStrings } from '../fixtures/hostile.js'
import { mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'
import { articleInput, inlineContent, line, text, url } from '../markdown/arbitrary.js'
import { refused } from './pages.js'

const SEED = Number(process.env.FC_SEED ?? 20261207)
const RUNS = Number(process.env.FC_RUNS ?? 1000)

const EXAMPLES = ['article.json', 'opinion-article.json', 'live-blog.json'].map((name) =>
  parseArticle(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'))),
)

const date = fc.constantFrom(
  '2026-03-14',
  '2026-03-14T09:30:00+01:00',
  '2026-11-02T09:00:00Z',
  '2026-11-02T23:59:59.5-05:30',
)
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
const image = fc.record(
  { url, alt: text, width: maybe(fc.integer({ min: 1, max: 4000 })), caption: maybe(inlineContent) },
  { requiredKeys: ['url', 'alt'] },
)

/** The article fields `articleInput` leaves out: what the page shows in the header and what it does not show at all. */
const otherFields = fc.record({
  type: maybe(fc.constantFrom(...ARTICLE_TYPES.filter((type) => type !== 'LiveBlogPosting'))),
  id: maybe(line),
  url: maybe(fc.constantFrom('https://news.example.com/a', 'http://x.example/?q=<b>&r="s"')),
  language: maybe(fc.constantFrom('en-GB', 'ar', 'he-IL', 'fr', 'zh-Hant')),
  kicker: maybe(line),
  alternativeHeadline: maybe(line),
  authors: maybe(
    fc.array(
      fc.record(
        {
          type: maybe(fc.constantFrom('Person', 'Organization')),
          name: line,
          url: maybe(url),
          image: maybe(url),
          jobTitle: maybe(line),
          sameAs: maybe(
            fc.array(fc.constantFrom('https://social.example.net/@a', '/b'), { minLength: 1, maxLength: 2 }),
          ),
        },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
  ),
  publisher: maybe(
    fc.record(
      { name: line, url: maybe(url), logo: maybe(image), ethicsPolicy: maybe(url) },
      { requiredKeys: ['name'] },
    ),
  ),
  datePublished: maybe(date),
  dateModified: maybe(date),
  embargo: maybe(fc.constant('2026-01-01T00:00:00Z')),
  dateline: maybe(line),
  section: maybe(line),
  related: maybe(
    fc.array(
      fc.record(
        { title: line, url, description: maybe(text), image: maybe(image) },
        { requiredKeys: ['title', 'url'] },
      ),
      {
        maxLength: 2,
      },
    ),
  ),
  license: maybe(url),
  copyrightHolder: maybe(line),
  copyrightYear: maybe(fc.integer({ min: 1900, max: 2100 })),
  isAccessibleForFree: maybe(fc.boolean()),
  corrections: maybe(fc.array(fc.record({ date, text: line }), { maxLength: 2 })),
  backstory: maybe(text),
})

/** Every article field: `articleInput` with the fields above laid over it. */
const everyField = fc.tuple(articleInput, otherFields).map(([input, other]) => {
  const out: Record<string, unknown> = { ...input }
  for (const [key, value] of Object.entries(other)) if (value !== undefined) out[key] = value
  return out
})

/** Read an article back from HTML, failing on any warning. */
function readBack(html: string, fragment: boolean): Article {
  const warnings: unknown[] = []
  const input = readOwnHtml(fromHtml(html, { fragment }), { onWarning: (warning) => warnings.push(warning) })
  expect(warnings, html).toEqual([])
  expect(input, html).toBeDefined()
  return parseArticle(input)
}

/** Read an article back as a web page, failing on any warning. */
function readAsPage(html: string): Article {
  const warnings: unknown[] = []
  const article = readPage(html, { onWarning: (warning) => warnings.push(warning) })
  expect(warnings, html).toEqual([])
  return article
}

/** The law, both ways of writing, through the hast reader and through `fromHtml`. */
function check(article: Article): void {
  const fragment = toHtml(article)
  expect(readBack(fragment, true), fragment).toEqual(article)
  expect(readAsPage(fragment), fragment).toEqual(article)
  const page = toHtmlDocument(article)
  expect(readBack(page, false), page).toEqual(article)
  expect(readAsPage(page), page).toEqual(article)
}

describe('readOwnHtml', () => {
  it('gives every fixture and example back', () => {
    for (const input of [everyNode, minimal, shorthands.input, shorthands.output]) check(parseArticle(input))
    for (const article of EXAMPLES) check(article)
  })

  it('gives generated articles of every size back', () => {
    for (const words of [600, 10_000]) check(parseArticle(generateArticle(words)))
  }, 60_000)

  it(`gives ${RUNS} random articles of every node type back`, () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const parsed = safeParseArticle(input)
        fc.pre(parsed.success)
        check((parsed as { data: Article }).data)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  }, 300_000)

  it(`gives ${Math.ceil(RUNS / 2)} random articles with every article field back`, () => {
    fc.assert(
      fc.property(everyField, (input) => {
        const parsed = safeParseArticle(input)
        fc.pre(parsed.success)
        check((parsed as { data: Article }).data)
      }),
      { seed: SEED + 1, numRuns: Math.ceil(RUNS / 2) },
    )
  }, 300_000)

  it(`gives hostile text back from every text field (${hostileStrings.length} strings)`, () => {
    let checked = 0
    for (const hostile of hostileStrings) {
      // One-line fields get the string on one line, and something to show when it is blank.
      const oneLine = hostile.value.replace(/[\r\n]+/g, ' ')
      const input = mapStrings(everyNode, (key, value) => {
        if (!TEXT_KEYS.has(key)) return value
        return ['value', 'alt', 'description', 'backstory', 'credit'].includes(key)
          ? hostile.value
          : /\S/.test(oneLine)
            ? oneLine
            : 'x'
      })
      const parsed = safeParseArticle(input)
      if (!parsed.success) continue
      check(parsed.data)
      checked++
    }
    expect(checked).toBeGreaterThan(hostileStrings.length * 0.8)
  }, 120_000)

  it('finds nothing in a page without an articlekit article', () => {
    expect(readOwnHtml(fromHtml('<article class="story"><h1>Hi</h1></article>'))).toBeUndefined()
    expect(
      readOwnHtml(fromHtml('<article class="ak-article"><h1 class="ak-headline">Hi</h1></article>')),
    ).toBeUndefined()
  })
})

describe('HTML that claims to be ours but is not', () => {
  const article = parseArticle(everyNode)
  const html = toHtml(article)
  const read = (markup: string) => {
    const warnings: { code: string; path: readonly (string | number)[] }[] = []
    const input = readOwnHtml(fromHtml(markup, { fragment: true }), { onWarning: (warning) => warnings.push(warning) })
    return { input, warnings }
  }

  it('reads a truncated page without throwing, and validation names what is missing', () => {
    for (let cut = 0; cut < html.length; cut += 97) {
      const { input } = read(html.slice(0, cut))
      if (input === undefined) continue
      const result = safeParseArticle(input)
      if (!result.success) for (const issue of result.error.issues) expect(Array.isArray(issue.path)).toBe(true)
    }
  })

  it("sends an edited URL through the model's URL rule", () => {
    const plain = parseArticle({
      headline: 'H',
      body: [{ type: 'paragraph', children: [{ type: 'link', url: '/x', children: 'x' }] }],
    })
    const edited = toHtml(plain).replace('href="/x"', 'href="javascript:alert(1)"')
    const { input } = read(edited)
    const result = safeParseArticle(input)
    expect(result.success).toBe(false)
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.path)).toEqual([['body', 0, 'children', 0, 'url']])
  })

  it('never lets a data-ak reach a prototype, and validates what it sets', () => {
    const edited = html.replace(
      /<article class="ak-article"([^>]*) data-ak='[^']*'/,
      `<article class="ak-article"$1 data-ak='{"__proto__":{"polluted":1},"constructor":{"x":1},"type":"<script>"}'`,
    )
    const { input } = read(edited)
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype)
    const result = safeParseArticle(input)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toContainEqual(['type'])
  })

  it('reports a data-ak that is not a JSON object, and reads the rest', () => {
    for (const bad of ['{', '[1]', '"x"', `${'['.repeat(100_000)}`]) {
      const edited = html
        .replace('<p class="ak-kicker"', `<p class="ak-kicker" data-ak="${bad}"`)
        .replace(/<figure class="ak-lead-image"/, `<figure class="ak-lead-image" data-ak='${bad}'`)
      const { input, warnings } = read(edited)
      expect(warnings.map((warning) => warning.code)).toContain('own_html_data')
      expect(warnings.find((warning) => warning.code === 'own_html_data')?.path).toEqual(['image'])
      expect((input as { headline: string }).headline).toBe(article.headline)
    }
  })

  it('reports and leaves out what toHtml does not write', () => {
    const edited = toHtml(parseArticle({ headline: 'H', body: ['One', 'Two'] })).replace(
      '<div class="ak-body">',
      '<div class="ak-body"><script>alert(1)</script><div onclick="x()">Three</div>',
    )
    const { input, warnings } = read(edited)
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['own_html_unread', ['body', 0]],
      ['own_html_unread', ['body', 0]],
    ])
    expect(parseArticle(input).body).toEqual(parseArticle({ headline: 'H', body: ['One', 'Two'] }).body)
  })

  it("stops at the model's depth on deeply nested trees, without overflowing the stack", () => {
    // Built by hand: the HTML parser has limits of its own, which are the page reader's to set.
    const h = (tagName: string, ...rest: [ElementContent[]] | [Properties, ElementContent[]]): Element => ({
      type: 'element',
      tagName,
      properties: rest.length === 2 ? rest[0] : {},
      children: rest.length === 2 ? rest[1] : rest[0],
    })
    const nest = (tagName: string, levels: number, inner: ElementContent): ElementContent => {
      let node = inner
      for (let level = 0; level < levels; level++) node = h(tagName, [node])
      return node
    }
    const tree = h('article', { className: ['ak-article'], dataAk: '{}' }, [
      h('div', { className: ['ak-body'] }, [
        h('p', [nest('em', 50_000, { type: 'text', value: 'x' })]),
        nest('ul', 50_000, h('li', [{ type: 'text', value: 'y' }])),
      ]),
    ])
    const warnings: string[] = []
    const input = readOwnHtml(tree, { onWarning: (warning) => warnings.push(warning.code) })
    expect(input).toBeDefined()
    expect(warnings).toContain('own_html_too_deep')
  })
})

describe('fromHtml and fromDocument on articlekit HTML', () => {
  const article = parseArticle(everyNode)

  it("reads our article inside a site's own page, whatever the page says around it", () => {
    const page = `<!doctype html><html lang="de"><head><title>Other | Site</title>
      <meta property="og:title" content="Not this"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Nor this"}</script>
      </head><body><nav><a href="/">Home</a></nav><main>${toHtml(article)}</main><footer>© Site</footer></body></html>`
    expect(readAsPage(page)).toEqual(article)
  })

  it('reads the article through a DOM the caller holds, and leaves that DOM as it was', () => {
    const { document } = parseHTML(toHtmlDocument(article))
    const before = document.toString()
    expect(fromDocument(document as unknown as Document)).toEqual(article)
    expect(document.toString()).toBe(before)
  })

  it('keeps relative URLs as the article held them, whatever the `url` option says', () => {
    const relative = parseArticle({
      headline: 'H',
      body: [{ type: 'paragraph', children: [{ type: 'link', url: '/local', children: 'a link' }] }],
    })
    expect(readPage(toHtml(relative), { url: 'https://news.example.com/a/b' })).toEqual(relative)
  })

  it('names the path of what an edited page makes invalid', () => {
    const edited = toHtml(
      parseArticle({
        headline: 'H',
        body: [{ type: 'paragraph', children: [{ type: 'link', url: '/x', children: 'x' }] }],
      }),
    ).replace('href="/x"', 'href="javascript:alert(1)"')
    expect(refused(() => readPage(edited)).issues.map((issue) => issue.path)).toEqual([
      ['body', 0, 'children', 0, 'url'],
    ])
  })

  it('reports what it leaves out of an edited page, then returns the rest', () => {
    const edited = toHtml(parseArticle({ headline: 'H', body: ['One'] })).replace(
      '<div class="ak-body">',
      '<div class="ak-body"><script>alert(1)</script>',
    )
    const warnings: { code: string; path: readonly (string | number)[] }[] = []
    const read = readPage(edited, { onWarning: (warning) => warnings.push(warning) })
    expect(read.body).toEqual(parseArticle({ headline: 'H', body: ['One'] }).body)
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([['own_html_unread', ['body', 0]]])
  })

  it('reads other pages as web pages: an `ak-article` without its mark is not ours', () => {
    const page = `<html><body><article class="ak-article"><h1>A story of its own</h1><p>${'Words of a story that someone wrote. '.repeat(20)}</p></article></body></html>`
    const read = readPage(page)
    expect(read.headline).toBe('A story of its own')
    expect(read.body).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', value: 'Words of a story that someone wrote. '.repeat(20).trim() }],
      },
    ])
  })
})
