// Hostile input through toText, toSpeech and the measures: objects that skipped
// validation, with terminal controls, bidi overrides, dangerous URLs, values
// of the wrong type, deep nesting and cycles.

import { type Article, parseArticle } from 'articlekit'
import { defaultUrlPolicy, RenderError } from 'articlekit/core'
import { characterCount, excerpt, readingTime, storyText, toSpeech, toText, wordCount } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { hostileStrings, hostileUrls } from '../fixtures/hostile.js'
import { controls, mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode } from '../fixtures/valid.js'

/** Whether every bidi embedding, override and isolate in `text` is closed, properly nested. */
function balanced(text: string): boolean {
  const open: string[] = []
  for (const character of text) {
    const code = character.charCodeAt(0)
    if ((code >= 0x202a && code <= 0x202e && code !== 0x202c) || (code >= 0x2066 && code <= 0x2068))
      open.push(code >= 0x2066 ? 'i' : 'e')
    else if (code === 0x202c || code === 0x2069) {
      if (open.pop() !== (code === 0x202c ? 'e' : 'i')) return false
    }
  }
  return open.length === 0
}

/** Keys that hold URLs. */
const URL_KEYS = new Set(['url', 'creditUrl', 'transcriptUrl'])

const everything = { related: true, furniture: true } as const

describe('toText: hostile text in every text field', () => {
  it('writes no control character and no unbalanced bidi control, in any mode', () => {
    const problems: string[] = []
    for (const hostile of hostileStrings) {
      const article = mapStrings(everyNode, (key, text) => (TEXT_KEYS.has(key) ? hostile.value : text)) as Article
      for (const [mode, text] of [
        ['text', toText(article, everything)],
        ['footnotes', toText(article, { ...everything, links: 'footnotes', wrap: 30 })],
        ['speech', toSpeech(article, { captions: true, sources: true })],
        ['story', storyText(article, { captions: true })],
        ['excerpt', excerpt(article)],
      ] as const) {
        if (controls.test(text)) problems.push(`${hostile.name} (${mode}): a control character got through`)
        if (!balanced(text)) problems.push(`${hostile.name} (${mode}): unbalanced bidi controls got through`)
      }
    }
    expect(problems).toEqual([])
  })

  it('strips an escape sequence but keeps its printable rest, and keeps tabs and line feeds', () => {
    const article = {
      headline: '\u001b[31mred\u001b[0m\u009b2J',
      body: [{ type: 'code', value: 'a\tb\r\nc' }],
    } as unknown as Article
    expect(toText(article)).toBe('[31mred[0m2J\n\na\tb\nc')
    expect(storyText(article)).toBe('a\tb\nc')
  })

  it('keeps balanced bidi controls and removes those of an unbalanced field', () => {
    const isolated = 'Name: \u2067مرحبا\u2069!'
    const article = {
      headline: isolated,
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: '\u202egnp.exe' },
            { type: 'text', value: ' \u202a\u202b\u202c\u202c ok' },
          ],
        },
      ],
    } as unknown as Article
    expect(toText(article)).toBe(`${isolated}\n\ngnp.exe \u202a\u202b\u202c\u202c ok`)
    expect(storyText(article)).toBe('gnp.exe \u202a\u202b\u202c\u202c ok')
    // A closer before its opener, and isolates and embeddings crossed, are unbalanced too.
    const crossed = { headline: '\u202ca\u202a | \u2066b\u202a\u2069\u202c', body: [] } as unknown as Article
    expect(toText(crossed)).toBe('a | b')
  })

  it('cleans text that a validated article cannot hold, and leaves validated text alone', () => {
    const parsed = parseArticle({ headline: 'Tab\there', body: ['Line\u0007 one'] })
    expect(toText(parsed)).toBe('Tab\there\n\nLine one')
  })
})

describe('toText: hostile URLs in every URL field', () => {
  it('writes no URL the policy refuses, in any links mode', () => {
    const problems: string[] = []
    for (const hostile of hostileUrls) {
      if (defaultUrlPolicy(hostile.value, 'link') !== undefined || hostile.value.trim().length < 4) continue
      const article = mapStrings(everyNode, (key, text) => (URL_KEYS.has(key) ? hostile.value : text)) as Article
      for (const links of ['inline', 'footnotes'] as const) {
        const text = toText(article, { ...everything, links })
        if (text.includes(hostile.value)) problems.push(`${hostile.name} (${links}): written`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('toText: values that are not what the model says', () => {
  const odd = [null, undefined, 42, Number.NaN, true, {}, [], () => 'x', Symbol('s'), 10n]

  it('renders nothing for a non-string text field, and fails only with a RenderError', () => {
    const problems: string[] = []
    for (const value of odd) {
      for (const key of [
        ...TEXT_KEYS,
        'children',
        'items',
        'rows',
        'header',
        'caption',
        'attribution',
        'authors',
        'sources',
        'body',
      ]) {
        const article = mapStrings(everyNode, (_name, text) => text) as Record<string, unknown>
        const set = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(set)
          else if (node !== null && typeof node === 'object') {
            for (const name of Object.keys(node)) {
              if (name === key) (node as Record<string, unknown>)[name] = value
              else set((node as Record<string, unknown>)[name])
            }
          }
        }
        set(article)
        for (const render of [
          () => toText(article as unknown as Article, everything),
          () => toSpeech(article as unknown as Article),
          () => storyText(article as unknown as Article, { captions: true }),
          () => wordCount(article as unknown as Article),
          () => characterCount(article as unknown as Article),
          () => readingTime(article as unknown as Article),
          () => excerpt(article as unknown as Article),
        ]) {
          try {
            const result = render()
            if (typeof result === 'string' && controls.test(result))
              problems.push(`${key} = ${String(value)}: controls`)
          } catch (error) {
            if (!(error instanceof RenderError)) problems.push(`${key} = ${String(value)}: ${String(error)}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('finds no handler on Object.prototype for a node typed constructor or __proto__', () => {
    const article = {
      headline: 'H',
      body: [
        { type: 'constructor', children: [{ type: 'text', value: 'one' }] },
        JSON.parse('{"type":"__proto__","children":[{"type":"text","value":"two"}]}'),
        { type: 'toString', children: [{ type: 'text', value: 'three' }] },
      ],
    } as unknown as Article
    expect(toText(article)).toBe('H\n\none\n\ntwo\n\nthree')
    expect(storyText(article)).toBe('one\n\ntwo\n\nthree')
  })
})

describe('toText: nesting', () => {
  const nested = (depth: number) => {
    let node: unknown = { type: 'paragraph', children: [{ type: 'text', value: 'deep' }] }
    for (let level = 0; level < depth; level++) node = { type: 'quote', children: [node] }
    return { headline: 'H', body: [node] } as unknown as Article
  }

  it('renders the nesting the model allows', () => {
    expect(toText(nested(20), { sections: { header: false } })).toBe(`${'  '.repeat(20)}deep`)
    expect(storyText(nested(20))).toBe('deep')
  })

  it('stops 10,000 nested quotes and a quote holding itself with a RenderError', () => {
    const looped = { type: 'quote', children: [] as unknown[] }
    looped.children.push(looped, looped)
    for (const article of [nested(10_000), { headline: 'H', body: [looped] } as unknown as Article]) {
      for (const render of [
        () => toText(article),
        () => toSpeech(article),
        () => storyText(article),
        () => wordCount(article),
        () => readingTime(article),
        () => excerpt(article),
      ]) {
        expect(render).toThrow(RenderError)
      }
    }
  })
})

describe('toText: input is never changed', () => {
  it('renders a deeply frozen article', () => {
    const freeze = (value: unknown): unknown => {
      if (value !== null && typeof value === 'object') {
        for (const item of Object.values(value)) freeze(item)
        Object.freeze(value)
      }
      return value
    }
    const article = freeze(structuredClone(parseArticle(everyNode))) as Article
    const copy = structuredClone(article)
    toText(article, { ...everything, links: 'footnotes', wrap: 20 })
    toSpeech(article)
    excerpt(article)
    readingTime(article)
    characterCount(article)
    expect(article).toEqual(copy)
  })
})

describe('toText and the measures: an article that is not an object', () => {
  it('throws a RenderError invalid_node at path [], never a TypeError', () => {
    const entries: [string, (article: Article) => unknown][] = [
      ['toText', (article) => toText(article)],
      ['toSpeech', (article) => toSpeech(article)],
      ['readingTime', (article) => readingTime(article)],
      ['wordCount', (article) => wordCount(article)],
      ['characterCount', (article) => characterCount(article)],
      ['excerpt', (article) => excerpt(article)],
      ['storyText', (article) => storyText(article)],
    ]
    const got: string[] = []
    for (const [name, render] of entries) {
      for (const value of [null, undefined, 42, 'headline', true]) {
        try {
          render(value as unknown as Article)
          got.push(`${name}(${String(value)}): no error`)
        } catch (error) {
          if (!(error instanceof RenderError)) got.push(`${name}(${String(value)}): ${String(error)}`)
          else if (error.code !== 'invalid_node' || error.path.length !== 0)
            got.push(`${name}(${String(value)}): ${error.code} at ${error.path.join('.')}`)
        }
      }
    }
    expect(got).toEqual([])
    expect(() => toText(null as unknown as Article)).toThrow('Expected an article object, got `null`')
    expect(() => wordCount(42 as unknown as Article)).toThrow('Expected an article object, got `42`')
  })
})

describe('toText: very large validated input', () => {
  it('underlines a heading of 150,000 lines without overflowing the stack', () => {
    const children: { type: string; value?: string }[] = []
    for (let index = 0; index < 150_000; index++)
      children.push({ type: 'text', value: index === 7 ? 'wider' : 'x' }, { type: 'break' })
    // 300,000 inline nodes are past LIMITS.items, so validation would refuse them: the renderer gets them as they are.
    const article = { headline: 'H', body: [{ type: 'heading', level: 2, children }] } as never
    const text = toText(article, { headings: 'underline', sections: { header: false } })
    const lines = text.split('\n')
    // 150,000 lines of text, the empty line after the last break, and the rule as wide as the widest.
    expect(lines.length).toBe(150_002)
    expect(lines.slice(5, 9)).toEqual(['x', 'x', 'wider', 'x'])
    expect(lines.slice(-2)).toEqual(['', '-----'])
  })
})
