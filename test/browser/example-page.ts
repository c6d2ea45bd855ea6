// The example article as a page of its own, for the browser tests: the
// document toHtml writes, with the default stylesheet inlined, served from the
// article's own URL, and a drawn stand-in for every photo.
import { readFile } from 'node:fs/promises'
import { type Image, type ImageBlock, parseArticle } from 'articlekit'
import { toHtmlDocument } from 'articlekit/html'
import { picture } from '../../examples/demo/pictures.mjs'

const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8')
export const article = parseArticle(JSON.parse(await read('../../examples/article.json')))
const stylesheet = await read('../../src/html/article.css')

// The page is served from the article's own URL, so its links resolve as they would on the site.
export const pageUrl = article.url as string

/** The page: toHtmlDocument's page with a table of contents and the stylesheet inlined. */
export const html = toHtmlDocument(article, { tableOfContents: true, headHtml: `<style>${stylesheet}</style>` })

/** Every image of the article, the lead image first, as the page shows them. */
export const images: Image[] = [
  ...(article.image ? [article.image] : []),
  ...article.body.filter((block): block is ImageBlock => block.type === 'image'),
]

/**
 * The whole site, for the browser: the page at the article's URL, a drawn
 * picture of the right shape at each image's URL, and nothing else
 * (`undefined`: the request is refused).
 */
export function site(url: string): { body: string; contentType: string } | undefined {
  if (url === pageUrl) return { body: html, contentType: 'text/html; charset=utf-8' }
  const index = images.findIndex((image) => image.url === url)
  const image = images[index]
  if (image === undefined) return undefined
  return { body: picture(image.width ?? 1200, image.height ?? 800, index), contentType: 'image/svg+xml' }
}
