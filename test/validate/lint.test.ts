import { readFileSync } from 'node:fs'
import { type ArticleInput, LINT_RULES, lintArticle, parseArticle } from 'articlekit'
import { describe, expect, it } from 'vitest'

const base = {
  url: 'https://news.example.com/a',
  headline: 'A headline',
  authors: [{ name: 'Ada Quill' }],
  datePublished: '2026-03-14T09:30:00+01:00',
  image: { url: 'https://images.example.com/a.jpg', alt: 'A ferry', width: 1600, height: 900 },
  body: ['Some text.'],
} satisfies ArticleInput

function lint(patch: Partial<Record<keyof ArticleInput, unknown>>) {
  const input: Record<string, unknown> = { ...base, ...patch }
  return lintArticle(parseArticle(input)).map(({ code, path, severity }) => ({ code, path, severity }))
}

describe('lintArticle', () => {
  it('finds nothing in a clean article', () => {
    expect(lint({})).toEqual([])
  })

  it('finds nothing but info in the example article', () => {
    const example = JSON.parse(readFileSync(new URL('../../examples/article.json', import.meta.url), 'utf8'))
    const found = lintArticle(parseArticle(example))
    expect(found.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
  })

  it('flags a long headline and description', () => {
    expect(lint({ headline: 'x'.repeat(111), description: 'y'.repeat(161) })).toEqual([
      { code: 'headline_too_long', path: ['headline'], severity: 'warning' },
      { code: 'description_too_long', path: ['description'], severity: 'info' },
    ])
    expect(lint({ headline: 'x'.repeat(110) })).toEqual([])
  })

  it('flags missing authors and lead image', () => {
    expect(lint({ authors: [], image: undefined })).toEqual([
      { code: 'authors_missing', path: ['authors'], severity: 'warning' },
      { code: 'lead_image_missing', path: ['image'], severity: 'info' },
    ])
  })

  it('flags what structured data needs and cannot make up: a canonical url and a publication date', () => {
    expect(lint({ url: undefined, datePublished: undefined })).toEqual([
      { code: 'canonical_url_missing', path: ['url'], severity: 'warning' },
      { code: 'date_published_missing', path: ['datePublished'], severity: 'warning' },
    ])
  })

  it('flags author names that hold "By" or the job title', () => {
    const authors = [
      { name: 'By Ada Quill' },
      { name: 'Bo Reyes, Transport Editor', jobTitle: 'transport editor' },
      { name: 'Byron Hale', jobTitle: 'Reporter' },
      { type: 'Organization', name: 'Data Desk' },
    ]
    expect(lint({ authors })).toEqual([
      { code: 'author_name_not_plain', path: ['authors', 0, 'name'], severity: 'warning' },
      { code: 'author_name_not_plain', path: ['authors', 1, 'name'], severity: 'warning' },
    ])
    const [diagnostic] = lintArticle(parseArticle({ ...base, authors: [{ name: 'By Ada Quill' }] }))
    expect(diagnostic?.message).toBe(
      'Author name `By Ada Quill` holds more than the name; put the job title in `jobTitle` and leave out "By"',
    )
  })

  it('flags a small lead image and one without alt text', () => {
    expect(lint({ image: { url: 'https://images.example.com/a.jpg', alt: ' ', width: 800 } })).toEqual([
      { code: 'lead_image_small', path: ['image', 'width'], severity: 'info' },
      { code: 'image_alt_missing', path: ['image', 'alt'], severity: 'warning' },
    ])
  })

  it('flags a captioned body image without alt, but not a decorative one', () => {
    expect(
      lint({
        body: [
          { type: 'image', url: '/a.jpg', alt: '', caption: 'The harbour' },
          { type: 'image', url: '/b.jpg', alt: '' },
        ],
      }).filter((d) => d.code === 'image_alt_missing'),
    ).toEqual([{ code: 'image_alt_missing', path: ['body', 0, 'alt'], severity: 'warning' }])
  })

  it('flags dates without a time zone, and modified before published', () => {
    expect(
      lint({
        datePublished: '2026-03-14T09:30:00',
        dateModified: '2026-03-13',
        corrections: [{ date: '2026-03-15T10:00', text: 'x' }],
      }),
    ).toEqual([
      { code: 'date_without_time_zone', path: ['datePublished'], severity: 'warning' },
      { code: 'date_without_time_zone', path: ['dateModified'], severity: 'warning' },
      { code: 'date_without_time_zone', path: ['corrections', 0, 'date'], severity: 'warning' },
      { code: 'modified_before_published', path: ['dateModified'], severity: 'error' },
    ])
  })

  it('compares dates as instants across offsets', () => {
    expect(lint({ datePublished: '2026-03-14T09:30:00+01:00', dateModified: '2026-03-14T08:45:00Z' })).toEqual([])
    expect(lint({ datePublished: '2026-03-14T09:30:00+01:00', dateModified: '2026-03-14T08:15:00Z' })).toEqual([
      { code: 'modified_before_published', path: ['dateModified'], severity: 'error' },
    ])
  })

  it('flags citations of unknown sources and sources never cited', () => {
    expect(
      lint({
        sources: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'citation', sourceId: 'a' },
              { type: 'citation', sourceId: 'zzz' },
            ],
          },
        ],
      }),
    ).toEqual([
      { code: 'citation_unknown_source', path: ['body', 0, 'children', 1, 'sourceId'], severity: 'error' },
      { code: 'source_not_cited', path: ['sources', 1, 'id'], severity: 'info' },
    ])
  })

  it('flags duplicate ids, nested ones included', () => {
    expect(
      lint({
        body: [
          { type: 'heading', level: 2, id: 'intro', children: 'Intro' },
          { type: 'quote', children: [{ type: 'heading', level: 3, id: 'intro', children: 'Again' }] },
        ],
      }),
    ).toEqual([{ code: 'duplicate_id', path: ['body', 1, 'children', 0, 'id'], severity: 'error' }])
  })

  it('flags empty paragraphs and links without text', () => {
    expect(
      lint({
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: '  ' },
              { type: 'emphasis', children: [] },
            ],
          },
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'See ' },
              { type: 'link', url: '/x', children: [] },
            ],
          },
        ],
      }),
    ).toEqual([
      { code: 'empty_paragraph', path: ['body', 0], severity: 'warning' },
      { code: 'empty_link_text', path: ['body', 1, 'children', 1], severity: 'warning' },
    ])
  })

  it('flags skipped heading levels', () => {
    expect(
      lint({
        body: [
          { type: 'heading', level: 2, children: 'A' },
          { type: 'heading', level: 4, children: 'B' },
          { type: 'heading', level: 2, children: 'C' },
        ],
      }),
    ).toEqual([{ code: 'heading_level_skipped', path: ['body', 1, 'level'], severity: 'warning' }])
  })

  it('flags ragged tables', () => {
    expect(lint({ body: [{ type: 'table', header: ['a', 'b'], rows: [['1', '2'], ['3']] }] })).toEqual([
      { code: 'table_ragged', path: ['body', 0, 'rows', 1], severity: 'warning' },
    ])
  })

  it('flags relative URLs without a canonical url, and http URLs', () => {
    expect(
      lint({
        url: undefined,
        image: { url: '/lead.jpg', alt: 'Lead', width: 1600 },
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: 'http://example.com', children: 'x' },
              { type: 'link', url: '#top', children: 'top' },
            ],
          },
        ],
      }),
    ).toEqual([
      { code: 'canonical_url_missing', path: ['url'], severity: 'warning' },
      { code: 'relative_url_without_base', path: ['image', 'url'], severity: 'warning' },
      { code: 'insecure_url', path: ['body', 0, 'children', 0, 'url'], severity: 'info' },
    ])
  })

  it('checks URLs in every field, profiles and attributions included', () => {
    expect(
      lint({
        authors: [{ name: 'Ada', sameAs: ['http://social.example.net/@ada'] }],
        body: [{ type: 'quote', children: ['Q'], attribution: { name: 'B', url: 'http://b.example.org/' } }],
      }),
    ).toEqual([
      { code: 'insecure_url', path: ['authors', 0, 'sameAs', 0], severity: 'info' },
      { code: 'insecure_url', path: ['body', 0, 'attribution', 'url'], severity: 'info' },
    ])
  })

  it('names the first use of a duplicate id as a path', () => {
    const [diagnostic] = lintArticle(
      parseArticle({
        ...base,
        body: [
          { type: 'divider', id: 'x' },
          { type: 'divider', id: 'x' },
        ],
      }),
    )
    expect(diagnostic?.message).toBe('Id `x` is already used at body[0]')
  })

  it('documents every code it can report', () => {
    for (const [code, rule] of Object.entries(LINT_RULES)) {
      expect(code).toMatch(/^[a-z]+(?:_[a-z]+)*$/)
      expect(rule.description.length).toBeGreaterThan(20)
    }
  })
})
