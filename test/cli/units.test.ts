// The command line's pure parts, from source: where JSON breaks, and the
// progress line.

import { describe, expect, it } from 'vitest'
import { findJsonError } from '../../src/cli/json-error.js'
import { batchItems, type LineBatch, ndjsonBatches } from '../../src/cli/ndjson.js'
import { idleCores } from '../../src/cli/pool.js'
import { formatProgress } from '../../src/cli/progress.js'
import { optionHint, suggest } from '../../src/cli/suggest.js'

describe('suggest', () => {
  const render = [
    'to',
    'out-dir',
    'document',
    'ndjson',
    'from',
    'base-url',
    'drafts',
    'config',
    'jobs',
    'quiet',
    'verbose',
  ]

  it('names the option a mistyped one most likely means', () => {
    expect(optionHint('--verbos', render)).toBe('; did you mean `--verbose`?')
    expect(optionHint('--documnet', render)).toBe('; did you mean `--document`?')
    expect(optionHint('--jbs', render)).toBe('; did you mean `--jobs`?')
    expect(optionHint('--out', render)).toBe('; did you mean `--out-dir`?')
    expect(optionHint('--base', render)).toBe('; did you mean `--base-url`?')
  })

  it('names nothing when no option is close, or a prefix is shared', () => {
    expect(optionHint('--fast', render)).toBe('')
    expect(optionHint('-x', render)).toBe('')
    expect(suggest('d', render)).toBeUndefined()
    // `--ot` is `--to` with two letters swapped: two edits, more than a two-letter word may have.
    expect(optionHint('--ot', render)).toBe('')
  })

  it('names the command a mistyped one most likely means', () => {
    const commands = ['render', 'validate', 'convert', 'schema', 'init']
    expect(suggest('rendr', commands)).toBe('render')
    expect(suggest('valdiate', commands)).toBe('validate')
    expect(suggest('publish', commands)).toBeUndefined()
  })
})

describe('idleCores', () => {
  const cpu = (idle: number, busy: number) => ({
    model: 'x',
    speed: 1,
    times: { user: busy, nice: 0, sys: 0, idle, irq: 0 },
  })

  it('counts the cores that were idle between two readings', () => {
    // One core busy all along, the other idle nine tenths of the time.
    expect(idleCores([cpu(0, 0), cpu(0, 0)], [cpu(0, 100), cpu(90, 10)])).toBeCloseTo(0.9)
    expect(idleCores([cpu(5, 5), cpu(5, 5)], [cpu(5, 105), cpu(5, 105)])).toBe(0)
    expect(idleCores([cpu(0, 0)], [cpu(0, 0)])).toBe(0)
  })
})

describe('findJsonError', () => {
  it('returns undefined for valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"a": []}] ', '"x"', '0']) {
      expect(findJsonError(text), text).toBeUndefined()
      expect(() => JSON.parse(text)).not.toThrow()
    }
  })

  it('finds the line and column of the first error', () => {
    const cases: [string, string, number, number][] = [
      ['', 'unexpected end of the text', 1, 1],
      ['{"a": 1,}', 'unexpected `}`; expected a property name in double quotes', 1, 9],
      ['{\n  "a": [1 2]\n}', 'unexpected `2`; expected `,` or `]`', 2, 11],
      ['{"a" 1}', 'unexpected `1`; expected `:`', 1, 6],
      ['{"a": "b\nc"}', 'unescaped control character in a string', 1, 9],
      ['["\\x"]', 'invalid escape in a string', 1, 3],
      ['["\\u12"]', 'invalid `\\u` escape in a string', 1, 3],
      ['[01]', 'invalid number', 1, 3],
      ['[-]', 'invalid number', 1, 2],
      ['{"a": tru}', 'unexpected `t`; expected a value', 1, 7],
      ['{} {}', 'unexpected `{` after the end of the JSON value', 1, 4],
      ['{"a": "open', 'unterminated string', 1, 7],
      ['[\u0001]', 'unexpected character U+0001; expected a value', 1, 2],
    ]
    for (const [text, message, line, column] of cases) {
      expect(() => JSON.parse(text), text).toThrow()
      expect(findJsonError(text), text).toEqual({ message, line, column })
    }
  })

  it('walks deep nesting without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`
    expect(findJsonError(deep)).toEqual({ message: 'unexpected end of the text', line: 1, column: 400_000 })
  })
})

describe('formatProgress', () => {
  it('shows a bar, the counts, the rate and the time left when the total is known', () => {
    expect(formatProgress({ done: 2500, total: 10_000, elapsed: 2 })).toBe(
      '[######------------------] 25% 2500/10000 1250/s ETA 0:06',
    )
    expect(formatProgress({ done: 10, total: 1_000_000, elapsed: 1 })).toBe(
      '[------------------------] 0% 10/1000000 10/s ETA 27:46:39',
    )
  })

  it('shows the count and the rate of a stream, with the part read when known', () => {
    expect(formatProgress({ done: 300, elapsed: 1.5 })).toBe('300 200/s')
    expect(formatProgress({ done: 300, fraction: 0.5, elapsed: 1.5 })).toBe(
      '[############------------] 50% 300 200/s ETA 0:02',
    )
  })
})

describe('ndjsonBatches', () => {
  async function batches(chunks: (string | Uint8Array)[], maxLineBytes?: number, batchBytes?: number) {
    const found: LineBatch[] = []
    for await (const batch of ndjsonBatches(chunks, 'in', undefined, maxLineBytes, batchBytes)) found.push(batch)
    return found
  }
  async function lines(chunks: (string | Uint8Array)[], maxLineBytes?: number, batchBytes?: number) {
    const found: unknown[] = []
    for (const batch of await batches(chunks, maxLineBytes, batchBytes)) {
      for (const item of batchItems(batch)) {
        const { kind: _, name: __, ...rest } = item as { kind: string; name: string }
        found.push(rest)
      }
    }
    return found
  }

  it('numbers lines across chunk boundaries, skipping blank lines and dropping CR', async () => {
    expect(await lines(['{"a":', '1}\r\n\n  \n{"b":2}\n{"c"', ':3}'])).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"b":2}', line: 4 },
      { text: '{"c":3}', line: 5 },
    ])
  })

  it('decodes a character split between chunks', async () => {
    const bytes = Buffer.from('"café"\n"€"\n')
    expect(await lines([bytes.subarray(0, 4), bytes.subarray(4, 9), bytes.subarray(9)])).toEqual([
      { text: '"café"', line: 1 },
      { text: '"€"', line: 2 },
    ])
  })

  it('marks a line that is not UTF-8 instead of decoding it with U+FFFD, and goes on', async () => {
    const bytes = Buffer.concat([
      Buffer.from('"caf\u00e9"\n"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"\n"'),
      Buffer.from([0xed, 0xa0, 0x80]), // a surrogate, encoded: not UTF-8
      Buffer.from('"\n"\ufffd"\n'),
    ])
    expect(await lines([bytes])).toEqual([
      { text: '"caf\u00e9"', line: 1 },
      { text: '', line: 2, invalidUtf8: true },
      { text: '', line: 3, invalidUtf8: true },
      { text: '"\ufffd"', line: 4 },
    ])
  })

  it('turns a line over the limit into a marked item and goes on', async () => {
    expect(await lines(['"short"\n"this line is', ' far too long"\n"ok"\n', '"also far too long"'], 10)).toEqual([
      { text: '"short"', line: 1 },
      { text: '', line: 2, tooLong: true },
      { text: '"ok"', line: 3 },
      { text: '', line: 4, tooLong: true },
    ])
    // A line over the limit that ends in the middle of a later chunk, in a later batch.
    expect(await lines(['"a"\n"bbbb', 'bbbbbbbbbb', 'bbb"\n"c"\n\n"d"'], 10, 4)).toEqual([
      { text: '"a"', line: 1 },
      { text: '', line: 2, tooLong: true },
      { text: '"c"', line: 3 },
      { text: '"d"', line: 5 },
    ])
  })

  it('cuts a batch at the end of the chunk that brings it to the size, with its first line number', async () => {
    const found = await batches(['{"a":1}\n{"b":', '2}\n\n{"c":3}\n{"d"', ':4}\n{"e":5}'], undefined, 16)
    expect(
      found.map((batch) => ({ first: batch.first, text: Buffer.from(batch.bytes).toString(), tooLong: batch.tooLong })),
    ).toEqual([
      { first: 1, text: '{"a":1}\n{"b":2}\n\n{"c":3}\n', tooLong: [] },
      { first: 5, text: '{"d":4}\n{"e":5}\n', tooLong: [] },
    ])
    // Every batch owns its whole buffer, so it can be transferred to a worker.
    for (const batch of found) expect(batch.bytes.byteLength).toBe(batch.bytes.buffer.byteLength)
  })
})
