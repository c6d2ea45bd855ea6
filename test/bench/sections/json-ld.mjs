// toJsonLdScript beside the practical limit: the same schema.org object
// built by hand for this one article shape, serialized with a bare
// JSON.stringify (no script escaping), its word count a whitespace split
// and its articleBody a hand-written walk. Both sides do the whole job,
// from the article to the string.
import { toJsonLd, toJsonLdScript } from 'articlekit/json-ld'

const FURNITURE = new Set(['promo', 'relatedLinks', 'pullquote'])

function inlineText(nodes) {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'break') text += '\n'
    else if (typeof node.value === 'string') text += node.value
    else if (node.children) text += inlineText(node.children)
  }
  return text
}

function blocksText(blocks, out) {
  for (const block of blocks) {
    if (FURNITURE.has(block.type)) continue
    if (block.type === 'paragraph' || block.type === 'heading') out.push(inlineText(block.children))
    else if (block.type === 'list') for (const item of block.items) blocksText(item.children, out)
    else if (block.type === 'quote' || block.type === 'aside') blocksText(block.children, out)
    else if (block.type === 'code') out.push(block.value)
  }
  return out
}

const image = (value) => ({
  '@type': 'ImageObject',
  url: value.url,
  contentUrl: value.url,
  width: value.width,
  height: value.height,
  caption: inlineText(value.caption).replace(/\s+/g, ' ').trim(),
  creditText: value.credit.replace(/^©\s*/, ''),
  copyrightNotice: value.credit,
})

/** The hand-built object: what a developer would write for exactly this article shape. */
function handBuilt(article, includeBody) {
  const text = blocksText(article.body, []).join('\n\n')
  const related = [...article.related.map((link) => link.url)]
  for (const block of article.body) {
    if (block.type === 'relatedLinks') for (const link of block.links) related.push(link.url)
  }
  const data = {
    '@context': 'https://schema.org',
    '@type': article.type,
    headline: article.headline,
    description: inlineText(article.standfirst),
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url, relatedLink: [...new Set(related)] },
    inLanguage: article.language,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    author: article.authors.map((author) => ({ '@type': author.type, name: author.name, url: author.url })),
    image: [image(article.image)],
    articleSection: article.section,
    keywords: article.keywords,
    wordCount: text.split(/\s+/).filter(Boolean).length,
  }
  if (includeBody) data.articleBody = text
  data.citation = article.sources.map((source) => ({
    '@type': 'CreativeWork',
    headline: source.title,
    url: source.url,
    publisher: { '@type': 'Organization', name: source.name },
  }))
  return data
}

/** @param {Record<string, object>} articles */
export default function jsonLdSection(articles) {
  const cases = []
  for (const [size, article] of Object.entries(articles)) {
    if (size.startsWith('100k')) continue
    for (const includeBody of [false, true]) {
      const label = `${size}${includeBody ? ', articleBody' : ''}`
      // A limit that builds a different object would flatter one side: compare once, up front (the word
      // count is left aside: ours segments words with Intl.Segmenter, the limit splits on spaces).
      const ours = { ...toJsonLd(article, { includeBody }), wordCount: 0 }
      const theirs = { ...handBuilt(article, includeBody), wordCount: 0 }
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        console.warn(`json-ld bench (${label}): the hand-built object no longer matches toJsonLd's output`)
      }
      cases.push({
        size: label,
        baseline: {
          name: 'hand-built object + JSON.stringify',
          fn: () => JSON.stringify(handBuilt(article, includeBody)),
        },
        ours: { name: 'toJsonLdScript', fn: () => toJsonLdScript(article, { includeBody }) },
      })
    }
  }
  return {
    title: 'toJsonLdScript vs a hand-built object and JSON.stringify (the limit)',
    goal: 'toJsonLdScript within 2x of the limit, with and without articleBody',
    cases,
  }
}
