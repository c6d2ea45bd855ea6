// @ts-check
// The config `npm run demo` renders the example page with: the package's
// stylesheet, a table of contents, the site's name in the title and head
// tags, and every photo swapped for a drawn stand-in next to the page (the
// example's image URLs point at a site that does not exist). The swap is a
// handler override that calls the default handler with another URL, so the
// figure, caption, credit and alt text stay articlekit's own.
import { defaultHandlers } from 'articlekit/html'

/**
 * Where the demo writes the stand-in for an image URL: `images/` and the
 * URL's file name, as SVG.
 * @param {string} url
 */
export const standIn = (url) => `images/${url.slice(url.lastIndexOf('/') + 1).replace(/\.\w+$/, '')}.svg`

/** @type {import('articlekit/html').HtmlDocumentOptions['handlers']} */
const handlers = {
  image: (node, state) => defaultHandlers.image({ ...node, url: standIn(node.url) }, state),
  leadImage: (node, state) => defaultHandlers.leadImage({ ...node, url: standIn(node.url) }, state),
}

export default {
  html: {
    tableOfContents: true,
    linkTarget: '_blank',
    stylesheets: ['article.css'],
    titleTemplate: '%s · The Westmere Courier',
    handlers,
  },
  jsonLd: { site: { name: 'The Westmere Courier', url: 'https://news.example.com/' } },
}
