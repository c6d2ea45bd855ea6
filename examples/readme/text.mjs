// README: render an article as plain text. `npm run build`, then `node examples/readme/text.mjs`.
import { parseArticle } from 'articlekit'
import { readingTime, toText } from 'articlekit/text'
import { story } from './story.mjs'

const article = parseArticle(story)
console.log(toText(article, { wrap: 60 }))
console.log(`\n${readingTime(article).rounded} min read`)
