// fromHtml beside Readability alone (linkedom's parseHTML, then
// `new Readability(document).parse()`), on pages of the news-page corpus
// (test/fixtures/news-pages/): the smallest, a middle one, the largest, and
// the whole corpus in one go. Both sides parse the page themselves, as a user
// calls them; fromHtml also reads the metadata, maps the body onto the model
// and validates the article, which Readability does not.
import { Readability } from '@mozilla/readability'
import * as importer from 'articlekit/import'
import { parseHTML } from 'linkedom'
import { loadNewsPages } from '../../fixtures/news-pages.mjs'

/** Readability alone: the page parsed and the article found, nothing mapped or checked. */
function readabilityAlone(html) {
  const { document } = parseHTML(html)
  return new Readability(document).parse()
}

export default function importSection() {
  // Looked up by name, so that the bench runs before the reader exists.
  const { fromHtml } = /** @type {Record<string, any>} */ (importer)
  const pages = loadNewsPages().sort((a, b) => a.html.length - b.html.length)
  const kb = (page) => `${Math.round(page.html.length / 1024)} KB`
  const picked = [pages[0], pages[Math.floor(pages.length / 2)], pages.at(-1)]
  const cases =
    typeof fromHtml === 'function'
      ? [
          ...picked.map((page) => ({
            size: `${page.name} (${kb(page)})`,
            baseline: { name: 'Readability alone', fn: () => readabilityAlone(page.html) },
            ours: { name: 'fromHtml', fn: () => fromHtml(page.html, { url: page.expected.url }) },
          })),
          {
            size: `all ${pages.length} pages (${Math.round(pages.reduce((sum, page) => sum + page.html.length, 0) / 1024)} KB)`,
            baseline: { name: 'Readability alone', fn: () => pages.map((page) => readabilityAlone(page.html)) },
            ours: { name: 'fromHtml', fn: () => pages.map((page) => fromHtml(page.html, { url: page.expected.url })) },
          },
        ]
      : []
  return {
    title: `fromHtml vs Readability alone, on the news-page corpus${cases.length ? '' : ' (fromHtml is not built yet: no cases)'}`,
    goal: 'no page over a second (issue 18); the ratio shows what mapping, metadata and validation cost',
    samples: 5,
    cases,
  }
}
