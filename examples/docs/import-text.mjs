// @ts-check
// docs/importing.md: a news story saved as plain text, read with `fromText`;
// prints the article, then its report as `line:column code: message`.
//
//   node examples/docs/import-text.mjs [path]
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fromText } from 'articlekit/import'
import { compactJson } from './compact-json.mjs'

const path = process.argv[2] ?? 'examples/text-dumps/harbour-crane.txt'
/** @type {import('articlekit/markdown').MarkdownIssue[]} */
const report = []
const article = fromText(readFileSync(path, 'utf8'), {
  url: 'https://news.example.com/harbour/steam-crane',
  language: 'en-GB',
  date: '2025-05-03T18:00:00+01:00',
  image: { url: 'https://images.example.com/steam-crane.jpg', alt: 'A black steam crane over a harbour wall' },
  // The addresses the text cannot give; the second related title has none, so it is reported and left out.
  links: {
    'Listen to our weekly harbour podcast': 'https://news.example.com/podcasts/harbour',
    'Ferry timetable changes from February': 'https://news.example.com/ferry-timetable',
  },
  onWarning: (warning) => report.push(warning),
})
console.log(compactJson(article, 110))
console.log('')
for (const { line, column, code, message } of report) {
  // The place is printed first; the message ends with it too.
  console.log(`${line ?? '-'}:${column ?? '-'} ${code}: ${message.replace(/ \(line \d+, column \d+\)$/, '')}`)
}

if (process.argv[2] === undefined) {
  assert.equal(article.headline, 'Harbour’s old steam crane lifts again after a ten-year restoration')
  assert.deepEqual(
    article.body.map((block) => block.type),
    ['paragraph', 'promo', 'heading', 'paragraph', 'quote', 'promo', 'paragraph'],
  )
  assert.equal(article.image?.credit, '© Quayside Images / Nell Harper')
  assert.deepEqual(article.related, [
    { title: 'Ferry timetable changes from February', url: 'https://news.example.com/ferry-timetable' },
  ])
  assert.deepEqual(
    article.sources?.map((source) => source.name),
    ['Port Aldery Courier', 'Harbour Trust'],
  )
  // The last line repeats a title of the box: page debris, reported and left out.
  assert.equal(report.at(-1)?.code, 'page_debris')
}
