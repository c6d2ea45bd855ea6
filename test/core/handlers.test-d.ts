// Part handlers are typed for users: each receives the value its renderer
// hands it (the authors for `byline`, an image for `leadImage`), and JSON-LD
// handlers return nodes or text, not `unknown`.
import type { Author, LeadImage, Source } from 'articlekit'
import type { ArticleSection } from 'articlekit/core'
import { type HtmlOptions, type HtmlSection, defaultHandlers as html } from 'articlekit/html'
import type { JsonLdNode, JsonLdOptions, JsonLdResult } from 'articlekit/json-ld'
import type { MarkdownOptions } from 'articlekit/markdown'
import type { TextOptions, TextSection } from 'articlekit/text'
import { describe, expectTypeOf, it } from 'vitest'

describe('part handlers', () => {
  it('HTML: byline gets the authors, leadImage the image', () => {
    const options: HtmlOptions = {
      handlers: {
        byline: (authors, state) => {
          expectTypeOf(authors).toEqualTypeOf<Author[]>()
          return html.byline(authors, state)
        },
        leadImage: (image) => {
          expectTypeOf(image).toEqualTypeOf<LeadImage>()
          return ''
        },
      },
    }
    expectTypeOf(options).toMatchTypeOf<HtmlOptions>()
    // @ts-expect-error a byline handler receives authors, not a string
    const wrong: HtmlOptions = { handlers: { byline: (authors: string) => authors } }
    expectTypeOf(wrong).toMatchTypeOf<HtmlOptions>()
  })

  it('Markdown: byline gets the authors', () => {
    const options: MarkdownOptions = {
      handlers: {
        byline: (authors) => {
          expectTypeOf(authors).toEqualTypeOf<Author[]>()
          return []
        },
      },
    }
    expectTypeOf(options).toMatchTypeOf<MarkdownOptions>()
  })

  it('text: notes get the numbered URLs, byline the authors', () => {
    const options: TextOptions = {
      handlers: {
        notes: (urls) => {
          expectTypeOf(urls).toEqualTypeOf<string[]>()
          return urls.join('\n')
        },
        byline: (authors) => authors.map((author) => author.name).join(', '),
      },
    }
    expectTypeOf(options).toMatchTypeOf<TextOptions>()
  })

  it('JSON-LD: parts get their values and return a node, text or undefined', () => {
    const options: JsonLdOptions = {
      handlers: {
        source: (source) => {
          expectTypeOf(source).toEqualTypeOf<Source>()
          return { '@type': 'CreativeWork', name: source.name }
        },
        author: () => undefined,
      },
    }
    expectTypeOf(options).toMatchTypeOf<JsonLdOptions>()
    expectTypeOf<JsonLdResult>().toEqualTypeOf<JsonLdNode | string | undefined>()
    // @ts-expect-error a handler returns a node, text or undefined, not a number
    const wrong: JsonLdOptions = { handlers: { source: () => 42 } }
    expectTypeOf(wrong).toMatchTypeOf<JsonLdOptions>()
  })

  it('every renderer names the same sections', () => {
    expectTypeOf<HtmlSection>().toEqualTypeOf<ArticleSection>()
    expectTypeOf<TextSection>().toEqualTypeOf<ArticleSection>()
  })
})
