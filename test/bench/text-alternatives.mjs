// What the text bench section compares toText with: the simplest hand-written
// joiner of the same text (the practical limit: walk the article, join the
// words, no layout, no options), and the plain-text functions of three
// popular content formats, fed the converters the HTML section already uses.
import { documentToPlainTextString } from '@contentful/rich-text-plain-text-renderer'
import { toPlainText } from '@portabletext/toolkit'
import { toString as mdastToString } from 'mdast-util-to-string'

export { toContentfulDocument, toMdast, toPortableText } from './html-alternatives.mjs'

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })

/** A generated article's date at its own wall-clock time, as toText writes it. */
function formatDate(iso) {
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return dateFormat.format(Date.UTC(+year, month - 1, +day, +hour, +minute))
}

/** Text, then its URL in parentheses, before any trailing spaces. */
function withUrl(text, url) {
  const words = text.trimEnd()
  return `${words} (${url})${text.slice(words.length)}`
}

/** The number of each cited source, by first citation (reset for every article), and the ids sources have. */
let numbers = new Map()
let sourceIds = new Set()

/** A citation's marker, `[Source n]`, numbering sources as they are first cited. */
function marker(id) {
  if (!sourceIds.has(id)) return ''
  let number = numbers.get(id)
  if (number === undefined) {
    number = numbers.size + 1
    numbers.set(id, number)
  }
  return `[Source ${number}]`
}

/** Words of inline content, breaks as line feeds, link URLs in parentheses, citations marked. */
function inlineText(nodes) {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'break') text += '\n'
    else if (node.type === 'link') text += withUrl(inlineText(node.children), node.url)
    else if (node.type === 'citation') {
      const words = node.children ? inlineText(node.children) : ''
      const mark = marker(node.sourceId)
      text += mark === '' ? words : words === '' ? mark : `${words} ${mark}`
    } else if (node.children) text += inlineText(node.children)
  }
  return text
}

/** One block's text, laid out as toText lays it out by default. */
function blockText(block) {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children)
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}. ` : '- '}${item.children.map(blockText).join('\n')}`)
        .join('\n')
    case 'quote': {
      const { name, title } = block.attribution
      return `  ${block.children.map(blockText).join('\n\n')}\n  — ${name}, ${title}`
    }
    case 'image':
      return `[Image: ${inlineText(block.caption)} (${block.credit})]`
    default:
      return ''
  }
}

/**
 * The simplest code that writes the same text as `toText` with default
 * options for a generated article: header, lead image, the story's blocks
 * joined by blank lines, sources. No options, no handler map, no URL policy,
 * no wrapping, no checks for controls: it knows the generator's shapes.
 */
export function handWrittenText(article) {
  numbers = new Map()
  sourceIds = new Set(article.sources.map((source) => source.id))
  let text = `${article.headline}\n\n${inlineText(article.standfirst)}`
  text += `\n\nBy ${article.authors.map((author) => author.name).join(', ')}`
  text += `\n${formatDate(article.datePublished)} · Updated ${formatDate(article.dateModified)}`
  const lead = article.image
  text += `\n\n[Image: ${inlineText(lead.caption)} (${lead.credit})]`
  for (const block of article.body) {
    const part = blockText(block)
    if (part) text += `\n\n${part}`
  }
  text += '\n\nSources:'
  // Numbered as cited, then the uncited in list order.
  const cited = [...numbers.keys()].map((id) => article.sources.find((source) => source.id === id))
  const ordered = [...cited, ...article.sources.filter((source) => !numbers.has(source.id))]
  ordered.forEach((source, index) => {
    text += `\n${index + 1}. ${withUrl(`${source.name}: ${source.title}`, source.url)}`
  })
  return text
}

/** Portable Text's plain text: span text of every text block, blocks joined by blank lines. */
export const renderPortableTextPlain = (blocks) => toPlainText(blocks)
/** Contentful's plain text of a rich-text Document. */
export const renderContentfulPlain = (document) => documentToPlainTextString(document)
/** mdast's plain text: the values of every node, concatenated. */
export const renderMdastPlain = (root) => mdastToString(root)

/** The plain text of every body paragraph, joined by spaces: what the `split(/\s+/)` baseline counts. */
export function bodyWords(article) {
  const parts = []
  for (const block of article.body) if (block.type === 'paragraph') parts.push(inlineText(block.children))
  return parts.join(' ')
}
