// @ts-check
// docs/model.md: an article in the input form (`input`), its normalized
// form (`normalized`, the default) and a custom block's normalized form (`poll`).
//
//   node examples/docs/model.mjs [input|normalized|poll]
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { defineArticleSchema, lintArticle, parseArticle } from 'articlekit'
import * as z from 'zod'
import { compactJson } from './compact-json.mjs'

/** @param {string} path relative to this folder */
const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))

/** Shorthands: strings for inline content, for blocks and for list items; no defaults. */
const input = {
  headline: 'Ferry line opens',
  standfirst: 'The first crossing took 12 minutes.',
  authors: [{ name: 'Elowen Tregarth' }],
  body: [
    'The ferry left the old harbour at dawn.',
    { type: 'list', items: ['Fares from £2.40', { children: ['Bicycles travel free'] }] },
  ],
}

function printNormalized() {
  const article = parseArticle(input)
  console.log(compactJson(article, 120))
  // Parsing a normalized article again returns an equal article.
  assert.deepEqual(parseArticle(article), article)
  assert.equal(article.type, 'Article')
}

function printPoll() {
  const Poll = z.strictObject({
    type: z.literal('poll'),
    id: z.optional(z.string()),
    question: z.string().min(1),
    options: z.array(z.string()).min(2),
  })
  const model = defineArticleSchema({ blocks: { poll: Poll } })
  const article = model.parse({
    headline: 'Should the ferry run on Sundays?',
    body: [
      'The council is asking residents.',
      { type: 'poll', question: 'Run the ferry on Sundays?', options: ['Yes', 'No'] },
    ],
  })
  const poll = article.body[1]
  console.log(compactJson(poll))
  assert.deepEqual(poll, { type: 'poll', question: 'Run the ferry on Sundays?', options: ['Yes', 'No'] })
}

// The page's claim about the full example article.
const full = parseArticle(readJson('../article.json'))
assert.deepEqual(lintArticle(full), [])

const part = process.argv[2] ?? 'normalized'
if (part === 'input') console.log(compactJson(input, 120))
else if (part === 'normalized') printNormalized()
else if (part === 'poll') printPoll()
else throw new Error(`Unknown part ${part}; use input, normalized or poll`)
