// @ts-check
// A static site's feeds and sitemap from a folder of Markdown articles:
//
//   npm run build
//   node examples/feeds-from-markdown.mjs [folder] [out]
//
// Every `.md` file in `folder` (default: examples/markdown-articles) is read
// with fromMarkdown and published at `https://news.example.com/articles/<name>/`.
// `out` (default: a temporary folder) gets feed.xml (RSS), feed.atom,
// feed.json and the sitemap files. What a format had to leave out is printed
// as `file: path: message [code]`.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatPath, parseArticle } from 'articlekit'
import { toAtom, toJsonFeed, toRss, toSitemap } from 'articlekit/feed'
import { fromMarkdown } from 'articlekit/markdown'

const site = 'https://news.example.com/'
const folder = process.argv[2] ?? fileURLToPath(new URL('./markdown-articles/', import.meta.url))
const out = process.argv[3] ?? (await mkdtemp(join(tmpdir(), 'articlekit-feeds-')))
await mkdir(out, { recursive: true })

const files = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()
const articles = []
for (const file of files) {
  const article = fromMarkdown(await readFile(join(folder, file), 'utf8'))
  // The page each article is published at: its canonical URL, which feeds and sitemaps need.
  articles.push(parseArticle({ ...article, url: `${site}articles/${basename(file, '.md')}/` }))
}

/** @param {string} format */
const report = (format) => (/** @type {import('articlekit/feed').FeedWarning} */ warning) => {
  const [index, ...path] = warning.path
  console.log(`${format}: ${files[Number(index)]}: ${formatPath(path)}: ${warning.message} [${warning.code}]`)
}
const channel = { title: 'Porthcarrow News', link: site, description: 'News from Porthcarrow', language: 'en-GB' }

await writeFile(
  join(out, 'feed.xml'),
  toRss(articles, { ...channel, self: `${site}feed.xml` }, { onWarning: report('rss') }),
)
await writeFile(
  join(out, 'feed.atom'),
  toAtom(articles, { ...channel, self: `${site}feed.atom` }, { onWarning: report('atom') }),
)
await writeFile(
  join(out, 'feed.json'),
  toJsonFeed(articles, { ...channel, self: `${site}feed.json` }, { onWarning: report('json-feed') }),
)
const sitemap = toSitemap(articles, { base: site, onWarning: report('sitemap') })
for (const file of sitemap.files) await writeFile(join(out, file.name), file.xml)

const written = (await readdir(out)).sort()
assert.deepEqual(written, ['feed.atom', 'feed.json', 'feed.xml', 'sitemap.xml'])
assert.equal(JSON.parse(await readFile(join(out, 'feed.json'), 'utf8')).items.length, files.length)
console.log(`${articles.length} articles -> ${written.join(', ')}`)
