// @ts-check
// docs/html.md: toHtml with German labels.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'

/** @type {import('articlekit/html').HtmlLabels} */
const german = {
  by: 'Von',
  and: 'und',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  sources: 'Quellen',
  readMore: 'Mehr zum Thema',
  related: 'Verwandte Artikel',
  promo: 'Werbung',
  aside: 'Hinweis',
  credit: 'Foto:',
  backToText: 'Zurück zum Text',
  citation: 'Quelle {n}',
  backstory: 'Hintergrund',
  corrections: 'Korrekturen',
  embed: 'Eingebetteten Inhalt öffnen',
  contents: 'Inhalt',
  audio: 'Audio',
  listen: 'Artikel anhören',
  downloadAudio: 'Audio herunterladen',
  transcript: 'Abschrift',
  liveBlog: 'Liveticker',
  additionalReporting: 'Mitarbeit:',
  editor: 'Redaktion:',
  translator: 'Übersetzung:',
  photographer: 'Fotos:',
  illustrator: 'Illustrationen:',
  factChecker: 'Faktencheck:',
  other: '{label}:',
  photographerCredit: 'Foto:',
  illustratorCredit: 'Illustration:',
}

const article = parseArticle({
  language: 'de',
  headline: 'Nachtbusse fahren wieder zum Hafen',
  authors: [{ name: 'Tamsin Rowe' }, { name: 'Jory Penhallow' }],
  contributors: [{ name: 'Kerra Nance', role: 'additionalReporting' }],
  datePublished: '2026-10-05T18:00:00+02:00',
  sources: [{ id: 'fahrplan', name: 'Porthcarrow Buses' }],
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Laut ' },
        { type: 'citation', sourceId: 'fahrplan', children: 'Fahrplan' },
        { type: 'text', value: ' fährt der N7 alle 30 Minuten.' },
      ],
    },
  ],
})

const html = toHtml(article, { labels: german })
console.log(html.replace(/(<\/(?:header|h1|h2|p|div|section)>)/g, '$1\n'))

assert.ok(
  /Von <bdi[^>]*>Tamsin Rowe<\/bdi> und <bdi[^>]*>Jory Penhallow<\/bdi> · Mitarbeit: <bdi>Kerra Nance<\/bdi>/.test(
    html,
  ),
)
assert.ok(html.includes('aria-label="Quelle 1"'))
