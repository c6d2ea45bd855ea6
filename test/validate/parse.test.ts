import { runInNewContext } from 'node:vm'
import { ArticleValidationError, isArticleValidationError, LIMITS, parseArticle, safeParseArticle } from 'articlekit'
import { describe, expect, it } from 'vitest'
import { readInput } from '../../src/model/read-input.js'
import { invalid } from '../fixtures/invalid.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'

function issuesOf(input: unknown) {
  const result = safeParseArticle(input)
  if (result.success) throw new Error('expected the input to be invalid')
  return result.error.issues
}

describe('parseArticle: valid input', () => {
  it('returns the normalized form unchanged', () => {
    expect(parseArticle(everyNode)).toEqual(everyNode)
  })

  it('fills defaults on the smallest article', () => {
    expect(parseArticle(minimal)).toEqual({
      schemaVersion: 1,
      type: 'Article',
      headline: 'A headline',
      authors: [],
      body: [],
    })
  })

  it('expands every shorthand', () => {
    expect(parseArticle(shorthands.input)).toEqual(shorthands.output)
  })

  it('returns fresh objects and never mutates the input', () => {
    const input = structuredClone(everyNode) as unknown as Record<string, unknown>
    const before = structuredClone(input)
    const output = parseArticle(input)
    expect(input).toEqual(before)
    expect(output).not.toBe(input)
    expect(output.body[0]).not.toBe((input.body as unknown[])[0])
  })

  it('returns plain JSON data', () => {
    const output = parseArticle(shorthands.input)
    expect(JSON.parse(JSON.stringify(output))).toEqual(output)
  })

  it('keeps the offset a date string was given in', () => {
    const article = parseArticle({ ...minimal, datePublished: '2026-03-14T09:30:00+05:30', dateModified: '2026-03-14' })
    expect(article.datePublished).toBe('2026-03-14T09:30:00+05:30')
    expect(article.dateModified).toBe('2026-03-14')
  })

  it('accepts leap days and fractional seconds', () => {
    expect(parseArticle({ ...minimal, datePublished: '2024-02-29T23:59:59.123Z' }).datePublished).toBe(
      '2024-02-29T23:59:59.123Z',
    )
  })

  it('writes a Date as a UTC string', () => {
    expect(parseArticle({ ...minimal, datePublished: new Date('2026-03-14T09:30:00+01:00') }).datePublished).toBe(
      '2026-03-14T08:30:00.000Z',
    )
  })

  it('canonicalizes the language tag', () => {
    expect(parseArticle({ ...minimal, language: 'EN-gb' }).language).toBe('en-GB')
    expect(parseArticle({ ...minimal, language: 'zh-hant-tw' }).language).toBe('zh-Hant-TW')
  })

  it('normalizes text: NFC, line endings, control characters, lone surrogates', () => {
    const article = parseArticle({
      headline: 'Cafe\u0301 opens\u0007',
      body: ['one\r\ntwo\rthree\u001b[31m', 'broken \ud800 pair', 'tab\tkept'],
    })
    expect(article.headline).toBe('Café opens')
    expect(article.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'one\ntwo\nthree[31m' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'broken \ufffd pair' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'tab\tkept' }] },
    ])
  })

  it('removes noncharacters, which CommonMark could not carry (they read back as U+FFFD)', () => {
    const article = parseArticle({
      headline: 'Tram\ufffe line\ufdd0 opens',
      body: ['a\uffffb \u{1fffe}c \u{10ffff}d \u{1f600}e \ufdcf\ufdf0'],
    })
    expect(article.headline).toBe('Tram line opens')
    expect(article.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'ab c d \u{1f600}e \ufdcf\ufdf0' }] },
    ])
  })

  it('accepts every allowed URL form', () => {
    const urls = [
      'https://example.com/a?b=c#d',
      'http://example.com',
      'mailto:desk@example.com',
      'tel:+441234567890',
      '/relative/path',
      'relative/path',
      '../up',
      '?query',
      '#fragment',
      '//example.com/protocol-relative',
      'HTTPS://EXAMPLE.COM/',
      '/path/with:colon',
    ]
    for (const url of urls) {
      expect(parseArticle(para([{ type: 'link', url, children: [] }])).body[0]).toMatchObject({
        children: [{ url }],
      })
    }
  })

  it('counts an id in characters, so an emoji counts once', () => {
    const id = (length: number) => ({ headline: 'H', body: [{ type: 'divider', id: '\u{1F30A}'.repeat(length) }] })
    expect(safeParseArticle(id(200)).success).toBe(true)
    expect(safeParseArticle(id(201)).success).toBe(false)
  })

  it('treats undefined values as absent keys', () => {
    const article = parseArticle({ ...minimal, url: undefined, section: undefined })
    expect('url' in article).toBe(false)
    expect('section' in article).toBe(false)
  })
})

function para(children: unknown) {
  return { headline: 'H', body: [{ type: 'paragraph', children }] }
}

describe('parseArticle: invalid input', () => {
  for (const fixture of invalid) {
    it(`reports ${fixture.name}`, () => {
      const issues = issuesOf(fixture.input)
      expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(fixture.issues)
    })
  }

  it('throws ArticleValidationError listing every issue with its path', () => {
    let caught: unknown
    try {
      parseArticle({
        headline: 'H',
        body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:x', children: [] }] }],
        autors: [],
      })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ArticleValidationError)
    const error = caught as ArticleValidationError
    expect(error.name).toBe('ArticleValidationError')
    expect(isArticleValidationError(error)).toBe(true)
    // An error from another realm fails `instanceof Error` but has the same shape.
    const foreign = runInNewContext('Object.assign(new Error("x"), { name: "ArticleValidationError", issues: [] })')
    expect(foreign instanceof Error).toBe(false)
    expect(isArticleValidationError(foreign)).toBe(true)
    expect(isArticleValidationError(new Error('x'))).toBe(false)
    expect(error.message).toBe(
      [
        'Invalid article (2 issues):',
        '  body[0].children[0].url: URL scheme is not allowed; use http:, https:, mailto:, tel: or a relative URL: `javascript:x`',
        '  autors: Unknown key `autors`; did you mean `authors`?',
      ].join('\n'),
    )
    expect(Object.isFrozen(error.issues)).toBe(true)
  })

  it('suggests the nearest known key', () => {
    expect(issuesOf({ headline: 'H', body: [], autors: [] })[0]?.message).toBe(
      'Unknown key `autors`; did you mean `authors`?',
    )
    expect(issuesOf({ headline: 'H', body: [{ type: 'image', url: '/a', alt: '', captoin: 'x' }] })[0]?.message).toBe(
      'Unknown key `captoin`; did you mean `caption`?',
    )
  })

  it('suggests the nearest block type, and inlineCode for inline code', () => {
    expect(issuesOf({ headline: 'H', body: [{ type: 'paragraf', children: [] }] })[0]?.message).toBe(
      'Unknown block type `paragraf`; did you mean `paragraph`?',
    )
    expect(issuesOf(para([{ type: 'code', value: 'x' }]))[0]?.message).toBe(
      'Unknown inline type `code`; did you mean `inlineCode`?',
    )
  })

  it('names the offending value in messages', () => {
    expect(issuesOf({ headline: 'H', body: [], datePublished: '2023-02-30' })[0]?.message).toContain('`2023-02-30`')
    expect(issuesOf({ headline: 42, body: [] })[0]?.message).toBe('Expected a string, got `42`')
  })

  it('lists at most 50 issues in the message and keeps them all as data', () => {
    const body = Array.from({ length: 80 }, () => ({ type: 'nope' }))
    const result = safeParseArticle({ headline: 'H', body })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues).toHaveLength(80)
    expect(result.error.message.split('\n')).toHaveLength(52)
    expect(result.error.message).toMatch(/…and 30 more$/)
  })
})

describe('hostile input', () => {
  it('keeps __proto__ and constructor keys as data and reports them', () => {
    const input = JSON.parse(
      '{"headline":"H","body":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
    )
    const issues = issuesOf(input)
    expect(issues.map((issue) => issue.path)).toEqual([['__proto__'], ['constructor']])
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_key', 'unknown_key'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('reads every property once, so a getter cannot change its answer', () => {
    let reads = 0
    const input = {
      headline: 'H',
      get body() {
        reads++
        return reads === 1
          ? ['safe']
          : [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:x', children: [] }] }]
      },
    }
    const article = parseArticle(input)
    expect(reads).toBe(1)
    expect(article.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'safe' }] }])
  })

  it('reads type once, so a getter cannot slip past the nesting limit', () => {
    // Before the fix, a non-string first answer skipped the depth count and a second read copied 'quote'.
    let block: Record<string, unknown> = { type: 'paragraph', children: 'x' }
    for (let level = 0; level < 60; level++) {
      const inner = block
      let reads = 0
      block = {
        get type() {
          reads++
          return reads === 1 ? 5 : 'quote'
        },
        children: [inner],
      }
    }
    const read = readInput({ headline: 'H', body: [block] })
    expect('value' in read && (read.value as { body: { type: unknown }[] }).body[0]?.type).toBe(5)
    expect(safeParseArticle({ headline: 'H', body: [block] }).success).toBe(false)
  })

  it('turns a throwing getter into an issue at its path', () => {
    const input = {
      headline: 'H',
      body: [
        {
          type: 'paragraph',
          get children(): unknown {
            throw new Error('boom')
          },
        },
      ],
    }
    const issues = issuesOf(input)
    expect(issues).toEqual([
      { path: ['body', 0, 'children'], code: 'unreadable', message: 'Input could not be read: boom' },
    ])
  })

  it('survives a revoked proxy, anywhere', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(issuesOf({ headline: 'H', body: [proxy] })[0]).toMatchObject({ code: 'unreadable', path: ['body', 0] })
    expect(issuesOf(proxy)[0]).toMatchObject({ code: 'unreadable', path: [] })
  })

  it('rejects a link inside a link and a citation inside a citation', () => {
    const inner = { type: 'link', url: '/b', children: 'b' }
    expect(issuesOf(para([{ type: 'link', url: '/a', children: [{ type: 'strong', children: [inner] }] }]))).toEqual([
      {
        path: ['body', 0, 'children', 0, 'children', 0, 'children', 0],
        code: 'nested_link',
        message: 'A link cannot contain another link',
      },
    ])
    const cite = { type: 'citation', sourceId: 'a', children: [{ type: 'citation', sourceId: 'b' }] }
    expect(issuesOf(para([cite]))[0]).toMatchObject({
      code: 'nested_citation',
      path: ['body', 0, 'children', 0, 'children', 0],
    })
    expect(
      safeParseArticle(para([{ type: 'link', url: '/a', children: [{ type: 'citation', sourceId: 'a' }] }])).success,
    ).toBe(true)
  })

  it('stops on input that reuses one object exponentially often', () => {
    // 2^40 paths through 40 objects: without a size limit this would never end. What is checked is
    // that it ends, at the limit; copying the two million containers before it takes 5 to 8 seconds
    // on a slow two-core machine, past vitest's default timeout, so the timeout is generous.
    let shared: unknown = []
    for (let level = 0; level < 40; level++) shared = [shared, shared]
    const issues = issuesOf({ headline: 'H', body: [], extra: shared })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'too_large',
      message: `Input has more than ${LIMITS.containers} objects and arrays`,
    })
    // Two million containers take seconds to read on a busy machine: a time-out, not a speed goal.
  }, 60_000)

  it('refuses an array longer than LIMITS.items before reading its items', () => {
    expect(LIMITS.items).toBe(100_000)
    const zeros = issuesOf({ headline: 'H', body: new Array(1_000_000).fill(0) })
    expect(zeros).toEqual([
      { path: ['body'], code: 'too_large', message: 'An array has 1000000 items, more than 100000' },
    ])
    // A sparse array or a proxy may claim any length; no item is read.
    let reads = 0
    const claims = new Proxy([], {
      get(target, key) {
        if (key === 'length') return 1e9
        reads++
        return Reflect.get(target, key)
      },
    })
    for (const body of [new Array(1e9), claims]) {
      expect(issuesOf({ headline: 'H', body })).toMatchObject([{ path: ['body'], code: 'too_large' }])
    }
    expect(reads).toBe(0)
    expect(safeParseArticle({ headline: 'H', body: [], keywords: new Array(LIMITS.items).fill('k') }).success).toBe(
      true,
    )
  })

  it('refuses a string longer than LIMITS.textLength before normalizing it, on either path', () => {
    const long = 'é'.normalize('NFD').repeat(LIMITS.textLength / 2 + 1)
    expect(issuesOf({ headline: long, body: [] })).toEqual([
      { path: ['headline'], code: 'too_large', message: 'A string is longer than 1000000 characters' },
    ])
    // With another problem beside it, the full path finds it too.
    expect(issuesOf({ headline: 'H', body: [{ type: 'code', value: long }], extra: 1 })).toMatchObject([
      { path: ['body', 0, 'value'], code: 'too_large' },
    ])
    expect(issuesOf('x'.repeat(LIMITS.textLength + 1))).toMatchObject([{ path: [], code: 'too_large' }])
    expect(safeParseArticle({ headline: 'H', body: ['x'.repeat(LIMITS.textLength)] }).success).toBe(true)
  })

  it('lists at most LIMITS.issues issues, then one that says more were found', () => {
    const issues = issuesOf({ headline: 'H', body: new Array(5000).fill(0) })
    expect(issues).toHaveLength(LIMITS.issues + 1)
    expect(issues[0]).toMatchObject({ path: ['body', 0] })
    expect(issues[LIMITS.issues]).toEqual({
      path: [],
      code: 'too_many_issues',
      message: 'More than 1000 issues; the first 1000 are listed',
    })
  })

  it('reports a circular reference instead of overflowing the stack', () => {
    const quote: Record<string, unknown> = { type: 'quote', children: [] }
    ;(quote.children as unknown[]).push(quote)
    const issues = issuesOf({ headline: 'H', body: [quote] })
    expect(issues).toEqual([
      { path: ['body', 0, 'children', 0], code: 'circular', message: 'Input contains a circular reference' },
    ])
  })

  it('reports a cycle through plain objects', () => {
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(issuesOf({ headline: 'H', body: [], extra: loop })[0]).toMatchObject({
      code: 'circular',
      path: ['extra', 'self'],
    })
  })

  it(`rejects blocks nested more than ${LIMITS.blockDepth} deep, and accepts ${LIMITS.blockDepth}`, () => {
    const nest = (depth: number) => {
      let block: unknown = 'deepest'
      for (let level = 0; level < depth; level++) block = { type: 'quote', children: [block] }
      return { headline: 'H', body: [block] }
    }
    expect(safeParseArticle(nest(LIMITS.blockDepth)).success).toBe(true)
    const issues = issuesOf(nest(LIMITS.blockDepth + 1))
    expect(issues).toHaveLength(1)
    expect(issues[0]?.code).toBe('too_deep')
    expect(issues[0]?.path).toHaveLength(2 + 2 * LIMITS.blockDepth)
  })

  it('rejects nested lists past the limit, counting each list once', () => {
    let block: unknown = 'deepest'
    for (let level = 0; level <= LIMITS.blockDepth; level++) block = { type: 'list', items: [{ children: [block] }] }
    expect(issuesOf({ headline: 'H', body: [block] })[0]?.code).toBe('too_deep')
  })

  it(`rejects inline marks nested more than ${LIMITS.inlineDepth} deep, and accepts ${LIMITS.inlineDepth}`, () => {
    const nest = (depth: number) => {
      let node: unknown = { type: 'text', value: 'x' }
      for (let level = 0; level < depth; level++) node = { type: level % 2 ? 'strong' : 'emphasis', children: [node] }
      return para([node])
    }
    expect(safeParseArticle(nest(LIMITS.inlineDepth)).success).toBe(true)
    expect(issuesOf(nest(LIMITS.inlineDepth + 1))[0]?.code).toBe('too_deep')
  })

  it('rejects 100,000 nested arrays without overflowing the stack', () => {
    let value: unknown = []
    for (let level = 0; level < 100_000; level++) value = [value]
    const issues = issuesOf({ headline: 'H', body: value })
    expect(issues[0]?.code).toBe('too_deep')
    expect(issues[0]?.path).toHaveLength(LIMITS.jsonDepth)
  })

  it('rejects 100,000 nested quotes without overflowing the stack', () => {
    let block: unknown = 'x'
    for (let level = 0; level < 100_000; level++) block = { type: 'quote', children: [block] }
    expect(issuesOf({ headline: 'H', body: [block] })[0]?.code).toBe('too_deep')
  })

  it('never throws, whatever the input', () => {
    const inputs: unknown[] = [
      undefined,
      0,
      Number.NaN,
      Symbol('x'),
      () => 1,
      new Map(),
      [],
      new Date(),
      Object.create(null),
      10n,
    ]
    for (const input of inputs) {
      const result = safeParseArticle(input)
      expect(result.success).toBe(false)
    }
  })

  it('does not echo long hostile values in messages', () => {
    const url = `javascript:${'a'.repeat(10_000)}`
    const message = issuesOf(para([{ type: 'link', url, children: [] }]))[0]?.message ?? ''
    expect(message.length).toBeLessThan(250)
  })
})
