// The script element and the head tags must be safe for any article,
// validated or not: every hostile string of the corpus goes into every text
// field, straight to the renderer without `parseArticle`, and the HTML is
// parsed with parse5 the way a browser would parse it.

import type { Article } from 'articlekit'
import {
  type HeadTag,
  type JsonLdOptions,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
  toMetaTagsHtml,
} from 'articlekit/json-ld'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { type Hostile, hostileStrings } from '../fixtures/hostile.js'
import { everyNode } from '../fixtures/valid.js'

type Element = DefaultTreeAdapterMap['element']
type ChildNode = DefaultTreeAdapterMap['childNode']

/** Strings the issue names, beside the shared corpus. */
const extra: Hostile[] = [
  { name: 'end of script', value: '</script>' },
  { name: 'end of script, upper case', value: '</SCRIPT >' },
  { name: 'comment open', value: '<!--' },
  { name: 'comment and script', value: '<!--<script>' },
  { name: 'script open', value: '<script>' },
  { name: 'line separator', value: 'a\u2028b' },
  { name: 'paragraph separator', value: 'a\u2029b' },
  { name: 'CDATA end', value: ']]>' },
  { name: 'lone high surrogate', value: 'a\ud800b' },
  { name: 'lone low surrogate', value: 'a\udc00b' },
  { name: 'ampersand entity', value: '&amp;&lt;/script&gt;' },
]
const corpus = [...hostileStrings, ...extra]

/** everyNode with `value` in every text field the JSON-LD or the head tags write. */
function hostileArticle(value: string): Article {
  const text = [{ type: 'text', value }]
  return {
    ...everyNode,
    headline: value,
    alternativeHeadline: value,
    description: value,
    standfirst: [...text, { type: 'emphasis', children: text }],
    dateline: value,
    section: value,
    keywords: [value, 'ferry'],
    copyrightHolder: value,
    datePublished: value,
    dateModified: value,
    authors: [
      { type: 'Person', name: value, jobTitle: value, url: 'https://news.example.com/authors/ada' },
      { type: 'Organization', name: value },
    ],
    publisher: { name: value, url: 'https://news.example.com/', logo: { url: '/logo.png', alt: value } },
    image: { url: '/lead.jpg', alt: value, width: 1200, height: 675, caption: text, credit: value },
    body: [
      { type: 'paragraph', children: text },
      { type: 'heading', level: 2, children: text },
      { type: 'code', value },
      { type: 'promo', children: text },
    ],
    sources: [{ name: value, title: value, author: value, datePublished: value, url: 'https://a.example/' }],
    corrections: [{ date: value, text: value }],
  } as unknown as Article
}

function hostileOptions(value: string): JsonLdOptions {
  return {
    includeBody: true,
    site: { name: value, url: 'https://news.example.com/', xHandle: value, language: value },
    breadcrumbs: [{ name: value, url: '/' }, { name: value }],
    paywallSelector: value,
  }
}

const elements = (nodes: ChildNode[]) => nodes.filter((node): node is Element => 'tagName' in node)

describe('script safety', () => {
  for (const mode of ['flat', 'graph'] as const) {
    it(`keeps every hostile string inside one script element (${mode})`, () => {
      const problems: string[] = []
      for (const { name, value } of corpus) {
        const article = hostileArticle(value)
        const options = { ...hostileOptions(value), mode }
        const data = toJsonLd(article, options)
        const html = toJsonLdScript(article, options)
        const document = parse(`<!doctype html><html><head>${html}</head><body></body></html>`)
        const root = elements(document.childNodes)[0] as Element
        const [head, body] = elements(root.childNodes)
        const inHead = elements(head?.childNodes ?? [])
        if (inHead.length !== 1 || inHead[0]?.tagName !== 'script') {
          problems.push(`${name}: head holds ${inHead.map((element) => element.tagName).join(', ')}`)
          continue
        }
        if ((body?.childNodes.length ?? 0) !== 0) problems.push(`${name}: something reached the body`)
        const script = inHead[0] as Element
        if (script.attrs.length !== 1 || script.attrs[0]?.value !== 'application/ld+json') {
          problems.push(`${name}: the script's attributes changed`)
        }
        const texts = script.childNodes.map((node) => ('value' in node ? node.value : '')).join('')
        if (script.childNodes.some((node) => !('value' in node))) problems.push(`${name}: the script holds an element`)
        try {
          expect(JSON.parse(texts)).toEqual(data)
        } catch {
          problems.push(`${name}: the script's text does not parse back to the data`)
        }
      }
      expect(problems).toEqual([])
    })
  }

  it('writes the hostile headline back exactly, not escaped as an entity', () => {
    const value = '</script><!--&amp;\u2028'
    const html = toJsonLdScript(hostileArticle(value))
    expect(html).not.toContain('&amp;amp;')
    expect(html).not.toContain('</script><')
    expect(html.match(/<\/script/gi)).toEqual(['</script'])
    expect(html).toContain('"headline":"\\u003c/script\\u003e\\u003c!--\\u0026amp;\\u2028"')
  })
})

describe('head tag safety', () => {
  it('keeps every hostile string inside its attribute or title, and decodes back to it', () => {
    const problems: string[] = []
    for (const { name, value } of corpus) {
      const article = hostileArticle(value)
      const options = hostileOptions(value)
      const tags = toMetaTags(article, options)
      const html = toMetaTagsHtml(article, options)
      const document = parse(`<!doctype html><html><head>${html}</head><body></body></html>`)
      const root = elements(document.childNodes)[0] as Element
      const [head, body] = elements(root.childNodes)
      const found = elements(head?.childNodes ?? [])
      if ((body?.childNodes.length ?? 0) !== 0) problems.push(`${name}: something reached the body`)
      if (found.length !== tags.length) {
        problems.push(`${name}: ${tags.length} tags written, ${found.length} elements parsed`)
        continue
      }
      found.forEach((element, index) => {
        const tag = tags[index] as HeadTag
        if (element.tagName !== tag.tag) problems.push(`${name}: <${element.tagName}> where <${tag.tag}> was written`)
        const attributes = Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value]))
        if (JSON.stringify(attributes) !== JSON.stringify(stripped(tag.attributes))) {
          problems.push(`${name}: attributes of <${tag.tag}> do not decode back: ${JSON.stringify(attributes)}`)
        }
        if (tag.tag === 'title') {
          const text = element.childNodes.map((node) => ('value' in node ? node.value : '')).join('')
          if (text !== withoutControls(tag.text ?? '')) problems.push(`${name}: the title does not decode back`)
        }
      })
    }
    expect(problems).toEqual([])
  })
})

// HTML cannot carry most control characters nor the noncharacters: the
// escaper drops them, and a parser reads CR as LF. What is compared is what
// HTML can carry.
function withoutControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are the point.
  return text.replace(/[\0-\x08\v\x0e-\x1f\x7f-\x9f]|\p{Noncharacter_Code_Point}/gu, '').replace(/\r\n?/g, '\n')
}

describe('deep input that skipped validation', () => {
  it('stops at maxDepth with the path of the block, without reading what lies deeper', () => {
    let read = 0
    // Below the limit, each block counts the reads of its type: none may happen.
    let block: object = { type: 'paragraph', children: [] }
    for (let level = 0; level < 100_000; level++) {
      const child = block
      block =
        level < 100_000 - 70
          ? {
              get type() {
                read++
                return 'quote'
              },
              children: [child],
            }
          : { type: 'quote', children: [child] }
    }
    const article = { headline: 'H', body: [block] } as unknown as Article
    for (const render of [() => toJsonLd(article), () => toJsonLdScript(article), () => toMetaTags(article)]) {
      let error: unknown
      try {
        render()
      } catch (caught) {
        error = caught
      }
      expect(error).toMatchObject({ name: 'RenderError', code: 'too_deep' })
      const path = (error as { path: (string | number)[] }).path
      expect(path.slice(0, 4)).toEqual(['body', 0, 'children', 0])
      expect(path.length).toBeGreaterThan(64 * 2)
    }
    expect(read).toBe(0)
  })
})

function stripped(attributes: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, withoutControls(value)]))
}
