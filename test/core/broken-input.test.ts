// Every renderer, given something that is not an article or an article whose
// lists hold `null` (input that skipped validation), fails with a RenderError
// naming the problem or renders what there is; never a bare TypeError.

import { RenderError } from 'articlekit/core'
import { toHast, toHtml, toHtmlDocument } from 'articlekit/html'
import { toJsonLd, toMetaTagsHtml } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown, toMdast } from 'articlekit/markdown'
import { characterCount, excerpt, readingTime, storyText, toSpeech, toText, wordCount } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

const renderers = { toHtml, toHast, toMarkdown, toMdast, toText, toJsonLd, toMetaTagsHtml } as Record<
  string,
  (article: never, options?: object) => unknown
>

describe('input that is not an article', () => {
  for (const [name, render] of Object.entries(renderers)) {
    it(`${name} throws a RenderError for null, undefined, a number and an array`, () => {
      for (const input of [null, undefined, 42, []]) {
        expect(() => render(input as never), `${name}(${JSON.stringify(input)})`).toThrow(RenderError)
      }
    })
  }

  it('names what it got', () => {
    expect(() => toHtml(null as never)).toThrow('Expected an article object, got `null`')
  })
})

describe('lists holding null', () => {
  const article = {
    headline: 'Null entries',
    body: [],
    authors: [null, { name: 'Ada Quill' }],
    sources: [null, { name: 'Harbour Board' }],
    related: [null, { title: 'Earlier story', url: 'https://news.example.com/earlier' }],
    corrections: [null],
  }

  it('HTML renders the entries that are objects', () => {
    for (const render of [toHtml, toHtmlDocument]) {
      const html = render(article as never)
      expect(html).toContain('<bdi>Ada Quill</bdi>')
      expect(html).toContain('<bdi>Harbour Board</bdi>')
      expect(html).toContain('>Earlier story</a>')
    }
    expect(toHtml({ ...article, authors: [null] } as never)).not.toContain('ak-byline')
  })

  it('Markdown renders the related entry that is an object, and ignores a null lead image', () => {
    const markdown = toMarkdown({ ...article, image: null } as never)
    expect(markdown).toContain('- [Earlier story](https://news.example.com/earlier)')
  })
})

describe('null options', () => {
  const article = {
    headline: 'Null options',
    body: [{ type: 'paragraph', children: [{ type: 'text', value: 'Two words' }] }],
  }
  const all = {
    ...renderers,
    toSpeech,
    storyText,
    wordCount,
    characterCount,
    readingTime,
    excerpt,
  } as unknown as Record<string, (article: never, options?: null) => unknown>

  it('mean the defaults, as undefined does, in every function that takes options', () => {
    for (const [name, call] of Object.entries(all)) {
      const withNull = call(article as never, null)
      const withUndefined = call(article as never)
      expect(withNull, name).toEqual(withUndefined)
    }
    expect(wordCount(article as never, null as never)).toBe(2)
    expect(fromMarkdown('---\nheadline: From Markdown\n---\n\nText.', null as never).headline).toBe('From Markdown')
  })
})
