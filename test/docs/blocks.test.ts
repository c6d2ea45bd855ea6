// The marker parsing and block filling of .ci/docs-examples.mjs, without
// running any example.

import { describe, expect, it } from 'vitest'
import { fencedBlock, fillBlocks, findMarkers, languageOf, parseMarker } from '../../.ci/docs-blocks.mjs'

const page = [
  '# Title',
  '',
  '<!-- include: examples/poll.mjs -->',
  '```js',
  'old code',
  '```',
  '',
  'Some prose with `<!-- output: examples/inline.mjs -->` in it.',
  '',
  '<!-- output: examples/poll.mjs --json -->',
  '',
  '```text',
  '```',
  '',
  '<!-- generated:other -->',
  '```json',
  '{}',
  '```',
  '',
].join('\n')

describe('findMarkers', () => {
  it('finds each comment alone on a line, with the fenced block after it', () => {
    const markers = findMarkers(page)
    expect(markers.map(({ text, line }) => ({ text, line }))).toEqual([
      { text: 'include: examples/poll.mjs', line: 3 },
      { text: 'output: examples/poll.mjs --json', line: 10 },
      { text: 'generated:other', line: 15 },
    ])
    expect(markers[0]?.block).toEqual({
      info: 'js',
      language: 'js',
      fence: '```',
      body: 'old code\n',
      start: page.indexOf('```js'),
      end: page.indexOf('```js') + '```js\nold code\n```'.length,
    })
    // Blank lines between the marker and the block are allowed; an empty block has an empty body.
    expect(markers[1]?.block).toMatchObject({ language: 'text', body: '' })
  })

  it('ignores comments inside fenced code, and knows a longer fence from a line of backticks', () => {
    const source = [
      '````md',
      '<!-- include: examples/a.mjs -->',
      '```js',
      'x',
      '```',
      '````',
      '<!-- output: examples/b.mjs -->',
      '~~~',
      '```',
      '~~~',
    ].join('\n')
    const markers = findMarkers(source)
    expect(markers).toHaveLength(1)
    expect(markers[0]).toMatchObject({
      text: 'output: examples/b.mjs',
      line: 7,
      block: { fence: '~~~', body: '```\n' },
    })
  })

  it('gives a marker without a block `null`, and refuses a block that is never closed', () => {
    expect(findMarkers('<!-- include: examples/a.mjs -->\n\nText.\n')).toEqual([
      { text: 'include: examples/a.mjs', line: 1, block: null },
    ])
    // An indented fence belongs to a list item, not to the marker.
    expect(findMarkers('<!-- include: examples/a.mjs -->\n  ```js\n  x\n  ```\n')[0]?.block).toBeNull()
    expect(() => findMarkers('<!-- include: examples/a.mjs -->\n```js\nx\n')).toThrow(
      'line 2: the code block after `<!-- include: examples/a.mjs -->` is not closed',
    )
  })
})

describe('parseMarker', () => {
  it('reads the three markers', () => {
    expect(parseMarker('include: examples/custom-block.mjs')).toEqual({
      kind: 'include',
      path: 'examples/custom-block.mjs',
      args: [],
    })
    expect(parseMarker('output: examples/json-ld-article.mjs  meta')).toEqual({
      kind: 'output',
      path: 'examples/json-ld-article.mjs',
      args: ['meta'],
    })
    expect(parseMarker("run: articlekit render 'articles/*.json' --to html | head -n 2")).toEqual({
      kind: 'run',
      command: "articlekit render 'articles/*.json' --to html | head -n 2",
    })
  })

  it('leaves other comments alone', () => {
    expect(parseMarker('more')).toBeUndefined()
    expect(parseMarker('markdown:reader')).toBeUndefined()
    expect(parseMarker('prettier-ignore')).toBeUndefined()
  })

  it('refuses what looks like a marker but is not one', () => {
    expect(() => parseMarker('output: toText {"wrap":72}')).toThrow('use `include: examples/NAME`')
    expect(() => parseMarker('include: README.md')).toThrow('use `include: examples/NAME`')
    expect(() => parseMarker('run:  ')).toThrow('`run:` needs a command')
  })

  it('refuses a path out of examples/ and arguments to include', () => {
    expect(() => parseMarker('include: examples/../package.json')).toThrow('the path must stay inside examples/')
    expect(() => parseMarker('include: examples/a.mjs b')).toThrow('include takes a file name and nothing else')
  })
})

describe('languageOf', () => {
  it('names the fence language after the extension', () => {
    expect(['a.mjs', 'a.cjs', 'a.js', 'b/a.ts', 'a.json', 'a.md', 'a.ndjson', 'Makefile'].map(languageOf)).toEqual([
      'js',
      'js',
      'js',
      'ts',
      'json',
      'md',
      'text',
      'text',
    ])
  })
})

describe('fencedBlock', () => {
  it('ends the content with a line feed and fences it with three backticks', () => {
    expect(fencedBlock('a\nb', 'text')).toBe('```text\na\nb\n```')
    expect(fencedBlock('a\n', 'js')).toBe('```js\na\n```')
    expect(fencedBlock('', 'text')).toBe('```text\n```')
  })

  it('makes the fence longer than any run of backticks that starts a line', () => {
    expect(fencedBlock('```js\nx\n```\n', 'md')).toBe('````md\n```js\nx\n```\n````')
    expect(fencedBlock('   `````\n', 'md')).toBe('``````md\n   `````\n``````')
    // Backticks inside a line cannot close a fence.
    expect(fencedBlock('a ``` b\n', 'text')).toBe('```text\na ``` b\n```')
    expect(fencedBlock('~~~\n', 'text', '~')).toBe('~~~~text\n~~~\n~~~~')
  })
})

describe('fillBlocks', () => {
  it('fills the blocks it is given content for, and reports which ones changed', () => {
    const { text, changed, errors } = fillBlocks(page, (marker) => {
      const example = parseMarker(marker.text)
      if (example?.kind === 'include') return { body: 'const poll = 1\n', language: 'js' }
      if (example?.kind === 'output') return { body: 'Poll: 1' }
      return undefined
    })
    expect(errors).toEqual([])
    expect(changed.map((marker) => marker.line)).toEqual([3, 10])
    expect(text).toBe(
      page
        .replace('```js\nold code\n```', '```js\nconst poll = 1\n```')
        .replace('```text\n```', '```text\nPoll: 1\n```'),
    )
    // Filling again changes nothing.
    const again = fillBlocks(text, (marker) => (marker.line === 3 ? { body: 'const poll = 1\n' } : undefined))
    expect(again).toEqual({ text, changed: [], errors: [] })
  })

  it('sets the language when asked to, and keeps the block fenced safely', () => {
    const { text } = fillBlocks('<!-- output: examples/md.mjs -->\n```\n```\n', () => ({
      body: '```js\nx\n```',
      language: 'md',
    }))
    expect(text).toBe('<!-- output: examples/md.mjs -->\n````md\n```js\nx\n```\n````\n')
  })

  it('reports a claimed marker without a block and a fill that throws, and leaves the page as it was', () => {
    const source = '<!-- include: examples/a.mjs -->\n\nText.\n\n<!-- output: examples/b.mjs -->\n```text\nold\n```\n'
    const result = fillBlocks(source, (marker) => {
      if (marker.line === 5) throw new Error('examples/b.mjs does not exist')
      return { body: 'new' }
    })
    expect(result).toEqual({
      text: source,
      changed: [],
      errors: [
        'line 1: `<!-- include: examples/a.mjs -->` must be followed by a fenced code block',
        'line 5: `<!-- output: examples/b.mjs -->`: examples/b.mjs does not exist',
      ],
    })
  })
})
