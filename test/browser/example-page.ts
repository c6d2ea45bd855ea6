// The example article as a page of its own, for the browser tests: the
// document toHtml writes, with the default stylesheet inlined, served from the
// article's own URL, and a drawn stand-in for every photo.
import { readFile } from 'node:fs/promises'
import { type Image, type ImageBlock, parseArticle } from 'articlekit'
import { toHtmlDocument } from 'articlekit/html'

const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8')
export const article = parseArticle(JSON.parse(await read('../../examples/article.json')))
const stylesheet = await read('../../src/html/article.css')

// The page is served from the article's own URL, so its links resolve as they would on the site.
export const pageUrl = article.url as string

/**
 * The page: toHtmlDocument's page with a table of contents, the stylesheet inlined, and (unless toHtmlDocument
 * already writes it) `<meta name="color-scheme" content="light dark">`, which
 * a page using the stylesheet should carry so that the browser paints the
 * page around the article in the reader's scheme too.
 */
const documentHtml = toHtmlDocument(article, { tableOfContents: true })
const colorScheme = documentHtml.includes('name="color-scheme"')
  ? ''
  : '<meta name="color-scheme" content="light dark">'
export const html = documentHtml.replace('</head>', `${colorScheme}<style>${stylesheet}</style></head>`)

/** Every image of the article, the lead image first, as the page shows them. */
export const images: Image[] = [
  ...(article.image ? [article.image] : []),
  ...article.body.filter((block): block is ImageBlock => block.type === 'image'),
]

/**
 * A stand-in for a photo: an estuary at dawn (sky, hills, water, a boat), drawn
 * as SVG in the image's own proportions, so the page looks real without
 * fetching anything.
 */
function picture(width: number, height: number, index: number): string {
  const horizon = Math.round(height * (index === 0 ? 0.55 : 0.62))
  const hills = `M0 ${horizon} C ${width * 0.2} ${horizon - height * 0.12}, ${width * 0.45} ${horizon - height * 0.02}, ${width * 0.6} ${horizon - height * 0.08} S ${width * 0.9} ${horizon - height * 0.04}, ${width} ${horizon - height * 0.1} V ${horizon} Z`
  const boatX = width * (index === 0 ? 0.38 : 0.58)
  const boatY = horizon + height * 0.14
  const boat = `M${boatX} ${boatY} h${width * 0.22} l-${width * 0.025} ${height * 0.05} h-${width * 0.17} Z M${boatX + width * 0.04} ${boatY} v-${height * 0.06} h${width * 0.12} v${height * 0.06} Z`
  const sky = `<rect width="${width}" height="${horizon}" fill="#a9bccb"/><rect y="${horizon * 0.6}" width="${width}" height="${horizon * 0.4}" fill="#dccfb8"/>`
  const sun = `<circle cx="${width * 0.78}" cy="${horizon - height * 0.16}" r="${height * 0.06}" fill="#f6e7c8"/>`
  const water = `<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="#4d6478"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${sky}${sun}<path d="${hills}" fill="#4a5d52"/>${water}<path d="${boat}" fill="#f4f4f1"/></svg>`
}

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
