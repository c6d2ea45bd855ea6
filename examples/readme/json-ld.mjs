// README: render an article as schema.org JSON-LD. `npm run build`, then `node examples/readme/json-ld.mjs`.
import { parseArticle } from 'articlekit'
import { toJsonLd } from 'articlekit/json-ld'
import { story } from './story.mjs'

const article = parseArticle(story)
console.log(JSON.stringify(toJsonLd(article), null, 2))
