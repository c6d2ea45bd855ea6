// @ts-check
// A static site from a folder of Markdown articles: every `.md` file in
// examples/markdown-articles becomes a whole HTML page, with its <title>,
// meta description, canonical link, Open Graph and X card tags and a JSON-LD
// script in the head, plus an index.html that lists the articles. Run
// `npm run build` first, then `node examples/static-site.mjs [out]` (default
// out/site) and open out/site/index.html in a browser.
import assert from 'node:assert/strict'
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArticle } from 'articlekit'
import { escapeAttribute, escapeText, toHtmlDocument } from 'articlekit/html'
import { fromMarkdown } from 'articlekit/markdown'
import { excerpt } from 'articlekit/text'

const site = { name: 'The Porthcarrow Post', url: 'https://post.example.com/', language: 'en-GB' }
const folder = fileURLToPath(new URL('./markdown-articles/', import.meta.url))
const out = process.argv[2] ?? fileURLToPath(new URL('../out/site/', import.meta.url))
await mkdir(out, { recursive: true })

// The default stylesheet ships with the package; the pages link a copy of it.
await copyFile(fileURLToPath(import.meta.resolve('articlekit/html/article.css')), join(out, 'article.css'))

/** @type {{ name: string, headline: string, description: string, date: string | undefined }[]} */
const pages = []
for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()) {
  const name = basename(file, '.md')
  const written = fromMarkdown(await readFile(join(folder, file), 'utf8'))
  // The site knows where each page will live, and fills in a language and a
  // description for articles without one, so the head gets a canonical URL
  // and a summary. parseArticle checks the result again.
  const article = parseArticle({
    ...written,
    language: written.language ?? site.language,
    url: new URL(`${name}.html`, site.url).href,
    description: written.description ?? excerpt(written, { maxLength: 160 }),
  })

  /** @type {string[]} */
  const warnings = []
  const page = toHtmlDocument(article, {
    jsonLd: { site },
    onWarning: (warning) => warnings.push(`${name}: ${warning.message}`),
  }).replace('</head>', '<link rel="stylesheet" href="article.css"></head>')
  assert.deepEqual(warnings, [])
  await writeFile(join(out, `${name}.html`), page)
  pages.push({ name, headline: article.headline, description: article.description ?? '', date: article.datePublished })
  console.log(`${file} -> ${name}.html (${page.length} characters)`)
  checkHead(page, article.headline, article.url ?? '')
}

// The index is written by hand: every value from an article is escaped for where it goes.
const items = pages.map(
  (page) =>
    `<li><a href="${escapeAttribute(`${page.name}.html`)}">${escapeText(page.headline)}</a>` +
    `${page.date ? ` <time datetime="${escapeAttribute(page.date)}">${escapeText(page.date.slice(0, 10))}</time>` : ''}` +
    `<p>${escapeText(page.description)}</p></li>`,
)
const index = `<!doctype html><html lang="${escapeAttribute(site.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(site.name)}</title><link rel="stylesheet" href="article.css"></head><body><main class="ak-article"><h1>${escapeText(site.name)}</h1><ul>${items.join('')}</ul></main></body></html>\n`
await writeFile(join(out, 'index.html'), index)
console.log(`index.html lists ${pages.length} articles; written to ${relative(process.cwd(), out) || '.'}`)

assert.deepEqual(
  pages.map((page) => page.name),
  ['harbour-market', 'tram-trial'],
)
assert.ok(index.includes('<li><a href="tram-trial.html">Night tram trial extended to the end of the summer</a><p>'))
assert.ok(
  index.includes(
    '<a href="harbour-market.html">Harbour market returns to the quay after two winters away</a> <time datetime="2026-04-04T08:00:00+01:00">2026-04-04</time>',
  ),
)

/**
 * Check the head of one page: the tags a search engine and a link preview read.
 * @param {string} page
 * @param {string} headline
 * @param {string} url
 */
function checkHead(page, headline, url) {
  const head = page.slice(0, page.indexOf('</head>'))
  assert.ok(head.startsWith('<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'))
  assert.ok(head.includes(`<title>${escapeText(headline)}</title>`))
  assert.ok(head.includes(`<link rel="canonical" href="${escapeAttribute(url)}">`))
  assert.ok(head.includes(`<meta property="og:url" content="${escapeAttribute(url)}">`))
  assert.ok(head.includes('<meta name="description" content="'))
  assert.ok(head.includes('<meta property="og:site_name" content="The Porthcarrow Post">'))
  assert.ok(head.includes('<link rel="stylesheet" href="article.css">'))
  // Exactly one JSON-LD script, and its data names the page.
  const scripts = [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
  assert.equal(scripts.length, 1)
  const data = JSON.parse(scripts[0]?.[1] ?? '')
  assert.equal(data.headline, headline)
  assert.equal(data.url, url)
  assert.equal(data.publisher.name, 'The Porthcarrow Post')
}
