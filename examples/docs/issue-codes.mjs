// @ts-check
// docs/validation.md: the issue codes, each with example inputs and the line
// formatIssue writes for them (`codes`, the default); `paths` prints
// formatPath examples.
//
//   node examples/docs/issue-codes.mjs [codes|paths]
import assert from 'node:assert/strict'
import { inspect } from 'node:util'
import { defineArticleSchema, formatIssue, formatPath, LIMITS, safeParseArticle } from 'articlekit'
import * as z from 'zod'

/**
 * One example: the input as the page shows it, and a function that builds it.
 * @typedef {{ shown: string, input: () => unknown }} Example
 */

/** @returns {unknown} `depth` quotes, each inside the one before. */
function nestedQuotes(/** @type {number} */ depth) {
  /** @type {unknown} */
  let node = { type: 'quote', children: [] }
  for (let level = 1; level < depth; level++) node = { type: 'quote', children: [node] }
  return { headline: 'H', body: [node] }
}

/** @returns {unknown} */
function sharedArrays() {
  /** @type {unknown[]} */
  let a = []
  for (let i = 0; i < 20; i++) a = [a, a]
  return { headline: 'H', body: [], meta: a }
}

/** @returns {unknown} */
function circularQuote() {
  /** @type {{ type: string, children: unknown[] }} */
  const q = { type: 'quote', children: [] }
  q.children.push(q)
  return { headline: 'H', body: [q] }
}

/** @type {Record<string, Example[]>} */
const examples = {
  invalid_type: [
    { shown: '{ headline: 42, body: [] }', input: () => ({ headline: 42, body: [] }) },
    { shown: "{ headline: 'H', body: [5] }", input: () => ({ headline: 'H', body: [5] }) },
    {
      shown: "{ headline: 'H', body: [], copyrightYear: 2026.5 }",
      input: () => ({ headline: 'H', body: [], copyrightYear: 2026.5 }),
    },
    { shown: "'hello'", input: () => 'hello' },
  ],
  required: [
    { shown: '{ body: [] }', input: () => ({ body: [] }) },
    {
      shown: "{ headline: 'H', body: [{ children: 'x' }] }",
      input: () => ({ headline: 'H', body: [{ children: 'x' }] }),
    },
    {
      shown: "{ headline: 'H', body: [{ type: 'paragraph', children: [{ value: 'x' }] }] }",
      input: () => ({ headline: 'H', body: [{ type: 'paragraph', children: [{ value: 'x' }] }] }),
    },
  ],
  unknown_key: [
    { shown: "{ headline: 'H', body: [], autors: [] }", input: () => ({ headline: 'H', body: [], autors: [] }) },
    { shown: "{ headline: 'H', body: [], extra: 1 }", input: () => ({ headline: 'H', body: [], extra: 1 }) },
  ],
  unknown_type: [
    {
      shown: "{ headline: 'H', body: [{ type: 'paragraf', children: [] }] }",
      input: () => ({ headline: 'H', body: [{ type: 'paragraf', children: [] }] }),
    },
    {
      shown: "{ headline: 'H', body: [{ type: 'paragraph', children: [{ type: 'code', value: 'x' }] }] }",
      input: () => ({ headline: 'H', body: [{ type: 'paragraph', children: [{ type: 'code', value: 'x' }] }] }),
    },
  ],
  invalid_value: [
    {
      shown: "{ headline: 'H', body: [{ type: 'heading', level: 1, children: 'Title' }] }",
      input: () => ({ headline: 'H', body: [{ type: 'heading', level: 1, children: 'Title' }] }),
    },
    {
      shown: "{ headline: 'H', body: [], schemaVersion: 2 }",
      input: () => ({ headline: 'H', body: [], schemaVersion: 2 }),
    },
  ],
  too_small: [
    {
      shown: "{ headline: 'H', body: [{ type: 'relatedLinks', links: [] }] }",
      input: () => ({ headline: 'H', body: [{ type: 'relatedLinks', links: [] }] }),
    },
    {
      shown: "{ headline: 'H', body: [], image: { url: '/a.jpg', alt: '', width: 0 } }",
      input: () => ({ headline: 'H', body: [], image: { url: '/a.jpg', alt: '', width: 0 } }),
    },
  ],
  too_big: [
    {
      shown: "{ headline: 'H', body: [], copyrightYear: 10000 }",
      input: () => ({ headline: 'H', body: [], copyrightYear: 10000 }),
    },
  ],
  invalid_url: [
    {
      shown: "{ headline: 'H', body: [], license: 'javascript:alert(1)' }",
      input: () => ({ headline: 'H', body: [], license: 'javascript:alert(1)' }),
    },
    {
      shown: "{ headline: 'H', body: [], license: 'https://example.com/a b' }",
      input: () => ({ headline: 'H', body: [], license: 'https://example.com/a b' }),
    },
    {
      shown: "{ headline: 'H', body: [], license: 'javascript&colon;alert(1)' }",
      input: () => ({ headline: 'H', body: [], license: 'javascript&colon;alert(1)' }),
    },
    {
      shown: "{ headline: 'H', body: [], license: 'https://' }",
      input: () => ({ headline: 'H', body: [], license: 'https://' }),
    },
    { shown: "{ headline: 'H', body: [], license: '' }", input: () => ({ headline: 'H', body: [], license: '' }) },
    { shown: "{ headline: 'H', body: [], url: '/story' }", input: () => ({ headline: 'H', body: [], url: '/story' }) },
  ],
  invalid_date: [
    {
      shown: "{ headline: 'H', body: [], datePublished: '2023-02-30' }",
      input: () => ({ headline: 'H', body: [], datePublished: '2023-02-30' }),
    },
    {
      shown: "{ headline: 'H', body: [], datePublished: new Date(NaN) }",
      input: () => ({ headline: 'H', body: [], datePublished: new Date(Number.NaN) }),
    },
    {
      shown: "{ headline: 'H', body: [], datePublished: new Date(Date.UTC(10000, 0, 1)) }",
      input: () => ({ headline: 'H', body: [], datePublished: new Date(Date.UTC(10000, 0, 1)) }),
    },
    {
      shown: "{ headline: 'H', body: [], embargo: '2027-03-15' }",
      input: () => ({ headline: 'H', body: [], embargo: '2027-03-15' }),
    },
  ],
  invalid_language: [
    {
      shown: "{ headline: 'H', body: [], language: 'not a language' }",
      input: () => ({ headline: 'H', body: [], language: 'not a language' }),
    },
  ],
  invalid_id: [
    {
      shown: "{ headline: 'H', body: [{ type: 'divider', id: 'a b' }] }",
      input: () => ({ headline: 'H', body: [{ type: 'divider', id: 'a b' }] }),
    },
  ],
  empty_text: [{ shown: "{ headline: ' ', body: [] }", input: () => ({ headline: ' ', body: [] }) }],
  invalid_format: [
    {
      shown: "{ headline: 'H', body: [{ type: 'audio', url: '/a.mp3', mimeType: 'mp3' }] }",
      input: () => ({ headline: 'H', body: [{ type: 'audio', url: '/a.mp3', mimeType: 'mp3' }] }),
    },
  ],
  multiline: [{ shown: "{ headline: 'One\\r\\nTwo', body: [] }", input: () => ({ headline: 'One\r\nTwo', body: [] }) }],
  too_deep: [
    { shown: `${LIMITS.blockDepth + 1} nested quotes`, input: () => nestedQuotes(LIMITS.blockDepth + 1) },
    {
      shown: `${LIMITS.inlineDepth + 1} nested emphasis nodes in a paragraph`,
      input: () => {
        /** @type {unknown} */
        let node = { type: 'text', value: 'x' }
        for (let level = 0; level <= LIMITS.inlineDepth; level++) node = { type: 'emphasis', children: [node] }
        return { headline: 'H', body: [{ type: 'paragraph', children: [node] }] }
      },
    },
    {
      shown: `${LIMITS.jsonDepth} arrays nested in meta`,
      input: () => {
        /** @type {unknown[]} */
        let array = []
        for (let level = 1; level < LIMITS.jsonDepth; level++) array = [array]
        return { headline: 'H', body: [], meta: array }
      },
    },
  ],
  too_large: [
    {
      shown: "let a = []; for (let i = 0; i < 20; i++) a = [a, a], then { headline: 'H', body: [], meta: a }",
      input: sharedArrays,
    },
  ],
  circular: [
    {
      shown: "const q = { type: 'quote', children: [] }; q.children.push(q), then { headline: 'H', body: [q] }",
      input: circularQuote,
    },
  ],
  unreadable: [
    {
      shown: "{ headline: 'H', get body() { throw new Error('boom') } }",
      input: () => ({
        headline: 'H',
        get body() {
          throw new Error('boom')
        },
      }),
    },
  ],
  nested_link: [
    {
      shown:
        "{ headline: 'H', body: [{ type: 'paragraph', children: [{ type: 'link', url: '/a', children: [{ type: 'link', url: '/b', children: 'x' }] }] }] }",
      input: () => ({
        headline: 'H',
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'link', url: '/a', children: [{ type: 'link', url: '/b', children: 'x' }] }],
          },
        ],
      }),
    },
  ],
  nested_citation: [
    {
      shown:
        "{ headline: 'H', body: [{ type: 'paragraph', children: [{ type: 'citation', sourceId: 'a', children: [{ type: 'citation', sourceId: 'b' }] }] }] }",
      input: () => ({
        headline: 'H',
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'citation', sourceId: 'a', children: [{ type: 'citation', sourceId: 'b' }] }],
          },
        ],
      }),
    },
  ],
}

/**
 * formatIssue(issue), with a run of eight or more repeats of one path step
 * (`.children[0]`, `[0]`) shortened to `(step ×N)`, so that a path 33 levels
 * deep stays readable.
 * @param {import('articlekit').ValidationIssue} issue
 */
function shortLine(issue) {
  const { path } = issue
  let shown = ''
  let i = 0
  while (i < path.length) {
    const size = typeof path[i] === 'string' && i + 1 < path.length ? 2 : 1
    const step = path.slice(i, i + size)
    let repeats = 1
    while (step.every((part, k) => path[i + repeats * size + k] === part)) repeats++
    const written = formatPath(i === 0 ? step : ['x', ...step]).slice(i === 0 ? 0 : 1)
    if (repeats >= 8) {
      shown += `(${written} ×${repeats})`
      i += repeats * size
    } else {
      shown += written
      i += size
    }
  }
  const message = formatIssue({ ...issue, path: [] })
  return shown === '' ? message : `${shown}: ${message}`
}

function printCodes() {
  const lines = []
  for (const [code, cases] of Object.entries(examples)) {
    lines.push(code)
    for (const { shown, input } of cases) {
      const result = safeParseArticle(input())
      assert.equal(result.success, false, `${shown} was accepted`)
      if (result.success) continue
      const issue = result.error.issues[0]
      assert.ok(issue)
      assert.equal(issue.code, code, `${shown} gave ${issue.code}`)
      assert.equal(shortLine({ ...issue, path: [] }), formatIssue({ ...issue, path: [] }))
      lines.push(`  ${shown}`, `  → ${shortLine(issue)}`)
    }
  }
  // The internal code: a custom block whose refinement throws.
  const model = defineArticleSchema({
    blocks: {
      poll: z.strictObject({ type: z.literal('poll') }).refine(() => {
        throw new Error('kaboom')
      }),
    },
  })
  const result = model.safeParse({ headline: 'H', body: [{ type: 'poll' }] })
  assert.equal(result.success, false)
  if (!result.success) {
    const [issue] = result.error.issues
    assert.equal(issue?.code, 'internal')
    if (issue)
      lines.push(
        'internal',
        "  a custom block whose refinement throws new Error('kaboom')",
        `  → ${formatIssue(issue)}`,
      )
  }
  console.log(lines.join('\n'))
}

function printPaths() {
  /** @type {(string | number)[][]} */
  const paths = [['body', 3, 'children', 0, 'url'], ['meta', 'two words', 0], []]
  for (const path of paths) console.log(`formatPath(${inspect(path)}) → ${inspect(formatPath(path))}`)
  assert.equal(formatPath([]), '')
}

const part = process.argv[2] ?? 'codes'
if (part === 'codes') printCodes()
else if (part === 'paths') printPaths()
else throw new Error(`Unknown part ${part}; use codes or paths`)
