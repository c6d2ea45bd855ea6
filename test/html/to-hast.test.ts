// toHast must hold exactly what toHtml writes: every fixture is rendered both
// ways, the HTML is parsed by a real HTML parser (hast-util-from-html, which is
// parse5 underneath) and the two trees must be equal node for node.

import { readFileSync } from 'node:fs'
import { type Article, type ArticleInput, parseArticle } from 'articlekit'
import { toHast, toHtml, toHtmlDocument } from 'articlekit/html'
import type { Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'

const example = JSON.parse(readFileSync(new URL('../../examples/article.json', import.meta.url), 'utf8'))

/** A tree without the positions and parser data the HTML parser adds, for comparison. */
function bare(node: Nodes): Nodes {
  const copy = { ...node } as Nodes & { position?: unknown; data?: unknown }
  delete copy.position
  delete copy.data
  if ('children' in copy) (copy as { children: Nodes[] }).children = copy.children.map(bare)
  return copy
}

function parsed(html: string, document: boolean): Root {
  return bare(fromHtml(html, { fragment: !document })) as Root
}

const fixtures: [string, ArticleInput][] = [
  ['everyNode', everyNode as unknown as ArticleInput],
  ['minimal', minimal as unknown as ArticleInput],
  ['shorthands', shorthands.input as unknown as ArticleInput],
  ['example article', example],
]

const variants: [string, NonNullable<Parameters<typeof toHast>[1]>][] = [
  ['defaults', {}],
  ['document', { document: true }],
  ['links in new tabs, absolute URLs, no prefix', { linkTarget: '_blank', resolveUrl: true, classPrefix: '' }],
]

describe('toHast agrees with toHtml', () => {
  for (const [name, input] of fixtures) {
    const article = parseArticle(input)
    for (const [label, options] of variants) {
      it(`${name}, ${label}`, () => {
        const tree = toHast(article, options)
        const { document, ...rest } = options
        expect(tree).toEqual(parsed((document ? toHtmlDocument : toHtml)(article, rest), document === true))
      })
    }
  }

  it('holds every hostile string as the same text, in text and in attributes', () => {
    for (const { name, value } of hostileStrings) {
      const article = {
        type: 'NewsArticle',
        headline: value,
        authors: [{ name: value, url: 'https://example.com/a' }],
        body: [
          { type: 'paragraph', children: [{ type: 'text', value }] },
          { type: 'image', url: 'https://example.com/i.jpg', alt: value, caption: [{ type: 'text', value }] },
          { type: 'paragraph', children: [{ type: 'link', url: 'https://example.com/', title: value, children: [] }] },
        ],
      } as unknown as Article<unknown>
      for (const document of [false, true]) {
        const html = document ? toHtmlDocument(article) : toHtml(article)
        expect(toHast(article, { document }), name).toEqual(parsed(html, document))
      }
    }
  })

  it('serializes back to the markup toHtml writes', () => {
    const article = parseArticle(example)
    const tree = toHast(article)
    expect(parsed(hastToHtml(tree), false)).toEqual(parsed(toHtml(article), false))
  })
})

describe('toHast', () => {
  it('returns a root holding the article element with hast property names', () => {
    const tree = toHast(
      parseArticle({
        headline: 'Tides & times',
        datePublished: '2026-03-01T09:00:00+00:00',
        body: [{ type: 'image', url: '/a.jpg', alt: '', width: 800, height: 600 }],
      }),
      { sections: { header: false } },
    )
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'article',
          properties: { className: ['ak-article'], dataAk: '{"type":"Article"}' },
          children: [
            {
              type: 'element',
              tagName: 'div',
              properties: { className: ['ak-body'] },
              children: [
                {
                  type: 'element',
                  tagName: 'figure',
                  properties: { className: ['ak-image'] },
                  children: [
                    {
                      type: 'element',
                      tagName: 'img',
                      properties: {
                        src: '/a.jpg',
                        alt: '',
                        width: 800,
                        height: 600,
                        loading: 'lazy',
                        decoding: 'async',
                      },
                      children: [],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    })
  })

  it('decodes references in text and attributes', () => {
    const tree = toHast(parseArticle({ headline: 'A < B & "C"', body: [] }), { document: true })
    const html = tree.children[1]
    expect(html?.type === 'element' && html.tagName).toBe('html')
    expect(hastToHtml(tree)).toContain('<title>A &#x3C; B &#x26; "C"</title>')
    expect(JSON.stringify(tree)).toContain('"value":"A < B & \\"C\\""')
  })

  it('reads markup from custom handlers: comments, bare and unquoted attributes, void elements, raw text', () => {
    const tree = toHast(parseArticle({ headline: 'H', body: [{ type: 'divider' }] }), {
      sections: { header: false },
      handlers: {
        divider: () =>
          "<!-- poll --><div data-poll-id=7 hidden aria-label='Poll'><input type=checkbox checked/><br>" +
          '<script>if (a < b && c) {}</script>x&nbsp;&#65;&#x42;&bogus;</div>',
      },
    })
    const body = (tree.children[0] as { children: Nodes[] }).children[0] as { children: Nodes[] }
    expect(body.children).toEqual([
      { type: 'comment', value: ' poll ' },
      {
        type: 'element',
        tagName: 'div',
        properties: { dataPollId: '7', hidden: true, ariaLabel: 'Poll' },
        children: [
          { type: 'element', tagName: 'input', properties: { type: 'checkbox', checked: true }, children: [] },
          { type: 'element', tagName: 'br', properties: {}, children: [] },
          {
            type: 'element',
            tagName: 'script',
            properties: {},
            children: [{ type: 'text', value: 'if (a < b && c) {}' }],
          },
          { type: 'text', value: 'x\u00a0AB&bogus;' },
        ],
      },
    ])
  })
})
