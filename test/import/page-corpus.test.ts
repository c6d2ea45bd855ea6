// fromHtml over the news-page corpus (test/fixtures/news-pages/), held to the
// goals of issue 18: the right headline on at least 95% of pages, the byline
// on 90% of those that show one, the publication date on 95% of those that
// state one, a median body-text token F1 of 0.95 or more, and every figure
// caption and credit kept. Speed is the bench's (test/bench/sections/import.mjs).

import * as importer from 'articlekit/import'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNewsPages } from '../fixtures/news-pages.mjs'
import { accuracyTable, type CorpusScore, type PageReader, scorePages } from './page-score.mjs'

// Looked up by name, so that this file compiles before the reader exists.
const fromHtml = (importer as Record<string, unknown>).fromHtml as PageReader | undefined

describe('fromHtml on the news-page corpus', () => {
  let score: CorpusScore
  /** The table and the pages that missed, for the failure messages. */
  let report = ''

  beforeAll(() => {
    if (typeof fromHtml !== 'function') throw new Error('articlekit/import does not export fromHtml yet')
    score = scorePages(fromHtml, loadNewsPages())
    report = `\n${accuracyTable(score, { time: true })}\n`
  })

  const missed = (field: 'headline' | 'byline' | 'date') =>
    score.pages.filter((page) => page[field] === false).map((page) => page.name)

  it('reads every page without throwing', () => {
    expect(
      score.pages.filter((page) => page.error).map((page) => `${page.name}: ${page.error}`),
      report,
    ).toEqual([])
  })

  it('finds the headline on at least 95% of pages', () => {
    expect(score.fields.headline.score, `${report}missed: ${missed('headline')}`).toBeGreaterThanOrEqual(0.95)
  })

  it('finds the byline on at least 90% of the pages that show one', () => {
    expect(score.fields.byline.score, `${report}missed: ${missed('byline')}`).toBeGreaterThanOrEqual(0.9)
  })

  it('finds the publication date, with its offset, on at least 95% of the pages that state one', () => {
    expect(score.fields.date.score, `${report}missed: ${missed('date')}`).toBeGreaterThanOrEqual(0.95)
  })

  it('keeps the body text at a median token F1 of 0.95 or more', () => {
    const low = score.pages.filter((page) => page.f1 < 0.95).map((page) => `${page.name} ${page.f1.toFixed(3)}`)
    expect(score.fields.bodyF1.median, `${report}below 0.95: ${low.join(', ')}`).toBeGreaterThanOrEqual(0.95)
  })

  it('keeps every caption and credit of the pages', () => {
    const lost = score.pages.flatMap((page) => [
      ...page.captions.missing.map((caption) => `${page.name}: caption ${caption}`),
      ...page.credits.missing.map((credit) => `${page.name}: credit ${credit}`),
    ])
    expect(lost, report).toEqual([])
  })
})
