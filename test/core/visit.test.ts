import { type Article, visitNodes as visitFromMain } from 'articlekit'
import { type Visit, visitNodes } from 'articlekit/core'
import { describe, expect, it } from 'vitest'

type Path = (string | number)[]

const text = (value: string) => ({ type: 'text' as const, value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })

function article(body: unknown[], extra: Partial<Article<unknown>> = {}): Article<unknown> {
  return { schemaVersion: 1, type: 'Article', headline: 'Ferry returns', authors: [], body, ...extra }
}

/** A small article with lists, a quote, a table, an image and a link inside emphasis. */
function sample(): Article<unknown> {
  return article(
    [
      paragraph(text('See '), {
        type: 'emphasis',
        children: [{ type: 'link', url: 'https://example.com/timetable', children: [text('the timetable')] }],
      }),
      {
        type: 'list',
        ordered: false,
        items: [
          {
            children: [
              paragraph(text('Weekdays')),
              {
                type: 'list',
                ordered: true,
                items: [{ children: [paragraph(text('First at 07:00'))] }],
              },
            ],
          },
          { children: [paragraph(text('Weekends'))] },
        ],
      },
      { type: 'quote', children: [paragraph(text('It is quicker'))], attribution: { name: 'A rider' } },
      {
        type: 'table',
        caption: [text('Fares')],
        header: [[text('Ticket')], [text('Price')]],
        rows: [[[text('Single')], [text('£2')]]],
      },
      { type: 'image', url: '/quay.jpg', alt: 'The quay', caption: [text('The new quay')] },
    ],
    {
      standfirst: [text('Sailings resume')],
      image: { url: '/lead.jpg', alt: '', caption: [text('The ferry')] },
    },
  )
}

function visits(input: Article<unknown>, visitor: (visit: Visit) => unknown = () => undefined) {
  const seen: [string, Path][] = []
  visitNodes(input, (visit) => {
    seen.push([visit.node.type, [...visit.path]])
    return visitor(visit)
  })
  return seen
}

describe('visitNodes', () => {
  it('visits the standfirst, the lead image caption, then the body, in document order', () => {
    expect(visits(sample())).toEqual([
      ['text', ['standfirst', 0]],
      ['text', ['image', 'caption', 0]],
      ['paragraph', ['body', 0]],
      ['text', ['body', 0, 'children', 0]],
      ['emphasis', ['body', 0, 'children', 1]],
      ['link', ['body', 0, 'children', 1, 'children', 0]],
      ['text', ['body', 0, 'children', 1, 'children', 0, 'children', 0]],
      ['list', ['body', 1]],
      ['paragraph', ['body', 1, 'items', 0, 'children', 0]],
      ['text', ['body', 1, 'items', 0, 'children', 0, 'children', 0]],
      ['list', ['body', 1, 'items', 0, 'children', 1]],
      ['paragraph', ['body', 1, 'items', 0, 'children', 1, 'items', 0, 'children', 0]],
      ['text', ['body', 1, 'items', 0, 'children', 1, 'items', 0, 'children', 0, 'children', 0]],
      ['paragraph', ['body', 1, 'items', 1, 'children', 0]],
      ['text', ['body', 1, 'items', 1, 'children', 0, 'children', 0]],
      ['quote', ['body', 2]],
      ['paragraph', ['body', 2, 'children', 0]],
      ['text', ['body', 2, 'children', 0, 'children', 0]],
      ['table', ['body', 3]],
      ['text', ['body', 3, 'caption', 0]],
      ['text', ['body', 3, 'header', 0, 0]],
      ['text', ['body', 3, 'header', 1, 0]],
      ['text', ['body', 3, 'rows', 0, 0, 0]],
      ['text', ['body', 3, 'rows', 0, 1, 0]],
      ['image', ['body', 4]],
      ['text', ['body', 4, 'caption', 0]],
    ])
  })

  it('hands over the node object itself, from either entry point', () => {
    expect(visitFromMain).toBe(visitNodes)
    const input = sample()
    const texts: string[] = []
    visitFromMain(input, ({ node }) => {
      if (node.type === 'text') texts.push(node.value as string)
    })
    expect(texts).toEqual([
      'Sailings resume',
      'The ferry',
      'See ',
      'the timetable',
      'Weekdays',
      'First at 07:00',
      'Weekends',
      'It is quicker',
      'Fares',
      'Ticket',
      'Price',
      'Single',
      '£2',
      'The new quay',
    ])
    const first: unknown[] = []
    visitNodes(input, ({ node, path }) => {
      if (path.length === 2 && path[0] === 'body') first.push(node)
    })
    expect(first).toHaveLength(5)
    first.forEach((node, index) => {
      expect(node).toBe(input.body[index])
    })
  })

  it('gives the ancestors between the article and each node, outermost first', () => {
    const input = sample()
    const found: Record<string, Visit['ancestors']> = {}
    visitNodes(input, ({ node, ancestors }) => {
      if (node.type === 'text') found[node.value as string] = [...ancestors]
    })
    expect(Object.fromEntries(Object.entries(found).map(([value, list]) => [value, list.map((a) => a.type)]))).toEqual({
      'Sailings resume': [],
      'The ferry': [],
      'See ': ['paragraph'],
      'the timetable': ['paragraph', 'emphasis', 'link'],
      Weekdays: ['list', 'paragraph'],
      'First at 07:00': ['list', 'list', 'paragraph'],
      Weekends: ['list', 'paragraph'],
      'It is quicker': ['quote', 'paragraph'],
      Fares: ['table'],
      Ticket: ['table'],
      Price: ['table'],
      Single: ['table'],
      '£2': ['table'],
      'The new quay': ['image'],
    })
    const link = found['the timetable'] ?? []
    const body = input.body as { children?: unknown[]; items?: { children: { items?: unknown[] }[] }[] }[]
    const emphasis = body[0]?.children?.[1] as { children: unknown[] }
    expect(link[0]).toBe(body[0])
    expect(link[1]).toBe(emphasis)
    expect(link[2]).toBe(emphasis.children[0])
    const nested = found['First at 07:00'] ?? []
    expect(nested[0]).toBe(body[1])
    expect(nested[1]).toBe(body[1]?.items?.[0]?.children[1])
  })

  it('skips the children of a node when the visitor returns `false`', () => {
    const skipped = visits(sample(), ({ node }) =>
      node.type === 'list' || node.type === 'emphasis' ? false : undefined,
    )
    expect(skipped).toEqual([
      ['text', ['standfirst', 0]],
      ['text', ['image', 'caption', 0]],
      ['paragraph', ['body', 0]],
      ['text', ['body', 0, 'children', 0]],
      ['emphasis', ['body', 0, 'children', 1]],
      ['list', ['body', 1]],
      ['quote', ['body', 2]],
      ['paragraph', ['body', 2, 'children', 0]],
      ['text', ['body', 2, 'children', 0, 'children', 0]],
      ['table', ['body', 3]],
      ['text', ['body', 3, 'caption', 0]],
      ['text', ['body', 3, 'header', 0, 0]],
      ['text', ['body', 3, 'header', 1, 0]],
      ['text', ['body', 3, 'rows', 0, 0, 0]],
      ['text', ['body', 3, 'rows', 0, 1, 0]],
      ['image', ['body', 4]],
      ['text', ['body', 4, 'caption', 0]],
    ])
  })

  it('only skips on `false`, not on other falsy values', () => {
    const input = article([paragraph(text('a'))])
    for (const result of [undefined, null, 0, '']) {
      expect(visits(input, () => result)).toEqual([
        ['paragraph', ['body', 0]],
        ['text', ['body', 0, 'children', 0]],
      ])
    }
  })

  it('visits custom blocks and their children', () => {
    const input = article([{ type: 'poll', question: 'Will you use it?', children: [text('Vote')] }])
    expect(visits(input)).toEqual([
      ['poll', ['body', 0]],
      ['text', ['body', 0, 'children', 0]],
    ])
  })

  it('passes over values that are not nodes', () => {
    const input = article([null, 'text', 42, paragraph(null, text('a'), { value: 'no type' }), { type: 7 }])
    expect(visits(input)).toEqual([
      ['paragraph', ['body', 3]],
      ['text', ['body', 3, 'children', 1]],
    ])
    expect(visits(article([]))).toEqual([])
  })

  it('visits a node that appears twice only once', () => {
    const shared = text('again')
    const block = paragraph(shared, shared)
    const input = article([block, block, paragraph(shared)])
    expect(visits(input)).toEqual([
      ['paragraph', ['body', 0]],
      ['text', ['body', 0, 'children', 0]],
      ['paragraph', ['body', 2]],
    ])
  })

  it('stops at a cycle', () => {
    const cyclic: { type: string; children: unknown[] } = { type: 'quote', children: [] }
    cyclic.children.push(paragraph(text('a')), cyclic)
    expect(visits(article([cyclic]))).toEqual([
      ['quote', ['body', 0]],
      ['paragraph', ['body', 0, 'children', 0]],
      ['text', ['body', 0, 'children', 0, 'children', 0]],
    ])
  })

  it('walks 100,000 nested quotes without overflowing the stack, in reasonable time', () => {
    const depth = 100_000
    const outer: { type: string; children: unknown[] } = { type: 'quote', children: [] }
    let innermost = outer
    for (let level = 2; level <= depth; level++) {
      const inner = { type: 'quote', children: [] }
      innermost.children.push(inner)
      innermost = inner
    }
    innermost.children.push(text('bottom'))

    // A visitor that runs on every node can stop a walk that is taking far
    // too long (a linear walk takes milliseconds), so this fails instead of hanging.
    const budget = 3000
    const start = performance.now()
    let count = 0
    let bottom: { length: number; path: Path; ancestors: number; last: unknown } | undefined
    // `path` and `ancestors` are read at the bottom only: reading them is allowed to cost O(depth).
    visitNodes(article([outer]), (visit) => {
      count++
      if (performance.now() - start > budget) {
        throw new Error(`visitNodes spent more than ${budget} ms on ${count} of ${depth + 1} nodes`)
      }
      if (visit.node.type === 'text') {
        const { path, ancestors } = visit
        bottom = { length: path.length, path: path.slice(-4), ancestors: ancestors.length, last: ancestors.at(-1) }
      }
    })
    expect(count).toBe(depth + 1)
    expect(bottom).toEqual({
      length: 2 * depth + 2,
      path: ['children', 0, 'children', 0],
      ancestors: depth,
      last: innermost,
    })
  })
})
