// README: render an article as HTML. `npm run build`, then `node examples/readme/html.mjs`.
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { story } from './story.mjs'

const article = parseArticle(story)
const html = toHtml(article)
// toHtml writes no line breaks between elements; this adds some after blocks, for reading.
console.log(html.replace(/(<\/(?:h1|h2|p|li|ol|header|blockquote|figcaption|figure|div)>)/g, '$1\n'))
