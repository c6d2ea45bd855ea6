// @ts-check
// The example article as plain text, as docs/text.md shows it: `npm run
// build`, then `node examples/text-article.mjs` for all three links modes
// and speech, followed by the measures, or with `inline`, `footnotes`,
// `none` or `speech` for that text alone. It checks a few of its own results.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseArticle } from 'articlekit'
import { characterCount, excerpt, readingTime, toSpeech, toText, wordCount } from 'articlekit/text'

const article = parseArticle(JSON.parse(readFileSync(new URL('./article.json', import.meta.url), 'utf8')))

const outputs = {
  inline: () => toText(article, { wrap: 72, sections: { related: true }, links: 'inline' }),
  footnotes: () => toText(article, { wrap: 72, sections: { related: true }, links: 'footnotes' }),
  none: () => toText(article, { wrap: 72, sections: { related: true }, links: 'none' }),
  speech: () => toSpeech(article),
}

const only = process.argv[2]
const time = readingTime(article)
if (only) {
  assert.ok(Object.hasOwn(outputs, only), `Expected inline, footnotes, none or speech, got ${only}`)
  console.log(outputs[/** @type {keyof typeof outputs} */ (only)]())
} else {
  for (const [name, render] of Object.entries(outputs)) console.log(`--- ${name}\n${render()}\n`)
  console.log(`words: ${wordCount(article)}, characters: ${characterCount(article)}`)
  console.log(`reading time: ${time.rounded} min (${time.minutes.toFixed(2)}, ${time.images} images)`)
  console.log(`excerpt: ${excerpt(article, { maxLength: 120 })}`)
}

assert.equal(wordCount(article), 630)
assert.equal(time.rounded, 4)
assert.equal(excerpt(article, { maxLength: 40 }), 'A ferry that charges its batteries from…')
assert.ok(outputs.footnotes().includes('\nLinks:\n[1] https://gazette.example.org/news/2026/05/ferry-turbines-tested'))
