// toText checks its output for controls and bidi controls whatever it is
// given: an article fresh from parseArticle gets the same check as one that
// skipped validation, and text put into a parsed article afterwards is
// cleaned like any other. These tests check that a parsed article and a copy
// of it always render the same, that nothing gets through, and that what
// handlers and URL policies of the caller write through the defaults is
// cleaned.

import { type Article, parseArticle, safeParseArticle } from 'articlekit'
import { defaultHandlers, type TextOptions, toSpeech, toText } from 'articlekit/text'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileStrings } from '../fixtures/hostile.js'
import { controls, mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode } from '../fixtures/valid.js'

const bidi = /[\u202a-\u202e\u2066-\u2069]/

describe('toText on a parsed article', () => {
  it('writes exactly what it writes for a copy, for hostile text in every field and mode', () => {
    const problems: string[] = []
    let accepted = 0
    for (const hostile of hostileStrings) {
      const input = mapStrings(everyNode, (key, text) => (TEXT_KEYS.has(key) ? hostile.value : text))
      const result = safeParseArticle(input)
      if (!result.success) continue
      const article = result.data
      accepted++
      const copy = structuredClone(article)
      for (const options of [{}, { links: 'footnotes', wrap: 30, related: true, furniture: true }] as const) {
        const text = toText(article, options)
        if (text !== toText(copy, options)) problems.push(`${hostile.name}: differs from the copy`)
        if (controls.test(text)) problems.push(`${hostile.name}: a control character got through`)
      }
      if (toSpeech(article) !== toSpeech(copy)) problems.push(`${hostile.name}: speech differs`)
    }
    expect(problems).toEqual([])
    // Most hostile strings are accepted: the comparison really ran.
    expect(accepted).toBeGreaterThan(hostileStrings.length / 2)
  })

  it('writes what it writes for a copy, for random text in random fields (property)', () => {
    const pieces = [
      'ferry',
      ' ',
      '\n',
      '\t',
      '\r\n',
      '\u001b[31m',
      '\u009b',
      '\u0007',
      '\u202e',
      '\u2067',
      '\u2069',
      '\u202c',
      'e\u0301',
      '潮汐',
      'العبّارة',
      '\ud800',
      '👨‍👩‍👧',
      '\u00a0',
      '"',
      '<b>',
    ]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''))
    const keys = [...TEXT_KEYS]
    let withBidi = 0
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), text), fc.boolean(), (replacements, footnotes) => {
        let input: unknown = everyNode
        for (const [key, value] of Object.entries(replacements))
          input = mapStrings(input, (name, text) => (name === key ? value : text))
        const result = safeParseArticle(input)
        if (!result.success) return
        const options = footnotes ? ({ links: 'footnotes', wrap: 24, related: true } as const) : {}
        const output = toText(result.data, options)
        if (bidi.test(output)) withBidi++
        expect(output).toBe(toText(structuredClone(result.data), options))
        expect(controls.test(output)).toBe(false)
      }),
      { seed: 20261206, numRuns: 300 },
    )
    // Both kinds of output were met: with balanced bidi controls, which the careful render keeps, and without.
    expect(withBidi).toBeGreaterThan(0)
    expect(withBidi).toBeLessThan(300)
  })

  it('keeps the bidi rule: unbalanced bidi controls are removed, balanced ones kept', () => {
    const article = parseArticle({ headline: 'Title', body: ['\u202egnp.exe', 'Name: \u2067مرحبا\u2069!'] })
    expect(toText(article)).toBe('Title\n\ngnp.exe\n\nName: \u2067مرحبا\u2069!')
    expect(bidi.test(toText(article).split('\n')[2] as string)).toBe(false)
  })

  it('writes the same text for generated articles as for their copies', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const article = parseArticle(generateArticle(300, seed))
      expect(toText(article, { links: 'footnotes' })).toBe(toText(structuredClone(article), { links: 'footnotes' }))
    }
  })

  it('still cleans what handlers of your own write through the default handlers', () => {
    const article = parseArticle({ headline: 'H', body: ['Plain words.'] })
    const handlers: TextOptions['handlers'] = {
      paragraph: (_node, state) => defaultHandlers.text({ type: 'text', value: 'x\u001b[2J\u202e' }, state),
    }
    expect(toText(article, { handlers })).toBe(toText(structuredClone(article), { handlers }))
    expect(toText(article, { handlers })).toBe('H\n\nx[2J')
  })

  it('still cleans what a URL policy of your own returns', () => {
    const article = parseArticle({
      headline: 'Links',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: 'site' }] }],
        },
      ],
    })
    const text = toText(article, { urlPolicy: (url) => `${url}\u001b[2J` })
    expect(text).toBe('Links\n\nsite (https://example.org/[2J)')
  })

  it('cleans text put into a parsed article afterwards, as in a copy', () => {
    const article = parseArticle({ headline: 'Ferry back', body: [] }) as Article & { headline: string }
    article.headline = 'Ferry\u001b[2J back'
    expect(toText(article)).toBe('Ferry[2J back')
    expect(toText({ ...article })).toBe('Ferry[2J back')
  })
})
