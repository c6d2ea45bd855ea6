// README: render an article as Markdown. `npm run build`, then `node examples/readme/markdown.mjs`.
import { parseArticle } from 'articlekit'
import { toMarkdown } from 'articlekit/markdown'
import { story } from './story.mjs'

const article = parseArticle(story)
console.log(toMarkdown(article))
