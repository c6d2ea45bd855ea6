// Inputs that used to take super-linear time (issue 16), each beside a
// baseline of the same size that never did. With `growth`, the table shows
// how each grows from one size to the next: about 10x at 10x the input is
// linear.
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'
import { storyText, wordCount } from 'articlekit/text'

const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 }

/** A live blog: `count` updates under the same heading, or under headings that differ. */
function liveBlog(count, same) {
  const body = []
  for (let index = 0; index < count; index++) {
    body.push({ type: 'heading', level: 2, children: same ? 'Update' : `Update ${index + 1}` })
    body.push('The ferry is running to time.')
  }
  return parseArticle({ headline: 'Live', body })
}

/** Quotes nested `depth` deep, as only unvalidated input can be. */
function deep(depth) {
  let block = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] }
  for (let level = 0; level < depth; level++) block = { type: 'quote', children: [block] }
  return { headline: 'H', body: [block] }
}

/** Renders until its RenderError: the time to refuse. */
const refuse = (render) => () => {
  try {
    render()
  } catch (error) {
    if (error?.code !== 'too_deep') throw error
    return
  }
  throw new Error('expected too_deep')
}

/** A story of `words` English words in paragraphs of 100, with one Japanese word in the middle. */
function story(words) {
  const sentence = 'the ferry crossed the bay at dawn and the harbour master waved '.split(' ').filter(Boolean)
  const paragraphs = []
  for (let start = 0; start < words; start += 100)
    paragraphs.push(Array.from({ length: 100 }, (_, index) => sentence[(start + index) % sentence.length]).join(' '))
  paragraphs[paragraphs.length >> 1] += ' 日本'
  return parseArticle({ headline: 'H', language: 'en', body: paragraphs })
}

/** Counting by hand what wordCount counts: Intl.Segmenter on each paragraph, the way a user would. */
function segmentByParagraph(article) {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
  let count = 0
  for (const paragraph of storyText(article).split('\n\n'))
    for (const part of segmenter.segment(paragraph)) if (part.isWordLike) count++
  return count
}

export default function linearSection() {
  const cases = []
  for (const [size, count] of Object.entries(SIZES)) {
    const repeated = liveBlog(count / 10, true)
    const distinct = liveBlog(count / 10, false)
    cases.push({
      size,
      baseline: { name: 'toHtml, headings that differ', fn: () => toHtml(distinct) },
      ours: { name: 'toHtml, one heading repeated', fn: () => toHtml(repeated) },
    })
    const nested = deep(count)
    cases.push({
      size,
      baseline: { name: 'toHtml refusing it', fn: refuse(() => toHtml(nested)) },
      ours: { name: 'toJsonLd refusing nested quotes', fn: refuse(() => toJsonLd(nested)) },
    })
    const text = story(count)
    if (wordCount(text) !== segmentByParagraph(text)) throw new Error('the two word counts differ')
    cases.push({
      size,
      baseline: { name: 'Intl.Segmenter by paragraph (hand-written)', fn: () => segmentByParagraph(text) },
      ours: { name: 'wordCount, one Japanese word', fn: () => wordCount(text) },
    })
    const marks = { headline: `q${'\u0316\u0301'.repeat(count / 2)}`, body: [] }
    const plain = { headline: `q${'\u00e9'.repeat(count)}`, body: [] }
    cases.push({
      size,
      baseline: { name: 'parseArticle, as many accented letters', fn: () => parseArticle(plain) },
      ours: { name: 'parseArticle, one letter with stacked marks', fn: () => parseArticle(marks) },
    })
  }
  return {
    title:
      'Inputs that were super-linear: repeated heading ids, deep JSON-LD input, CJK in a long story, stacked marks',
    goal: 'each grows about 10x from one size to the next, as its baseline does',
    cases,
    samples: 5,
    growth: true,
  }
}
