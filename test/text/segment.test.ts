// Segmenting a long text piece by piece must find exactly the segments the
// whole text has: the pieces are cut only where the word and grapheme rules
// always break.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmenter, segmentsOf } from '../../src/text/segment.js'

/** Pieces that test the cut: spaces of several kinds, line ends, joiners, marks, emoji, scripts without spaces. */
const PARTS = [
  ' ',
  '  ',
  '\u3000',
  '\u00a0',
  '\n',
  '\r\n',
  '\t',
  'ferry',
  "can't",
  '3.14',
  'e\u0301',
  '\u0301',
  '\u200d',
  '👩‍👩‍👧',
  '🇬🇧',
  '👍🏽',
  '日本語',
  'ภาษาไทย',
  '한국어',
  'x',
]

const longText = fc
  .array(fc.constantFrom(...PARTS), { minLength: 2000, maxLength: 6000 })
  .map((parts) => parts.join(''))

function whole(kind: 'word' | 'grapheme', text: string) {
  const splitter = segmenter('en', kind)
  if (!splitter) throw new Error('Intl.Segmenter is needed for this test')
  return Array.from(splitter.segment(text), ({ segment, index, isWordLike }) => ({ segment, index, isWordLike }))
}

function pieces(kind: 'word' | 'grapheme', text: string) {
  const splitter = segmenter('en', kind)
  if (!splitter) throw new Error('Intl.Segmenter is needed for this test')
  return Array.from(segmentsOf(splitter, text), ({ segment, index, isWordLike }) => ({ segment, index, isWordLike }))
}

describe('segmentsOf', () => {
  it('finds the segments of the whole text, with indices into it, for words and graphemes', () => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(text.length).toBeGreaterThan(4096)
        expect(pieces('word', text)).toEqual(whole('word', text))
        expect(pieces('grapheme', text)).toEqual(whole('grapheme', text))
      }),
      { numRuns: 15 },
    )
  })

  it('gives a text without a place to cut to the segmenter whole', () => {
    const text = 'ภาษาไทย'.repeat(1000)
    expect(pieces('word', text)).toEqual(whole('word', text))
  })
})

describe('long text outside Latin-1', () => {
  it('reaches Intl.Segmenter in pieces, from every measure and from the wrapper', async () => {
    const { parseArticle } = await import('articlekit')
    const { characterCount, toText, wordCount, wrap } = await import('articlekit/text')
    const { vi } = await import('vitest')
    const paragraph = 'The ferry crossed the bay at dawn and the harbour master waved. '.repeat(40)
    const body = Array.from({ length: 300 }, () => paragraph)
    body[150] += ' 日本 🙂'
    const article = parseArticle({ headline: 'H', language: 'en', body })
    const long = `${paragraph.repeat(30)} 🙂`
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment')
    try {
      expect(wordCount(article)).toBe(300 * 40 * 12 + 1)
      expect(characterCount(article)).toBeGreaterThan(700_000)
      expect(wrap(long, 60).split('\n').length).toBeGreaterThan(1000)
      expect(toText(parseArticle({ headline: 'H', body: [long] }), { wrap: 60 })).toContain('🙂')
      const longest = Math.max(...segment.mock.calls.map(([text]) => String(text).length))
      // Whole, the story is 780,000 characters: ICU takes seconds on one such string, milliseconds on pieces.
      expect(longest).toBeLessThanOrEqual(4096 + 64)
    } finally {
      segment.mockRestore()
    }
  })
})
