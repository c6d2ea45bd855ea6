// fromHtml and fromDocument on hostile pages (issue 18): the shapes that
// made the page reader, Readability or linkedom slow or crash, checked for
// what they give. Their time is the bench's business
// (test/bench/sections/import-hostile.mjs): nothing here looks at a clock.

import { isArticleValidationError } from 'articlekit'
import { fromDocument, fromHtml } from 'articlekit/import'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { hostilePage, hostilePages, sizedPage } from '../fixtures/hostile-pages.mjs'
import { MORE, PROSE, p, page, read, refused, story, t } from './pages.js'

/** `inner` inside `depth` `<div>`s. */
const divs = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`

/** `Ab Example`, `Ac Example`, …: a different name for each index, letters only, as bylines hold them. */
function name(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const first = `${letters[Math.floor(index / 26 / 26) % 26]}${letters[Math.floor(index / 26) % 26]}${letters[index % 26]}`
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} Example`
}

describe('markup nested deeper than the article can hold', () => {
  it('is read as its text, its blocks apart, and reported', () => {
    const { article, warnings } = read(
      page(story(divs(40, '<ul><li>First <b>item</b></li><li>Second</li></ul><p>After</p>'))),
    )
    expect(article.body).toEqual([p(PROSE), p('First item Second After'), p(MORE)])
    expect(warnings).toContainEqual({
      path: ['body'],
      code: 'deep_markup',
      message: 'Markup nested more than 32 levels below the body is read as its text (1)',
    })
  })

  it('keeps its structure up to 32 levels below the body', () => {
    const { article, codes } = read(page(story(divs(25, '<p>First part.</p><ul><li>One</li><li>Two</li></ul>'))))
    expect(article.body).toEqual([
      p(PROSE),
      p('First part.'),
      { type: 'list', ordered: false, items: [{ children: [p('One')] }, { children: [p('Two')] }] },
      p(MORE),
    ])
    expect(codes).not.toContain('page_furniture')
  })

  it('leaves scripts and styles out of the text it keeps', () => {
    const { article } = read(
      page(story(divs(40, '<p>Kept <script>alert(1)</script>words</p><style>p { color: red }</style>'))),
    )
    expect(article.body).toEqual([p(PROSE), p('Kept words'), p(MORE)])
  })
})

describe('elements with thousands of attributes', () => {
  it('keep the attributes the body reader reads', () => {
    const extra = Array.from({ length: 3000 }, (_, index) => `data-a${index}="x"`).join(' ')
    const { article } = read(
      page(
        story(
          `<p>See <a href="https://news.example/map" ${extra}>the map</a> here.</p><figure><img src="https://img.example/quay.jpg" alt="The quay" ${extra}><figcaption>The quay at dawn</figcaption></figure>`,
        ),
      ),
    )
    expect(article.body).toEqual([
      p(PROSE),
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          { type: 'link', url: 'https://news.example/map', children: t('the map') },
          { type: 'text', value: ' here.' },
        ],
      },
      { type: 'image', url: 'https://img.example/quay.jpg', alt: 'The quay', caption: t('The quay at dawn') },
      p(MORE),
    ])
  })
})

describe('long lists of metadata', () => {
  it('reads the first 100 names of a byline of thousands, none cut in two', () => {
    const names = Array.from({ length: 3000 }, (_, index) => name(index))
    const { article, warnings } = read(page(`<p class="byline">By ${names.join(', ')}</p>${story('')}`))
    expect(article.authors.map((author) => author.name)).toEqual(names.slice(0, 100))
    expect(warnings).toContainEqual({
      path: ['authors'],
      code: 'too_large',
      message: 'The page lists 100 or more authors; only the first 100 are read',
    })
  })

  it('stops parsing JSON-LD scripts once the node budget is spent', () => {
    const script = (headline: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","author":{"name":"Ann Example"}}</script>`
    const scripts = `${script('Night ferry returns')}${script('Other').repeat(6000)}<script type="application/ld+json">{ not json</script>`
    const { article, warnings, codes } = read(page(story(''), scripts))
    expect(article.headline).toBe('Night ferry returns')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Ann Example' }])
    expect(warnings).toContainEqual({
      path: [],
      code: 'too_large',
      message:
        "The page's JSON-LD is nested deeper than 32 levels or holds more than 10000 objects; the rest is not read",
    })
    expect(codes).not.toContain('invalid_json_ld')
  })
})

describe('boxes of many links', () => {
  it('takes each address of a "Related" box of thousands once, in order', () => {
    const links = Array.from(
      { length: 2000 },
      (_, index) => `<li><a href="https://news.example/s/${index}">Story ${index}</a></li>`,
    )
    const { article } = read(page(`${story('')}<h2>Related</h2><ul>${links.join('')}${links.join('')}</ul>`))
    expect(article.related).toHaveLength(2000)
    expect(article.related?.[0]).toEqual({ title: 'Story 0', url: 'https://news.example/s/0' })
    expect(article.related?.[1999]).toEqual({ title: 'Story 1999', url: 'https://news.example/s/1999' })
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })
})

describe('every hostile shape', () => {
  const outcome = (html: string) => {
    try {
      const { article } = read(html)
      return { headline: article.headline, blocks: article.body.length, first: article.body[0]?.type }
    } catch (error) {
      if (isArticleValidationError(error)) return { refused: error.issues.map((issue) => issue.code) }
      throw error
    }
  }

  it.each([
    ['many paragraphs', { headline: 'H', blocks: 524, first: 'paragraph' }],
    ['`<div>`s 200 deep, repeated', { headline: 'H', blocks: 9, first: 'paragraph' }],
    ['lists 50 deep, repeated', { headline: 'H', blocks: 22, first: 'list' }],
    ['one element with many attributes', { headline: 'H', blocks: 1, first: 'paragraph' }],
    ['many JSON-LD scripts', { headline: 'H', blocks: 1, first: 'paragraph' }],
    ['a long byline', { headline: 'H', blocks: 2, first: 'paragraph' }],
    ['a "Related" box of many links', { headline: 'H', blocks: 1, first: 'paragraph' }],
    ['many figures', { headline: 'H', blocks: 284, first: 'image' }],
    ['many dates in one line', { headline: 'H', blocks: 2, first: 'paragraph' }],
    [
      'many date lines, plain <time>s and captions repeating alt text',
      { headline: 'H', blocks: 275, first: 'paragraph' },
    ],
    [
      'many "By" lines past photos, on a page without <article>',
      { headline: 'Hostile page', blocks: 1, first: 'paragraph' },
    ],
    ['unclosed `<b><i>`', { refused: ['too_deep'] }],
  ])('%s at 20 KB gives %o', (shape, expected) => {
    const found = hostilePages.find((each) => each.name === shape)
    expect(found).toBeDefined()
    expect(outcome(sizedPage(found as (typeof hostilePages)[number], 20_000))).toEqual(expected)
  })

  it('reads a long `<title>` beside many `<h1>`s whole, as the headline, and every heading', () => {
    const found = hostilePages.find((each) => each.name === 'a long `<title>` and many `<h1>`s')
    expect(found).toBeDefined()
    const { article } = read(sizedPage(found as (typeof hostilePages)[number], 20_000))
    expect(article.headline).toMatch(/^word word .* word$/)
    expect(article.headline).toHaveLength(14_529)
    expect(article.body).toHaveLength(287)
  })

  it('covers every shape of the fixture', () => {
    expect(hostilePages.map((shape) => shape.name)).toHaveLength(13)
  })
})

describe('the depth limit', () => {
  it('refuses markup nested thousands deep, which overflows Readability alone, before reading it', () => {
    const error = refused(() => fromHtml(hostilePage(`<h1>H</h1>${'<p><b><i>story '.repeat(5000)}`)))
    expect(error.issues).toEqual([
      {
        path: [],
        code: 'too_deep',
        message: "The page's elements nest `10002` deep; at most 256 are read (`limits.depth`)",
      },
    ])
  })

  it('refuses a document deeper than the limit in fromDocument too', () => {
    const { document } = parseHTML(page(divs(300, `<p>${PROSE}</p>`)))
    const error = refused(() => fromDocument(document as unknown as Document))
    expect(error.issues).toEqual([
      { path: [], code: 'too_deep', message: "The page's elements nest deeper than 256 (`limits.depth`)" },
    ])
    const shallow = parseHTML(page(story(divs(8, `<p>${PROSE}</p>`)))).document
    expect(
      refused(() => fromDocument(shallow as unknown as Document, { limits: { depth: 6 } })).issues[0],
    ).toMatchObject({ code: 'too_deep', message: "The page's elements nest deeper than 6 (`limits.depth`)" })
  })
})

describe('a page without `<html>`', () => {
  it('is read as the body of a page, as an HTML5 parser reads it', () => {
    const { article } = read(`<title>Night ferry returns</title>${story('')}`)
    expect(article.headline).toBe('Night ferry returns')
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it('is read the same as the whole page around it', () => {
    const fragment = story('<ul><li>One</li><li>Two</li></ul>')
    expect(read(fragment).article).toEqual(read(`<html><body>${fragment}</body></html>`).article)
  })
})
