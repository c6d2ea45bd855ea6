import type { Article, Paragraph, Quote } from 'articlekit'
import { BLOCK_TYPES, checkUrl, formatPath } from 'articlekit'
import {
  createRenderer,
  defaultUrlPolicy,
  FURNITURE_BLOCK_TYPES,
  type Handler,
  type Handlers,
  isFurniture,
  RenderError,
  type RenderPath,
} from 'articlekit/core'
import { describe, expect, it } from 'vitest'
import { hostileUrls } from '../fixtures/hostile.js'

// Articles here are built by hand and never validated: the core must cope
// with whatever it is given.

function article(body: unknown[], extra: Partial<Article<unknown>> = {}): Article<unknown> {
  return { schemaVersion: 1, type: 'Article', headline: 'Ferry returns', authors: [], body, ...extra }
}

const text = (value: string) => ({ type: 'text' as const, value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const quote = (...children: unknown[]) => ({ type: 'quote', children })
const list = (...items: unknown[][]) => ({
  type: 'list',
  ordered: false,
  items: items.map((children) => ({ children })),
})
const poll = { type: 'poll', question: 'Will you use the ferry?' }

/** Quotes nested `depth` deep (the outermost is at depth 1), built without recursion. */
function nestedQuotes(depth: number) {
  const outer = quote()
  let current = outer
  for (let level = 2; level <= depth; level++) {
    const inner = quote()
    current.children.push(inner)
    current = inner
  }
  return outer
}

function renderError(run: () => unknown): RenderError {
  try {
    run()
  } catch (error) {
    if (error instanceof RenderError) return error
    throw error
  }
  throw new Error('Expected a RenderError, but nothing was thrown')
}

interface OutlineOptions {
  bullet: string
}

/** A small text renderer used throughout: one line per block. */
const outline = createRenderer<string, OutlineOptions>({
  format: 'outline',
  empty: '',
  defaults: (options) => ({ bullet: options.bullet ?? '-' }),
  handlers: {
    article: (node, state) => [`# ${node.headline}`, ...state.all(node, 'body')].join('\n'),
    heading: (node, state) => `${'#'.repeat(node.level)} ${state.all(node).join('')}`,
    paragraph: (node, state) => state.all(node).join(''),
    quote: (node, state) =>
      state
        .all(node)
        .map((line) => `> ${line}`)
        .join('\n'),
    list: (node, state) => node.items.map((item, index) => state.handle('listItem', item, 'items', index)).join('\n'),
    listItem: (node, state) => `${state.options.bullet} ${state.all(node).join(' / ')}`,
    text: (node) => node.value,
    emphasis: (node, state) => `_${state.all(node).join('')}_`,
  },
})

describe('createRenderer', () => {
  it('renders a whole article through the `article` handler', () => {
    const input = article([
      { type: 'heading', level: 2, children: [text('What changed')] },
      paragraph(text('Sailings are '), { type: 'emphasis', children: [text('hourly')] }, text('.')),
      quote(paragraph(text('It is quicker')), paragraph(text('and cheaper'))),
      list([paragraph(text('Weekdays'))], [paragraph(text('Weekends')), paragraph(text('Holidays'))]),
    ])
    expect(outline(input)).toBe(
      [
        '# Ferry returns',
        '## What changed',
        'Sailings are _hourly_.',
        '> It is quicker',
        '> and cheaper',
        '- Weekdays',
        '- Weekends / Holidays',
      ].join('\n'),
    )
  })

  it('exposes its format and default handlers', () => {
    const handlers = {
      article: (node: Article) => node.headline,
      text: (node: { value: string }) => node.value,
    } satisfies Handlers<string>
    const renderer = createRenderer<string>({ format: 'headline', empty: '', handlers })
    expect(renderer.format).toBe('headline')
    expect(renderer.defaultHandlers).toBe(handlers)
    expect(Object.keys(renderer.defaultHandlers)).toEqual(['article', 'text'])
    expect(outline.format).toBe('outline')
    expect(Object.keys(outline.defaultHandlers)).toEqual([
      'article',
      'heading',
      'paragraph',
      'quote',
      'list',
      'listItem',
      'text',
      'emphasis',
    ])
  })

  it('renders `children` with `state.all(node)` and another field with `state.all(node, field)`', () => {
    const renderer = createRenderer<string>({
      format: 'fields',
      empty: '',
      handlers: {
        article: (node, state) => JSON.stringify(state.all(node, 'body')),
        image: (node, state) => `image(${state.all(node, 'caption').join('')})`,
        paragraph: (node, state) => `paragraph(${state.all(node).join(',')})`,
        text: (node) => node.value,
      },
    })
    const input = article([
      paragraph(text('a'), text('b')),
      paragraph(),
      { type: 'image', url: '/a.jpg', alt: '', caption: [text('Lead'), text(' image')] },
      { type: 'image', url: '/b.jpg', alt: '' },
    ])
    expect(renderer(input)).toBe('["paragraph(a,b)","paragraph()","image(Lead image)","image()"]')
  })

  it('renders one node with `state.one`, at the path segments given', () => {
    const paths: string[] = []
    const renderer = createRenderer<string>({
      format: 'first',
      empty: '',
      handlers: {
        article: (node, state) => state.one(node.body[1], 'body', 1),
        paragraph: (node, state) => `[${state.one(node.children[0], 'children', 0)}]`,
        text: (node, state) => {
          paths.push(formatPath(state.path))
          return node.value
        },
      },
    })
    expect(renderer(article([paragraph(text('skipped')), paragraph(text('second'), text('third'))]))).toBe('[second]')
    expect(paths).toEqual(['body[1].children[0]'])
  })

  it('renders parts without a `type` with `state.handle`', () => {
    const seen: [RenderPath, unknown][] = []
    const renderer = createRenderer<string>({
      format: 'items',
      empty: '',
      handlers: {
        article: (node, state) => state.all(node, 'body').join('\n'),
        list: (node, state) =>
          node.items.map((item, index) => `${index + 1}. ${state.handle('listItem', item, 'items', index)}`).join('\n'),
        listItem: (node, state, parent) => {
          seen.push([[...state.path], parent])
          return state.all(node).join(' ')
        },
        paragraph: (node, state) => state.all(node).join(''),
        text: (node) => node.value,
      },
    })
    const input = list([paragraph(text('Weekdays'))], [paragraph(text('Weekends'))])
    expect(renderer(article([paragraph(text('Timetable')), input]))).toBe('Timetable\n1. Weekdays\n2. Weekends')
    expect(seen).toEqual([
      [['body', 1, 'items', 0], input],
      [['body', 1, 'items', 1], input],
    ])
    expect(seen[0]?.[1]).toBe(input)
  })

  it('passes `(node, state, parent)`, the parent being the node whose handler asked', () => {
    const calls: [string, unknown, unknown][] = []
    const record =
      (name: string): Handler<object, string> =>
      (node, state, parent) => {
        calls.push([name, node, parent])
        state.all(node)
        return ''
      }
    const renderer = createRenderer<string>({
      format: 'parents',
      empty: '',
      handlers: {
        article: (node, state, parent) => {
          calls.push(['article', node, parent])
          state.all(node, 'body')
          return ''
        },
        list: (node, state, parent) => {
          calls.push(['list', node, parent])
          node.items.forEach((item, index) => {
            state.handle('listItem', item, 'items', index)
          })
          return ''
        },
        listItem: record('listItem'),
        quote: record('quote'),
        paragraph: record('paragraph'),
        text: record('text'),
      },
    })
    const words = text('Quoted')
    const quoted = paragraph(words)
    const block = quote(quoted)
    const itemText = text('Item')
    const itemParagraph = paragraph(itemText)
    const items = list([itemParagraph])
    const item = items.items[0]
    const input = article([block, items])
    renderer(input)
    expect(calls).toEqual([
      ['article', input, undefined],
      ['quote', block, input],
      ['paragraph', quoted, block],
      ['text', words, quoted],
      ['list', items, input],
      ['listItem', item, items],
      ['paragraph', itemParagraph, item],
      ['text', itemText, itemParagraph],
    ])
    // The same objects, not equal copies.
    const parents = [undefined, input, block, quoted, input, items, item, itemParagraph]
    parents.forEach((parent, index) => {
      expect(calls[index]?.[2]).toBe(parent)
    })
  })

  it('keeps `state.path` at the current node', () => {
    const paths: [string, RenderPath][] = []
    const record =
      (name: string): Handler<object, string> =>
      (node, state) => {
        paths.push([name, [...state.path]])
        return state.all(node).join('')
      }
    const renderer = createRenderer<string>({
      format: 'paths',
      empty: '',
      handlers: {
        article: (node, state) => {
          paths.push(['article', [...state.path]])
          return state.all(node, 'body').join('')
        },
        list: (node, state) => {
          paths.push(['list', [...state.path]])
          return node.items.map((item, index) => state.handle('listItem', item, 'items', index)).join('')
        },
        listItem: record('listItem'),
        quote: record('quote'),
        paragraph: record('paragraph'),
        text: record('text'),
      },
    })
    renderer(article([paragraph(text('a')), quote(paragraph(text('b'))), list([paragraph(text('c'))])]))
    expect(paths).toEqual([
      ['article', []],
      ['paragraph', ['body', 0]],
      ['text', ['body', 0, 'children', 0]],
      ['quote', ['body', 1]],
      ['paragraph', ['body', 1, 'children', 0]],
      ['text', ['body', 1, 'children', 0, 'children', 0]],
      ['list', ['body', 2]],
      ['listItem', ['body', 2, 'items', 0]],
      ['paragraph', ['body', 2, 'items', 0, 'children', 0]],
      ['text', ['body', 2, 'items', 0, 'children', 0, 'children', 0]],
    ])
  })

  it('counts `state.depth` from 0 for the article and 1 for a body block', () => {
    const depths: [string, number][] = []
    const record =
      (name: string): Handler<object, string> =>
      (node, state) => {
        depths.push([name, state.depth])
        return state.all(node).join('')
      }
    const renderer = createRenderer<string>({
      format: 'depths',
      empty: '',
      handlers: {
        article: (node, state) => {
          depths.push(['article', state.depth])
          return state.all(node, 'body').join('')
        },
        list: (node, state) => {
          depths.push(['list', state.depth])
          return node.items.map((item, index) => state.handle('listItem', item, 'items', index)).join('')
        },
        listItem: record('listItem'),
        quote: record('quote'),
        paragraph: record('paragraph'),
        text: record('text'),
      },
    })
    renderer(article([paragraph(text('a')), quote(paragraph(text('b'))), list([paragraph(text('c'))])]))
    expect(depths).toEqual([
      ['article', 0],
      ['paragraph', 1],
      ['text', 2],
      ['quote', 1],
      ['paragraph', 2],
      ['text', 3],
      ['list', 1],
      ['listItem', 2],
      ['paragraph', 3],
      ['text', 4],
    ])
  })

  it('hands every handler the options, with `definition.defaults` applied, and the article', () => {
    const seen: unknown[] = []
    const renderer = createRenderer<string, { bullet: string; language: string }>({
      format: 'options',
      empty: '',
      defaults: (options, input) => ({ bullet: options.bullet ?? '*', language: input.language ?? 'und' }),
      handlers: {
        article: (node, state) => {
          seen.push(state.article === node)
          return state.all(node, 'body').join('\n')
        },
        paragraph: (_node, state) => `${state.options.bullet} ${state.options.language}`,
      },
    })
    expect(renderer(article([paragraph()]))).toBe('* und')
    expect(renderer(article([paragraph()], { language: 'cy' }), { bullet: '+' })).toBe('+ cy')
    expect(seen).toEqual([true, true])
  })

  it('hands the options through unchanged without `definition.defaults`', () => {
    const seen: unknown[] = []
    const renderer = createRenderer<string, { bullet?: string }>({
      format: 'options',
      empty: '',
      handlers: {
        article: (_node, state) => {
          seen.push(state.options)
          return ''
        },
      },
    })
    const options = { bullet: '+' }
    renderer(article([]), options)
    renderer(article([]))
    expect(seen[0]).toBe(options)
    expect(seen[1]).toEqual({})
  })

  it('does not mutate the article', () => {
    const input = article([quote(paragraph(text('a'))), list([paragraph(text('b'))])])
    const before = structuredClone(input)
    expect(outline(input)).toBe('# Ferry returns\n> a\n- b')
    expect(input).toEqual(before)
  })
})

describe('createRenderer: handlers option', () => {
  it('replaces the default for one node type and can call the default', () => {
    const input = article([paragraph(text('One')), quote(paragraph(text('Two')))])
    const paragraphHandler = outline.defaultHandlers.paragraph
    expect(
      outline(input, {
        handlers: {
          paragraph: (node, state, parent) => `<${paragraphHandler?.(node, state, parent)}>`,
        },
      }),
    ).toBe('# Ferry returns\n<One>\n> <Two>')
    // The defaults are untouched.
    expect(outline(input)).toBe('# Ferry returns\nOne\n> Two')
    expect(outline.defaultHandlers.paragraph).toBe(paragraphHandler)
  })

  it('keeps the default for a handler given as `undefined`', () => {
    const input = article([paragraph(text('One'))])
    expect(outline(input, { handlers: { paragraph: undefined, text: (node) => node.value.toLowerCase() } })).toBe(
      '# Ferry returns\none',
    )
  })

  it('renders a custom block type with a user handler', () => {
    const input = article([paragraph(text('Before')), poll, paragraph(text('After'))])
    expect(
      outline(input, {
        handlers: { poll: (node: typeof poll, state) => `${state.options.bullet}? ${node.question}` },
      }),
    ).toBe('# Ferry returns\nBefore\n-? Will you use the ferry?\nAfter')
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'never reaches Object.prototype for a node of type `%s`',
    (type) => {
      const input = article([paragraph(text('a'), { type, children: [] })])
      for (const options of [{}, { handlers: { paragraph: outline.defaultHandlers.paragraph } }]) {
        const error = renderError(() => outline(input, options))
        expect([error.code, error.path]).toEqual(['unknown_node', ['body', 0, 'children', 1]])
        expect(error.message).toContain(`Cannot render node \`${type}\` to outline`)
      }
      expect(outline(input, { unknownNode: 'skip' })).toBe('# Ferry returns\na')
    },
  )

  it('ignores inherited handlers in the options', () => {
    const inherited: Handlers<string, OutlineOptions> = {
      paragraph: () => 'inherited paragraph',
      poll: () => 'inherited poll',
    }
    const handlers = Object.create(inherited) as Handlers<string, OutlineOptions>
    handlers.text = (node) => node.value.toUpperCase()
    expect(outline(article([paragraph(text('own'))]), { handlers })).toBe('# Ferry returns\nOWN')
    expect(renderError(() => outline(article([poll]), { handlers })).code).toBe('unknown_node')
  })

  it('ignores inherited handlers in the definition', () => {
    const defaults = Object.assign(Object.create({ poll: () => 'inherited poll' }), {
      article: (node: Article, state: { all(parent: object, field?: string): string[] }) =>
        state.all(node, 'body').join('\n'),
    })
    const renderer = createRenderer<string>({ format: 'inherit', empty: '', handlers: defaults })
    for (const options of [{}, { handlers: {} }]) {
      expect(renderError(() => renderer(article([poll]), options)).message).toBe(
        'body[0]: Cannot render node `poll` to inherit: no handler. Add one with `handlers: { "poll": … }` or pass `unknownNode: \'skip\'`',
      )
    }
  })
})

describe('createRenderer: unknown nodes', () => {
  const input = article([paragraph(text('a')), paragraph(text('b')), paragraph(text('c')), poll])

  it('throws a RenderError naming the type and the path by default', () => {
    const error = renderError(() => outline(input))
    expect(error).toBeInstanceOf(Error)
    expect({ name: error.name, code: error.code, path: error.path, message: error.message }).toEqual({
      name: 'RenderError',
      code: 'unknown_node',
      path: ['body', 3],
      message:
        'body[3]: Cannot render node `poll` to outline: no handler. Add one with `handlers: { "poll": … }` or pass `unknownNode: \'skip\'`',
    })
    expect(Object.isFrozen(error.path)).toBe(true)
  })

  it('names the full path of a nested unknown node', () => {
    const error = renderError(() => outline(article([quote(paragraph(text('a')), poll)])))
    expect([error.path, error.message.split(':')[0]]).toEqual([['body', 0, 'children', 1], 'body[0].children[1]'])
  })

  it("renders `definition.empty` for an unknown node with `unknownNode: 'skip'`", () => {
    const renderer = createRenderer<string>({
      format: 'marks',
      empty: '∅',
      handlers: {
        article: (node, state) => state.all(node, 'body').join('|'),
        paragraph: (node, state) => state.all(node).join(''),
        text: (node) => node.value,
      },
    })
    expect(renderer(input, { unknownNode: 'skip' })).toBe('a|b|c|∅')
    expect(renderer(article([paragraph(text('a'), { type: 'sparkle' })]), { unknownNode: 'skip' })).toBe('a∅')
  })

  it('renders an unknown node with an `unknownNode` handler', () => {
    const output = outline(input, {
      unknownNode: (node, state, parent) =>
        `[${node.type} at ${formatPath(state.path)} in ${(parent as { type: string }).type}]`,
    })
    expect(output).toBe('# Ferry returns\na\nb\nc\n[poll at body[3] in Article]')
  })

  it('uses the definition’s own `unknownNode` unless the options give one', () => {
    const lenient = createRenderer<string>({
      format: 'lenient',
      empty: '',
      unknownNode: 'skip',
      handlers: {
        article: (node, state) => state.all(node, 'body').join('|'),
        paragraph: (node, state) => state.all(node).join(''),
        text: (node) => node.value,
      },
    })
    expect(lenient(input)).toBe('a|b|c|')
    expect(lenient(input, { unknownNode: () => '?' })).toBe('a|b|c|?')
    expect(renderError(() => lenient(input, { unknownNode: 'error' })).message).toBe(
      'body[3]: Cannot render node `poll` to lenient: no handler. Add one with `handlers: { "poll": … }` or pass `unknownNode: \'skip\'`',
    )
  })

  it('always throws for a part without a handler, whatever `unknownNode` says', () => {
    const renderer = createRenderer<string>({
      format: 'parts',
      empty: '',
      handlers: { article: (node, state) => state.handle('byline', node.authors, 'authors') },
    })
    for (const unknownNode of ['error', 'skip'] as const) {
      const error = renderError(() => renderer(input, { unknownNode }))
      expect({ code: error.code, path: error.path, message: error.message }).toEqual({
        code: 'unknown_node',
        path: ['authors'],
        message: 'authors: Cannot render part `byline` to parts: no handler. Add one with `handlers: { "byline": … }`',
      })
    }
  })
})

describe('createRenderer: unvalidated input', () => {
  it.each([
    ['a string', 'hello', 'a string; shorthand input needs `parseArticle`'],
    ['null', null, '`null`'],
    ['a number', 42, '`42`'],
    ['undefined', undefined, '`undefined`'],
    ['an array', [text('a')], 'an array'],
    ['an object without a type', { value: 'a' }, 'an object without a string `type`'],
    ['an object with a numeric type', { type: 3 }, 'an object without a string `type`'],
  ])('rejects %s as a node', (_name, node, got) => {
    const error = renderError(() => outline(article([paragraph(text('a')), paragraph(text('b'), node)])))
    expect({ name: error.name, code: error.code, path: error.path, message: error.message }).toEqual({
      name: 'RenderError',
      code: 'invalid_node',
      path: ['body', 1, 'children', 1],
      message: `body[1].children[1]: Expected a node with a string \`type\`, got ${got}`,
    })
  })

  it('rejects `children` that is not an array', () => {
    const error = renderError(() =>
      outline(article([quote(paragraph(text('a')), { type: 'paragraph', children: 'b' })])),
    )
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({
      code: 'invalid_node',
      path: ['body', 0, 'children', 1, 'children'],
      message: 'body[0].children[1].children: Expected an array, got a string',
    })
  })

  it('rejects a `body` that is not an array', () => {
    const input = { ...article([]), body: { 0: paragraph(text('a')) } } as unknown as Article<unknown>
    const error = renderError(() => outline(input))
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_node',
      ['body'],
      'body: Expected an array, got an object without a string `type`',
    ])
  })

  it('throws `too_deep`, not a RangeError, for 10,000 nested quotes', () => {
    let thrown: unknown
    try {
      outline(article([nestedQuotes(10_000)]))
    } catch (error) {
      thrown = error
    }
    expect(thrown).not.toBeInstanceOf(RangeError)
    expect(thrown).toBeInstanceOf(RenderError)
    const error = thrown as RenderError
    expect(error.code).toBe('too_deep')
    expect(error.path.slice(0, 4)).toEqual(['body', 0, 'children', 0])
    expect(error.message.endsWith(': Nodes nest more than 64 deep')).toBe(true)
  })

  it('renders nesting as deep as the default `maxDepth` (64) and rejects one level deeper', () => {
    const quotes = createRenderer<string>({
      format: 'quotes',
      empty: '',
      handlers: {
        article: (node, state) => state.all(node, 'body').join(''),
        quote: (node, state) => `>${state.all(node).join('')}`,
      },
    })
    expect(quotes(article([nestedQuotes(64)]))).toBe('>'.repeat(64))
    const error = renderError(() => quotes(article([nestedQuotes(65)])))
    expect([error.code, error.path.length, error.message]).toEqual([
      'too_deep',
      130,
      `body[0]${'.children[0]'.repeat(64)}: Nodes nest more than 64 deep`,
    ])
  })

  it('honours `maxDepth`', () => {
    const input = article([quote(quote(quote()))])
    expect(outline(input, { maxDepth: 3 })).toBe('# Ferry returns\n> > ')
    const error = renderError(() => outline(input, { maxDepth: 2 }))
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({
      code: 'too_deep',
      path: ['body', 0, 'children', 0, 'children', 0],
      message: 'body[0].children[0].children[0]: Nodes nest more than 2 deep',
    })
  })

  it('stops a cyclic node with `too_deep`', () => {
    const cyclic: { type: string; children: unknown[] } = quote()
    cyclic.children.push(cyclic)
    let thrown: unknown
    try {
      outline(article([cyclic]))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RenderError)
    expect((thrown as RenderError).code).toBe('too_deep')
    const path = (thrown as RenderError).path
    expect(path.slice(0, 2)).toEqual(['body', 0])
    expect(path.slice(2).join()).toBe('children,0,'.repeat((path.length - 2) / 2).slice(0, -1))
  })

  it('restores the path when a handler catches an error from a child', () => {
    const paths: string[] = []
    const parents: unknown[] = []
    const renderer = createRenderer<string>({
      format: 'recover',
      empty: '',
      handlers: {
        article: (node, state) => state.all(node, 'body').join('\n'),
        quote: (node: Quote, state) =>
          node.children
            .map((child, index) => {
              try {
                return state.one(child, 'children', index)
              } catch (error) {
                return `(${(error as Error).message})`
              }
            })
            .join(' '),
        paragraph: (node: Paragraph, state, parent) => {
          paths.push(formatPath(state.path))
          parents.push(parent)
          return state.all(node).join('')
        },
        boom: () => {
          throw new Error('boom')
        },
        text: (node) => node.value,
      },
    })
    const block = quote(
      paragraph(text('one')),
      { type: 'boom' },
      paragraph(text('two')),
      poll,
      paragraph(text('three')),
      'not a node',
      paragraph(text('four')),
      { type: 'paragraph', children: 5 },
      paragraph(text('five')),
    )
    const input = article([block, paragraph(text('after'))])
    expect(renderer(input)).toBe(
      [
        'one (boom) two (body[0].children[3]: Cannot render node `poll` to recover: no handler. Add one with `handlers: { "poll": … }` or pass `unknownNode: \'skip\'`) three (body[0].children[5]: Expected a node with a string `type`, got a string; shorthand input needs `parseArticle`) four (body[0].children[7].children: Expected an array, got `5`) five',
        'after',
      ].join('\n'),
    )
    expect(paths).toEqual([
      'body[0].children[0]',
      'body[0].children[2]',
      'body[0].children[4]',
      'body[0].children[6]',
      'body[0].children[7]',
      'body[0].children[8]',
      'body[1]',
    ])
    expect(parents).toEqual([block, block, block, block, block, block, input])
  })
})

describe('createRenderer: leaves', () => {
  type Seen = [string, string, number, unknown]

  /** A renderer whose `text` records where it is; with `leaves`, the core calls it directly. */
  function recording(leaves: string[] | undefined, seen: Seen[]) {
    return createRenderer<string>({
      format: 'leaves',
      empty: '',
      join: (html, next) => html + next,
      ...(leaves ? { leaves } : {}),
      handlers: {
        article: (node, state) => state.join(node, 'body'),
        paragraph: (node, state) => `<p>${state.join(node)}@${state.depth}</p>`,
        quote: (node, state) => `<q>${state.all(node).join('|')}@${state.depth}</q>`,
        emphasis: (node, state) => `<em>${state.join(node)}</em>`,
        text: (node: { value: string }, state, parent) => {
          if (node.value === 'boom') throw new Error('boom')
          seen.push([node.value, formatPath(state.path), state.depth, parent])
          return node.value
        },
      },
    })
  }

  const emphasis = { type: 'emphasis', children: [text('b')] }
  const first = paragraph(text('a'), emphasis)
  const second = quote(paragraph(text('c')), text('d'))
  const input = article([first, second])

  it('gives a default leaf the same path, depth and parent as any node', () => {
    const direct: Seen[] = []
    const dispatched: Seen[] = []
    const html = recording(['text'], direct)(input)
    expect(html).toBe('<p>a<em>b</em>@1</p><q><p>c@2</p>|d@1</q>')
    expect(recording(undefined, dispatched)(input)).toBe(html)
    expect(direct).toEqual([
      ['a', 'body[0].children[0]', 2, first],
      ['b', 'body[0].children[1].children[0]', 3, emphasis],
      ['c', 'body[1].children[0].children[0]', 3, second.children[0]],
      ['d', 'body[1].children[1]', 2, second],
    ])
    expect(dispatched).toEqual(direct)
  })

  it('keeps the nesting guard for leaves', () => {
    for (const leaves of [['text'], undefined]) {
      const render = recording(leaves, [])
      expect(render(input, { maxDepth: 3 })).toBe('<p>a<em>b</em>@1</p><q><p>c@2</p>|d@1</q>')
      const error = renderError(() => render(input, { maxDepth: 2 }))
      expect([error.code, error.message]).toEqual([
        'too_deep',
        'body[0].children[1].children[0]: Nodes nest more than 2 deep',
      ])
    }
  })

  it('puts `path` and `depth` back when a leaf throws', () => {
    const render = createRenderer<string>({
      format: 'leaves',
      empty: '',
      join: (html, next) => html + next,
      leaves: ['text'],
      handlers: {
        article: (node, state) => state.join(node, 'body'),
        paragraph: (node, state) => {
          try {
            return state.join(node)
          } catch (error) {
            return `(${(error as Error).message} at ${formatPath(state.path)}, depth ${state.depth})`
          }
        },
        text: (node: { value: string }) => {
          if (node.value === 'boom') throw new Error('boom')
          return node.value
        },
      },
    })
    expect(render(article([paragraph(text('a'), text('boom')), paragraph(text('c'))]))).toBe(
      '(boom at body[0], depth 1)c',
    )
  })

  it('does not treat a handler that replaces a leaf as one', () => {
    const render = recording(['text'], [])
    const parents: unknown[] = []
    const html = render(article([first]), {
      handlers: {
        // This `text` renders another part: it needs the full bookkeeping.
        text: (node, state) => state.handle('shout', node),
        shout: (node: { value: string }, state, parent) => {
          parents.push(parent)
          return `${node.value.toUpperCase()}${state.depth}`
        },
      },
    })
    expect(html).toBe('<p>A3<em>B4</em>@1</p>')
    expect(parents).toEqual([first.children[0], emphasis.children[0]])
  })
})

describe('defaultUrlPolicy', () => {
  it.each([
    'https://example.com/ferry?day=friday#times',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/',
    'mailto:desk@example.com',
    'tel:+441234567890',
    '/local/ferry',
    '../ferry',
    'ferry.html',
    '?page=2',
    '#timetable',
    'https://example.com/a&amp;b',
  ])('allows `%s`', (url) => {
    expect(defaultUrlPolicy(url, 'link')).toBe(url)
    expect(defaultUrlPolicy(url, 'image')).toBe(url)
  })

  // Each rejected URL comes with a near miss that is allowed, so a policy that
  // rejects everything fails too.
  it.each([
    ['javascript:alert(1)', 'https://example.com/?next=javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)', 'HTTPS://EXAMPLE.COM/'],
    ['JavaScript:alert(1)', '/JavaScript/alert(1)'],
    ['java\tscript:alert(1)', 'https://example.com/java%09script'],
    ['java\nscript:alert(1)', 'https://example.com/java%0Ascript'],
    [' javascript:alert(1)', '%20javascript'],
    ['\u0000javascript:alert(1)', '%00javascript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data.html'],
    ['vbscript:msgbox(1)', './vbscript'],
    ['javascript&colon;alert(1)', 'https://example.com/?a=1&colon;b'],
    ['javascript&#58;alert(1)', '/search?q=1&#58;2'],
    ['javascript&#x3a;alert(1)', 'javascript.html'],
    ['file:///etc/passwd', '/etc/passwd'],
    ['https:example.com', 'https://example.com'],
    ['', '.'],
  ])('rejects %j and allows %j', (url, nearMiss) => {
    expect([defaultUrlPolicy(url, 'link'), defaultUrlPolicy(nearMiss, 'link')]).toEqual([undefined, nearMiss])
  })

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, '42'],
    [['https://example.com/'], 'https://example.com/'],
    [new URL('https://example.com/'), 'https://example.com/'],
  ])('rejects the non-string %j and allows its string form', (value, asString) => {
    expect(String(value)).toBe(asString)
    expect([defaultUrlPolicy(value as unknown as string, 'link'), defaultUrlPolicy(asString, 'link')]).toEqual([
      undefined,
      asString,
    ])
  })
})

describe('defaultUrlPolicy: the one-scan path for web URLs', () => {
  // Plain `http(s)://` URLs are settled by one scan; every other URL by the model's rule. The two
  // must never disagree, as a link and as a canonical URL.
  const agrees = (url: string) => {
    for (const context of ['link', 'canonical'] as const) {
      const expected = checkUrl(url, context === 'canonical') === undefined ? url : undefined
      expect([url, context, defaultUrlPolicy(url, context)]).toEqual([url, context, expected])
    }
  }

  it('agrees with checkUrl on every hostile URL', () => {
    for (const { value } of hostileUrls) agrees(value)
  })

  it('agrees with checkUrl on web URLs with every printable and many other characters', () => {
    const characters = [...Array(128).keys()].map((code) => String.fromCharCode(code))
    characters.push('\u00a0', '\u00ad', '\u200b', '\u202e', '\u2028', '\ufeff', '\ufffe', 'é', '€', '\ud83d\ude00')
    for (const character of characters) {
      for (const url of [
        `https://${character}`,
        `https://a${character}`,
        `https://example.com/${character}`,
        `http://example.com/?q=${character}#${character}`,
        `${character}https://example.com/`,
        `https:${character}//example.com/`,
      ])
        agrees(url)
    }
    for (const url of [
      'https://',
      'http://',
      'https:///a',
      'https://?a',
      'https://#a',
      'HtTpS://Example.COM',
      'https:/a',
      'httpss://a',
      'https://a/&#58;',
      'https://a&#58;b/',
    ])
      agrees(url)
  })

  it('allows plain web URLs as they are, and still refuses near misses', () => {
    expect(defaultUrlPolicy('HTTPS://Example.com/a?b=c&d#e', 'canonical')).toBe('HTTPS://Example.com/a?b=c&d#e')
    expect(defaultUrlPolicy('https://example.com/a b', 'link')).toBeUndefined()
    expect(defaultUrlPolicy('https:///example.com', 'link')).toBeUndefined()
    expect(defaultUrlPolicy('https://exa\u200bmple.com/', 'link')).toBeUndefined()
  })
})

describe('furniture', () => {
  it('is promos, related links and pullquotes only', () => {
    expect([...FURNITURE_BLOCK_TYPES].sort()).toEqual(['promo', 'pullquote', 'relatedLinks'])
  })

  it('tells furniture from story blocks', () => {
    const types = [...BLOCK_TYPES, 'poll']
    expect(types.filter((type) => isFurniture({ type }))).toEqual(['pullquote', 'relatedLinks', 'promo'])
  })
})
