// @ts-check
// docs/validation.md: lintArticle on an article with four problems.
import assert from 'node:assert/strict'
import { formatPath, lintArticle, parseArticle } from 'articlekit'

const article = parseArticle({
  url: 'https://news.example.com/local/ferry',
  headline: 'Ferry line opens',
  authors: [{ name: 'Elowen Tregarth' }],
  datePublished: '2026-06-12T07:45:00+01:00',
  image: { url: 'https://images.example.com/ferry.jpg', alt: 'The ferry', width: 1600 },
  sources: [{ id: 'council', name: 'City Council' }],
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Fares were set by ' },
        { type: 'citation', sourceId: 'counsil', children: 'the council' },
      ],
    },
    { type: 'heading', level: 4, children: 'Timetable' },
    {
      type: 'paragraph',
      children: [{ type: 'link', url: 'http://council.example.net/ferry', children: 'Timetables' }],
    },
  ],
})

const diagnostics = lintArticle(article)
for (const { severity, code, path, message } of diagnostics) {
  console.log(`${severity} ${code} ${formatPath(path)}: ${message}`)
}

assert.deepEqual(
  diagnostics.map((diagnostic) => diagnostic.code),
  ['citation_unknown_source', 'heading_level_skipped', 'source_not_cited', 'insecure_url'],
)
