// The lossless round trip: fromMarkdown(toMarkdown(a, { frontmatter: true }))
// deep-equals `a` for the fixtures, for generated articles, and with hostile
// text in every text field; and no output ever reads as raw HTML in a GFM
// viewer.

import { type Article, normalizeText, parseArticle, safeParseArticle } from 'articlekit'
import { defaultUrlPolicy } from 'articlekit/core'
import { fromMarkdown, parseMarkdown, toMarkdown } from 'articlekit/markdown'
import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { fromMarkdown as parseMdast } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileStrings } from '../fixtures/hostile.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'
import { articleInput } from './arbitrary.js'
import { markdownHostile } from './hostile-corpus.js'

const SEED = Number(process.env.FC_SEED ?? 20260314)
const RUNS = Number(process.env.FC_RUNS ?? 1000)

/** Parse the way GFM viewers do: all of GFM, autolink literals included. */
function viewerTree(markdown: string) {
  return parseMdast(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  })
}

/** Every node of a tree, without recursion. */
function nodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    out.push(node)
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return out
}

/** Round-trip an article and check what a GFM viewer would make of the Markdown. */
function check(article: Article): string {
  const markdown = toMarkdown(article, { frontmatter: true })
  let back: Article
  try {
    back = fromMarkdown(markdown)
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- markdown:\n${markdown}`)
  }
  expect(back, markdown).toEqual(article)
  for (const node of nodes(viewerTree(markdown))) {
    if (node.type === 'html') throw new Error(`A GFM viewer reads raw HTML \`${node.value}\` in:\n${markdown}`)
    // Our own links pass the URL policy; GFM autolink literals in text may add http, https or mailto links only.
    if (
      (node.type === 'link' || node.type === 'image') &&
      defaultUrlPolicy(node.url, 'link') !== node.url &&
      !/^(?:https?|mailto):/i.test(node.url)
    ) {
      throw new Error(`A GFM viewer reads a link to \`${node.url}\` in:\n${markdown}`)
    }
  }
  return markdown
}

describe('round trip', () => {
  it('gives every fixture back', () => {
    for (const input of [everyNode, minimal, shorthands.input, shorthands.output]) check(parseArticle(input))
  })

  it('gives generated articles of every size back', () => {
    for (const words of [600, 10_000]) check(parseArticle(generateArticle(words)))
  }, 60_000)

  it(`gives ${RUNS} random articles back`, () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const parsed = safeParseArticle(input)
        fc.pre(parsed.success)
        check((parsed as { data: Article }).data)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  }, 120_000)
})

const corpus = [...markdownHostile, ...hostileStrings.map((entry) => entry.value)]

describe(`hostile text (${markdownHostile.length} Markdown strings, ${hostileStrings.length} HTML strings)`, () => {
  it('has at least 80 Markdown strings', () => {
    expect(markdownHostile.length).toBeGreaterThanOrEqual(80)
  })

  it('comes back as the same literal text, never as a link, image, HTML, heading or list', () => {
    for (const raw of corpus) {
      const value = parseArticle({
        headline: 'x',
        body: [{ type: 'paragraph', children: [{ type: 'text', value: raw }] }],
      }).body[0] as { children: { value: string }[] }
      const text = value.children[0]?.value as string
      if (text === '') continue
      const article = parseArticle({
        headline: 'H',
        body: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
      })
      const markdown = check(article)
      const tree = parseMarkdown(markdown)
      expect(
        tree.children.map((node) => node.type),
        markdown,
      ).toEqual(['yaml', 'paragraph'])
      const paragraph = tree.children[1] as { children: Nodes[] }
      for (const node of paragraph.children) expect(['text', 'textDirective'], markdown).toContain(node.type)
    }
  }, 60_000)

  it('survives in every text field', () => {
    // The very long strings are covered above; here they would only make the test slow.
    for (const raw of corpus.filter((value) => value.length <= 500)) {
      const line = normalizeText(raw).replace(/\n/g, ' ')
      const name = /\S/.test(line) ? line : 'name'
      const input = {
        headline: name,
        alternativeHeadline: name,
        standfirst: raw,
        description: raw,
        authors: [{ name }],
        keywords: [name],
        image: { url: '/i.jpg', alt: raw, caption: raw, credit: raw },
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: raw },
              { type: 'emphasis', children: raw },
            ],
          },
          { type: 'heading', level: 2, children: raw },
          { type: 'list', items: [raw] },
          { type: 'quote', children: [raw], attribution: { name, title: name } },
          { type: 'pullquote', children: raw, attribution: { name, url: '/who' } },
          { type: 'image', url: '/b.jpg', alt: raw, caption: raw, credit: raw },
          { type: 'embed', url: 'https://video.example.com/', title: name, provider: name, caption: raw },
          { type: 'code', value: raw },
          {
            type: 'paragraph',
            children: [
              { type: 'inlineCode', value: raw },
              { type: 'link', url: '/l', title: raw, children: raw },
            ],
          },
          { type: 'table', caption: raw, header: [raw], rows: [[raw]] },
          { type: 'relatedLinks', label: name, links: [{ title: name, url: '/r', description: raw }] },
          { type: 'aside', title: name, children: [raw] },
          { type: 'promo', children: raw },
        ],
        sources: [{ id: 'src', name, title: name }],
        related: [{ title: name, url: '/r', description: raw }],
      }
      const parsed = safeParseArticle(input)
      if (!parsed.success) throw new Error(`${JSON.stringify(raw)}: ${parsed.error.message}`)
      check(parsed.data)
    }
  }, 60_000)
})
