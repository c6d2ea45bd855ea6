// normalizeText: the form every string of the model is stored in.

import { normalizeText, parseArticle } from 'articlekit'
import { describe, expect, it } from 'vitest'

const CGJ = '\u034f'

describe('normalizeText', () => {
  it('normalizes line endings, controls, noncharacters and to NFC', () => {
    expect(normalizeText('Cafe\u0301\r\nmenu\u0007')).toBe('Café\nmenu')
    expect(normalizeText('a\ufffeb\ud800c')).toBe('ab\ufffdc')
  })

  it('leaves runs of up to 30 combining marks alone, as every writing system needs', () => {
    const vietnamese = 'Tiê\u0301ng Viê\u0323t'
    expect(normalizeText(vietnamese)).toBe(vietnamese.normalize('NFC'))
    const thirty = `x${'\u0316'.repeat(30)}`
    expect(normalizeText(thirty)).toBe(thirty)
  })

  it('puts a grapheme joiner after every 30 marks of a longer run, so NFC never reorders more', () => {
    const marks = '\u0316\u0301'.repeat(40) // 80 marks of two classes, which NFC sorts
    const result = normalizeText(`x${marks}y`)
    const runs = result.slice(1, -1).split(CGJ)
    expect(runs.map((run) => run.length)).toEqual([30, 30, 20])
    // Each piece is sorted on its own: the 220s before the 230s.
    for (const run of runs) expect(run).toBe(run.normalize('NFC'))
    expect(runs[0]).toBe('\u0316'.repeat(15) + '\u0301'.repeat(15))
    expect(result.startsWith('x') && result.endsWith('y')).toBe(true)
  })

  it('is idempotent, also where NFC turns one mark into two', () => {
    for (const text of [
      `a${'\u0301'.repeat(31)}`,
      `a${'\u0344'.repeat(20)}`, // each U+0344 becomes U+0308 U+0301
      `b${'\u0316\u0301'.repeat(1000)}c${'\u0344'.repeat(400)}`,
    ]) {
      const once = normalizeText(text)
      expect(normalizeText(once)).toBe(once)
      expect(once).toBe(once.normalize('NFC'))
      const longest = Math.max(...once.split(/[^\p{M}]|\u034f/u).map((run) => run.length))
      expect(longest).toBeLessThanOrEqual(30)
    }
  })

  it('parses stacked marks in any amount: the input reads back with the joiners', () => {
    const headline = `q${'\u0316\u0301'.repeat(50_000)}`
    const article = parseArticle({ headline, body: [] })
    expect(article.headline.length).toBe(1 + 100_000 + Math.floor((100_000 - 1) / 30))
  })
})
