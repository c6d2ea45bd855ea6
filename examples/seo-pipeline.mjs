// @ts-check
// An SEO pipeline: read articles as NDJSON (one JSON article per line), and
// write one line of schema.org JSON-LD per valid article to stdout. A line
// that is not valid JSON or not a valid article becomes an error record on
// stderr, naming the line number and the path of each issue, and the
// pipeline goes on with the next line. The input is read as a stream, one
// line at a time, so a feed of any size fits in memory.
//
//   npm run build
//   node examples/seo-pipeline.mjs [feed.ndjson] > structured-data.ndjson
//
// Without an argument it reads examples/feed.ndjson, whose fourth line is
// deliberately broken (a `javascript:` image URL), and checks its own results.
import assert from 'node:assert/strict'
import { createReadStream } from 'node:fs'
import { relative } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { formatPath, safeParseArticle } from 'articlekit'
import { toJsonLd } from 'articlekit/json-ld'

const site = { name: 'The Westmere Courier', url: 'https://news.example.com/' }

/**
 * @typedef {{ line: number, jsonLd: Record<string, unknown> }} Converted
 * @typedef {{ line: number, error: { path: string, code: string, message: string }[] }} Failed
 */

/**
 * Convert each line of an NDJSON stream. Blank lines are skipped; line numbers
 * count them, so they match what an editor shows.
 * @param {NodeJS.ReadableStream} input
 * @returns {AsyncGenerator<Converted | Failed>}
 */
async function* convert(input) {
  let line = 0
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++
    if (text.trim() === '') continue
    let value
    try {
      value = JSON.parse(text)
    } catch (error) {
      yield { line, error: [{ path: '', code: 'invalid_json', message: String(error) }] }
      continue
    }
    const result = safeParseArticle(value)
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        code: issue.code,
        message: issue.message,
      }))
      yield { line, error: issues }
      continue
    }
    // toJsonLd returns a plain object; `JSON.stringify` of it is one NDJSON line.
    // (For a <script> element in a page, use toJsonLdScript, which escapes `<`.)
    yield { line, jsonLd: /** @type {Record<string, unknown>} */ (toJsonLd(result.data, { site })) }
  }
}

const feed = process.argv[2] ?? fileURLToPath(new URL('./feed.ndjson', import.meta.url))
/** @type {Converted[]} */
const converted = []
/** @type {Failed[]} */
const failed = []
for await (const record of convert(createReadStream(feed, 'utf8'))) {
  if ('jsonLd' in record) {
    converted.push(record)
    process.stdout.write(`${JSON.stringify(record.jsonLd)}\n`)
  } else {
    failed.push(record)
    process.stderr.write(`${JSON.stringify({ file: relative(process.cwd(), feed), ...record })}\n`)
  }
}

if (process.argv[2] === undefined) {
  // The example feed: four articles on lines 1, 2, 5 and 6 (line 3 is blank), line 4 broken.
  assert.deepEqual(
    converted.map((record) => [record.line, record.jsonLd['@type'], record.jsonLd.headline]),
    [
      [1, 'NewsArticle', 'Lifeboat station reopens after a year of repairs'],
      [2, 'BlogPosting', 'Saffron buns, the slow way'],
      [5, 'Report', 'Estuary water quality, spring 2026'],
    ],
  )
  assert.deepEqual(
    failed.map((record) => ({ line: record.line, paths: record.error.map((issue) => `${issue.path} ${issue.code}`) })),
    [{ line: 4, paths: ['body[1].url invalid_url'] }],
  )
  const first = converted[0]?.jsonLd
  assert.equal(first?.['@context'], 'https://schema.org')
  assert.equal(first?.url, 'https://news.example.com/local/2026/07/01/lifeboat-station-reopens')
  assert.deepEqual(first?.author, [
    { '@type': 'Person', name: 'Ada Quill', url: 'https://news.example.com/authors/ada-quill' },
  ])
} else if (failed.length > 0) {
  // A real feed with broken lines fails the run, after converting every good line.
  process.exitCode = 1
}
