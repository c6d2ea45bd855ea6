// The page reader's metadata on pages shaped as real sites ship them: JSON-LD
// that strict JSON refuses, bylines inside author names, bylines with line
// breaks and job titles, a social headline beside the page's own <h1>, a
// headline cut short in JSON-LD, a <time> with no mark but its place, and
// basic ISO 8601 dates. Small pages written for these tests.

import { describe, expect, it } from 'vitest'
import { MORE, PROSE, page, read } from './pages.js'

/** A JSON-LD script holding `json` exactly as written (not re-serialized). */
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`
/** An article element under `h1`: the heading, two paragraphs of prose, `inner` between them. */
const article = (h1: string, inner = '') => `<article><h1>${h1}</h1><p>${PROSE}</p>${inner}<p>${MORE}</p></article>`
/** A story under the corpus helpers' headline, for tests that look at other fields. */
const body = (inner = '') => article('Night ferry returns', inner)
const meta = (property: string, content: string) => `<meta property="${property}" content="${content}">`
const named = (name: string, content: string) => `<meta name="${name}" content="${content}">`

/** The authors' names of the article read from `html`. */
const names = (html: string) => read(html).article.authors.map((author) => author.name)

describe('lenient JSON-LD', () => {
  const NEWS =
    '"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Night ferry returns", "datePublished": "2026-12-06T10:00:00+01:00"'
  const AUTHOR = '"author": {"@type": "Person", "name": "Ana Ruiz"}'

  it.each([
    ['a /*<![CDATA[*/ wrapper', `/*<![CDATA[*/{${NEWS}, ${AUTHOR}}/*]]>*/`],
    ['a raw newline and a tab inside a string', `{${NEWS}, "author": {"@type": "Person", "name": "Ana\n\tRuiz"}}`],
    ['a control character inside a string', `{${NEWS}, "author": {"@type": "Person", "name": "Ana\u0001 Ruiz"}}`],
    ['a trailing comma before }', `{${NEWS}, ${AUTHOR},}`],
    ['a trailing comma before ]', `{${NEWS}, "author": [{"@type": "Person", "name": "Ana Ruiz"},]}`],
    ['// and /* */ comments between values', `{${NEWS}, // the byline\n /* one author */ ${AUTHOR}}`],
    ['<!-- and --> around the object, then a trailing comma', `<!-- {${NEWS}, ${AUTHOR},} -->`],
  ])('reads JSON-LD with %s, and reports that it was repaired', (_, json) => {
    const { article, warnings, codes } = read(page(body(), ld(json)))
    expect(article.authors.map((author) => author.name)).toEqual(['Ana Ruiz'])
    expect(article.datePublished).toBe('2026-12-06T10:00:00+01:00')
    expect(codes).not.toContain('invalid_json_ld')
    expect(warnings).toContainEqual({
      path: [],
      code: 'json_ld_repaired',
      message: expect.stringMatching(/^JSON-LD script 1 is not strict JSON \(.+\); read after repair$/),
    })
  })

  it.each([
    ['a //<![CDATA[ wrapper', `//<![CDATA[\n{${NEWS}, ${AUTHOR}}\n//]]>`],
    ['an HTML comment wrapper', `<!--\n{${NEWS}, ${AUTHOR}}\n-->`],
  ])('reads JSON-LD in %s, as before, with no report', (_, json) => {
    const { article, codes } = read(page(body(), ld(json)))
    expect(article.authors.map((author) => author.name)).toEqual(['Ana Ruiz'])
    expect(codes).not.toContain('json_ld_repaired')
    expect(codes).not.toContain('invalid_json_ld')
  })

  it('never changes text inside strings: commas, slashes, comment marks and brackets in values stay', () => {
    const json = `{${NEWS}, "description": "Tides, /* not a comment */ // nor this, ] and } and <!-- -->,", "author": {"name": "Ana Ruiz",},}`
    const { article, codes } = read(page(body(), ld(json)))
    expect(article.description).toBe('Tides, /* not a comment */ // nor this, ] and } and <!-- -->,')
    expect(codes).toContain('json_ld_repaired')
  })

  it('keeps an escaped quote inside a string as part of the string', () => {
    const json = `{${NEWS}, "description": "The \\"night\\" ferry,\n back", ${AUTHOR},}`
    expect(read(page(body(), ld(json))).article.description).toBe('The "night" ferry, back')
  })

  it('still reports what no repair reads as invalid_json_ld, and nothing as repaired', () => {
    const { codes, article } = read(page(body(), ld('{"@type": "NewsArticle", headline: "Unquoted key",}')))
    expect(codes).toContain('invalid_json_ld')
    expect(codes).not.toContain('json_ld_repaired')
    expect(article.headline).toBe('Night ferry returns')
  })

  it.each([
    ['an unclosed string', `{"headline": "${'a\n'.repeat(500_000)}`],
    ['unclosed block comments', '{/*'.repeat(333_333)],
    ['line comments', '//\n'.repeat(333_333)],
    ['commas', `[${','.repeat(1_000_000)}]`],
    ['nested wrappers', '<!--<![CDATA['.repeat(76_000)],
    ['objects never closed', '{"a":['.repeat(166_666)],
  ])('reads a 1 MB script of %s without throwing, and the page from its other sources', (_, json) => {
    const { article, codes } = read(page(body(), ld(json)))
    expect(article.headline).toBe('Night ferry returns')
    expect(
      codes.some((code) => code === 'invalid_json_ld' || code === 'json_ld_repaired' || code === 'too_large'),
    ).toBe(true)
  })
})

describe('author names from metadata', () => {
  const person = (name: string) => ld(JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name } }))

  it.each([
    ['By Ana Ruiz'],
    ['BY Ana Ruiz'],
    ['by Ana Ruiz'],
    ['Written by Ana Ruiz'],
    ['Words: Ana Ruiz'],
    ['Words by Ana Ruiz'],
    ['Par Ana Ruiz'],
    ['Von Ana Ruiz'],
    ['Por Ana Ruiz'],
  ])('drops the prefix of `%s` in a JSON-LD author, a string author and <meta name=author>', (name) => {
    expect(names(page(body(), person(name)))).toEqual(['Ana Ruiz'])
    expect(names(page(body(), ld(JSON.stringify({ '@type': 'NewsArticle', author: name }))))).toEqual(['Ana Ruiz'])
    expect(names(page(body(), named('author', name)))).toEqual(['Ana Ruiz'])
  })

  it.each([
    ['Ana Ruiz and Tom Lee', ['Ana Ruiz', 'Tom Lee']],
    ['Ana Ruiz, Tom Lee and Bo Chen', ['Ana Ruiz', 'Tom Lee', 'Bo Chen']],
    ['Ana Ruiz & Tom Lee', ['Ana Ruiz', 'Tom Lee']],
    ['By Ana Ruiz and Tom Lee', ['Ana Ruiz', 'Tom Lee']],
    ['Von Anna Schmidt und Max Muster', ['Anna Schmidt', 'Max Muster']],
  ])('splits `%s`, one name that joins several people, as the visible byline does', (name, expected) => {
    expect(names(page(body(), person(name)))).toEqual(expected)
    expect(names(page(body(), named('author', name)))).toEqual(expected)
    expect(names(page(body(`<div class="byline">${name}</div>`)))).toEqual(expected)
  })

  it("keeps a split author's page only when the name is one person", () => {
    const html = page(
      body(),
      ld(
        JSON.stringify({
          '@type': 'NewsArticle',
          author: [
            { '@type': 'Person', name: 'By Ana Ruiz', url: 'https://news.example/ana' },
            { '@type': 'Person', name: 'Tom Lee and Bo Chen', url: 'https://news.example/team' },
          ],
        }),
      ),
    )
    expect(read(html).article.authors).toEqual([
      { type: 'Person', name: 'Ana Ruiz', url: 'https://news.example/ana' },
      { type: 'Person', name: 'Tom Lee' },
      { type: 'Person', name: 'Bo Chen' },
    ])
  })

  it('never splits an organization, and keeps a person named in words no byline holds as written', () => {
    const organization = ld(
      JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Ruiz & Lee Press' } }),
    )
    expect(read(page(body(), organization)).article.authors).toEqual([
      { type: 'Organization', name: 'Ruiz & Lee Press' },
    ])
    expect(names(page(body(), person('the harbour desk')))).toEqual(['the harbour desk'])
  })
})

describe('the visible byline', () => {
  it.each([
    ['a <br> before the date', '<div class="byline">By Ana Ruiz<br>Published 6 December 2026</div>', ['Ana Ruiz']],
    ['block children', '<div class="byline"><p>By Ana Ruiz</p><p>Updated 7 December 2026</p></div>', ['Ana Ruiz']],
    ['a name on each line', '<div class="byline">Ana Ruiz<br>Tom Lee</div>', ['Ana Ruiz', 'Tom Lee']],
    [
      'names above their role on its own line',
      '<div class="byline"><span>Ana Ruiz and Tom Lee</span><div>Staff writers</div></div>',
      ['Ana Ruiz', 'Tom Lee'],
    ],
    ['a role after a slash', '<div class="byline">Ana Ruiz and Tom Lee / Staff writers</div>', ['Ana Ruiz', 'Tom Lee']],
    ['a role after a bar', '<div class="byline">By Ana Ruiz | Senior Reporter</div>', ['Ana Ruiz']],
    [
      'a role after each name',
      '<div class="byline">By Ana Ruiz, Correspondent, and Tom Lee, Staff writer</div>',
      ['Ana Ruiz', 'Tom Lee'],
    ],
    ['a plural role', '<div class="byline">Ana Ruiz, Tom Lee, Senior Reporters</div>', ['Ana Ruiz', 'Tom Lee']],
    [
      'a dot with no spaces before the update',
      '<div class="byline">By <a href="/ana">Ana Ruiz</a>·Updated 2 hours ago</div>',
      ['Ana Ruiz'],
    ],
    [
      'a bullet with no spaces before the date',
      '<div class="byline">Ana Ruiz•<time>Dec 6, 2026</time></div>',
      ['Ana Ruiz'],
    ],
    ['the date after a comma', '<p class="byline">By Ana Ruiz, Saturday, December 6, 2026</p>', ['Ana Ruiz']],
    [
      'a name that is also a month, before the date',
      '<p class="byline">By Theresa May, 6 May 2026</p>',
      ['Theresa May'],
    ],
    [
      'an abbreviated month after a comma',
      '<p class="byline">By Ana Ruiz and Tom Lee, Dec. 6, 2026</p>',
      ['Ana Ruiz', 'Tom Lee'],
    ],
    [
      'an author-name heading above the date and reading time',
      '<div class="post-meta"><h4 class="author-name"><a href="/ana">Ana Ruiz</a></h4><div><time datetime="2026-12-06">Dec 6, 2026</time><span>• 4 min read</span></div></div>',
      ['Ana Ruiz'],
    ],
    [
      'names and a role in elements side by side, with no space between',
      '<div class="byline"><span>By </span><a href="/ana">Ana Ruiz</a><a href="/tom">Tom Lee</a><span>Senior Reporters</span></div>',
      ['Ana Ruiz', 'Tom Lee'],
    ],
    [
      'a name in parts side by side, with no space between',
      '<div class="byline">By <span>Ana</span><span>Ruiz</span></div>',
      ['Ana Ruiz'],
    ],
  ])('reads the names of a byline with %s', (_, byline, expected) => {
    expect(names(page(body(byline)))).toEqual(expected)
  })

  it('leaves a bio line under the names out', () => {
    const byline = '<div class="byline"><p>By Ana Ruiz</p><p>Ana covers the islands</p></div>'
    expect(names(page(body(byline)))).toEqual(['Ana Ruiz'])
  })
})

describe('the headline: what the page shows', () => {
  const LONG =
    'Night ferry returns to the islands after a winter of repairs, and the harbour master says the timetable will hold until spring'
  const ldHeadline = (headline: string) => ld(JSON.stringify({ '@type': 'NewsArticle', headline }))
  const headline = (html: string) => {
    const { article, warnings } = read(html)
    return { headline: article.headline, report: warnings.filter((warning) => warning.code === 'headline') }
  }

  it('takes the <h1> over a JSON-LD headline cut at 110 characters with an ellipsis, and says so', () => {
    const cut = `${LONG.slice(0, 106).replace(/\s+\S*$/, '')}…`
    const { headline: text, report } = headline(page(article(LONG), ldHeadline(cut)))
    expect(text).toBe(LONG)
    expect(report).toEqual([
      {
        path: ['headline'],
        code: 'headline',
        message: `The headline is taken from the page's \`<h1>\`, in place of the headline of JSON-LD (\`${cut}\`), which is the \`<h1>\` cut short`,
      },
    ])
  })

  it.each([
    ['cut at a word with "..."', `${LONG.slice(0, 60).replace(/\s+\S*$/, '')}...`],
    ['cut at a word with no mark', LONG.slice(0, 60).replace(/\s+\S*$/, '')],
    ['cut inside a word with an ellipsis', `${LONG.slice(0, 62)}…`],
  ])('takes the <h1> over a JSON-LD headline %s', (_, cut) => {
    expect(headline(page(article(LONG), ldHeadline(cut))).headline).toBe(LONG)
  })

  it('sees a cut JSON-LD headline through straight and curly quote marks and dashes', () => {
    const shown = 'The ferry’s back — and the islands’ timetable with it, from Monday'
    expect(headline(page(article(shown), ldHeadline("The ferry's back - and the islands'..."))).headline).toBe(shown)
  })

  // The blind fifth set of pages wrote a search headline in JSON-LD on 8 of 30 pages, and the reader sees the <h1>.
  it('takes the <h1> over a JSON-LD headline that words the same story differently, and says so', () => {
    const { headline: text, report } = headline(page(article(LONG), ldHeadline('Island ferry returns after repairs')))
    expect(text).toBe(LONG)
    expect(report.map((warning) => warning.message)).toEqual([
      "The headline is taken from the page's `<h1>`, in place of the headline of JSON-LD (`Island ferry returns after repairs`), which differs from it",
    ])
  })

  it("keeps a JSON-LD headline over an <h1> that shares none of its words, a section's label", () => {
    expect(headline(page(article('Local News'), ldHeadline('Harbour plan approved after late vote'))).headline).toBe(
      'Harbour plan approved after late vote',
    )
  })

  it("takes the <h1> over a JSON-LD headline that stops inside one of its words, which the page's title holds whole", () => {
    expect(headline(page(article('Night ferry returns'), ldHeadline('Night ferry ret'))).headline).toBe(
      'Night ferry returns',
    )
  })

  it('takes the <h1> over a microdata headline that differs from it or is it cut short', () => {
    const microdata = (shown: string, stated: string) =>
      `<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="${stated}"><h1>${shown}</h1><p>${PROSE}</p><p>${MORE}</p></article>`
    expect(headline(page(microdata(LONG, 'Island ferry returns after repairs'))).headline).toBe(LONG)
    expect(headline(page(microdata(LONG, `${LONG.slice(0, 50).replace(/\s+\S*$/, '')}…`))).headline).toBe(LONG)
  })

  it.each([
    ['og:title', meta('og:title', 'Ferries back! Read why')],
    ['twitter:title', named('twitter:title', 'Ferries back! Read why')],
    ['<meta name=parsely-title>', named('parsely-title', 'Ferries back! Read why')],
  ])('takes a usable <h1> over a different %s, and says which it replaced', (_, head) => {
    const { headline: text, report } = headline(page(article(LONG), head))
    expect(text).toBe(LONG)
    expect(report.map((warning) => warning.message)).toEqual([
      expect.stringMatching(
        /^The headline is taken from the page's `<h1>`, in place of the headline of .+ \(`Ferries back! Read why`\), which differs from it$/,
      ),
    ])
  })

  it('keeps an og:title that is the <h1> but for case, spaces and the site suffix, as the <h1> writes it, and names its source', () => {
    const head = meta('og:title', 'NIGHT  ferry returns | Harbour Gazette') + meta('og:site_name', 'Harbour Gazette')
    const { headline: text, report } = headline(page(article('Night ferry returns'), head))
    expect(text).toBe('Night ferry returns')
    expect(report.map((warning) => warning.message)).toEqual([
      "The headline is taken from the page's metadata (Open Graph)",
    ])
  })

  it('reads an <h1> broken by <br> with a space at the break', () => {
    const broken = 'Night ferry returns<br>after a winter of repairs'
    const og = meta('og:title', 'Ferries back! Read why')
    const { article: read1, codes } = read(page(article(broken), og))
    expect(read1.headline).toBe('Night ferry returns after a winter of repairs')
    expect(read1.body.filter((block) => block.type === 'heading')).toEqual([])
    expect(codes).toContain('header_repeated')
    const same = meta('og:title', 'Night ferry returns after a winter of repairs')
    expect(headline(page(article(broken), same)).report.map((warning) => warning.message)).toEqual([
      "The headline is taken from the page's metadata (Open Graph)",
    ])
  })

  it('keeps the metadata headline over an <h1> of one short word', () => {
    // One word of fewer than eight characters: not a headline to trust over the metadata.
    expect(headline(page(article('Ferries'), meta('og:title', 'Night ferry returns tonight'))).headline).toBe(
      'Night ferry returns tonight',
    )
  })

  it('takes an <h1> of eight or more characters without spaces (CJK)', () => {
    const html = page(article('夜行フェリーが運航を再開'), meta('og:title', 'フェリー再開'))
    expect(headline(html).headline).toBe('夜行フェリーが運航を再開')
    expect(headline(page(article('フェリー再開'), meta('og:title', '夜行フェリーが運航を再開'))).headline).toBe(
      '夜行フェリーが運航を再開',
    )
  })

  it("skips an <h1> in the page's header, navigation, footer or aside, and one that is the site's name", () => {
    const head = meta('og:title', 'Ferries back! Read why') + meta('og:site_name', 'Harbour Gazette')
    const shell = (h1s: string) => page(`<header><h1>Harbour Gazette Online</h1></header>${h1s}`, head)
    expect(headline(shell(article(LONG))).headline).toBe(LONG)
    expect(headline(page(`<aside><h1>Most read today</h1></aside>${article(LONG)}`, head)).headline).toBe(LONG)
    expect(headline(page(article('Harbour Gazette'), head)).headline).toBe('Ferries back! Read why')
  })

  it("takes the story's <h1> over the page's first, the site's logo, which the <title> holds", () => {
    const html = `<!doctype html><html lang="en"><head><title>Harbour Gazette</title></head><body><header><h1>Harbour Gazette</h1></header>${article(LONG)}</body></html>`
    const { headline: text, report } = headline(html)
    expect(text).toBe(LONG)
    expect(report.map((warning) => warning.message)).toEqual(["The headline is taken from the page's `<h1>`"])
  })

  it.each([
    ['a badge before it', '<span class="badge">LIVE</span> Night ferry returns'],
    ['a label after it', 'Night ferry returns <span class="label">Exclusive</span>'],
    ['words for screen readers', '<span class="sr-only">Article: </span>Night ferry returns'],
    ['a kicker inside it', '<span class="kicker">Islands</span> Night ferry returns'],
  ])('keeps the Open Graph headline when the <h1> holds it with %s', (_, h1) => {
    const { headline: text, report } = headline(page(article(h1), meta('og:title', 'Night ferry returns')))
    expect(text).toBe('Night ferry returns')
    expect(report.map((warning) => warning.message)).toEqual([
      "The headline is taken from the page's metadata (Open Graph)",
    ])
  })

  it('takes the <h1> as the page writes it when only its quote marks or dashes differ, and leaves it out of the body', () => {
    const shown = '‘We are back’ — night ferry returns'
    const got = read(page(article(shown), ldHeadline("'We are back' - night ferry returns"))).article
    expect(got.headline).toBe(shown)
    expect(got.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: PROSE }] })
  })

  it('leaves out of the body an <h1> that shows the headline with a kicker', () => {
    const got = read(
      page(
        article('<span class="kicker">Exclusive</span> Night ferry returns'),
        meta('og:title', 'Night ferry returns'),
      ),
    ).article
    expect(got.headline).toBe('Night ferry returns')
    expect(got.body.some((block) => block.type === 'heading')).toBe(false)
  })

  it("reads the <title> when the story's only <h1> is the site's name at the title's end", () => {
    const title = (value: string) =>
      `<!doctype html><html lang="en"><head><title>${value}</title></head><body><main><h1>Harbour Gazette</h1><p>${PROSE}</p><p>${MORE}</p></main></body></html>`
    expect(headline(title('Night ferry returns to the islands | Harbour Gazette')).headline).toBe(
      'Night ferry returns to the islands',
    )
    expect(headline(title('Night ferry returns to the islands - Island news - Harbour Gazette')).headline).toBe(
      'Night ferry returns to the islands - Island news',
    )
    // A short headline beside a long site name is the headline all the same.
    const short = `<!doctype html><html lang="en"><head><title>Ferry returns | Harbour Gazette Evening Edition</title></head><body><main><h1>Ferry returns</h1><p>${PROSE}</p></main></body></html>`
    expect(headline(short).headline).toBe('Ferry returns')
  })

  it('takes the one <h1> inside the article among several, and none when several are there', () => {
    const head = meta('og:title', 'Ferries back! Read why')
    const outside = `<div><h1>Weather warning for the coast</h1></div>${article(LONG)}`
    expect(headline(page(outside, head)).headline).toBe(LONG)
    const two = `<h1>Weather warning for the coast</h1><div><h1>${LONG}</h1><p>${PROSE}</p><p>${MORE}</p></div>`
    expect(headline(page(two, head)).headline).toBe('Ferries back! Read why')
  })
})

describe('<time datetime> without a mark', () => {
  const date = (html: string) => read(html).article.datePublished
  /** A story whose header, before the prose, holds `inner`. */
  const dated = (inner: string) =>
    `<article><h1>Night ferry returns</h1>${inner}<p>${PROSE}</p><p>${MORE}</p></article>`

  it('takes the first <time datetime> inside <article> or <main>', () => {
    const time = '<p>Filed <time datetime="2026-12-06T10:00:00+01:00">6 December</time></p>'
    expect(date(page(dated(time)))).toBe('2026-12-06T10:00:00+01:00')
    const main = `<main><h1>Night ferry returns</h1>${time}<p>${PROSE}</p><p>${MORE}</p></main>`
    expect(date(page(main))).toBe('2026-12-06T10:00:00+01:00')
  })

  it('skips an update, an aside, a related box, comments and live updates, and takes the next', () => {
    const times = [
      '<p>Updated <time datetime="2026-12-07T08:00:00+01:00">7 December</time></p>',
      '<p>Mis à jour le <time datetime="2026-12-07T08:00:00+01:00">7 décembre</time></p>',
      '<p><time class="date-modified" datetime="2026-12-07T08:00:00+01:00">7 December</time></p>',
      '<div><span><b>Aktualisiert</b>:</span> <span><time datetime="2026-12-07T05:00:00+01:00">5:00</time></span></div>',
      '<p>Published 5 December, updated <time datetime="2026-12-07T04:00:00+01:00">7 December</time></p>',
      '<aside><time datetime="2026-11-01">1 November</time></aside>',
      '<nav><time datetime="2026-11-02">2 November</time></nav>',
      '<footer><time datetime="2026-11-03">3 November</time></footer>',
      '<div class="related-stories"><time datetime="2026-11-04">4 November</time></div>',
      '<ol class="comments"><li><time datetime="2026-12-07T09:00:00+01:00">9:00</time></li></ol>',
      '<article><time datetime="2026-12-07T07:00:00+01:00">7:00</time></article>',
      '<div class="live-update"><time datetime="2026-12-07T06:00:00+01:00">6:00</time></div>',
      '<p>Published <time datetime="2026-12-06T10:00:00+01:00">6 December</time></p>',
    ]
    expect(date(page(dated(times.join(''))))).toBe('2026-12-06T10:00:00+01:00')
  })

  it("takes no <time> from the story's text: a date after or inside its first paragraph of prose", () => {
    const later = '<p>The vote is on <time datetime="2027-04-10">10 April</time>.</p>'
    expect(date(page(body(later)))).toBeUndefined()
    const inside = `<article><h1>Night ferry returns</h1><p>${PROSE} The next one sails on <time datetime="2027-01-02">2 January</time>.</p></article>`
    expect(date(page(inside))).toBeUndefined()
  })

  it('takes no <time> outside <article> and <main>', () => {
    const html = page(`<div><time datetime="2026-12-06">6 December</time></div>${body()}`)
    expect(date(html)).toBeUndefined()
  })

  it('ranks after a marked <time> and the metadata', () => {
    const marked = '<p><time datetime="2026-12-06T11:00:00+01:00" pubdate>6 December</time></p>'
    const first = '<p><time datetime="2026-12-05">5 December</time></p>'
    expect(date(page(body(first + marked)))).toBe('2026-12-06T11:00:00+01:00')
    expect(date(page(body(first), meta('article:published_time', '2026-12-04T09:00:00Z')))).toBe('2026-12-04T09:00:00Z')
  })
})

describe('basic ISO 8601 dates in <meta>', () => {
  it.each([
    ['20261206T100000Z', '2026-12-06T10:00:00Z'],
    ['20261206T100000+0100', '2026-12-06T10:00:00+01:00'],
    ['20261206T1000-05', '2026-12-06T10:00-05:00'],
    ['20261206', '2026-12-06'],
  ])('reads `%s` as `%s`', (given, expected) => {
    const { article } = read(page(body(), meta('article:published_time', given) + named('last-modified', given)))
    expect(article.datePublished).toBe(expected)
    expect(article.dateModified).toBe(expected)
  })

  it('refuses a basic date that is no day, and reports it', () => {
    const { article, codes } = read(page(body(), meta('article:published_time', '20261332T100000Z')))
    expect(article.datePublished).toBeUndefined()
    expect(codes).toContain('invalid_value')
  })
})

describe('hostile pages for these rules', () => {
  it('reads thousands of <h1>s, times marked as updates and byline elements to a bounded outcome', () => {
    const h1s = '<h1>Night ferry</h1>'.repeat(5000)
    const times = '<p>Updated <b><i>at</i></b> <time datetime="2026-12-07">7 December</time></p>'.repeat(5000)
    const byline = `<div class="byline">${'<span>Ana</span><span>Ruiz</span>'.repeat(20_000)}<br>${'Tom Lee<br>'.repeat(20_000)}</div>`
    const { article } = read(page(`<article>${h1s}${byline}<p>${PROSE}</p>${times}<p>${MORE}</p></article>`))
    // Several <h1>s in the article: none is usable, and the <title>'s rule stands (its first <h1>, which it holds).
    expect(article.headline).toBe('Night ferry')
    // Every <time> is an update, and past the first thousand none is looked at.
    expect(article.datePublished).toBeUndefined()
    expect(article.authors.length).toBeLessThanOrEqual(100)
  })
})

describe('headlines the blind fifth set of pages showed', () => {
  const shown = (html: string, head: string) => read(page(html, head)).article.headline
  const story = (heading: string) => `<main><article>${heading}<p>${PROSE}</p><p>${MORE}</p></article></main>`
  const stated = (text: string) => ld(JSON.stringify({ '@type': 'NewsArticle', headline: text }))

  it.each([
    ['an <h1>', '<h1><span class="topline">Kieler Hafen</span><span>Neue Fähre quert die Förde</span></h1>'],
    [
      'an <h2> heading the story',
      '<h2><span>Kieler Hafen</span><span class="sr-only">:</span><span>Neue Fähre quert die Förde</span></h2>',
    ],
  ])('takes the kicker in %s off the headline when the metadata sets it apart', (_, heading) => {
    expect(shown(story(heading), stated('Kieler Hafen: Neue Fähre quert die Förde'))).toBe('Neue Fähre quert die Förde')
  })

  it('takes a label in the <h1> off the headline when the metadata sets it apart', () => {
    const heading = '<h1><span class="fc-label">Fact Check</span> Photo of a cracked dam is from a drill</h1>'
    expect(shown(story(heading), stated('Fact check: Photo of a cracked dam is from a drill'))).toBe(
      'Photo of a cracked dam is from a drill',
    )
  })

  it.each([
    [
      'no source sets the first part apart',
      '<h1><span>Night ferry</span> <span>Returns after the storm</span></h1>',
      'Night ferry Returns after the storm',
    ],
    [
      'the rest starts in lower case',
      '<h1><span>Brexit</span>: what the ferry crews expect</h1>',
      'Brexit: what the ferry crews expect',
    ],
  ])('keeps the <h1> whole when %s', (_, heading, whole) => {
    const head = stated(whole.startsWith('Brexit') ? whole : 'Night ferry service returns')
    expect(shown(story(heading), head)).toBe(whole)
  })

  it("takes no <h1> that is a link to the site's home page, nor one that heads the comments", () => {
    const blog = `<header><h1 class="title"><a href="https://blog.example/">Lakeside Rambles</a></h1></header><div class="post"><h3 class="post-title">Seven winter walks around the lake</h3><p>${PROSE}</p><p>${MORE}</p></div>`
    expect(shown(blog, stated('Seven winter walks around the lake'))).toBe('Seven winter walks around the lake')
    const comments = `<main><article><h1 class="entry-title">A cargo bike that climbs like a goat</h1><p>${PROSE}</p><p>${MORE}</p></article><h1 id="comments" class="page_title">14 Comments</h1></main>`
    expect(shown(comments, meta('og:title', 'Cargo bike review: tested for 600 miles'))).toBe(
      'A cargo bike that climbs like a goat',
    )
  })
})
