// fromDocument in a browser: Chromium's own DOMParser parses each page of the
// news-page corpus and a page toHtmlDocument wrote, and fromDocument, bundled
// for the browser as an app would bundle it, reads the article from that DOM.
// The article must be the one fromHtml reads in Node from the same HTML with
// linkedom: the reader depends on no one DOM.
//
// Run with `npm run test:browser` (needs `/usr/bin/chromium`).
import { fileURLToPath } from 'node:url'
import { parseArticle } from 'articlekit'
import { toHtmlDocument } from 'articlekit/html'
import { fromHtml } from 'articlekit/import'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadNewsPages } from '../fixtures/news-pages.mjs'
import { everyNode } from '../fixtures/valid.js'
import { type Browser, launch } from './harness.js'

const SITE = 'https://reader.example/'
let browser: Browser

beforeAll(async () => {
  // The bundle a browser app would ship: fromDocument alone, from the source, for the browser.
  const entry = fileURLToPath(new URL('../../src/import/page.ts', import.meta.url))
  const bundle = await build({
    stdin: {
      contents: `export { fromDocument } from ${JSON.stringify(entry)}`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'articlekitImport',
    platform: 'browser',
    conditions: ['articlekit-source'],
    write: false,
    logLevel: 'silent',
  })
  const script = bundle.outputFiles[0]?.text ?? ''
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>reader</title><script>${script.replaceAll('</script', '<\\/script')}</script></head><body></body></html>`
  browser = await launch(
    (url) => (url === SITE ? { body: page, contentType: 'text/html; charset=utf-8' } : undefined),
    {
      width: 800,
      height: 600,
    },
  )
  await browser.page.goto(SITE, { waitUntil: 'load' })
})

afterAll(async () => {
  await browser?.close()
})

/** The article fromDocument reads in Chromium from `html` parsed by its DOMParser, or the error's name and message. */
function readInChromium(html: string, url: string | undefined): Promise<unknown> {
  return browser.page.evaluate(
    ([source, address]) => {
      const { fromDocument } = (
        window as unknown as { articlekitImport: { fromDocument: (document: Document, options: object) => unknown } }
      ).articlekitImport
      const document = new DOMParser().parseFromString(source as string, 'text/html')
      try {
        return { article: fromDocument(document, address === undefined ? {} : { url: address }) }
      } catch (error) {
        return { error: `${(error as Error).name}: ${(error as Error).message}` }
      }
    },
    [html, url] as const,
  )
}

describe('fromDocument in Chromium', () => {
  it.each(loadNewsPages().map((page) => [page.name, page] as const))(
    'reads %s as fromHtml reads it in Node',
    async (_name, page) => {
      const url = page.expected.url as string | undefined
      const inNode = fromHtml(page.html, url === undefined ? {} : { url })
      expect(await readInChromium(page.html, url)).toEqual({ article: JSON.parse(JSON.stringify(inNode)) })
    },
  )

  it('reads a page toHtmlDocument wrote back whole', async () => {
    const article = parseArticle(everyNode)
    expect(await readInChromium(toHtmlDocument(article), undefined)).toEqual({
      article: JSON.parse(JSON.stringify(article)),
    })
  })

  it('refuses a page with no article, by name', async () => {
    expect(await readInChromium('<html><body><nav>Home</nav></body></html>', undefined)).toEqual({
      error: expect.stringMatching(/^ArticleValidationError: /),
    })
  })
})
