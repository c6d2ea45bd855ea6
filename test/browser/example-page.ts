// The example articles as pages of their own, for the browser tests: the
// document toHtml writes, with the default stylesheet inlined, served from
// each article's own URL, and a drawn stand-in for every photo.
import { readFile } from 'node:fs/promises'
import { type Article, type Image, parseArticle } from 'articlekit'
import { toHtmlDocument } from 'articlekit/html'
import { picture } from '../../examples/demo/pictures.mjs'

const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8')
const stylesheet = await read('../../src/html/article.css')

/** One example article as the browser sees it. */
export interface ExamplePage {
  article: Article
  /** The page is served from the article's own URL, so its links resolve as they would on the site. */
  url: string
  /** toHtmlDocument's page with a table of contents and the stylesheet inlined. */
  html: string
  /** Every image of the article, the lead image first, in the order the page shows them. */
  images: Image[]
}

/** The images a page shows: the lead image, then image blocks and galleries' images in reading order. */
function imagesOf(article: Article): Image[] {
  const found: Image[] = article.image ? [article.image] : []
  for (const block of article.body) {
    if (block.type === 'image') found.push(block)
    else if (block.type === 'gallery') found.push(...block.children)
  }
  return found
}

async function examplePage(file: string): Promise<ExamplePage> {
  const article = parseArticle(JSON.parse(await read(`../../examples/${file}`)))
  const html = toHtmlDocument(article, { tableOfContents: true, headHtml: `<style>${stylesheet}</style>` })
  return { article, url: article.url as string, html, images: imagesOf(article) }
}

/** The plain news story (`examples/article.json`). */
export const story = await examplePage('article.json')
/** The opinion piece with credits, a gallery and audio (`examples/opinion-article.json`). */
export const opinion = await examplePage('opinion-article.json')
/** The live blog (`examples/live-blog.json`). */
export const liveBlog = await examplePage('live-blog.json')

export const { article, url: pageUrl, images } = story

const pages = [story, opinion, liveBlog]

/**
 * The whole site, for the browser: each page at its article's URL, a drawn
 * picture of the right shape at each image's URL, and nothing else
 * (`undefined`: the request is refused; audio is never fetched, its players
 * load nothing until played).
 */
export function site(url: string): { body: string; contentType: string } | undefined {
  const page = pages.find((candidate) => candidate.url === url)
  if (page) return { body: page.html, contentType: 'text/html; charset=utf-8' }
  for (const { images } of pages) {
    const index = images.findIndex((image) => image.url === url)
    const image = images[index]
    if (image) return { body: picture(image.width ?? 1200, image.height ?? 800, index), contentType: 'image/svg+xml' }
  }
  return undefined
}
