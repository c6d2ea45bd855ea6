// `articlekit feed`: every format written from the example articles of
// examples/cli/ and read back, the site file, atomic writes, invalid inputs,
// `--limit`, embargoes and the news sitemap's two-day window.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Article, parseArticle } from 'articlekit'
import { toAtom, toJsonFeed, toNewsSitemap, toRss, toSitemap } from 'articlekit/feed'
import { fromMarkdown } from 'articlekit/markdown'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { all, one, parseXml } from '../feed/parse-xml.js'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('feed'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articlekit-feed-'))
  cpSync(new URL('../../examples/cli/', import.meta.url), dir, { recursive: true })
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], options: { input?: string } = {}) => run(bin, args, { cwd: dir, ...options })

/** Between the two published articles and before the embargo lifts. */
const NOW = '2026-12-06T12:00:00Z'
const site = () => JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'))
const channel = () => {
  const { publication: _, sitemapBase: __, ...fields } = site()
  return fields
}
/** What the CLI writes: the document, ending in a line feed. */
const lineEnded = (text: string) => (text.endsWith('\n') ? text : `${text}\n`)
const read = (name: string) => readFileSync(join(dir, name), 'utf8')
const pier = () => parseArticle(JSON.parse(read('news/pier-lights.json')))
const tide = () => fromMarkdown(read('news/tide-tables.md')) as Article
const budget = () => parseArticle(JSON.parse(read('news/ferry-budget.json')))
/** The articles in the order the folder walk gives them. */
const news = () => [budget(), pier(), tide()]

const EMBARGO_WARNING =
  'articlekit: news/ferry-budget.json:embargo: warning: The article is under embargo until `2026-12-07T06:00:00Z` (it is now `2026-12-06T12:00:00.000Z`); left out of the feed (embargoed)\n'

describe('each format', () => {
  it('rss: the library output for the articles read, newest first, the embargoed one left out with a warning', async () => {
    const result = await cli(['feed', 'news', '--to', 'rss', '--site', 'site.json', '--now', NOW])
    expect(result.stderr).toBe(EMBARGO_WARNING)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(lineEnded(toRss(news(), channel(), { now: NOW })))
    const rss = parseXml(result.stdout)
    expect(one(rss, 'title').text).toBe('The Westmere Courier')
    expect(all(rss, 'item').map((item) => one(item, 'title').text)).toEqual([
      'Pier lights switched on for the winter',
      'New tide tables for the estuary',
    ])
  })

  it('atom, written to --out', async () => {
    const result = await cli([
      'feed',
      'news',
      '--to',
      'atom',
      '--site',
      'site.json',
      '--now',
      NOW,
      '--out',
      'public/feed.atom',
      '--self',
      'https://news.example.com/feed.atom',
    ])
    expect([result.code, result.stdout, result.stderr]).toEqual([0, '', EMBARGO_WARNING])
    const written = read('public/feed.atom')
    expect(written).toBe(
      lineEnded(toAtom(news(), { ...channel(), self: 'https://news.example.com/feed.atom' }, { now: NOW })),
    )
    const feed = parseXml(written)
    expect(feed.uri).toBe('http://www.w3.org/2005/Atom')
    expect(all(feed, 'entry')).toHaveLength(2)
    expect(all(feed, 'link').find((link) => link.attributes.rel === 'self')?.attributes.href).toBe(
      'https://news.example.com/feed.atom',
    )
    expect(readdirSync(join(dir, 'public'))).toEqual(['feed.atom'])
  })

  it('json-feed, indented', async () => {
    const result = await cli(['feed', 'news', '--to', 'json-feed', '--site', 'site.json', '--now', NOW, '--indent'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(lineEnded(toJsonFeed(news(), channel(), { now: NOW, indent: true })))
    const feed = JSON.parse(result.stdout)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([
      'https://news.example.com/pier-lights',
      'https://news.example.com/tide-tables',
    ])
    expect(feed.items[0].content_text).toContain('The lights came on at five')
  })

  it('sitemap: one file to standard output, --site not needed', async () => {
    const result = await cli(['feed', 'news', '--to', 'sitemap', '--now', NOW])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(lineEnded((toSitemap(news(), { now: NOW }).files[0] as { xml: string }).xml))
    const urlset = parseXml(result.stdout)
    expect(all(urlset, 'loc').map((loc) => loc.text)).toEqual([
      'https://news.example.com/pier-lights',
      'https://news.example.com/tide-tables',
    ])
    expect(one(urlset, 'image:loc').text).toBe('https://news.example.com/img/pier-lights.jpg')
  })

  it('sitemap split: the files and an index under sitemapBase into --out-dir; --out refuses a split', async () => {
    const args = ['feed', 'news', '--to', 'sitemap', '--site', 'site.json', '--now', NOW, '--max-urls', '1']
    const result = await cli([...args, '--out-dir', 'public/sitemaps'])
    expect([result.code, result.stderr]).toEqual([0, EMBARGO_WARNING])
    expect(readdirSync(join(dir, 'public/sitemaps')).sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml'])
    const index = parseXml(read('public/sitemaps/sitemap.xml'))
    expect(index.name).toBe('sitemapindex')
    expect(all(index, 'loc').map((loc) => loc.text)).toEqual([
      'https://news.example.com/sitemaps/sitemap-1.xml',
      'https://news.example.com/sitemaps/sitemap-2.xml',
    ])
    const expected = toSitemap(news(), { now: NOW, maxUrls: 1, base: 'https://news.example.com/sitemaps/' })
    for (const file of expected.files) expect(read(`public/sitemaps/${file.name}`)).toBe(lineEnded(file.xml))

    const out = await cli([...args, '--out', 'sitemap.xml'])
    expect([out.code, out.stdout]).toEqual([2, ''])
    expect(out.stderr).toContain(
      'articlekit: the sitemap needs 2 files and an index; write them with `--out-dir DIR` rather than `--out`\n',
    )
    expect(existsSync(join(dir, 'sitemap.xml'))).toBe(false)

    const noBase = await cli(['feed', 'news', '--to', 'sitemap', '--now', NOW, '--max-urls', '1', '--out-dir', 'x'])
    expect(noBase.code).toBe(2)
    expect(noBase.stderr).toContain('`sitemapBase`')
    expect(existsSync(join(dir, 'x'))).toBe(false)
  })

  it('news-sitemap: only the last two days by default, --all-dates for every article', async () => {
    const result = await cli(['feed', 'news', '--to', 'news-sitemap', '--site', 'site.json', '--now', NOW])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'articlekit: 2 articles not published in the two days before now left out of the news sitemap (`--all-dates` keeps them)\n',
    )
    const publication = { name: 'The Westmere Courier' }
    const recent = (toNewsSitemap([pier()], publication, { now: NOW }).files[0] as { xml: string }).xml
    expect(result.stdout).toBe(lineEnded(recent))
    const urlset = parseXml(result.stdout)
    expect(one(urlset, 'news:name').text).toBe('The Westmere Courier')
    expect(one(urlset, 'news:language').text).toBe('en')
    expect(all(urlset, 'news:title').map((title) => title.text)).toEqual(['Pier lights switched on for the winter'])

    const every = await cli([
      'feed',
      'news',
      '--to',
      'news-sitemap',
      '--site',
      'site.json',
      '--now',
      NOW,
      '--all-dates',
    ])
    expect([every.code, every.stderr]).toEqual([0, EMBARGO_WARNING])
    expect(all(parseXml(every.stdout), 'news:title')).toHaveLength(2)
  })

  it('news-sitemap: the publication from title and language when the site file has none', async () => {
    writeFileSync(join(dir, 'plain.json'), JSON.stringify({ title: 'Courier', link: 'https://news.example.com/' }))
    const result = await cli([
      'feed',
      'news/pier-lights.json',
      '--to',
      'news-sitemap',
      '--site',
      'plain.json',
      '--now',
      NOW,
    ])
    expect(result.code).toBe(0)
    expect(one(parseXml(result.stdout), 'news:name').text).toBe('Courier')
  })
})

describe('inputs', () => {
  it('reads NDJSON, a glob and standard input as render does', async () => {
    const lines = [pier(), budget()].map((article) => JSON.stringify(article)).join('\n')
    writeFileSync(join(dir, 'lines.ndjson'), `${lines}\n`)
    const stream = await cli(['feed', '--ndjson', 'lines.ndjson', '--to', 'rss', '--site', 'site.json', '--now', NOW])
    expect(stream.code).toBe(0)
    expect(stream.stderr).toBe(
      'articlekit: lines.ndjson:2:embargo: warning: The article is under embargo until `2026-12-07T06:00:00Z` (it is now `2026-12-06T12:00:00.000Z`); left out of the feed (embargoed)\n',
    )
    expect(all(parseXml(stream.stdout), 'item')).toHaveLength(1)

    const glob = await cli(['feed', 'news/*.json', '--to', 'rss', '--site', 'site.json', '--now', NOW, '--quiet'])
    expect([glob.code, glob.stderr]).toEqual([0, ''])
    expect(glob.stdout).toBe(lineEnded(toRss([budget(), pier()], channel(), { now: NOW })))

    const stdin = await cli(['feed', '-', '--to', 'rss', '--site', 'site.json'], { input: read('news/tide-tables.md') })
    expect(stdin.code).toBe(0)
    expect(one(parseXml(stdin.stdout), 'item').children.find((child) => child.name === 'title')?.text).toBe(
      'New tide tables for the estuary',
    )
  })

  it('an invalid article is reported by path, exit code 1, and the feed is not written', async () => {
    writeFileSync(join(dir, 'public.xml'), 'the old feed')
    const result = await cli(['feed', 'news', 'bad.json', '--to', 'rss', '--site', 'site.json', '--out', 'public.xml'])
    expect([result.code, result.stdout]).toEqual([1, ''])
    expect(result.stderr).toContain('articlekit: bad.json:headline: Expected a string, got `7`\n')
    expect(result.stderr).toContain('articlekit: bad.json:colour: Unknown key `colour`\n')
    expect(result.stderr).toContain('articlekit: the feed is not written: 1 input failed\n')
    expect(read('public.xml')).toBe('the old feed')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('--limit keeps the newest', async () => {
    const result = await cli(['feed', 'news', '--to', 'rss', '--site', 'site.json', '--now', NOW, '--limit', '1'])
    expect(result.code).toBe(0)
    expect(all(parseXml(result.stdout), 'item').map((item) => one(item, 'title').text)).toEqual([
      'Pier lights switched on for the winter',
    ])
    for (const limit of ['0', 'two', '1.5']) {
      const bad = await cli(['feed', 'news', '--to', 'rss', '--site', 'site.json', '--limit', limit])
      expect([bad.code, bad.stderr]).toEqual([
        2,
        `articlekit: \`--limit\` must be a whole number of 1 or more, not \`${limit}\`\n`,
      ])
    }
  })

  it('--ignore-embargo and a later --now write the embargoed article', async () => {
    for (const extra of [['--ignore-embargo'], ['--now', '2026-12-07T06:00:00Z']]) {
      const result = await cli(['feed', 'news', '--to', 'rss', '--site', 'site.json', ...extra])
      expect([result.code, result.stderr]).toEqual([0, ''])
      expect(all(parseXml(result.stdout), 'item').map((item) => one(item, 'title').text)[0]).toBe(
        'Harbour board agrees the ferry budget',
      )
    }
  })
})

describe('the site file', () => {
  const feed = (file: string, to = 'rss') => cli(['feed', 'news', '--to', to, '--site', file])

  it('names the file and the field of a bad value', async () => {
    writeFileSync(join(dir, 'bad-site.json'), JSON.stringify({ ...channel(), link: '/' }))
    const result = await feed('bad-site.json')
    expect([result.code, result.stdout]).toEqual([2, ''])
    expect(result.stderr).toBe(
      'articlekit: bad-site.json:link: Expected an absolute http: or https: URL the URL policy allows, got `/`\n',
    )
    writeFileSync(join(dir, 'no-description.json'), JSON.stringify({ title: 'T', link: 'https://a.example/' }))
    expect((await feed('no-description.json')).stderr).toBe(
      'articlekit: no-description.json:description: Expected a non-empty string, got nothing\n',
    )
    expect((await feed('no-description.json', 'atom')).code).toBe(0)
    const self = await cli(['feed', 'news', '--to', 'atom', '--site', 'site.json', '--self', 'feed.atom'])
    expect([self.code, self.stderr]).toEqual([
      2,
      'articlekit: `--self`: Expected an absolute http: or https: URL the URL policy allows, got `feed.atom`\n',
    ])
  })

  it('refuses unknown keys, bad JSON, a missing file and a missing --site', async () => {
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ ...channel(), descripton: 'x' }))
    expect(await feed('typo.json')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^articlekit: typo\.json: unknown key `descripton`; expected `title`, /),
    })
    writeFileSync(join(dir, 'broken-site.json'), '{\n  "title": ,\n}')
    expect(await feed('broken-site.json')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^articlekit: broken-site\.json:2:12: invalid JSON: /),
    })
    expect(await feed('nowhere.json')).toEqual({
      code: 3,
      stdout: '',
      stderr: 'articlekit: cannot read `nowhere.json`: no such file or folder\n',
    })
    const missing = await cli(['feed', 'news', '--to', 'atom'])
    expect([missing.code, missing.stderr]).toEqual([
      2,
      "articlekit: `--to atom` needs `--site FILE`: the feed's title, link and the rest (see `articlekit feed --help`)\n",
    ])
  })
})

describe('writes', () => {
  it('leaves no partial file when the write fails, and never writes over an input', async () => {
    mkdirSync(join(dir, 'taken.xml'))
    const result = await cli(['feed', 'news', '--to', 'rss', '--site', 'site.json', '--out', 'taken.xml', '--quiet'])
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/^articlekit: cannot write `.*taken\.xml`: is a folder, not a file\n$/)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const over = await cli([
      'feed',
      'news',
      '--to',
      'json-feed',
      '--site',
      'site.json',
      '--out',
      'news/pier-lights.json',
    ])
    expect(over.code).toBe(2)
    expect(over.stderr).toBe('articlekit: `--out news/pier-lights.json` would overwrite an input\n')
    expect(pier().headline).toBe('Pier lights switched on for the winter')
  })

  it('refuses options that do not go with the format', async () => {
    const cases: [string[], string][] = [
      [
        ['--to', 'rss', '--site', 'site.json', '--out-dir', 'x'],
        '`--out-dir` goes with sitemaps, which may be several files; write a feed with `--out FILE`',
      ],
      [['--to', 'rss', '--site', 'site.json', '--all-dates'], '`--all-dates` goes with `--to news-sitemap` only'],
      [
        ['--to', 'sitemap', '--self', 'https://a.example/s.xml'],
        '`--self` goes with `--to rss`, `atom` or `json-feed` only',
      ],
      [['--to', 'sitemap', '--out', 'a.xml', '--out-dir', 'x'], '`--out` and `--out-dir` cannot go together'],
      [['--to', 'pdf'], 'unknown format `pdf`; expected one of rss, atom, json-feed, sitemap, news-sitemap'],
    ]
    for (const [args, message] of cases) {
      const result = await cli(['feed', 'news', ...args])
      expect([result.code, result.stderr], args.join(' ')).toEqual([2, `articlekit: ${message}\n`])
    }
  })

  it('has its help', async () => {
    const help = await cli(['feed', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: articlekit feed <inputs...> --to FORMAT [--site FILE] [options]')
    expect((await cli(['--help'])).stdout).toContain('  feed <inputs...> --to FORMAT')
  })
})
