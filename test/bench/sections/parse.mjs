// parseArticle beside a bare zod schema of the same shape: classic zod, no
// normalization, no strict keys, no URL/date/nesting checks. This is what a
// team would write by hand instead of using articlekit.
import { parseArticle } from 'articlekit'
import * as z from 'zod'

const inline = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('emphasis'), children: z.array(inline) }),
    z.object({ type: z.literal('strong'), children: z.array(inline) }),
    z.object({ type: z.literal('strikethrough'), children: z.array(inline) }),
    z.object({ type: z.literal('inlineCode'), value: z.string() }),
    z.object({ type: z.literal('link'), url: z.string(), title: z.string().optional(), children: z.array(inline) }),
    z.object({ type: z.literal('break') }),
    z.object({ type: z.literal('citation'), sourceId: z.string(), children: z.array(inline).optional() }),
  ]),
)
const image = {
  url: z.string(),
  alt: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
  caption: z.array(inline).optional(),
  credit: z.string().optional(),
  creditUrl: z.string().optional(),
  license: z.string().optional(),
}
const attribution = z.object({ name: z.string(), title: z.string().optional(), url: z.string().optional() })
const relatedLink = z.object({
  title: z.string(),
  url: z.string(),
  description: z.string().optional(),
  image: z.object(image).optional(),
})
const block = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), id: z.string().optional(), children: z.array(inline) }),
    z.object({ type: z.literal('heading'), id: z.string().optional(), level: z.number(), children: z.array(inline) }),
    z.object({
      type: z.literal('list'),
      id: z.string().optional(),
      ordered: z.boolean(),
      start: z.number().optional(),
      items: z.array(z.object({ children: z.array(block) })),
    }),
    z.object({
      type: z.literal('quote'),
      id: z.string().optional(),
      children: z.array(block),
      attribution: attribution.optional(),
    }),
    z.object({
      type: z.literal('pullquote'),
      id: z.string().optional(),
      children: z.array(inline),
      attribution: attribution.optional(),
    }),
    z.object({ type: z.literal('image'), id: z.string().optional(), ...image }),
    z.object({
      type: z.literal('promo'),
      id: z.string().optional(),
      children: z.array(inline),
      url: z.string().optional(),
      kind: z.string().optional(),
    }),
    z.object({
      type: z.literal('relatedLinks'),
      id: z.string().optional(),
      label: z.string().optional(),
      links: z.array(relatedLink),
    }),
    z.object({ type: z.literal('divider'), id: z.string().optional() }),
  ]),
)
const bare = z.object({
  schemaVersion: z.literal(1),
  type: z.string(),
  url: z.string().optional(),
  language: z.string().optional(),
  headline: z.string(),
  standfirst: z.array(inline).optional(),
  authors: z.array(z.object({ type: z.string(), name: z.string(), url: z.string().optional() })),
  datePublished: z.string().optional(),
  dateModified: z.string().optional(),
  section: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  image: z.object(image).optional(),
  body: z.array(block),
  sources: z
    .array(
      z.object({
        id: z.string().optional(),
        name: z.string(),
        title: z.string().optional(),
        url: z.string().optional(),
      }),
    )
    .optional(),
  related: z.array(relatedLink).optional(),
})

/** @param {Record<string, object>} articles */
export default function parseSection(articles) {
  return {
    title: 'parseArticle (validate and normalize) vs a bare zod schema of the same shape',
    goal: 'articlekit within 1.5x of bare zod',
    cases: Object.entries(articles).map(([size, article]) => ({
      size,
      baseline: { name: 'zod (bare schema)', fn: () => bare.parse(article) },
      ours: { name: 'parseArticle', fn: () => parseArticle(article) },
    })),
  }
}
