// fast-check arbitraries of valid article input, biased towards text that
// Markdown treats specially. parseArticle normalizes what they produce.

import { CONTRIBUTOR_ROLES, IMAGE_CREATOR_ROLES } from 'articlekit'
import fc from 'fast-check'
import { hostileStrings } from '../fixtures/hostile.js'
import { markdownHostile } from './hostile-corpus.js'

const SPECIAL = [
  '*',
  '_',
  '`',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '>',
  '-',
  '+',
  '1.',
  '2)',
  '|',
  '\\',
  '<',
  '&',
  ':',
  '^',
  '{',
  '}',
  '"',
  "'",
  '=',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '— ',
  ', ',
  'https://x.example/',
  'www.example.com',
  'a@b.example',
  '&amp;',
  '&#x3C;',
  '<b>',
  '---',
  '***',
  '```',
  '~~~',
  ':::',
  '::x',
  ':cite[a]',
  '[^1]',
  '    ',
  'é',
  '\u202e',
  '😀',
  '1',
  'word',
  'Word',
  'two words',
  // Lines that hold only spaces, and block markers at the start of a later line.
  '\n \n',
  ' \n',
  '\n- ',
  '-\n- ',
  '\n1. ',
  '\n> ',
  '\n# ',
]

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...markdownHostile, ...hostileStrings.map((h) => h.value).filter((v) => v.length < 200)),
  },
)

/** Any text, often with Markdown syntax in it. */
export const text = fc.array(fragment, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''))
/** Non-empty text of one line. */
export const line = text.map((value) => value.replace(/\n/g, ' ')).filter((value) => /\S/.test(value))
export const id = fc.stringMatching(/^[\w:.#"'{}\][\\-]{1,12}$/)
export const url = fc.constantFrom(
  'https://example.com/',
  'https://example.com/a_(b)?c=d&e=f#g',
  '/relative/path',
  'mailto:desk@example.com',
  'tel:+441234',
  '#fragment',
  'https://example.com/"><img src=x onerror=alert(1)>',
  'https://example.com/a b',
  'https://example.com/<x>',
)

const leaf = fc.oneof(
  { weight: 6, arbitrary: text.map((value) => ({ type: 'text', value })) },
  { weight: 1, arbitrary: text.map((value) => ({ type: 'inlineCode', value })) },
  { weight: 1, arbitrary: fc.constant({ type: 'break' }) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'missing').map((sourceId) => ({ type: 'citation', sourceId })) },
)

/** Inline content, nested up to three marks deep; links and citations never nest in themselves. */
export const inlineContent: fc.Arbitrary<unknown[]> = fc
  .letrec<{ inline: unknown; content: unknown[] }>((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ type: fc.constantFrom('emphasis', 'strong', 'strikethrough'), children: tie('content') }),
      fc.record(
        { type: fc.constant('link'), url, title: fc.option(text, { nil: undefined }), children: tie('content') },
        { requiredKeys: ['type', 'url', 'children'] },
      ),
      fc.record({
        type: fc.constant('citation'),
        sourceId: fc.constantFrom('a', 'b', 'x]y'),
        children: tie('content'),
      }),
    ),
    content: fc.array(tie('inline'), { maxLength: 4 }),
  }))
  .content.filter((content) => !nests(content, 'link', false) && !nests(content, 'citation', false))

function nests(content: unknown, type: string, inside: boolean): boolean {
  if (!Array.isArray(content)) return false
  return content.some((node) => {
    const typed = node as { type: string; children?: unknown }
    if (typed.type === type && inside) return true
    return nests(typed.children, type, inside || typed.type === type)
  })
}

/** Image sizes: usual ones, and huge ones the model still allows (below 2^53). */
const size = fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 10 ** 15, max: Number.MAX_SAFE_INTEGER }))

const attribution = fc.record(
  { name: line, title: fc.option(line, { nil: undefined }), url: fc.option(url, { nil: undefined }) },
  { requiredKeys: ['name'] },
)
const image = fc.record(
  {
    url,
    alt: text,
    width: fc.option(size, { nil: undefined }),
    height: fc.option(size, { nil: undefined }),
    caption: fc.option(inlineContent, { nil: undefined }),
    credit: fc.option(text, { nil: undefined }),
    creditUrl: fc.option(url, { nil: undefined }),
    license: fc.option(url, { nil: undefined }),
  },
  { requiredKeys: ['url', 'alt'] },
)

/** An image's creator, given to the lead image. */
const imageCreator = fc.record(
  {
    type: fc.option(fc.constantFrom('Person', 'Organization'), { nil: undefined }),
    name: line,
    url: fc.option(url, { nil: undefined }),
    role: fc.option(fc.constantFrom(...IMAGE_CREATOR_ROLES), { nil: undefined }),
  },
  { requiredKeys: ['name'] },
)

/** A contributor: any role, with the label `other` needs. */
const contributor = fc
  .record(
    {
      type: fc.option(fc.constantFrom('Person', 'Organization'), { nil: undefined }),
      name: line,
      url: fc.option(url, { nil: undefined }),
      role: fc.constantFrom(...CONTRIBUTOR_ROLES),
    },
    { requiredKeys: ['name', 'role'] },
  )
  .chain((fields) => (fields.role === 'other' ? line.map((label) => ({ ...fields, label })) : fc.constant(fields)))
const blockId = fc.option(id, { nil: undefined, freq: 4 })

/** Any block, nested up to a few levels. */
export const block: fc.Arbitrary<unknown> = fc.letrec<{ block: unknown; blocks: unknown[] }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      { type: fc.constant('paragraph'), id: blockId, children: inlineContent },
      { requiredKeys: ['type', 'children'] },
    ),
    fc.record(
      { type: fc.constant('heading'), id: blockId, level: fc.constantFrom(2, 3, 4, 5, 6), children: inlineContent },
      { requiredKeys: ['type', 'level', 'children'] },
    ),
    fc.record(
      {
        type: fc.constant('code'),
        id: blockId,
        value: text,
        language: fc.option(fc.oneof(line, fc.constantFrom('js', 'c++', 'x`y')), { nil: undefined }),
      },
      { requiredKeys: ['type', 'value'] },
    ),
    fc.record({ type: fc.constant('divider'), id: blockId }, { requiredKeys: ['type'] }),
    image.chain((fields) =>
      blockId.map((blockIdValue) => ({
        type: 'image',
        ...(blockIdValue === undefined ? {} : { id: blockIdValue }),
        ...fields,
      })),
    ),
    fc.record(
      {
        type: fc.constant('embed'),
        id: blockId,
        url,
        kind: fc.option(fc.constantFrom('video', 'audio', 'podcast', 'social', 'map', 'other'), { nil: undefined }),
        provider: fc.option(line, { nil: undefined }),
        title: fc.option(line, { nil: undefined }),
        caption: fc.option(inlineContent, { nil: undefined }),
      },
      { requiredKeys: ['type', 'url'] },
    ),
    fc.record(
      {
        type: fc.constant('gallery'),
        id: blockId,
        children: fc.array(
          image.map((fields) => ({ type: 'image', ...fields })),
          { minLength: 1, maxLength: 3 },
        ),
        caption: fc.option(inlineContent, { nil: undefined }),
      },
      { requiredKeys: ['type', 'children'] },
    ),
    fc.record(
      {
        type: fc.constant('audio'),
        id: blockId,
        url,
        kind: fc.option(fc.constantFrom('podcast', 'clip', 'readAloud'), { nil: undefined }),
        title: fc.option(line, { nil: undefined }),
        duration: fc.option(fc.integer({ min: 1, max: 2 ** 40 }), { nil: undefined }),
        mimeType: fc.option(fc.constantFrom('audio/mpeg', 'audio/ogg', 'audio/x-m4a'), { nil: undefined }),
        transcriptUrl: fc.option(url, { nil: undefined }),
        caption: fc.option(inlineContent, { nil: undefined }),
      },
      { requiredKeys: ['type', 'url'] },
    ),
    fc.record(
      {
        type: fc.constant('pullquote'),
        id: blockId,
        children: inlineContent,
        attribution: fc.option(attribution, { nil: undefined }),
      },
      { requiredKeys: ['type', 'children'] },
    ),
    fc.record(
      {
        type: fc.constant('promo'),
        id: blockId,
        children: inlineContent,
        url: fc.option(url, { nil: undefined }),
        kind: fc.option(fc.constantFrom('podcast', 'newsletter', 'other'), { nil: undefined }),
      },
      { requiredKeys: ['type', 'children'] },
    ),
    fc.record(
      {
        type: fc.constant('relatedLinks'),
        id: blockId,
        label: fc.option(line, { nil: undefined }),
        links: fc.array(
          fc.record(
            {
              title: line,
              url,
              description: fc.option(text, { nil: undefined }),
              image: fc.option(image, { nil: undefined }),
            },
            { requiredKeys: ['title', 'url'] },
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ['type', 'links'] },
    ),
    fc.integer({ min: 1, max: 3 }).chain((columns) =>
      fc.record(
        {
          type: fc.constant('table'),
          id: blockId,
          caption: fc.option(inlineContent, { nil: undefined }),
          header: fc.option(fc.array(inlineContent, { minLength: columns, maxLength: columns }), { nil: undefined }),
          rows: fc.array(fc.array(inlineContent, { minLength: columns, maxLength: columns }), { maxLength: 3 }),
          align: fc.option(
            fc.array(fc.constantFrom('left', 'right', 'center', null), { minLength: columns, maxLength: columns }),
            { nil: undefined },
          ),
        },
        { requiredKeys: ['type', 'rows'] },
      ),
    ),
    fc
      .record(
        {
          type: fc.constant('list'),
          id: blockId,
          ordered: fc.boolean(),
          // Numbers near the nine digits CommonMark allows an ordered list item.
          start: fc.option(
            fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 999_999_990, max: 1_000_000_010 })),
            {
              nil: undefined,
            },
          ),
          items: fc.array(fc.record({ children: tie('blocks') }), { maxLength: 3 }),
        },
        { requiredKeys: ['type', 'ordered', 'items'] },
      )
      .map((list) => (list.ordered ? list : { ...list, start: undefined })),
    fc.record(
      {
        type: fc.constant('quote'),
        id: blockId,
        children: tie('blocks'),
        attribution: fc.option(attribution, { nil: undefined }),
      },
      { requiredKeys: ['type', 'children'] },
    ),
    fc.record(
      {
        type: fc.constant('aside'),
        id: blockId,
        title: fc.option(line, { nil: undefined }),
        tone: fc.option(fc.constantFrom('note', 'info', 'warning', 'factbox', 'disclosure'), { nil: undefined }),
        children: tie('blocks'),
      },
      { requiredKeys: ['type', 'children'] },
    ),
  ),
  blocks: fc.array(tie('block'), { maxLength: 3 }),
})).block

/**
 * A live blog: updates with ids made unique by their place, and dates a
 * minute apart in the order the blog declares.
 */
const liveBlog = fc
  .record({
    order: fc.constantFrom('newestFirst', 'oldestFirst'),
    updates: fc.array(
      fc.record(
        {
          headline: fc.option(line, { nil: undefined }),
          authors: fc.option(fc.array(fc.record({ name: line }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
          body: fc.array(block, { maxLength: 2 }),
        },
        { requiredKeys: ['body'] },
      ),
      { maxLength: 3 },
    ),
  })
  .map(({ order, updates }) => ({
    order,
    updates: updates.map((update, index) => {
      const minute = order === 'newestFirst' ? updates.length - index : index
      return { ...update, id: `u-${index}`, date: `2026-11-02T09:${String(minute).padStart(2, '0')}:00Z` }
    }),
  }))

/** A whole article input. */
export const articleInput = fc
  .record(
    {
      headline: line,
      standfirst: fc.option(inlineContent, { nil: undefined }),
      authors: fc.option(
        fc.array(fc.record({ name: line, url: fc.option(url, { nil: undefined }) }, { requiredKeys: ['name'] }), {
          maxLength: 2,
        }),
        { nil: undefined },
      ),
      image: fc.option(image, { nil: undefined }),
      keywords: fc.option(fc.array(line, { maxLength: 3 }), { nil: undefined }),
      description: fc.option(text, { nil: undefined }),
      body: fc.array(block, { maxLength: 6 }),
      sources: fc.option(
        fc.array(
          fc.record(
            {
              id: fc.option(fc.constantFrom('a', 'b', 'x]y', 'c'), { nil: undefined }),
              name: line,
              title: fc.option(line, { nil: undefined }),
              url: fc.option(url, { nil: undefined }),
            },
            { requiredKeys: ['name'] },
          ),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
      // Last, so that adding them left the values drawn before them (and the seeded runs) as they were.
      contributors: fc.option(fc.array(contributor, { maxLength: 3 }), { nil: undefined }),
      creator: fc.option(imageCreator, { nil: undefined }),
      audio: fc.option(
        fc.record(
          {
            url,
            title: fc.option(line, { nil: undefined }),
            duration: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
          },
          { requiredKeys: ['url'] },
        ),
        { nil: undefined },
      ),
      liveBlog: fc.option(liveBlog, { nil: undefined }),
    },
    { requiredKeys: ['headline', 'body'] },
  )
  .map(({ creator, ...input }) =>
    creator === undefined || input.image === undefined ? input : { ...input, image: { ...input.image, creator } },
  )
