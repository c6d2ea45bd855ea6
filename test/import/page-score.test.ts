// The corpus scorer itself (page-score.mjs): token F1 of known strings, dates
// compared by instant and offset, and three readers over the whole corpus:
// one that returns each page's reference as an article (every field right),
// one that finds nothing, and one that throws.

import { type Article, parseArticle } from 'articlekit'
import { describe, expect, it } from 'vitest'
import { loadNewsPages, type NewsPage } from '../fixtures/news-pages.mjs'
import { accuracyTable, articleText, sameDate, scorePages, tokenF1, tokens } from './page-score.mjs'

const pages = loadNewsPages()

/** The article a perfect reader would return: the reference of the page, as the model holds it. */
function reference(page: NewsPage): Article {
  const want = page.expected
  const figures = want.figures.map((figure, index) => ({
    type: 'image' as const,
    url: `https://images.example.com/${page.name}/${index}.jpg`,
    alt: '',
    ...(figure.caption ? { caption: figure.caption } : {}),
    ...(figure.credit ? { credit: figure.credit } : {}),
  }))
  const lead = want.leadImage
  return parseArticle({
    headline: want.headline,
    url: want.url,
    language: want.language,
    authors: want.authors,
    ...(want.datePublished ? { datePublished: want.datePublished } : {}),
    ...(want.section ? { section: want.section } : {}),
    ...(lead
      ? {
          image: {
            url: lead.url,
            alt: '',
            ...(lead.caption ? { caption: lead.caption } : {}),
            ...(lead.credit ? { credit: lead.credit } : {}),
          },
        }
      : {}),
    isAccessibleForFree: want.isAccessibleForFree,
    body: [...want.bodyText.split('\n'), ...figures],
  })
}

describe('tokens and token F1', () => {
  it('takes words only, lowercased', () => {
    expect(tokens('Harbour “ferry” returns — at 5.40pm, OK?', 'en')).toEqual([
      'harbour',
      'ferry',
      'returns',
      'at',
      '5.40pm',
      'ok',
    ])
  })

  it('segments Chinese and Japanese into words, not one token per line', () => {
    expect(tokens('地铁六号线首段今日开通', 'zh-CN').length).toBeGreaterThan(3)
    expect(tokens('灯籠流し、三年ぶりに川沿いで開催へ', 'ja').length).toBeGreaterThan(4)
  })

  it('scores known strings', () => {
    expect(tokenF1('the cat sat on the mat', 'The cat sat on the mat.', 'en')).toBe(1)
    // Half the words, all of them right: precision 1, recall 0.5.
    expect(tokenF1('one two three four', 'one two', 'en')).toBeCloseTo(2 / 3, 10)
    // Twice the words, half of them extra: precision 0.5, recall 1.
    expect(tokenF1('one two', 'one two five six', 'en')).toBeCloseTo(2 / 3, 10)
    expect(tokenF1('one two', 'three four', 'en')).toBe(0)
    expect(tokenF1('one two', '', 'en')).toBe(0)
    expect(tokenF1('', '', 'en')).toBe(1)
  })

  it('counts repeated words as often as they occur', () => {
    // Reference: a a b (3 words); found: a b b (3 words); overlap: a, b.
    expect(tokenF1('a a b', 'a b b', 'en')).toBeCloseTo(2 / 3, 10)
  })

  it('reads long text in pieces without losing words', () => {
    const long = Array.from({ length: 3000 }, (_, index) => `w${index % 50}`).join(' ')
    expect(tokens(long, 'en')).toHaveLength(3000)
    expect(tokenF1(long, long, 'en')).toBe(1)
  })
})

describe('sameDate', () => {
  it('wants the same instant and the same offset', () => {
    expect(sameDate('2026-03-14T09:30:00+01:00', '2026-03-14T09:30:00+01:00')).toBe(true)
    expect(sameDate('2026-03-14T09:30:00+00:00', '2026-03-14T09:30:00Z')).toBe(true)
    // The same instant in UTC has lost the page's offset.
    expect(sameDate('2026-03-14T09:30:00+01:00', '2026-03-14T08:30:00Z')).toBe(false)
    expect(sameDate('2026-03-14T09:30:00+01:00', '2026-03-14T09:30:00Z')).toBe(false)
    expect(sameDate('2026-03-14T09:30:00+01:00', undefined)).toBe(false)
  })
})

describe('articleText', () => {
  it('is the standfirst, then the story text without furniture or captions', () => {
    const article = parseArticle({
      headline: 'H',
      standfirst: 'The dek.',
      body: [
        'One.',
        { type: 'promo', children: 'Listen to our podcast' },
        { type: 'image', url: 'https://images.example.com/a.jpg', alt: '', caption: 'A caption.' },
        'Two.',
      ],
    })
    expect(articleText(article)).toBe('The dek.\n\nOne.\n\nTwo.')
  })
})

describe('scorePages', () => {
  it('has a corpus of at least 16 pages, some of them over 300 KB', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16)
    expect(pages.filter((page) => page.html.length > 300_000).length).toBeGreaterThanOrEqual(2)
  })

  it('scores 1 on every field for a reader that returns the reference', () => {
    const score = scorePages((_html, { url }) => {
      const page = pages.find((candidate) => candidate.expected.url === url)
      if (!page) throw new Error(`No page at ${url}`)
      return reference(page)
    }, pages)
    const { fields } = score
    for (const name of ['headline', 'byline', 'authorKinds', 'date', 'captions', 'credits', 'leadImage'] as const)
      expect([name, fields[name].score]).toEqual([name, 1])
    expect(fields.bodyF1).toEqual({ median: 1, min: 1 })
    expect(fields.section.score).toBe(1)
    expect(fields.language.score).toBe(1)
    expect(fields.isAccessibleForFree.score).toBe(1)
    // Only pages that show a byline or state a date count for those fields.
    expect(fields.byline.of).toBe(pages.filter((page) => page.expected.authors.length > 0).length)
    expect(fields.date.of).toBe(pages.filter((page) => page.expected.datePublished !== null).length)
    expect(fields.byline.of).toBeLessThan(pages.length)
    expect(fields.captions.of).toBeGreaterThan(pages.length)
  })

  it('scores 0 for a reader that finds nothing', () => {
    const score = scorePages(() => parseArticle({ headline: 'Untitled', body: [] }), pages)
    const { fields } = score
    for (const name of ['headline', 'byline', 'date', 'captions', 'credits', 'leadImage', 'section'] as const)
      expect([name, fields[name].right]).toEqual([name, 0])
    expect(fields.bodyF1).toEqual({ median: 0, min: 0 })
    expect(score.pages.every((page) => page.error === undefined)).toBe(true)
  })

  it('scores 0 and keeps the error for a reader that throws', () => {
    const score = scorePages(
      () => {
        throw new TypeError('no article here')
      },
      pages.slice(0, 2),
    )
    expect(score.pages.map((page) => [page.error, page.headline, page.f1])).toEqual([
      ['TypeError: no article here', false, 0],
      ['TypeError: no article here', false, 0],
    ])
    expect(score.pages[0]?.captions.missing).toHaveLength(score.pages[0]?.captions.expected ?? -1)
  })

  it('finds a credit printed with or without its label', () => {
    const [page] = pages.filter((candidate) =>
      candidate.expected.figures.some((figure) => figure.credit?.startsWith('Photo: ')),
    )
    if (!page) throw new Error('The corpus has no credit with a label')
    const article = reference(page)
    const unlabelled = {
      ...article,
      body: article.body.map((block) =>
        block.type === 'image' && block.credit ? { ...block, credit: block.credit.replace('Photo: ', '') } : block,
      ),
    }
    expect(scorePages(() => unlabelled, [page]).fields.credits.score).toBe(1)
    const wrong = { ...article, body: article.body.filter((block) => block.type !== 'image') }
    expect(scorePages(() => wrong, [page]).fields.credits.score).toBeLessThan(1)
  })
})

describe('accuracyTable', () => {
  it('is a Markdown table with a row per field and the goals of the issue', () => {
    const score = scorePages(() => parseArticle({ headline: 'Untitled', body: [] }), pages.slice(0, 3))
    const lines = accuracyTable(score).split('\n')
    expect(lines[0]).toBe('| field | scored as | result on 3 pages | goal |')
    expect(lines[1]).toBe('| --- | --- | --- | --- |')
    expect(lines).toHaveLength(13)
    for (const line of lines) expect(line.split(' | ')).toHaveLength(4)
    expect(lines).toContain('| headline | exact, spaces squashed | 0% (0 of 3) | ≥ 95% |')
    expect(accuracyTable(score, { time: true }).split('\n')).toHaveLength(14)
  })
})
