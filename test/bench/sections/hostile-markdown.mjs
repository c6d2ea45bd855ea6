// fromMarkdown on hostile Markdown (issue 14): each shape that makes
// micromark, mdast-util-from-markdown or the conversion grow faster than the
// input, and the worst input the limits let through, at 10 KB and 100 KB.
// The alternative is fromMarkdown on an ordinary article of the same length:
// the growth from 10 KB to 100 KB should be about 10x on both sides.
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { generateArticle } from '../../fixtures/generate.mjs'
import { atTheLimits, hostileShapes } from '../../fixtures/hostile-markdown.mjs'

const SIZES = { '10 KB': 10_000, '100 KB': 100_000 }

/** The shapes timed: one per mechanism from the issue and the CommonMark pathological tests. */
const TIMED = [
  'nested `>`',
  'indented list, 100 levels, repeated',
  'unclosed `:::a` directives',
  'block quotes `> a`, one after another',
  'nested emphasis `*a `',
  'mismatched emphasis `*a_ `',
  'backtick runs of 64 lengths, repeated',
  'many `[`',
  'nested images `![…a](u)…`',
  'pattern `[ (](`',
  'directive labels `:x[`',
  'attribute braces `:x{`',
  'many `<`',
  'table with many columns',
  'footnote definitions',
  // micromark's own setext resolver was quadratic; src/markdown/setext.ts replaces it.
  'setext headings `a` over `---`',
  'setext headings between paragraphs',
  'setext headings after definitions',
]

/** Repeat `make` until its output is about `bytes` long, so every shape grows by its length. */
function sized(make, bytes) {
  const unit = make(100).length / 100
  return make(Math.max(1, Math.round(bytes / unit)))
}

/** Run fromMarkdown, keeping either outcome: an article or a validation error. */
function read(markdown) {
  try {
    return fromMarkdown(markdown)
  } catch (error) {
    if (error?.name !== 'ArticleValidationError') throw error
    return error
  }
}

/** An ordinary article's Markdown of about `bytes`: 100,000 words come to about 800 KB. */
function ordinary(bytes) {
  return toMarkdown(generateArticle(Math.round(bytes / 8.2), 7), { frontmatter: true })
}

export default function hostileMarkdownSection() {
  const shapes = [...hostileShapes.filter((shape) => TIMED.includes(shape.name)), ...atTheLimits]
  const cases = []
  for (const [size, bytes] of Object.entries(SIZES)) {
    const plain = ordinary(bytes)
    const baseline = {
      name: `fromMarkdown, ordinary article (${Math.round(plain.length / 1000)} KB)`,
      fn: () => read(plain),
    }
    for (const shape of shapes) {
      const markdown = `# Hostile input\n\n${sized(shape.make, bytes)}`
      cases.push({ size, baseline, ours: { name: shape.name, fn: () => read(markdown) } })
    }
  }
  return {
    title: 'fromMarkdown on hostile Markdown vs an ordinary article of the same length',
    goal: 'time at 100 KB within about 10x the time at 10 KB for every shape (linear)',
    growth: true,
    samples: 3,
    cases,
  }
}
