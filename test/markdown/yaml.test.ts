// The front-matter writer: the yaml package must read back exactly what it
// wrote, for any JSON value, and no string may spill onto a line of its own
// or hold a raw `<` or `[`.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { toYaml } from '../../src/markdown/yaml.js'
import { hostileStrings } from '../fixtures/hostile.js'
import { markdownHostile } from './hostile-corpus.js'

const SEED = Number(process.env.FC_SEED ?? 20261206)

/** Strings YAML treats specially somewhere. */
const tricky = [
  '',
  ' ',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  'yes',
  '0',
  '-1',
  '+1',
  '1e3',
  '.5',
  '0x1F',
  '0o17',
  '.inf',
  '-.INF',
  '.NaN',
  '2026-03-14',
  '2026-03-14T09:30:00+01:00',
  '10:30',
  'a: b',
  'a #b',
  'a:',
  '#a',
  '- a',
  '-a',
  '? a',
  '&a',
  '*a',
  '!a',
  '|',
  '>',
  "'a'",
  '"a"',
  '%a',
  '@a',
  '`a`',
  '[a]',
  '{a}',
  'a, b',
  'line\nbreak',
  'a\n \nb',
  'tab\there',
  ' lead',
  'trail ',
  '\u2028',
  '\ufeffbom',
  '<b>',
  '© Example Images',
  'https://news.example.com/ada',
]

function back(value: Record<string, unknown>): unknown {
  return parse(toYaml(value))
}

describe('toYaml', () => {
  it('writes the shapes front matter has, as the yaml package writes them', () => {
    expect(
      toYaml({
        schemaVersion: 1,
        headline: 'Tram line opens early',
        authors: [{ type: 'Person', name: 'Ada Quill', sameAs: ['https://social.example.net/@ada'] }],
        keywords: [],
        image: { url: '/a.jpg', alt: '' },
        nested: [[1, 2], [], {}],
        draft: false,
        nothing: null,
      }),
    ).toBe(
      [
        'schemaVersion: 1',
        'headline: Tram line opens early',
        'authors:',
        '  - type: Person',
        '    name: Ada Quill',
        '    sameAs:',
        '      - https://social.example.net/@ada',
        'keywords: []',
        'image:',
        '  url: /a.jpg',
        '  alt: ""',
        'nested:',
        '  - - 1',
        '    - 2',
        '  - []',
        '  - {}',
        'draft: false',
        'nothing: null',
      ].join('\n'),
    )
  })

  it('quotes what must be quoted, on one line, with < and [ escaped', () => {
    expect(toYaml({ a: 'x <b> [y]', b: 'two\nlines', c: 'null', 'odd key': 1 })).toBe(
      'a: "x \\x3Cb> \\x5By]"\nb: "two\\nlines"\nc: "null"\n"odd key": 1',
    )
  })

  it('reads back every tricky and hostile string as itself', () => {
    for (const value of [...tricky, ...markdownHostile, ...hostileStrings.map((entry) => entry.value)]) {
      const yaml = toYaml({ key: value, list: [value], [value || 'empty']: value })
      expect(parse(yaml), yaml).toEqual({ key: value, list: [value], [value || 'empty']: value })
      // One line a key (two for a key past 1,000 characters, written after `?`): no string spills over.
      expect(yaml.split('\n').length).toBeLessThanOrEqual(5)
      // `[]` is an empty list; any other `[`, and every `<`, must be escaped.
      expect(yaml.replaceAll('[]', '')).not.toMatch(/[<[]/)
    }
  })

  it('reads back any JSON value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        // JSON has no -0; the writer writes what JSON would.
        const json = JSON.parse(JSON.stringify(value))
        expect(back(value as Record<string, unknown>)).toEqual(json)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('stops at nesting deeper than 64 with a RenderError', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(() => toYaml(cycle)).toThrow('Front matter nests too deep for YAML')
  })
})
