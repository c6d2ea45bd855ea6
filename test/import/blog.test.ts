// The blog import mode: one realistic post per generator (written for these
// tests, in test/fixtures/blog/), checked field by field, with the warnings
// (code and line) and the word count counted by hand; then the messy and
// hostile cases real posts bring.

import { readFileSync } from 'node:fs'
import { isArticleValidationError, lintArticle } from 'articlekit'
import { blog } from 'articlekit/import'
import { fromMarkdown, type MarkdownIssue } from 'articlekit/markdown'
import { wordCount } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

const BASE = 'https://blog.example.com/'
const fixture = (path: string) => readFileSync(new URL(`../fixtures/blog/${path}`, import.meta.url), 'utf8')

function read(source: string, fileName?: string, baseUrl: string | null = BASE) {
  const warnings: MarkdownIssue[] = []
  const article = fromMarkdown(source, {
    dialect: blog(baseUrl === null ? {} : { baseUrl }),
    ...(fileName === undefined ? {} : { fileName }),
    onWarning: (warning) => warnings.push(warning),
  })
  return { article, warnings, codes: warnings.map((warning) => `${warning.code}@${warning.line}`) }
}

function importFixture(path: string) {
  return read(fixture(path), path)
}

describe('posts of each generator', () => {
  it('Jekyll: Liquid tags, a dated file name, a category and inline HTML', () => {
    const { article, codes } = importFixture('jekyll/_posts/2024-03-09-harbour-lights-festival.md')
    expect(article.headline).toBe('Harbour Lights & Lanterns return')
    expect(article.datePublished).toBe('2024-03-09')
    expect(article.keywords).toEqual(['festival', 'harbour', 'night market', 'events'])
    expect(article.section).toBe('events')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Ines Calloway' }])
    expect(article.description).toBe('The lantern parade is back on the quay after three quiet winters.')
    expect(article.image).toEqual({ url: 'https://blog.example.com/assets/img/lanterns.jpg', alt: '' })
    expect(article.body[4]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Buses run every ten minutes. The route map is on ' },
        {
          type: 'link',
          url: 'https://blog.example.com/travel/',
          children: [{ type: 'text', value: 'our travel page' }],
        },
        { type: 'text', value: '.' },
      ],
    })
    expect(article.body[5]).toEqual({
      type: 'image',
      url: 'https://blog.example.com/assets/img/route.png',
      alt: 'Route map',
    })
    expect(article.body[6]).toEqual({
      type: 'code',
      language: 'bash',
      value: '# check the timetable\ncurl https://buses.example.org/n7',
    })
    expect(codes).toEqual([
      'unmapped_key@2',
      'unmapped_key@9',
      'unmapped_key@10',
      'template_tag@16',
      'template_tag@23',
      'template_tag@25',
      'template_tag@27',
    ])
    // 12 + 4 (the include tag, kept as text) + 21 + 2 + 13 + 7 (the code) + 5.
    expect(wordCount(article)).toBe(64)
  })

  it('Hugo with TOML front matter and shortcodes', () => {
    const { article, codes, warnings } = importFixture('hugo/content/posts/spring-tides.md')
    expect(article.headline).toBe('Spring tides and the old sea wall')
    expect(article.datePublished).toBe('2023-04-18T07:30:00+01:00')
    expect(article.dateModified).toBe('2023-04-20')
    expect(article.keywords).toEqual(['tides', 'coast', 'Field notes'])
    expect(article.description).toBe('Why the wall floods twice a year, and what the council plans.')
    expect(article.image).toEqual({
      url: 'https://blog.example.com/images/wall.jpg',
      alt: 'Waves over the sea wall at dawn',
      caption: [{ type: 'text', value: 'The wall at high water' }],
    })
    expect(article.body[1]).toEqual({
      type: 'image',
      url: 'https://blog.example.com/images/gauge.jpg',
      alt: 'The tide gauge',
      caption: [{ type: 'text', value: 'The gauge by the slipway' }],
    })
    expect(article.body[5]).toEqual({
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc',
      kind: 'video',
      provider: 'YouTube',
    })
    expect(codes).toEqual([
      'unmapped_key@9',
      'unmapped_key@10',
      'unmapped_key@16',
      'template_tag@21',
      'template_tag@23',
      'template_tag@25',
      'template_tag@31',
    ])
    expect(warnings[0]?.path).toEqual(['slug'])
    expect(warnings[2]?.path).toEqual(['cover', 'relative'])
    // 15 + 9 (the note, its two tags kept as text) + 2 + 9.
    expect(wordCount(article)).toBe(35)
  })

  it('Hugo with YAML front matter in a page bundle, and a highlight shortcode', () => {
    const { article, codes } = importFixture('hugo/content/posts/2023-11-02-river-gauge/index.md')
    expect(article.headline).toBe('Reading the river gauge')
    expect(article.datePublished).toBe('2023-11-02T08:15:00-05:00')
    expect(article.keywords).toEqual(['rivers', 'gauges', 'flooding'])
    expect(article.authors.map((author) => author.name)).toEqual(['Tomas Reyes', 'Ada Quill'])
    expect(article.image).toEqual({ url: 'https://blog.example.com/gauge.png', alt: '' })
    expect(article.body[1]).toEqual({
      type: 'code',
      language: 'go',
      value: '// Depth returns the reading.\nfunc Depth() float64 { return 1.2 }',
    })
    expect(codes).toEqual(['unmapped_key@9', 'unmapped_key@10', 'template_tag@15'])
    expect(wordCount(article)).toBe(10 + 9 + 11)
  })

  it('Eleventy: the title repeated as a heading, a task list, a shortcode', () => {
    const { article, codes } = importFixture('eleventy/allotment-diary.md')
    expect(article.headline).toBe('Allotment diary, week 12')
    expect(article.datePublished).toBe('2022-08-14')
    expect(article.keywords).toEqual(['posts', 'gardening'])
    expect(article.description).toBe('Beans, blight and a borrowed wheelbarrow.')
    expect(article.body[2]).toEqual({
      type: 'heading',
      level: 3,
      children: [{ type: 'text', value: 'Jobs for next week' }],
    })
    expect(article.body[3]).toEqual({
      type: 'list',
      ordered: false,
      items: [
        { children: [{ type: 'paragraph', children: [{ type: 'text', value: '☑ Net the brassicas' }] }] },
        { children: [{ type: 'paragraph', children: [{ type: 'text', value: '☐ Return the wheelbarrow' }] }] },
      ],
    })
    expect(codes).toEqual([
      'unmapped_key@7',
      'unmapped_key@8',
      'unmapped_key@10',
      'headline_repeated@14',
      'template_tag@18',
    ])
    expect(wordCount(article)).toBe(10 + 6 + 4 + 3 + 3 + 13)
  })

  it('Astro: pubDate as words, heroImage, MDX imports and a component', () => {
    const { article, codes } = importFixture('astro/first-light.md')
    expect(article.headline).toBe('First light on the ridge')
    expect(article.datePublished).toBe('2024-06-19')
    expect(article.dateModified).toBe('2024-06-21')
    expect(article.keywords).toEqual(['walking', 'dawn'])
    expect(article.authors).toEqual([{ type: 'Person', name: 'Mara Velland' }])
    expect(article.image).toEqual({ url: 'https://blog.example.com/assets/ridge.jpg', alt: '' })
    expect(article.body[2]).toEqual({
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Never skip the thermos.' }] }],
      attribution: { name: 'Mara Velland' },
    })
    expect(codes).toEqual(['mdx_statement@10', 'raw_html@15'])
    expect(wordCount(article)).toBe(11 + 19 + 4)
  })

  it('Gatsby: an ISO timestamp, a tag with #, a table with inline HTML, a footnote', () => {
    const { article, codes } = importFixture('gatsby/content/blog/bread-at-altitude/index.md')
    expect(article.headline).toBe('Baking bread at altitude')
    expect(article.datePublished).toBe('2021-04-07T22:12:03.284Z')
    expect(article.keywords).toEqual(['baking', 'bread'])
    expect(article.image).toEqual({ url: 'https://blog.example.com/loaf.jpg', alt: '' })
    expect(article.sources).toEqual([{ id: '1', name: 'A tip from the village baker.' }])
    expect((article.body[1] as { rows: unknown }).rows).toEqual([
      [
        [{ type: 'text', value: 'Yeast' }],
        [
          { type: 'strong', children: [{ type: 'text', value: 'a quarter' }] },
          { type: 'text', value: ' less' },
        ],
      ],
      [[{ type: 'text', value: 'Water' }], [{ type: 'text', value: 'two spoons more' }]],
    ])
    expect(codes).toEqual(['unmapped_key@7', 'unmapped_key@8'])
    expect(wordCount(article)).toBe(11 + 11 + 6)
  })

  it("Ghost's Markdown export: canonical URL, language, authors, a Koenig figure", () => {
    const { article, codes } = importFixture('ghost/night-ferry.md')
    expect(article.headline).toBe('The night ferry is back')
    expect(article.url).toBe('https://news.example.com/night-ferry')
    expect(article.language).toBe('en-GB')
    expect(article.datePublished).toBe('2019-09-12T14:03:00.000Z')
    expect(article.dateModified).toBe('2019-09-13T09:00:00.000Z')
    expect(article.keywords).toEqual(['News', 'Transport'])
    expect(article.authors).toEqual([{ type: 'Person', name: 'Mara Velland', url: 'https://mara.example.com' }])
    expect(article.image).toEqual({ url: 'https://images.example.com/ferry.jpg', alt: '' })
    expect(article.body[1]).toEqual({
      type: 'image',
      url: 'https://images.example.com/deck.jpg',
      alt: 'The ferry deck at night',
      caption: [{ type: 'text', value: 'The deck, just after eleven.' }],
    })
    expect(codes).toEqual(['unmapped_key@3', 'unmapped_key@10', 'unmapped_key@12'])
    // `23:40` is two words.
    expect(wordCount(article)).toBe(10 + 10)
  })

  it('Decap CMS: featuredimage, templateKey, an image paragraph and a div', () => {
    const { article, codes } = importFixture('decap/chemex-method.md')
    expect(article.headline).toBe("A beginner's guide to the Chemex")
    expect(article.datePublished).toBe('2018-05-01T15:04:10.000Z')
    expect(article.description).toBe('Brewing with a Chemex clearly takes some practice.')
    expect(article.image).toEqual({ url: 'https://blog.example.com/img/chemex.jpg', alt: '' })
    expect(article.body[0]).toEqual({
      type: 'image',
      url: 'https://blog.example.com/img/chemex-pour.jpg',
      alt: 'chemex',
    })
    expect(codes).toEqual(['unmapped_key@2', 'unmapped_key@6', 'raw_html@17'])
    expect(wordCount(article)).toBe(9 + 3)
  })

  it('a lead image without alt text has an empty one, which lint reports', () => {
    const { article } = importFixture('decap/chemex-method.md')
    expect(lintArticle(article).filter((found) => found.code === 'image_alt_missing')).toHaveLength(1)
  })
})

describe('front matter', () => {
  it.each([
    ['2018-05-01', 'date', '2018-05-01'],
    ['"2020-01-01"', 'date', '2020-01-01'],
    ['2024-05-10 14:30', 'date', '2024-05-10T14:30'],
    ['2025-01-27 20:45:32 +0530', 'date', '2025-01-27T20:45:32+05:30'],
    ["'Jun 19 2024'", 'date', '2024-06-19'],
    ['June 19, 2024 10:30 PM', 'date', '2024-06-19T22:30'],
    ['Mon, 02 Jan 2006 15:04:05 -0700', 'date', '2006-01-02T15:04:05-07:00'],
    ['2020-01-01T10:00:00Z', 'date', '2020-01-01T10:00:00Z'],
    ['2020-01-01 10:00:00 UTC', 'date', '2020-01-01T10:00:00Z'],
    ['Sat, 09 Oct 2010 07:15:45 EST', 'date', '2010-10-09T07:15:45-05:00'],
    ['June 19, 2024 10:30PM PDT', 'date', '2024-06-19T22:30-07:00'],
    ['June 19, 2024 10:30 PM ET', 'date', '2024-06-19T22:30'],
    ['11/18/2011', 'date', '2011-11-18'],
    ['18.11.2011', 'date', '2011-11-18'],
    ['8/17/13', 'date', undefined],
    ['6 de diciembre de 2026 a las 10:30', 'date', '2026-12-06T10:30'],
    ['um 14.30 Uhr am 6. Dezember 2026', 'date', '2026-12-06T14:30'],
    ['6. Dezember 2026, 14:30 MEZ', 'date', '2026-12-06T14:30'],
    ['June 19, 2024 10:30 HST', 'date', '2024-06-19T10:30'],
    ['June 19, 2024 10:30 later', 'date', undefined],
    ['um 12:30 am 6. Dezember 2026', 'date', '2026-12-06T12:30'],
    ['12:30 am 6 December 2026', 'date', '2026-12-06T00:30'],
    ['06/12/2026', 'date', undefined],
    ['le lundi 29 octobre 2012 à 14h03', 'date', '2012-10-29T14:03'],
    ['"1er janvier 2026"', 'date', '2026-01-01'],
    ['6. Dezember 2026 um 10:30 Uhr', 'date', '2026-12-06T10:30'],
    ['6 de diciembre de 2026', 'date', '2026-12-06'],
    ['June 19, 2024 12:30 AM', 'date', '2024-06-19T00:30'],
    ['Market 19 2024', 'date', undefined],
    ['11/18/2011  2:27 AM', 'date', '2011-11-18T02:27'],
    ['!!timestamp 2001-12-14 21:59:43.10 -5', 'date', '2001-12-15T02:59:43.100Z'],
    ['2099-12-31', 'pubDate', '2099-12-31'],
    ['2021-02-03', 'publishDate', '2021-02-03'],
    ['2021-02-03', 'published', '2021-02-03'],
    ['20200101', 'date', '2020-01-01'],
    ['1577836800', 'date', '2020-01-01T00:00:00Z'],
    // Italian, Portuguese and Dutch, whole and cut short; the other languages' short forms.
    ['domenica 6 dicembre 2026 alle ore 10:30', 'date', '2026-12-06T10:30'],
    ['6 de dezembro de 2026 às 10h30', 'date', '2026-12-06T10:30'],
    ['zondag 6 december 2026 om 10:30 uur', 'date', '2026-12-06T10:30'],
    ['6 mrt. 2026', 'date', '2026-03-06'],
    ['6 ott 2026', 'date', '2026-10-06'],
    ['6 déc. 2026', 'date', '2026-12-06'],
    ['6. Okt. 2026', 'date', '2026-10-06'],
    ['6 out 2026', 'date', '2026-10-06'],
    ['6 setiembre 2026', 'date', '2026-09-06'],
    // Arabic: both sets of month names, a pair of them, Arabic-Indic digits, the halves of the day.
    ['"الأحد، 04 آب/أغسطس 2013"', 'date', '2013-08-04'],
    ['"٦ ديسمبر ٢٠٢٦"', 'date', '2026-12-06'],
    ['"6 كانون الثاني 2026"', 'date', '2026-01-06'],
    ['"6 إبريل 2026 10:30 م"', 'date', '2026-04-06T22:30'],
    ['"6 إبريل 2026 14:30 م"', 'date', '2026-04-06T14:30'],
    ['"6 يناير 2026 م"', 'date', '2026-01-06'],
    ['"6 آب/نيسان 2026"', 'date', undefined],
    ['"27 رمضان 1447"', 'date', undefined],
  ] as const)('maps the front-matter date %s (key %s) as the generators write it', (value, key, expected) => {
    expect(read(`---\ntitle: T\n${key}: ${value}\n---\nText.`).article.datePublished).toBe(expected)
  })

  it('maps TOML dates with and without their offset', () => {
    expect(read('+++\ntitle = "T"\ndate = 2020-01-01T08:00:00-07:00\n+++\nText.').article.datePublished).toBe(
      '2020-01-01T08:00:00-07:00',
    )
    expect(read('+++\ntitle = "T"\ndate = 2020-01-01T08:00:00\n+++\nText.').article.datePublished).toBe(
      '2020-01-01T08:00:00',
    )
    expect(read('+++\ntitle = "T"\ndate = 2020-01-01\n+++\nText.').article.datePublished).toBe('2020-01-01')
  })

  it('reports a date it cannot read, and then takes the one in the file name', () => {
    const { article, codes } = read('---\ntitle: T\ndate: Last Modified\n---\nText.', '2021-06-01-post.md')
    expect(article.datePublished).toBe('2021-06-01')
    expect(codes).toEqual(['invalid_value@3'])
  })

  it('reads tags as lists, nested lists, comma-separated strings, numbers and with #', () => {
    const tags = (value: string) => read(`---\ntitle: T\ntags: ${value}\n---\nText.`).article.keywords
    expect(tags('[a, b]')).toEqual(['a', 'b'])
    expect(tags('"a, b ,c"')).toEqual(['a', 'b', 'c'])
    expect(tags('[[a, b], [c]]')).toEqual(['a', 'b', 'c'])
    expect(tags('["#a", 2024]')).toEqual(['a', '2024'])
    expect(tags('')).toBeUndefined()
    expect(tags('machine learning')).toEqual(['machine learning'])
    // A Jekyll post (a dated file name, or in `_posts/`) reads a string without commas as words, as Jekyll does.
    const jekyll = (fileName: string, value: string) =>
      read(`---\ntitle: T\ncategories: ${value}\n---\nText.`, fileName).article.keywords
    expect(jekyll('2019-05-04-welcome.md', 'jekyll update')).toEqual(['jekyll', 'update'])
    expect(jekyll('_posts/welcome.md', 'jekyll  update')).toEqual(['jekyll', 'update'])
    expect(jekyll('2019-05-04-welcome.md', 'data science, python')).toEqual(['data science', 'python'])
    expect(
      read('---\ntitle: T\ntags: [a]\ncategories: [b, a]\ncategory: c\nkeywords: d\n---\nx').article.keywords,
    ).toEqual(['a', 'b', 'c', 'd'])
  })

  it('reads authors as a string, a list, or objects, reporting keys it has no place for', () => {
    const { article, warnings } = read(
      '---\ntitle: T\nauthors:\n  - Ada Quill\n  - name: Tomas Reyes\n    url: /about/tomas\n    avatar: /img/t.png\n    twitter: "@tomas"\n    email: t@example.com\n---\nx',
    )
    expect(article.authors).toEqual([
      { type: 'Person', name: 'Ada Quill' },
      {
        type: 'Person',
        name: 'Tomas Reyes',
        url: 'https://blog.example.com/about/tomas',
        image: 'https://blog.example.com/img/t.png',
        sameAs: ['https://twitter.com/tomas'],
      },
    ])
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([['unmapped_key', ['authors', 1, 'email']]])
    // A Mastodon handle names no server: only a whole address is taken; a bare handle is reported.
    const mastodon = (handle: string) => read(`---\ntitle: T\nauthor:\n  name: Ada\n  mastodon: "${handle}"\n---\nx`)
    expect(mastodon('https://social.example.net/@ada').article.authors[0]?.sameAs).toEqual([
      'https://social.example.net/@ada',
    ])
    expect(mastodon('@ada').warnings.map((warning) => warning.path)).toEqual([['author', 'mastodon']])
  })

  it('keeps a number, Markdown or HTML in the title as written, and takes the first heading or the file name without one', () => {
    expect(read('---\ntitle: 2048\n---\nx').article.headline).toBe('2048')
    expect(read('---\ntitle: 1.10\n---\nx').article.headline).toBe('1.10')
    expect(read('---\ntitle: "Why *not* `Rust`?"\n---\nx').article.headline).toBe('Why *not* `Rust`?')
    expect(read('---\ntitle: "The <details> element &amp; __init__.py"\n---\nx').article.headline).toBe(
      'The <details> element &amp; __init__.py',
    )
    expect(read('---\ntitle: >\n  Folded\n  over lines\n---\nx').article.headline).toBe('Folded over lines')
    expect(read('Intro.\n\nTitle\n=====\n\nText.').article.headline).toBe('Title')
    const named = read('Text only.', 'posts/2021-06-01-a-quiet-week.md')
    expect(named.article.headline).toBe('A quiet week')
    expect(named.codes).toEqual(['headline_from_file_name@undefined'])
  })

  it('takes the first words without a title, a heading or a file name', () => {
    const { article, codes } = read(
      `Just text, and a long first paragraph that goes on well past what a headline holds. ${'More. '.repeat(20)}`,
    )
    expect(article.headline).toBe('Just text, and a long first paragraph that goes on well past what a headline…')
    expect(codes).toEqual(['headline_from_text@undefined'])
  })

  it('fails, naming what to do, when the post has no headline and no text', () => {
    let error: unknown
    try {
      read('<!-- nothing -->\n\n---')
    } catch (caught) {
      error = caught
    }
    expect(isArticleValidationError(error)).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual([
      {
        path: ['headline'],
        code: 'missing_headline',
        message:
          'The post has no title and no text: give its front matter a `title`, start it with a `# Title` line, or pass its `fileName`',
      },
    ])
  })

  it('reports a draft, and every key it does not map, with its line', () => {
    const { warnings } = read('---\ntitle: T\nlayout: post\ndraft: true\nslug: t\n---\nx')
    expect(warnings.map((warning) => [warning.code, warning.line, warning.path])).toEqual([
      ['unmapped_key', 3, ['layout']],
      ['draft', 4, ['draft']],
      ['unmapped_key', 5, ['slug']],
    ])
    expect(read('---\ntitle: T\npublished: false\n---\nx').codes).toEqual(['draft@3'])
    expect(read('---\ntitle: T\nstatus: draft\n---\nx').codes).toEqual(['draft@3'])
    expect(read('---\ntitle: T\ndraft: false\n---\nx').codes).toEqual([])
  })

  it('matches keys without regard to case, as Hugo does', () => {
    const { article, codes } = read('---\nTitle: Capital\nDate: 2020-01-01\nTags: [a]\nDraft: true\n---\nx')
    expect([article.headline, article.datePublished, article.keywords]).toEqual(['Capital', '2020-01-01', ['a']])
    expect(codes).toEqual(['draft@5'])
  })

  it('reads JSON front matter with the line of each key', () => {
    const { article, codes } = read('{\n  "title": "JSON post",\n  "date": "2020-01-01",\n  "weight": 3\n}\n\nBody.')
    expect(article.headline).toBe('JSON post')
    expect(article.datePublished).toBe('2020-01-01')
    expect(codes).toEqual(['unmapped_key@4'])
  })

  it('reads duplicate keys as the last one, with a warning', () => {
    const { article, codes } = read('---\ntitle: First\ntitle: Second\n---\nx')
    expect(article.headline).toBe('Second')
    expect(codes).toEqual(['duplicate_key@3'])
  })

  it('reads front matter that does not parse line by line, with a warning', () => {
    const { article, codes } = read('---\ntitle: A: b: [\ndate: 2020-01-01\ntags:\n  - a\n  - b\n---\nx')
    expect(article.headline).toBe('A: b: [')
    expect(article.datePublished).toBe('2020-01-01')
    expect(article.keywords).toEqual(['a', 'b'])
    expect(codes).toEqual(['invalid_frontmatter@2'])
  })

  it('maps canonical URLs and language tags, and refuses what the model would not take', () => {
    const good = read('---\ntitle: T\ncanonical_url: /posts/t/\nlang: pt_BR\n---\nx')
    expect(good.article.url).toBe('https://blog.example.com/posts/t/')
    expect(good.article.language).toBe('pt-BR')
    const bad = read(
      '---\ntitle: T\ncanonical: javascript:alert(1)\nlang: not a language\nimage: data:image/png;base64,AAAA\n---\nx',
    )
    expect(bad.article.url).toBeUndefined()
    expect(bad.article.language).toBeUndefined()
    expect(bad.article.image).toBeUndefined()
    expect(bad.codes).toEqual(['invalid_value@3', 'invalid_value@4', 'invalid_value@5'])
  })

  it('keeps relative URLs relative without a base URL', () => {
    const { article } = read('---\ntitle: T\nimage: ./cover.jpg\n---\n[a](../b/)', undefined, null)
    expect(article.image?.url).toBe('./cover.jpg')
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', url: '../b/', children: [{ type: 'text', value: 'a' }] }],
    })
  })

  it('rejects a base URL that is not absolute', () => {
    expect(() => blog({ baseUrl: '/blog/' })).toThrow(
      'Expected `baseUrl` to be an absolute http: or https: URL such as `https://blog.example.com/`, got `/blog/`',
    )
  })
})

describe('body', () => {
  it('points at the line and column of the file, with a BOM, CRLF and TOML front matter', () => {
    const { codes, warnings } = read('\uFEFF+++\r\ntitle = "T"\r\n+++\r\n\r\nSome <span>text</span> here.\r\n')
    expect(codes).toEqual(['raw_html@5'])
    expect(warnings[0]?.column).toBe(6)
  })

  it('keeps the text of unknown HTML and reads the HTML the model has nodes for', () => {
    const { article, codes } = read(
      '# T\n\n<div class="note">\n<p>One <em>two</em> <a href="https://x.example/">three</a><br>four</p>\n<details><summary>Five</summary>six</details>\n</div>\n\nPress <kbd>Ctrl</kbd> and <sup>2</sup>.',
    )
    expect(article.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'One ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'two' }] },
          { type: 'text', value: ' ' },
          { type: 'link', url: 'https://x.example/', children: [{ type: 'text', value: 'three' }] },
          { type: 'break' },
          { type: 'text', value: 'four' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'Five' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'six' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Press ' },
          { type: 'inlineCode', value: 'Ctrl' },
          { type: 'text', value: ' and 2.' },
        ],
      },
    ])
    expect(codes).toEqual(['raw_html@3', 'raw_html@5', 'raw_html@5', 'raw_html@8'])
  })

  it('places a warning after a text a hook joined to the one before it', () => {
    // The checkbox becomes a text that joins the item's words; what follows keeps its own place.
    const marks = `${'*a '.repeat(18)}deep${'*'.repeat(18)}`
    const at = (line: string) =>
      read(`---\ntitle: T\n---\n${line}\n`).warnings.map((w) => `${w.code}@${w.line}:${w.column}`)
    expect(at(`- xx ${marks}`)).toEqual(['invalid_value@4:54'])
    expect(at(`- [ ] xx ${marks}`)).toEqual(['invalid_value@4:58'])
    // A paragraph split around an image: the text after it is a block of its own, with its own places.
    expect(at(`first words ![i](x.png) after ${marks}`)).toEqual(['invalid_value@4:79'])
  })

  it('reports template tags in a paragraph that also holds HTML', () => {
    const { article, codes } = read('# T\n\nHello {{ page.author }} and <b>bold</b>.')
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Hello {{ page.author }} and ' },
        { type: 'strong', children: [{ type: 'text', value: 'bold' }] },
        { type: 'text', value: '.' },
      ],
    })
    expect(codes).toEqual(['template_tag@3'])
  })

  it('splits a paragraph around an image, keeps a badge link with its alt text', () => {
    const { article, codes } = read(
      '# T\n\nBefore:\n![A chart](chart.png "Sales")\nafter.\n\n[![build](https://ci.example/badge.svg)](https://ci.example/)',
    )
    expect(article.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Before:' }] },
      {
        type: 'image',
        url: 'https://blog.example.com/chart.png',
        alt: 'A chart',
        caption: [{ type: 'text', value: 'Sales' }],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'after.' }] },
      { type: 'image', url: 'https://ci.example/badge.svg', alt: 'build' },
    ])
    expect(codes).toEqual(['link_dropped@7'])
  })

  it('turns GFM autolink literals into links, and levels of headings down when the body has level 1', () => {
    const { article, codes } = read('---\ntitle: T\n---\nSee https://example.com/a.\n\n# One\n\n### Three')
    expect(article.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          { type: 'link', url: 'https://example.com/a', children: [{ type: 'text', value: 'https://example.com/a' }] },
          { type: 'text', value: '.' },
        ],
      },
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'One' }] },
      { type: 'heading', level: 4, children: [{ type: 'text', value: 'Three' }] },
    ])
    expect(codes).toEqual(['heading_shifted@6'])
  })

  it('reads a video shortcode as an embed only for a provider the embeds option allows, with an id it plays', () => {
    const body = (source: string, embeds?: []) => {
      const warnings: MarkdownIssue[] = []
      const article = fromMarkdown(`---\ntitle: T\n---\n${source}\n`, {
        dialect: blog(embeds ? { embeds } : {}),
        onWarning: (warning) => warnings.push(warning),
      })
      return { block: article.body[0], codes: warnings.map((warning) => warning.code) }
    }
    expect(body('{{< youtube w7Ft2ymGmfc >}}').block).toEqual({
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc',
      provider: 'YouTube',
      kind: 'video',
    })
    // An id YouTube never gives, or no provider allowed: the shortcode stays as text, with a warning.
    for (const kept of [body('{{< youtube short >}}'), body('{{< youtube w7Ft2ymGmfc >}}', [])]) {
      expect(kept.block).toMatchObject({ type: 'paragraph' })
      expect(kept.codes).toEqual(['template_tag'])
    }
  })

  it('reads an iframe of an allowed provider as an embed, any other as a link', () => {
    const { article, codes } = read(
      '# T\n\n<iframe src="https://player.vimeo.com/video/76979871" title="Boats"></iframe>\n\n<iframe src="https://maps.example/embed?x=1"></iframe>',
    )
    expect(article.body).toEqual([
      {
        type: 'embed',
        url: 'https://player.vimeo.com/video/76979871',
        provider: 'Vimeo',
        kind: 'video',
        title: 'Boats',
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://maps.example/embed?x=1',
            children: [{ type: 'text', value: 'https://maps.example/embed?x=1' }],
          },
        ],
      },
    ])
    expect(codes).toEqual(['raw_html@5'])
    expect(
      read('# T\n\n<iframe src="https://player.vimeo.com/video/76979871"></iframe>', undefined).article.body[0]?.type,
    ).toBe('embed')
    const none = fromMarkdown('# T\n\n<iframe src="https://player.vimeo.com/video/76979871"></iframe>', {
      dialect: blog({ embeds: [] }),
    })
    expect(none.body[0]?.type).toBe('paragraph')
  })

  it('reads a figure of figures as a gallery, with each caption and the gallery caption', () => {
    const { article } = read(
      '# T\n\n<figure><figure><img src="/a.jpg" alt="A"><figcaption>First <small>Photo: Ann</small></figcaption></figure><figure><img src="/b.jpg" alt="B"><figcaption>Second</figcaption></figure><figcaption>The day in pictures</figcaption></figure>',
    )
    expect(article.body).toEqual([
      {
        type: 'gallery',
        children: [
          {
            type: 'image',
            url: 'https://blog.example.com/a.jpg',
            alt: 'A',
            caption: [{ type: 'text', value: 'First' }],
            credit: 'Photo: Ann',
          },
          {
            type: 'image',
            url: 'https://blog.example.com/b.jpg',
            alt: 'B',
            caption: [{ type: 'text', value: 'Second' }],
          },
        ],
        caption: [{ type: 'text', value: 'The day in pictures' }],
      },
    ])
  })

  it('drops HTML comments, the more marker without a word', () => {
    const { article, codes } = read('# T\n\nOne.\n<!-- more -->\n\n<!-- draft note -->\n\nTwo.')
    expect(article.body).toHaveLength(2)
    expect(codes).toEqual(['html_comment@6'])
  })

  it('reads display math as a code block, and leaves footnotes and references alone', () => {
    const { article } = read('# T\n\n$$\na_1 * b_2\n$$\n\nSee [the docs][missing] and a note.[^n]\n\n[^n]: The note.')
    expect(article.body[0]).toEqual({ type: 'code', language: 'math', value: 'a_1 * b_2' })
    expect(article.body[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'See [the docs][missing] and a note.' },
        { type: 'citation', sourceId: 'n' },
      ],
    })
    expect(article.sources).toEqual([{ id: 'n', name: 'The note.' }])
  })

  it('reads heading ids and leaves kramdown attribute lists out', () => {
    const { article, codes } = read(
      '# T\n\n## Setup {#setup}\n\n### Notes {#notes .small}\n\n![Map](map.png)\n{: .center}\n\n{:toc}\n\nText.',
    )
    expect(article.body).toEqual([
      { type: 'heading', level: 2, id: 'setup', children: [{ type: 'text', value: 'Setup' }] },
      { type: 'heading', level: 3, id: 'notes', children: [{ type: 'text', value: 'Notes' }] },
      { type: 'image', url: 'https://blog.example.com/map.png', alt: 'Map' },
      { type: 'paragraph', children: [{ type: 'text', value: 'Text.' }] },
    ])
    expect(codes).toEqual(['attribute_list@5', 'attribute_list@7', 'attribute_list@10'])
  })

  it('reads setext headings, HTML entities and emoji shortcodes', () => {
    const { article } = read('Title\n=====\n\nCaf&eacute; &amp; bar :coffee:\n\nSection\n-------')
    expect(article.headline).toBe('Title')
    expect(article.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Café & bar :coffee:' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'Section' }] },
    ])
  })
})

describe('hostile posts', () => {
  it('keeps a javascript: link as its text, never an error', () => {
    const { article, codes } = read(
      '# T\n\n[click](javascript:alert(1)) <a href="jav&#x61;script:alert(2)">here</a> [x](data:text/html,hi)',
    )
    expect(article.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'click here x' }] })
    expect(codes).toEqual(['url_refused@3', 'url_refused@3', 'url_refused@3'])
  })

  it('leaves scripts, styles and their content out', () => {
    const { article, codes } = read(
      '# T\n\n<script>alert("x")</script>\n\n<style>p { color: red }</style>\n\nText <script>evil()</script>.',
    )
    expect(article.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Text .' }] }])
    expect(codes).toEqual(['raw_html@3', 'raw_html@5', 'raw_html@7'])
    expect(JSON.stringify(article)).not.toContain('alert')
  })

  it('keeps the text of a link whose address is a template tag other than the site address', () => {
    const { article, codes } = read(
      '# T\n\nSee [the post]({% post_url 2010-07-21-name %}) and [that]({{< ref "x.md" >}}).',
    )
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'See the post and that.' }],
    })
    expect(codes).toEqual(['template_tag@3', 'template_tag@3'])
  })

  it('leaves a template tag in a link inside inline code as written', () => {
    const { article } = read('# T\n\nWrite `[a]({{ site.baseurl }}/b)` in a post.')
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Write ' },
        { type: 'inlineCode', value: '[a]({{ site.baseurl }}/b)' },
        { type: 'text', value: ' in a post.' },
      ],
    })
  })

  it('reads a link inside a link as text', () => {
    const { article } = read('# T\n\n[a <a href="https://b.example/">b</a> c](https://a.example/)')
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://a.example/', children: [{ type: 'text', value: 'a b c' }] }],
    })
  })

  it('survives deep HTML, deep quotes and an alias bomb', () => {
    const deepHtml = `# T\n\n${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`
    const deep = read(deepHtml)
    expect(deep.article.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'deep' }] }])
    expect(deep.warnings.map((warning) => warning.message)).toEqual([
      'Raw HTML nested deeper than 256 levels is read as its text alone (line 3, column 1)',
    ])
    const quotes = read(`# T\n\n${'>'.repeat(40)} deep`)
    expect(wordCount(quotes.article)).toBe(1)
    expect(quotes.codes).toContain('invalid_value@3')
    // Each level holds nine of the level before: 9^8 values from a few lines.
    const names = 'abcdefgh'
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < names.length; level++) {
      const previous = `*${names[level - 1]}`
      bomb.push(`${names[level]}: &${names[level]} [${Array(9).fill(previous).join(', ')}]`)
    }
    const aliased = read(`---\ntitle: Bomb\n${bomb.join('\n')}\n---\nx`)
    expect(aliased.article.headline).toBe('Bomb')
    expect(aliased.codes[0]).toBe('invalid_frontmatter@2')
  })

  it('reads a long HTML list whose items leave out their end tags as a list', () => {
    const { article } = read(`# T\n\n<ul>${'<li><a href="https://x.example/">x</a>'.repeat(400)}</ul>`)
    expect(article.body[0]?.type).toBe('list')
    expect((article.body[0] as { items: unknown[] }).items).toHaveLength(400)
  })

  it('reads front matter nested thousands deep line by line, never overflowing a parser', () => {
    const deep = `${'['.repeat(20_000)}"a"${']'.repeat(20_000)}`
    for (const source of [
      `---\ntitle: Deep\ntags: ${deep}\n---\nx`,
      `+++\ntitle = "Deep"\ntags = ${deep}\n+++\nx`,
      `{"title": "Deep", "tags": ${deep}}\n\n# Deep\n\nx`,
    ]) {
      const { article, codes } = read(source)
      expect(article.headline).toBe('Deep')
      expect(codes[0]).toMatch(/^invalid_frontmatter@(1|2)$/)
    }
  })

  it('stays linear on long runs of template braces and huge front matter', () => {
    const started = performance.now()
    read(`# T\n\n${'{{<'.repeat(100_000)}`)
    read(`# T\n\n${'{%'.repeat(100_000)}`)
    const keys = Array.from({ length: 20_000 }, (_, index) => `key${index}: ${index}`).join('\n')
    expect(read(`---\ntitle: T\n${keys}\n---\nx`).warnings).toHaveLength(20_000)
    // Quadratic work on these inputs would take minutes.
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 30_000)
})

describe('strict mode', () => {
  it('is unchanged: a blog post without the dialect still fails on its keys', () => {
    expect(() => fromMarkdown(fixture('astro/first-light.md'))).toThrow('Unknown key `title`')
  })
})
