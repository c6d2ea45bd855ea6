// Web pages from the command line: a page named as an input (or --from html)
// is read with fromHtml, --url gives its address, the report goes to
// standard error, and a page with no article exits with code 1.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('html'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articlekit-cli-html-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], input?: string) => run(bin, args, { cwd: dir, ...(input === undefined ? {} : { input }) })

function put(name: string, content: string | Buffer): void {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
}

/** A small page of our own: a headline, a byline, two paragraphs and an image with a relative address. */
function page(headline: string, charset = 'utf-8'): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="${charset}"><title>${headline} | The Estuary Echo</title>
<meta property="og:site_name" content="The Estuary Echo"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>${headline}</h1><p class="byline">By Nia Penrose</p>
<p>The harbour board agreed on Tuesday evening to keep the lower slipway open through the winter months, after a petition signed by more than four hundred residents.</p>
<figure><img src="/img/slipway.jpg" alt="Boats on the lower slipway"><figcaption>Boats on the lower slipway at low tide.</figcaption></figure>
<p>Fishermen said the upper ramp is too steep for loaded trailers, and the board will review the decision in the spring once the repairs to the sea wall are finished.</p>
</article><footer>© The Estuary Echo</footer></body></html>
`
}

describe('web pages', () => {
  it('converts a page named as an input, at the address --url gives, with the report on standard error', async () => {
    put('slipway.html', page('Slipway stays open for the winter'))
    const result = await cli([
      'convert',
      'slipway.html',
      '--to',
      'json',
      '--url',
      'https://echo.example.com/news/slipway',
    ])
    expect(result.code).toBe(0)
    const article = JSON.parse(result.stdout)
    expect(article.headline).toBe('Slipway stays open for the winter')
    expect(article.url).toBe('https://echo.example.com/news/slipway')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Nia Penrose' }])
    expect(JSON.stringify(article.body)).toContain('four hundred residents')
    // The image's relative address is resolved against the page's.
    expect(JSON.stringify(article)).toContain('https://echo.example.com/img/slipway.jpg')
    expect(result.stderr).toMatch(/^articlekit: slipway\.html:[\w[\].]*: warning: /m)
    // --quiet leaves the report out.
    const quiet = await cli(['convert', 'slipway.html', '--to', 'json', '--quiet'])
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).toBe('')
  })

  it('reads a page on standard input by its first characters', async () => {
    const result = await cli(['convert', '-', '--to', 'json', '--quiet'], page('Lifeboat crew named'))
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).headline).toBe('Lifeboat crew named')
  })

  it('reads a page in the encoding it declares', async () => {
    put('cafe.html', Buffer.from(page('Café on the quay reopens', 'windows-1252'), 'latin1'))
    const result = await cli(['convert', 'cafe.html', '--to', 'json', '--quiet'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).headline).toBe('Café on the quay reopens')
  })

  it('exits with code 1 when a page holds no article, and says why', async () => {
    put('empty.html', '<!doctype html><html><head><title></title></head><body><nav>Home</nav></body></html>')
    const result = await cli(['convert', 'empty.html', '--to', 'json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    // Each problem is named with its path in the article.
    expect(result.stderr).toMatch(/^articlekit: empty\.html:headline: /m)
    expect(result.stderr).toMatch(/^articlekit: empty\.html:body: /m)
  })

  it('walks folders for pages with --from html only', async () => {
    put('site/a.html', page('Ferry timetable changes'))
    put('site/b.json', JSON.stringify({ headline: 'An article file', body: [] }))
    const pages = await cli(['convert', 'site', '--from', 'html', '--to', 'json', '--out-dir', 'out', '--quiet'])
    expect(pages.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out/a.json'), 'utf8')).headline).toBe('Ferry timetable changes')
    expect(() => readFileSync(join(dir, 'out/b.json'))).toThrow()
    const articles = await cli(['convert', 'site', '--to', 'json', '--out-dir', 'out2', '--quiet'])
    expect(articles.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out2/b.json'), 'utf8')).headline).toBe('An article file')
    expect(() => readFileSync(join(dir, 'out2/a.json'))).toThrow()
  })

  it('refuses --url where it cannot be one page’s address', async () => {
    put('a.html', page('One'))
    put('b.html', page('Two'))
    const two = await cli(['convert', 'a.html', 'b.html', '--to', 'json', '--url', 'https://echo.example.com/x'])
    expect(two).toEqual({
      code: 2,
      stdout: '',
      stderr: 'articlekit: `--url` is the address of one page or story: give one input\n',
    })
    const relative = await cli(['convert', 'a.html', '--to', 'json', '--url', '/news/x'])
    expect(relative.code).toBe(2)
    expect(relative.stderr).toContain('`--url` must be an absolute http: or https: URL')
    const blog = await cli([
      'convert',
      'a.html',
      '--from',
      'blog',
      '--to',
      'json',
      '--url',
      'https://echo.example.com/',
    ])
    expect(blog.code).toBe(2)
    expect(blog.stderr).toContain('`--url` goes with web pages and `--from text` only')
  })
})
