// One numbering of the sources in every output: the first source cited is 1.
import { type ArticleInput, parseArticle } from 'articlekit'
import { citeSource, numberSources, visitNodes } from 'articlekit/core'
import { toHtml } from 'articlekit/html'
import { toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

const cite = (sourceId: string, children?: string) =>
  children === undefined ? { type: 'citation' as const, sourceId } : { type: 'citation' as const, sourceId, children }
const text = (value: string) => ({ type: 'text' as const, value })

// Sources a, b, c, d; the standfirst cites c, the body cites b then c again then a; d is never cited.
const input: ArticleInput = {
  headline: 'Fares',
  standfirst: [text('Fares fall'), cite('c')],
  body: [
    { type: 'paragraph', children: [cite('b', 'Ridership'), text(' rose and '), cite('c'), text(' fares fell.')] },
    { type: 'quote', children: [{ type: 'paragraph', children: [text('Quoted'), cite('a')] }] },
  ],
  sources: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Bravo' },
    { id: 'c', name: 'Charlie' },
    { id: 'd', name: 'Delta' },
  ],
}
const article = parseArticle(input)

/** A render state as far as `numberSources` needs one. */
const state = (value: unknown) => ({ article: value as never, data: new Map<unknown, unknown>() })

describe('numberSources', () => {
  it('numbers sources by first citation (standfirst, then the body), then the uncited in list order', () => {
    const { order, numbers } = numberSources(state(article))
    expect(order).toEqual([2, 1, 0, 3])
    expect([...numbers]).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
      ['d', 4],
    ])
  })

  it('numbers citations as they are met in reading order, with the same result as the walk', () => {
    const met = state(article)
    expect(['c', 'b', 'c', 'a', 'x'].map((id) => citeSource(met, id, true))).toEqual([1, 2, 1, 3, undefined])
    const walked = numberSources(state(article))
    expect(numberSources(met, true)).toEqual(walked)
    // A walk numbers every citation before any is met.
    expect(citeSource(state(article), 'a')).toBe(3)
  })

  it('works it out once per render', () => {
    const once = state(article)
    expect(numberSources(once)).toBe(numberSources(once))
  })

  it('keeps input that skipped validation: non-objects left out, a repeated id cited as its first source', () => {
    const odd = {
      headline: 'H',
      body: [{ type: 'paragraph', children: [cite('x')] }],
      sources: [null, { id: 'y' }, 7, { id: 'x' }, { id: 'x' }, { id: 'z' }],
    }
    const { order, numbers } = numberSources(state(odd))
    expect(order).toEqual([3, 1, 4, 5])
    expect([...numbers]).toEqual([
      ['x', 1],
      ['y', 2],
      ['z', 4],
    ])
    expect(numberSources(state({ headline: 'H', body: [] })).order).toEqual([])
  })

  it('stays linear: 20,000 sources, each cited', () => {
    const many = parseArticle({
      headline: 'H',
      body: Array.from({ length: 20_000 }, (_, index) => ({
        type: 'paragraph' as const,
        children: [cite(`s${19_999 - index}`)],
      })),
      sources: Array.from({ length: 20_000 }, (_, index) => ({ id: `s${index}`, name: `Source ${index}` })),
    })
    let citations = 0
    visitNodes(many, ({ node }) => {
      if (node.type === 'citation') citations++
    })
    const { order } = numberSources(state(many))
    expect(citations).toBe(20_000)
    expect(order[0]).toBe(19_999)
    expect(order.at(-1)).toBe(0)
  })
})

describe('one numbering in every output', () => {
  it('HTML: markers, anchors and the list in numbered order', () => {
    const html = toHtml(article)
    const markers = [...html.matchAll(/href="#ak-source-(\d)"[^>]*>\[(\d)\]/g)].map((match) => [match[1], match[2]])
    expect(markers).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['1', '1'],
      ['3', '3'],
    ])
    const list = [...html.matchAll(/<li id="ak-source-(\d)"[^>]*><bdi>(\w+)<\/bdi>/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    )
    expect(list).toEqual(['1 Charlie', '2 Bravo', '3 Alpha', '4 Delta'])
  })

  it('HTML without the header keeps the numbers of the article: the first citation in the body is 2', () => {
    const html = toHtml(article, { sections: { header: false } })
    expect([...html.matchAll(/>\[(\d)\]</g)].map((match) => match[1])).toEqual(['2', '1', '3'])
    expect(
      [...html.matchAll(/<li id="ak-source-(\d)"[^>]*><bdi>(\w+)<\/bdi>/g)].map((match) => `${match[1]} ${match[2]}`),
    ).toEqual(['1 Charlie', '2 Bravo', '3 Alpha', '4 Delta'])
  })

  it('Markdown for readers: footnote labels are the numbers GitHub shows, and the list agrees', () => {
    const markdown = toMarkdown(article)
    expect([...markdown.matchAll(/\[\^(\d)\](?!:)/g)].map((match) => match[1])).toEqual(['1', '2', '1', '3'])
    expect(markdown).toContain('## Sources\n\n1. Charlie\n2. Bravo\n3. Alpha\n4. Delta')
    expect(markdown).toMatch(/\[\^1\]: \*?Charlie/)
    expect(markdown).toMatch(/\[\^3\]: \*?Alpha/)
  })

  it('lossless Markdown keeps positions as labels (GitHub shows them renumbered alike) and reads back', async () => {
    const { fromMarkdown } = await import('articlekit/markdown')
    const lossless = toMarkdown(article, { frontmatter: true })
    // The standfirst is in the front matter; the body's citations are b, c, a: positions 2, 3, 1.
    expect([...lossless.matchAll(/\[\^(\d)\](?!:)/g)].map((match) => match[1])).toEqual(['2', '3', '1'])
    expect(fromMarkdown(lossless)).toEqual(article)
  })

  it('text: a marker after cited words and bare citations, and the list in numbered order', () => {
    expect(toText(article)).toBe(
      [
        'Fares',
        'Fares fall[Source 1]',
        'Ridership [Source 2] rose and [Source 1] fares fell.',
        '  Quoted[Source 3]',
        'Sources:\n1. Charlie\n2. Bravo\n3. Alpha\n4. Delta',
      ].join('\n\n'),
    )
  })
})
