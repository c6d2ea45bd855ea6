// toMarkdown as viewers see it. The reader form must read right on GitHub
// (micromark with all of GFM): no directive syntax, no raw HTML, no stray
// links, every table whole and every word there. Hostile text in any field
// must not change the structure a viewer shows, in either form (the lossless
// one also in viewers without front-matter support). And no article may
// become raw HTML in marked, markdown-it or micromark.

import { type Article, normalizeText, parseArticle, safeParseArticle } from 'articlekit'
import { type MarkdownWarning, toMarkdown } from 'articlekit/markdown'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileStrings } from '../fixtures/hostile.js'
import { mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'
import { articleInput } from './arbitrary.js'
import { markdownHostile } from './hostile-corpus.js'
import { everyFieldInput, parserProblems, readerProblems, skeleton, viewerTree } from './viewers.js'

const SEED = Number(process.env.FC_SEED ?? 20261206)
const RUNS = Number(process.env.FC_RUNS ?? 300)

const corpus = [...markdownHostile, ...hostileStrings.map((entry) => entry.value)]
/** One line of `raw`, as the one-line fields take it. */
const lineOf = (raw: string) => normalizeText(raw).replace(/\n/g, ' ')
/** The everything article with `raw` in every field. */
const everyField = (raw: string): Article => parseArticle(everyFieldInput(raw, lineOf))

const fixtures = (): Article[] => [
  parseArticle(everyNode),
  parseArticle(minimal),
  parseArticle(shorthands.input),
  parseArticle(generateArticle(600, 1)),
  parseArticle(generateArticle(10_000, 2)),
  everyField('The ferry left at 07:30, as https://ferry.example.com/ says: on time.'),
]

/** An article with every non-empty text replaced by `word`: what its structure should be. */
function plain(article: Article): Article {
  const keys = new Set([...TEXT_KEYS, 'provider', 'language'])
  return parseArticle(mapStrings(article, (key, text) => (keys.has(key) && text !== '' ? 'word' : text)))
}

/** The structure viewers show of both forms, with and without front-matter support. */
function structures(article: Article) {
  const reader = toMarkdown(article)
  const lossless = toMarkdown(article, { frontmatter: true })
  return {
    reader: skeleton(viewerTree(reader)),
    lossless: skeleton(viewerTree(lossless)),
    'lossless without front matter': skeleton(viewerTree(lossless, { frontmatter: false })),
  }
}

describe('the reader form', () => {
  it('writes the example article as plain GFM', () => {
    const article = parseArticle(everyNode)
    const markdown = toMarkdown(article)
    expect(markdown).not.toMatch(/^:{2,}|\{#|\\:/m)
    expect(readerProblems(article, markdown)).toEqual([])
  })

  it('reads right on GitHub for every fixture and generated article', () => {
    for (const article of fixtures()) expect(readerProblems(article, toMarkdown(article))).toEqual([])
  })

  it('writes furniture with standard constructs', () => {
    const article = parseArticle({
      headline: 'H',
      body: [
        { type: 'pullquote', children: 'On time.', attribution: { name: 'Mara Venn', title: 'Operator' } },
        { type: 'promo', kind: 'podcast', url: 'https://audio.example.com/', children: 'Listen to the crossing' },
        { type: 'relatedLinks', links: [{ title: 'Budget', url: '/budget', description: 'The vote.' }] },
        { type: 'relatedLinks', label: 'Also', links: [{ title: 'Fares', url: '/fares' }] },
        { type: 'aside', tone: 'note', title: 'Key facts', children: ['Twelve minutes.'] },
        { type: 'embed', url: 'https://video.example.com/1', kind: 'video', provider: 'Example', title: 'The run' },
        { type: 'embed', url: 'https://video.example.com/2', caption: 'Filmed at dawn.' },
        {
          type: 'image',
          id: 'quay',
          url: '/b.jpg',
          alt: 'The quay',
          width: 800,
          caption: 'The quay at 07:30.',
          credit: '© Agency',
          creditUrl: 'https://agency.example.com/',
          license: 'https://creativecommons.org/licenses/by/4.0/',
        },
        { type: 'table', caption: 'Fares', rows: [['Single', '£2']] },
        { type: 'list', items: ['Last item'] },
        { type: 'table', header: ['Ticket'], rows: [['Single'], ['Return']] },
      ],
    })
    const warnings: MarkdownWarning[] = []
    const markdown = toMarkdown(article, { onWarning: (warning) => warnings.push(warning) })
    expect(markdown).toBe(
      [
        '# H',
        '> On time.\n>\n> — Mara Venn, Operator',
        '**[Listen to the crossing](https://audio.example.com/)**',
        '**Read more**',
        '- [Budget](/budget)\n\n  The vote.',
        '**Also**',
        '- [Fares](/fares)',
        '> **Key facts**\n>\n> Twelve minutes.',
        '[The run](https://video.example.com/1) (Example)',
        '<https://video.example.com/2>',
        'Filmed at dawn.',
        '![The quay](/b.jpg)',
        'The quay at 07:30.',
        '[© Agency](https://agency.example.com/) · [License](https://creativecommons.org/licenses/by/4.0/)',
        'Fares',
        '|        |    |\n| ------ | -- |\n| Single | £2 |',
        '- Last item',
        '| Ticket |\n| ------ |\n| Single |\n| Return |\n',
      ].join('\n\n'),
    )
    expect(warnings.map((warning) => warning.path.join('.'))).toEqual([
      'body.1.kind',
      'body.4.tone',
      'body.5.kind',
      'body.7.id',
      'body.7.width',
    ])
    expect(readerProblems(article, markdown)).toEqual([])
  })
})

describe('structure', () => {
  it('keeps a figure with `<script>` in its credit a figure, and an embed with a backtick an embed', () => {
    const article = parseArticle({
      headline: 'H',
      body: [
        { type: 'image', url: '/a.jpg', alt: '', credit: '<script>alert(1)</script>' },
        { type: 'embed', url: 'https://video.example.com/', provider: 'Video `Co`', title: 'A `b' },
      ],
    })
    const lossless = toMarkdown(article, { frontmatter: true })
    expect(lossless).toContain(':::figure{credit="&#x3C;script>alert(1)&#x3C;/script>"}\n\n![](/a.jpg)\n\n:::')
    expect(lossless).toContain(':::embed{provider="Video &#x60;Co&#x60;" title="A &#x60;b"}')
    expect(structures(article)).toEqual(structures(plain(article)))
  })
})

describe('no raw HTML in any common parser', () => {
  /** Both forms of an article, checked in marked, markdown-it and micromark. */
  const check = (article: Article) => {
    for (const frontmatter of [false, true]) {
      const markdown = toMarkdown(article, { frontmatter })
      expect(parserProblems(markdown), markdown).toEqual([])
    }
  }

  it('keeps inline code with a backtick and a line feed from exposing later code', () => {
    const article = parseArticle({
      headline: 'H',
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'inlineCode', value: 'a`\nb' },
            { type: 'text', value: ' then ' },
            { type: 'inlineCode', value: '<img src=x onerror=alert(1)>' },
          ],
        },
        { type: 'embed', url: 'https://video.example.com/', title: 'x`y' },
        { type: 'paragraph', children: [{ type: 'inlineCode', value: '<img src=x onerror=alert(2)>' }] },
      ],
    })
    check(article)
  })

  it('in fixtures and generated articles', () => {
    for (const article of fixtures()) check(article)
  }, 60_000)
})

/** Everything viewers show of one article, checked against what they should show. */
function problems(article: Article): Record<string, string[] | Record<string, string>> {
  const reader = toMarkdown(article)
  const lossless = toMarkdown(article, { frontmatter: true })
  // Reader Markdown has no front matter, so one tree serves both kinds of viewer.
  const readerTree = viewerTree(reader)
  const losslessTree = viewerTree(lossless, { frontmatter: false })
  const structure = {
    reader: skeleton(readerTree),
    lossless: skeleton(viewerTree(lossless)),
    'lossless without front matter': skeleton(losslessTree),
  }
  return {
    reader: readerProblems(article, reader, readerTree),
    'parsers, reader form': parserProblems(reader, readerTree),
    'parsers, lossless form': parserProblems(lossless, losslessTree),
    structure,
  }
}

/** What `problems` should say: none, and the structure of the article with plain words. */
function expected(article: Article): ReturnType<typeof problems> {
  const key = JSON.stringify(plain(article))
  let structure = plainStructures.get(key)
  if (structure === undefined) {
    structure = structures(plain(article))
    plainStructures.set(key, structure)
  }
  return { reader: [], 'parsers, reader form': [], 'parsers, lossless form': [], structure }
}

const plainStructures = new Map<string, Record<string, string>>()

describe(`hostile text in every field (${corpus.length} strings)`, () => {
  it('reads right on GitHub, keeps the structure of plain words in either form, and is never raw HTML', () => {
    for (const raw of corpus.filter((value) => value.length <= 500)) {
      const article = everyField(raw)
      expect(problems(article), JSON.stringify(raw)).toEqual(expected(article))
    }
  }, 120_000)
})

describe(`${RUNS} random articles`, () => {
  it('read right on GitHub, keep the structure of plain words in either form, and are never raw HTML', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const parsed = safeParseArticle(input)
        fc.pre(parsed.success)
        const article = (parsed as { data: Article }).data
        expect(problems(article), JSON.stringify(input)).toEqual(expected(article))
      }),
      { seed: SEED, numRuns: RUNS },
    )
  }, 120_000)
})
