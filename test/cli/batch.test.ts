// Batches through the built executable: NDJSON streams with bad lines,
// --jobs 1 against --jobs 2, the config file with custom blocks and
// handlers, Ctrl-C in the middle of a run, and the progress bar on a terminal.

import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { defineArticleSchema, parseArticle } from 'articlekit'
import { escapeText, type HtmlOptions, toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'
import { toText } from 'articlekit/text'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { generateArticle } from '../fixtures/generate.mjs'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('batch'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  // Inside the build's package folder, so that a config file can import `zod` and `articlekit/html`.
  dir = join(buildRoot, `project-${Math.random().toString(36).slice(2)}`)
  mkdirSync(dir)
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], options: { input?: string; env?: Record<string, string>; latin1?: boolean } = {}) =>
  run(bin, args, { cwd: dir, ...options })

const ferry = { headline: 'Ferry runs on time', body: ['The ferry left at dawn.'] }
const tram = { headline: 'Tram line opens', url: 'https://news.example.com/tram', body: ['The first tram ran at six.'] }

describe('--ndjson', () => {
  it('writes one record per line in input order, with an error record for each bad line', async () => {
    const input = [
      JSON.stringify(ferry),
      '{"headline": "Half',
      '',
      JSON.stringify({ headline: 3 }),
      JSON.stringify(tram),
    ]
    const result = await cli(['render', '--ndjson', '--to', 'json-ld'], { input: `${input.join('\n')}\n` })
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').map((line) => (line ? JSON.parse(line) : line))).toEqual([
      { line: 1, output: toJsonLd(parseArticle(ferry)) },
      {
        line: 2,
        error: {
          code: 'invalid_json',
          message: 'invalid JSON: unterminated string',
          issues: [
            {
              path: '',
              code: 'invalid_json',
              message: 'invalid JSON: unterminated string',
              severity: 'error',
              column: 14,
            },
          ],
        },
      },
      {
        line: 4,
        error: {
          code: 'invalid_article',
          message: 'Invalid article (2 issues)',
          issues: [
            { path: 'headline', code: 'invalid_type', message: 'Expected a string, got `3`', severity: 'error' },
            { path: 'body', code: 'required', message: 'Required: expected an array', severity: 'error' },
          ],
        },
      },
      { line: 5, output: toJsonLd(parseArticle(tram)) },
      '',
    ])
    expect(result.stderr).toBe(
      [
        'articlekit: stdin:2:14: invalid JSON: unterminated string',
        'articlekit: stdin:4:headline: Expected a string, got `3`',
        'articlekit: stdin:4:body: Required: expected an array',
        '',
      ].join('\n'),
    )
    const quiet = await cli(['render', '--ndjson', '--to', 'json-ld', '--quiet'], { input: input.join('\n') })
    expect(quiet).toEqual({ ...result, stderr: '' })
  })

  it('reports a line that is not UTF-8 as an error of that line, and goes on', async () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify(ferry)}\n{"headline": "Caf`),
      Buffer.from([0xe9]),
      Buffer.from(`", "body": ["x"]}\n${JSON.stringify(tram)}\n`),
    ]).toString('latin1')
    const issue = {
      path: '',
      code: 'invalid_utf8',
      message: 'invalid UTF-8: the line is not UTF-8 text',
      severity: 'error',
    }
    const rendered = await cli(['render', '--ndjson', '--to', 'text'], { input, latin1: true })
    expect(rendered.code).toBe(1)
    expect(rendered.stdout.split('\n')[1]).toBe(
      JSON.stringify({ line: 2, error: { code: 'invalid_utf8', message: issue.message, issues: [issue] } }),
    )
    expect(rendered.stdout.split('\n')).toHaveLength(4)
    expect(rendered.stderr).toBe('articlekit: stdin:2: invalid UTF-8: the line is not UTF-8 text\n')
    const validated = await cli(['validate', '--ndjson', '--format', 'json'], { input, latin1: true })
    expect(validated.stdout.split('\n')[1]).toBe(JSON.stringify({ line: 2, valid: false, issues: [issue] }))
    writeFileSync(join(dir, 'latin1.json'), Buffer.from(input.split('\n')[1] as string, 'latin1'))
    expect(await cli(['validate', 'latin1.json'])).toEqual({
      code: 1,
      stdout: 'latin1.json: invalid UTF-8: the file is not UTF-8 text\n',
      stderr: '',
    })
  })

  it('exits with 0 when every line is good, reading a file, with CRLF line ends', async () => {
    writeFileSync(join(dir, 'feed.jsonl'), `${JSON.stringify(ferry)}\r\n${JSON.stringify(tram)}\r\n`)
    const result = await cli(['render', '--ndjson', 'feed.jsonl', '--to', 'text'])
    expect(result).toEqual({
      code: 0,
      stdout: [ferry, tram]
        .map((article, index) => `${JSON.stringify({ line: index + 1, output: toText(parseArticle(article)) })}\n`)
        .join(''),
      stderr: '',
    })
  })

  it('validates a stream, one record per line with --format json', async () => {
    const input = `${JSON.stringify(ferry)}\n{"headline":"No body"}\n`
    expect(await cli(['validate', '--ndjson', '--format', 'json'], { input })).toEqual({
      code: 1,
      stdout:
        '{"line":1,"valid":true,"issues":[]}\n' +
        '{"line":2,"valid":false,"issues":[{"path":"body","code":"required","message":"Required: expected an array","severity":"error"}]}\n',
      stderr: '',
    })
    expect(await cli(['validate', '--ndjson'], { input })).toEqual({
      code: 1,
      stdout: 'stdin:2:body: Required: expected an array\n',
      stderr: '',
    })
  })

  it('gives the same output with --jobs 1 and --jobs 2', async () => {
    const lines: string[] = []
    for (let index = 0; index < 400; index++) {
      lines.push(JSON.stringify(generateArticle(150, index + 1)))
      if (index % 97 === 5) lines.push('{"headline":')
      if (index % 131 === 7) lines.push(JSON.stringify({ headline: '', body: [] }))
    }
    const input = `${lines.join('\n')}\n`
    for (const format of ['html', 'json-ld']) {
      const one = await cli(['render', '--ndjson', '--to', format, '--jobs', '1'], { input })
      const two = await cli(['render', '--ndjson', '--to', format, '--jobs', '2'], { input })
      expect(one.code).toBe(1)
      expect(two).toEqual(one)
      const records = one.stdout.trimEnd().split('\n')
      expect(records).toHaveLength(lines.length)
      expect(records.map((record) => JSON.parse(record).line)).toEqual(lines.map((_, index) => index + 1))
    }
  }, 60_000)

  it('numbers lines the same across many batches, with blank lines, CRLF and no final newline', async () => {
    // About 3 MB: a dozen batches, so lines and blank lines fall on both sides of batch boundaries.
    const articles = Array.from({ length: 320 }, (_, index) => generateArticle(600, index + 1))
    const parts: string[] = []
    const expected: { line: number; ok: boolean }[] = []
    let line = 0
    articles.forEach((article, index) => {
      if (index % 50 === 3) {
        parts.push('   ', '')
        line += 2
      }
      if (index % 71 === 9) {
        parts.push('{"headline": ')
        expected.push({ line: ++line, ok: false })
      }
      parts.push(index % 3 === 0 ? `${JSON.stringify(article)}\r` : JSON.stringify(article))
      expected.push({ line: ++line, ok: true })
    })
    const input = parts.join('\n')
    const one = await cli(['render', '--ndjson', '--to', 'text', '--jobs', '1'], { input })
    const two = await cli(['render', '--ndjson', '--to', 'text', '--jobs', '2'], { input })
    expect(two).toEqual(one)
    expect(one.code).toBe(1)
    const records = one.stdout
      .trimEnd()
      .split('\n')
      .map((record) => JSON.parse(record) as { line: number; output?: string })
    expect(records.map((record) => ({ line: record.line, ok: record.output !== undefined }))).toEqual(expected)
    const outputs = records.filter((record) => record.output !== undefined).map((record) => record.output)
    expect(outputs).toEqual(articles.map((article) => toText(parseArticle(article))))
    expect(one.stderr).toBe(
      expected
        .filter((record) => !record.ok)
        .map((record) => `articlekit: stdin:${record.line}:14: invalid JSON: unexpected end of the text\n`)
        .join(''),
    )
  }, 60_000)
})

describe('--jobs with files', () => {
  it('writes the same files with --jobs 1 and --jobs 2', async () => {
    for (let index = 0; index < 12; index++) {
      writeFileSync(join(dir, `a${index}.json`), JSON.stringify(generateArticle(200, index + 1)))
    }
    writeFileSync(join(dir, 'broken.json'), '{')
    const one = await cli(['render', '*.json', '--to', 'html', '--out-dir', 'one', '--jobs', '1'])
    const two = await cli(['render', '*.json', '--to', 'html', '--out-dir', 'two', '--jobs', '2'])
    expect(one).toEqual({
      code: 1,
      stdout: '',
      stderr: 'articlekit: broken.json:1:2: invalid JSON: unexpected end of the text\n',
    })
    expect(two).toEqual(one)
    const names = readdirSync(join(dir, 'one')).sort()
    expect(names).toHaveLength(12)
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(names)
    for (const name of names) {
      const expected = `${toHtml(parseArticle(JSON.parse(readFileSync(join(dir, name.replace('.html', '.json')), 'utf8'))))}\n`
      expect(readFileSync(join(dir, 'one', name), 'utf8')).toBe(expected)
      expect(readFileSync(join(dir, 'two', name), 'utf8')).toBe(expected)
    }
  })
})

describe('the default --jobs', () => {
  // A config file that notes each thread that loads it: every worker thread loads the config itself.
  const noteThreads = () =>
    writeFileSync(
      join(dir, 'articlekit.config.mjs'),
      [
        "import { appendFileSync } from 'node:fs'",
        "import { isMainThread } from 'node:worker_threads'",
        "appendFileSync(new URL('./threads.log', import.meta.url), isMainThread ? 'main\\n' : 'worker\\n')",
        'export default {}',
      ].join('\n'),
    )
  const threads = () => readFileSync(join(dir, 'threads.log'), 'utf8').trim().split('\n')

  it.skipIf(availableParallelism() < 2)('starts no worker thread for a short run', async () => {
    noteThreads()
    for (let index = 0; index < 20; index++) writeFileSync(join(dir, `a${index}.json`), JSON.stringify(ferry))
    const files = await cli(['render', '*.json', '--to', 'html', '--out-dir', 'out'])
    expect(files).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(threads()).toEqual(['main'])
    rmSync(join(dir, 'threads.log'))
    const input = `${Array.from({ length: 50 }, () => JSON.stringify(tram)).join('\n')}\n`
    const stream = await cli(['render', '--ndjson', '--to', 'html'], { input })
    expect(stream.code).toBe(0)
    expect(threads()).toEqual(['main'])
  })

  it('gives the output of --jobs 1 when worker threads help, on a stream and on files', async () => {
    // Threads start to help after 100 inputs here rather than thousands, so that they take part in a short run.
    const env = { ARTICLEKIT_HELP_AFTER: '100' }
    const lines: string[] = []
    for (let index = 0; index < 2000; index++) {
      lines.push(JSON.stringify(generateArticle(300, index + 1)))
      if (index % 301 === 5) lines.push('{"headline":')
    }
    const input = `${lines.join('\n')}\n`
    const one = await cli(['render', '--ndjson', '--to', 'text', '--jobs', '1'], { input })
    const auto = await cli(['render', '--ndjson', '--to', 'text'], { input, env })
    expect(one.code).toBe(1)
    expect(auto).toEqual(one)
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(lines.length)
    mkdirSync(join(dir, 'in'))
    for (let index = 0; index < 600; index++) {
      writeFileSync(join(dir, 'in', `a${String(index).padStart(4, '0')}.json`), lines[index] as string)
    }
    const oneFiles = await cli(['render', 'in', '--to', 'text', '--out-dir', 'one', '--jobs', '1'])
    const autoFiles = await cli(['render', 'in', '--to', 'text', '--out-dir', 'auto'], { env })
    expect(autoFiles).toEqual(oneFiles)
    const names = readdirSync(join(dir, 'one')).sort()
    expect(readdirSync(join(dir, 'auto')).sort()).toEqual(names)
    for (const name of names) {
      expect(readFileSync(join(dir, 'auto', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'))
    }
  }, 120_000)
})

describe('config file', () => {
  const poll = { headline: 'Vote on the timetable', body: [{ type: 'poll', question: 'Later <last> boat?' }] }

  it('applies renderer options from articlekit.config.json', async () => {
    writeFileSync(join(dir, 'articlekit.config.json'), JSON.stringify({ html: { classPrefix: 'news-' } }))
    writeFileSync(join(dir, 'ferry.json'), JSON.stringify(ferry))
    const result = await cli(['render', 'ferry.json', '--to', 'html'])
    expect(result).toEqual({
      code: 0,
      stdout: `${toHtml(parseArticle(ferry), { classPrefix: 'news-' })}\n`,
      stderr: '',
    })
  })

  it('takes custom blocks and handlers from articlekit.config.mjs, in every worker', async () => {
    writeFileSync(
      join(dir, 'articlekit.config.mjs'),
      [
        "import * as z from 'zod'",
        "import { escapeText } from 'articlekit/html'",
        'export default {',
        "  blocks: { poll: z.object({ type: z.literal('poll'), question: z.string() }) },",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the config file itself
        '  html: { handlers: { poll: (node) => `<form class="poll">${escapeText(node.question)}</form>` } },',
        '}',
      ].join('\n'),
    )
    const model = defineArticleSchema({ blocks: { poll: z.object({ type: z.literal('poll'), question: z.string() }) } })
    const options: HtmlOptions = {
      handlers: { poll: (node) => `<form class="poll">${escapeText((node as { question: string }).question)}</form>` },
    }
    const expected = toHtml(model.parse(poll), options)
    expect(expected).toContain('<form class="poll">Later &lt;last&gt; boat?</form>')
    const input = `${Array.from({ length: 200 }, () => JSON.stringify(poll)).join('\n')}\n`
    for (const jobs of ['1', '2']) {
      const result = await cli(['render', '--ndjson', '--to', 'html', '--jobs', jobs], { input })
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(
        Array.from({ length: 200 }, (_, index) => `${JSON.stringify({ line: index + 1, output: expected })}\n`).join(
          '',
        ),
      )
    }
    const schema = await cli(['schema'])
    expect(JSON.stringify(JSON.parse(schema.stdout))).toContain('"poll"')
  })

  it('reports a broken config once, as a usage error', async () => {
    writeFileSync(join(dir, 'ferry.json'), JSON.stringify(ferry))
    writeFileSync(join(dir, 'articlekit.config.json'), '{"html": {"classPrefix": "x-",}}')
    expect(await cli(['render', 'ferry.json', '--to', 'html'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `articlekit: config \`${join(dir, 'articlekit.config.json')}\`:1:31: invalid JSON: unexpected \`}\`; expected a property name in double quotes\n`,
    })
    writeFileSync(join(dir, 'other.json'), '{"htm": {}}')
    expect(await cli(['render', 'ferry.json', '--to', 'html', '--config', 'other.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `articlekit: config \`${join(dir, 'other.json')}\`: unknown key \`htm\`; expected \`html\`, \`markdown\`, \`text\`, \`jsonLd\`, \`blocks\`\n`,
    })
    expect((await cli(['render', 'ferry.json', '--to', 'html', '--config', 'none.json'])).code).toBe(3)
  })
})

describe('interruption', () => {
  it.each([
    ['2', 'SIGINT', 130, 'interrupted'],
    ['1', 'SIGINT', 130, 'interrupted'],
    ['1', 'SIGTERM', 143, 'terminated'],
    ['2', 'SIGTERM', 143, 'terminated'],
  ] as const)(
    'with --jobs %s, stops on %s with %i and leaves no partial or temporary file',
    async (jobs, signal, code, word) => {
      mkdirSync(join(dir, 'in'))
      const expected = new Map<string, string>()
      for (let index = 0; index < 1500; index++) {
        const article = generateArticle(300, index + 1)
        writeFileSync(join(dir, 'in', `a${String(index).padStart(4, '0')}.json`), JSON.stringify(article))
        expected.set(`a${String(index).padStart(4, '0')}.txt`, `${toText(parseArticle(article))}\n`)
      }
      const child = spawn(
        process.execPath,
        [bin, 'render', 'in/*.json', '--to', 'text', '--out-dir', 'out', '--jobs', jobs],
        {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk
      })
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
      // Wait until some files are written, then press Ctrl-C.
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 5))
        let count = 0
        try {
          count = readdirSync(join(dir, 'out')).length
        } catch {}
        if (count >= 1) break
      }
      child.kill(signal)
      expect(await exited).toBe(code)
      expect(stderr).toBe(`articlekit: ${word}; files already written are complete, no partial file is left\n`)
      const written = readdirSync(join(dir, 'out'))
      expect(written.length).toBeGreaterThanOrEqual(1)
      expect(written.length).toBeLessThan(1500)
      for (const name of written) {
        expect(expected.has(name), name).toBe(true)
        expect(readFileSync(join(dir, 'out', name), 'utf8'), name).toBe(expected.get(name))
      }
    },
    60_000,
  )
})

const escapeRegExp = (text: string) => text.replace(/[[\]\\^$.*+?()|{}]/g, '\\$&')

const hasScript = spawnSync('script', ['--version']).status === 0

describe('progress', () => {
  it.skipIf(!hasScript)(
    'draws a bar on a terminal for runs over a second, and nothing on a pipe',
    async () => {
      const lines = Array.from({ length: 50 }, () => JSON.stringify(ferry)).join('\n')
      writeFileSync(join(dir, 'feed.ndjson'), `${lines}\n`)
      // `script` gives the command a terminal; the input arrives after 3 s, so the run lasts over a second
      // even when starting node takes most of two seconds (a loaded machine running the suite in parallel).
      const command = `(sleep 3; cat feed.ndjson) | node ${bin} render --ndjson --to text --jobs 1 > out.ndjson`
      const result = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      })
      expect(result.status).toBe(0)
      const erase = '\u001b[K'
      expect(result.stdout).toMatch(new RegExp(`\r\\d+ \\d+/s${escapeRegExp(erase)}`))
      expect(result.stdout).toContain(`\r${erase}`)
      expect(readFileSync(join(dir, 'out.ndjson'), 'utf8').split('\n')).toHaveLength(51)
      // The same through pipes: standard error stays empty.
      const piped = await run(bin, ['render', '--ndjson', '--to', 'text', '--jobs', '1'], { cwd: dir, input: lines })
      expect(piped.stderr).toBe('')
    },
    30_000,
  )
})
