// The built `articlekit` executable, run as a subprocess: each command, each
// error with its exit code and message, stdout versus --out-dir, globs.

import { spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { articleJsonSchema, formatPath, lintArticle, parseArticle } from 'articlekit'
import { toHtml, toHtmlDocument } from 'articlekit/html'
import { toJsonLd, toMetaTagsHtml } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { everyNode } from '../fixtures/valid.js'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('cli'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articlekit-cli-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  run(bin, args, { cwd: dir, ...options })

const ferry = {
  headline: 'Ferry runs on time',
  url: 'https://news.example.com/ferry',
  body: [{ type: 'paragraph', children: 'The ferry left at dawn.' }],
}
const tram = { headline: 'Tram line opens', body: ['The first tram ran at six.'] }

function put(name: string, content: unknown): string {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return path
}

describe('help and usage', () => {
  it('prints the help with the exit codes', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: articlekit <command> [options]')
    expect(result.stdout).toContain(
      [
        'Exit codes:',
        '  0  success',
        '  1  some input is invalid (bad JSON, an invalid article, a failed render)',
        '  2  usage error (unknown command, option or format)',
        '  3  input/output error (unreadable file, unwritable folder)',
      ].join('\n'),
    )
    const render = await cli(['render', '--help'])
    expect(render.code).toBe(0)
    expect(render.stdout).toContain('Usage: articlekit render <inputs...> --to FORMAT [options]')
  })

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('exits with 2 and one line on usage errors', async () => {
    put('a.json', ferry)
    put('a.txt', 'not an article')
    const cases: [string[], string][] = [
      [
        ['publish'],
        'articlekit: unknown command `publish`; expected render, validate, convert, feed, schema, init (see `articlekit --help`)\n',
      ],
      [
        ['render', 'a.json', '--to', 'pdf'],
        'articlekit: unknown format `pdf`; expected one of html, markdown, json-ld, text, meta\n',
      ],
      [['render', 'a.json'], '`render` needs `--to FORMAT`, one of html, markdown, json-ld, text, meta\n'],
      [
        ['render', 'a.json', '--to', 'html', '--fast'],
        'articlekit: unknown option `--fast` for `render` (see `articlekit render --help`)\n',
      ],
      [
        ['render', 'a.json', '--to', 'html', '--out', 'site'],
        'articlekit: unknown option `--out` for `render`; did you mean `--out-dir`? (see `articlekit render --help`)\n',
      ],
      [
        ['validate', 'a.json', '--to', 'html'],
        'articlekit: unknown option `--to` for `validate` (see `articlekit validate --help`)\n',
      ],
      [
        ['render', 'a.json', '--to', 'text', '--jobs', 'many'],
        'articlekit: `--jobs` must be a whole number from 1 to 256, not `many`\n',
      ],
      [['render', 'a.json', '--to', 'text', '--document'], 'articlekit: `--document` goes with `--to html` only\n'],
      [['convert', 'a.json', '--to', 'html'], 'articlekit: unknown format `html`; expected one of json, markdown\n'],
      [['validate', 'a.json', '--format', 'xml'], 'articlekit: unknown `--format` `xml`; expected pretty or json\n'],
      [
        ['render', 'a.txt', '--to', 'html'],
        'articlekit: cannot read `a.txt`: expected a `.json`, `.md` or `.html` file\n',
      ],
    ]
    for (const [args, message] of cases) {
      const result = await cli(args)
      expect([result.code, result.stdout], args.join(' ')).toEqual([2, ''])
      expect(result.stderr.endsWith(message), `${args.join(' ')}: ${result.stderr}`).toBe(true)
      expect(result.stderr.split('\n')).toHaveLength(2)
    }
    const bare = await cli([])
    expect(bare.code).toBe(2)
    expect(bare.stdout).toContain('Usage: articlekit <command> [options]')
  })
})

describe('render', () => {
  it('writes one input to stdout in each format', async () => {
    put('every.json', everyNode)
    const article = parseArticle(everyNode)
    const expected: Record<string, string> = {
      html: toHtml(article),
      text: toText(article),
      'json-ld': JSON.stringify(toJsonLd(article), null, 2),
      meta: toMetaTagsHtml(article),
      markdown: toMarkdown(article),
    }
    for (const [format, output] of Object.entries(expected)) {
      const result = await cli(['render', 'every.json', '--to', format, '--quiet'])
      expect(result.code, format).toBe(0)
      expect(result.stdout, format).toBe(output.endsWith('\n') ? output : `${output}\n`)
      expect(result.stderr, format).toBe('')
    }
  })

  it('takes the names users type for formats: md, txt, jsonld, ld; and --from markdown', async () => {
    put('every.json', everyNode)
    const article = parseArticle(everyNode)
    for (const [alias, output] of [
      ['md', toMarkdown(article)],
      ['txt', toText(article)],
      ['jsonld', JSON.stringify(toJsonLd(article), null, 2)],
      ['ld', JSON.stringify(toJsonLd(article), null, 2)],
    ] as const) {
      const result = await cli(['render', 'every.json', '--to', alias, '--quiet'])
      expect([alias, result.code, result.stdout]).toEqual([alias, 0, output.endsWith('\n') ? output : `${output}\n`])
    }
    put('ferry.md', toMarkdown(parseArticle(ferry), { frontmatter: true }))
    expect((await cli(['convert', 'ferry.md', '--from', 'markdown', '--to', 'json', '--quiet'])).code).toBe(0)
    const unknown = await cli(['render', 'every.json', '--to', 'constructor'])
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'articlekit: unknown format `constructor`; expected one of html, markdown, json-ld, text, meta\n',
    ])
  })

  it('writes a whole page with --document', async () => {
    put('ferry.json', ferry)
    const result = await cli(['render', 'ferry.json', '--to', 'html', '--document'])
    expect(result).toEqual({ code: 0, stdout: `${toHtmlDocument(parseArticle(ferry))}\n`, stderr: '' })
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(result.stdout).toContain('<script type="application/ld+json">')
  })

  it('reads one article from standard input with `-`', async () => {
    const result = await cli(['render', '-', '--to', 'text'], { input: JSON.stringify(tram) })
    expect(result).toEqual({ code: 0, stdout: `${toText(parseArticle(tram))}\n`, stderr: '' })
  })

  it('writes files into --out-dir, mirroring folders, and nothing to stdout', async () => {
    put('content/news/ferry.json', ferry)
    put('content/city/tram.json', tram)
    const result = await cli(['render', 'content/**/*.json', '--to', 'html', '--out-dir', 'site'])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(dir, 'site/news/ferry.html'), 'utf8')).toBe(`${toHtml(parseArticle(ferry))}\n`)
    expect(readFileSync(join(dir, 'site/city/tram.html'), 'utf8')).toBe(`${toHtml(parseArticle(tram))}\n`)
    expect(readdirSync(join(dir, 'site'), { recursive: true }).sort()).toEqual([
      'city',
      'city/tram.html',
      'news',
      'news/ferry.html',
    ])
  })

  it('writes beside each input for several inputs without --out-dir, and says what it wrote with --verbose', async () => {
    put('ferry.json', ferry)
    put('tram.json', tram)
    const result = await cli(['render', 'ferry.json', 'tram.json', '--to', 'json-ld', '--verbose'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      new RegExp(
        `^articlekit: wrote ${join(dir, 'ferry.jsonld')}\narticlekit: wrote ${join(dir, 'tram.jsonld')}\narticlekit: 2 rendered \\(2 inputs in \\d+\\.\\d\\ds, 2 files written\\)\n$`,
      ),
    )
    expect(JSON.parse(readFileSync(join(dir, 'tram.jsonld'), 'utf8'))).toEqual(toJsonLd(parseArticle(tram)))
  })

  it('counts what was done and what failed in the summary', async () => {
    put('in/a.json', ferry)
    put('in/b.json', { headline: 7 })
    put('in/c.json', tram)
    put('in/d.json', '{')
    const summary = async (args: string[], input?: string) =>
      (await cli([...args, '--verbose'], input === undefined ? {} : { input })).stderr
        .split('\n')
        .filter((line) => / in \d/.test(line))
        .map((line) => line.replace(/ in [\d.]+s/, ' in 0.01s'))
    expect(await summary(['render', 'in', '--to', 'text', '--out-dir', 'out'])).toEqual([
      'articlekit: 2 rendered, 2 failed (4 inputs in 0.01s, 2 files written)',
    ])
    expect(await summary(['convert', 'in/a.json', '--to', 'markdown'])).toEqual([
      'articlekit: 1 converted (1 input in 0.01s)',
    ])
    expect(await summary(['validate', 'in/*.json'])).toEqual(['articlekit: 2 valid, 2 invalid (4 inputs in 0.01s)'])
    const feed = `${JSON.stringify(ferry)}\n\n{\n${JSON.stringify(tram)}\n`
    expect(await summary(['render', '--ndjson', '--to', 'html'], feed)).toEqual([
      'articlekit: 2 rendered, 1 failed (3 lines in 0.01s)',
    ])
  })

  it('writes a glob to files even when it matches one file', async () => {
    put('only.json', ferry)
    const result = await cli(['render', '*.json', '--to', 'text'])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(dir, 'only.txt'), 'utf8')).toBe(`${toText(parseArticle(ferry))}\n`)
  })

  it('walks a folder: article files below it, sorted, without dot folders, node_modules or --out-dir', async () => {
    put('posts/b.json', tram)
    put('posts/a/z.md', toMarkdown(parseArticle(ferry), { frontmatter: true }))
    put('posts/a.json', ferry)
    put('posts/c.markdown', toMarkdown(parseArticle(tram), { frontmatter: true }))
    put('posts/.drafts/hidden.json', ferry)
    put('posts/.hidden.json', ferry)
    put('posts/node_modules/pkg/package.json', { name: 'pkg' })
    put('posts/articlekit.config.json', { html: {} })
    put('posts/notes.txt', 'not an article')
    const result = await cli(['render', 'posts/', '--to', 'text', '--out-dir', 'posts/out', '--verbose'])
    expect(result.code).toBe(0)
    const written = result.stderr.split('\n').filter((line) => line.includes('wrote /'))
    // In the order of the paths, as a glob's matches: `a.json` before `a/z.md` ('.' < '/').
    expect(written.map((line) => line.slice(line.indexOf('wrote ') + 6))).toEqual(
      ['out/a.txt', 'out/a/z.txt', 'out/b.txt', 'out/c.txt'].map((name) => join(dir, 'posts', name)),
    )
    expect(readFileSync(join(dir, 'posts/out/a/z.txt'), 'utf8')).toBe(`${toText(parseArticle(ferry))}\n`)
    // Again: the outputs inside the folder are not read as inputs.
    const again = await cli(['render', 'posts', '--to', 'markdown', '--out-dir', 'posts/md'])
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(await cli(['render', 'posts', '--to', 'markdown', '--out-dir', 'posts/md'])).toEqual(again)
    // Without --out-dir, a folder writes beside its files, even when it holds one.
    put('one/only.json', ferry)
    expect(await cli(['render', 'one', '--to', 'text'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(dir, 'one/only.txt'), 'utf8')).toBe(`${toText(parseArticle(ferry))}\n`)
    mkdirSync(join(dir, 'empty'))
    expect(await cli(['validate', 'empty'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'articlekit: no `.json`, `.md`, `.markdown` or `.mdx` file in `empty`\n',
    })
  })

  it('takes a file name with glob characters literally when the file exists, else as a glob', async () => {
    put('x[1].json', ferry)
    put('x1.json', tram)
    expect(await cli(['render', 'x[1].json', '--to', 'text'])).toEqual({
      code: 0,
      stdout: `${toText(parseArticle(ferry))}\n`,
      stderr: '',
    })
    put('y1.json', tram)
    expect(await cli(['render', 'y[1].json', '--to', 'text'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(dir, 'y1.txt'), 'utf8')).toBe(`${toText(parseArticle(tram))}\n`)
  })

  it('renders Markdown input', async () => {
    const markdown = toMarkdown(parseArticle(ferry), { frontmatter: true })
    put('ferry.md', markdown)
    const result = await cli(['render', 'ferry.md', '--to', 'html'])
    expect(result).toEqual({ code: 0, stdout: `${toHtml(fromMarkdown(markdown))}\n`, stderr: '' })
  })

  it('never overwrites an input, and writes nothing when one would be', async () => {
    const source = toMarkdown(parseArticle(ferry), { frontmatter: true })
    put('ferry.md', source)
    put('tram.json', tram)
    const result = await cli(['render', 'ferry.md', 'tram.json', '--to', 'markdown'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'articlekit: writing `ferry.md` as `.md` would overwrite an input; choose another --out-dir\n',
    )
    expect(readFileSync(join(dir, 'ferry.md'), 'utf8')).toBe(source)
    expect(existsSync(join(dir, 'tram.md'))).toBe(false)
  })

  it('refuses two inputs that would write the same file', async () => {
    put('a/ferry.json', ferry)
    put('a/ferry.md', toMarkdown(parseArticle(ferry), { frontmatter: true }))
    const result = await cli(['render', 'a/*', '--to', 'html', '--out-dir', 'site'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `articlekit: \`a/ferry.json\` and \`a/ferry.md\` would both be written to \`${join(dir, 'site/ferry.html')}\`\n`,
    )
  })

  it('reports an invalid article with its paths, renders the others, and exits with 1', async () => {
    put('in/good.json', ferry)
    put('in/bad.json', {
      headline: 'Bad',
      body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:x', children: 'x' }] }],
    })
    const result = await cli(['render', 'in/*.json', '--to', 'text', '--out-dir', 'out'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'articlekit: in/bad.json:body[0].children[0].url: URL scheme is not allowed; use http:, https:, mailto:, tel: or a relative URL: `javascript:x`\n',
    )
    expect(readdirSync(join(dir, 'out'))).toEqual(['good.txt'])
  })
})

describe('input and output errors', () => {
  it('exits with 3 for a missing file, a folder, or a glob without matches', async () => {
    mkdirSync(join(dir, 'folder.json'))
    expect(await cli(['render', 'missing.json', '--to', 'html'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'articlekit: cannot read `missing.json`: no such file or folder\n',
    })
    expect(await cli(['render', '--ndjson', 'folder.json', '--to', 'html'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'articlekit: cannot read `folder.json`: is a folder, not a file\n',
    })
    expect(await cli(['validate', 'drafts/*.json'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'articlekit: no file matches `drafts/*.json`\n',
    })
  })

  it('exits with 3 when the output folder cannot be written, without a stack trace', async () => {
    put('ferry.json', ferry)
    put('taken', 'a file where the folder should be')
    const result = await cli(['render', 'ferry.json', '--to', 'html', '--out-dir', 'taken'])
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: `articlekit: cannot write to \`${join(dir, 'taken')}\`: a file is in the way\n`,
    })
  })

  it.skipIf(!existsSync('/dev/full'))('exits with 3 when standard output is full, in one line', async () => {
    put('ferry.json', ferry)
    put('feed.ndjson', `${JSON.stringify(ferry)}\n${JSON.stringify(tram)}\n`)
    const full = openSync('/dev/full', 'w')
    try {
      for (const args of [
        ['render', 'ferry.json', '--to', 'html'],
        ['render', '--ndjson', 'feed.ndjson', '--to', 'text'],
        ['validate', 'ferry.json', '--format', 'json'],
        ['schema'],
        ['--help'],
      ]) {
        const result = spawnSync(process.execPath, [bin, ...args], {
          cwd: dir,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        })
        expect([result.status, result.stderr], args.join(' ')).toEqual([
          3,
          'articlekit: cannot write to standard output: no space left on the device\n',
        ])
      }
    } finally {
      closeSync(full)
    }
  })

  it('exits with 3 when an output file cannot be written', async () => {
    put('ferry.json', ferry)
    put('tram.json', tram)
    mkdirSync(join(dir, 'site/tram.html'), { recursive: true })
    const result = await cli(['render', 'ferry.json', 'tram.json', '--to', 'html', '--out-dir', 'site'])
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: `articlekit: cannot write \`${join(dir, 'site/tram.html')}\`: is a folder, not a file\n`,
    })
    expect(readdirSync(join(dir, 'site')).sort()).toEqual(['ferry.html', 'tram.html'])
  })

  it('stops quietly when the reader of standard output goes away', async () => {
    const feed = Array.from({ length: 3000 }, () => JSON.stringify(ferry)).join('\n')
    const child = spawn(process.execPath, [bin, 'render', '--ndjson', '--to', 'html', '--jobs', '1'], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.stdout.once('data', () => child.stdout.destroy())
    child.stdin.on('error', () => {})
    child.stdin.end(feed)
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect([code, stderr]).toEqual([0, ''])
  })

  it('shows the stack trace with --verbose', async () => {
    put('ferry.json', ferry)
    put('taken', '')
    const result = await cli(['render', 'ferry.json', '--to', 'html', '--out-dir', 'taken/sub', '--verbose'])
    expect(result.code).toBe(3)
    expect(result.stderr.split('\n')[0]).toBe(
      `articlekit: cannot write to \`${join(dir, 'taken/sub')}\`: a part of the path is a file, not a folder`,
    )
    expect(result.stderr).toContain('    at ')
  })
})

describe('messages on standard error', () => {
  it('start every line with `articlekit: `; only the indented lines of a stack trace continue one', async () => {
    put('ferry.json', ferry)
    put('bad.json', { headline: 7, body: ['x'] })
    put('broken.json', '{"headline": ')
    put('taken', '')
    put('post.md', '---\ntitle: A post\nlayout: post\n---\n\nText.\n')
    const commands: [string[], string?][] = [
      [['publish']],
      [['render', 'ferry.json', '--to', 'html', '--fast']],
      [['render', 'ferry.json']],
      [['render', 'missing.json', '--to', 'html']],
      [['render', 'bad.json', 'broken.json', 'ferry.json', '--to', 'text', '--out-dir', 'out', '--verbose']],
      [['render', '--ndjson', '--to', 'text'], '{"headline": 1}\n{\n'],
      [['convert', 'post.md', '--from', 'blog', '--to', 'json']],
      [['render', 'ferry.json', '--to', 'html', '--out-dir', 'taken/sub', '--verbose']],
      [['validate', 'ferry.json', 'bad.json', '--verbose']],
    ]
    let lines = 0
    for (const [args, input] of commands) {
      const result = await cli(args, input === undefined ? {} : { input })
      for (const line of result.stderr.split('\n').slice(0, -1)) {
        expect(line, args.join(' ')).toMatch(/^(articlekit: |\s)/)
        lines++
      }
    }
    expect(lines).toBeGreaterThan(15)
  })
})

describe('validate', () => {
  it('says in one line that valid articles are valid, and exits with 0', async () => {
    put('ferry.json', ferry)
    put('tram.json', ferry)
    expect(await cli(['validate', 'ferry.json'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'articlekit: 1 input valid\n',
    })
    expect(await cli(['validate', 'ferry.json', 'tram.json'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'articlekit: 2 inputs valid\n',
    })
    expect(await cli(['validate', 'ferry.json', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect((await cli(['validate', 'ferry.json', '--format', 'json'])).stderr).toBe('')
  })

  it('prints every issue as file:path: message and exits with 1', async () => {
    put('ferry.json', ferry)
    put('bad.json', { headline: 7, body: [{ type: 'heading', level: 9, children: 'x' }], colour: 'red' })
    const result = await cli(['validate', 'bad.json', 'ferry.json'])
    expect(result).toEqual({
      code: 1,
      stdout: [
        'bad.json:headline: Expected a string, got `7`',
        'bad.json:body[0].level: Expected one of `2`, `3`, `4`, `5`, `6`, got `9`',
        'bad.json:colour: Unknown key `colour`',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  it('gives the line and column of bad JSON', async () => {
    put('broken.json', '{\n  "headline": "Ferry",\n  "body": [,]\n}\n')
    expect(await cli(['validate', 'broken.json'])).toEqual({
      code: 1,
      stdout: 'broken.json:3:12: invalid JSON: unexpected `,`; expected a value\n',
      stderr: '',
    })
  })

  it('gives the line and column of problems in Markdown', async () => {
    put('story.md', '---\nheadline: Ferry\n---\n\nThe ferry left.\n\n<div>raw</div>\n')
    const result = await cli(['validate', 'story.md'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^story\.md:7:1:body\[1\]: .*HTML.*\n$/)
  })

  it('adds lint diagnostics with their severity with --lint', async () => {
    put('ferry.json', ferry)
    const article = parseArticle(ferry)
    const result = await cli(['validate', 'ferry.json', '--lint'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      lintArticle(article)
        .map((found) => `ferry.json:${formatPath(found.path)}: ${found.severity}: ${found.message} (${found.code})\n`)
        .join(''),
    )
    expect(result.stdout).toContain('ferry.json:authors: warning: No author is credited (authors_missing)\n')
  })

  it('exits with 1 for a lint error', async () => {
    put('dates.json', { ...ferry, datePublished: '2026-03-14T10:00:00Z', dateModified: '2026-03-13T10:00:00Z' })
    const result = await cli(['validate', 'dates.json', '--lint'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('dates.json:dateModified: error: ')
  })

  it('writes a JSON array with --format json', async () => {
    put('a/ferry.json', ferry)
    put('a/tram.json', { headline: 'Tram' })
    const result = await cli(['validate', 'a/*.json', '--format', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual([
      { file: 'a/ferry.json', valid: true, issues: [] },
      {
        file: 'a/tram.json',
        valid: false,
        issues: [{ path: 'body', code: 'required', message: 'Required: expected an array', severity: 'error' }],
      },
    ])
  })

  it('colours only on a terminal or with FORCE_COLOR, never with NO_COLOR', async () => {
    put('bad.json', { headline: 7, body: [] })
    const forced = await cli(['validate', 'bad.json'], { env: { FORCE_COLOR: '1' } })
    expect(forced.stdout).toBe('\u001b[1mbad.json:headline\u001b[22m: Expected a string, got `7`\n')
    const off = await cli(['validate', 'bad.json'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })
    expect(off.stdout).toBe('bad.json:headline: Expected a string, got `7`\n')
  })
})

describe('schema, init and convert', () => {
  it('prints the JSON Schema', async () => {
    const result = await cli(['schema'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(articleJsonSchema())
  })

  it('writes an example article and config that validate and render, and keeps existing files', async () => {
    const first = await cli(['init'])
    expect(first).toEqual({
      code: 0,
      stdout:
        'wrote article.json\nwrote articlekit.config.json\nnext: articlekit render article.json --to html --document > article.html\n',
      stderr: '',
    })
    expect(await cli(['validate', 'article.json', '--lint'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'articlekit: 1 input valid\n',
    })
    const page = await cli(['render', 'article.json', '--to', 'html', '--document'])
    expect(page.code).toBe(0)
    expect(page.stdout).toContain('<title>Night ferry returns to the estuary after two winters</title>')
    writeFileSync(join(dir, 'article.json'), '{"headline":"Mine","body":[]}')
    const again = await cli(['init'])
    expect(again.code).toBe(0)
    expect(again.stderr).toBe(
      'articlekit: `article.json` already exists; left as it is\narticlekit: `articlekit.config.json` already exists; left as it is\n',
    )
    expect(readFileSync(join(dir, 'article.json'), 'utf8')).toBe('{"headline":"Mine","body":[]}')
  })

  it('gives a page stylesheets, a title template and head markup from flags, and refuses them without --document', async () => {
    put('ferry.json', { headline: 'Night <ferry>', body: ['It runs.'] })
    writeFileSync(join(dir, 'head.html'), '<link rel="icon" href="/icon.svg">\n')
    const page = await cli([
      'render',
      'ferry.json',
      '--to',
      'html',
      '--document',
      '--stylesheet',
      'a.css',
      '--stylesheet',
      '/b.css?x="1"',
      '--title-template',
      '%s · Courier',
      '--head-file',
      'head.html',
    ])
    expect(page.code).toBe(0)
    expect(page.stdout).toContain('<title>Night &lt;ferry&gt; · Courier</title>')
    expect(page.stdout).toContain(
      '<link rel="stylesheet" href="a.css"><link rel="stylesheet" href="/b.css?x=&quot;1&quot;"><link rel="icon" href="/icon.svg">\n</head>',
    )
    const fragment = await cli(['render', 'ferry.json', '--to', 'html', '--stylesheet', 'a.css'])
    expect(fragment).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining(
        'articlekit: `--stylesheet`, `--title-template` and `--head-file` go with `--document`',
      ),
    })
    const missing = await cli(['render', 'ferry.json', '--to', 'html', '--document', '--head-file', 'nope.html'])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('articlekit: cannot read `nope.html`')
  })

  it('writes the same head tags with --to meta and --document for one config', async () => {
    await cli(['init'])
    // A site name that differs from the article's publisher shows which one each head took.
    const config = JSON.parse(readFileSync(join(dir, 'articlekit.config.json'), 'utf8'))
    config.jsonLd.site.name = 'The Site Itself'
    writeFileSync(join(dir, 'articlekit.config.json'), JSON.stringify(config))
    const meta = await cli(['render', 'article.json', '--to', 'meta'])
    const page = await cli(['render', 'article.json', '--to', 'html', '--document'])
    expect(meta.stdout).toContain('<meta property="og:site_name" content="The Site Itself">')
    const head = page.stdout.slice(0, page.stdout.indexOf('</head>'))
    for (const tag of meta.stdout.trim().split('\n')) expect(head).toContain(tag)
  })

  it('converts JSON to Markdown with front matter and back', async () => {
    put('every.json', everyNode)
    const toMd = await cli(['convert', 'every.json', '--to', 'markdown', '--quiet'])
    expect(toMd.code).toBe(0)
    expect(toMd.stdout).toBe(toMarkdown(parseArticle(everyNode), { frontmatter: true }))
    put('every.md', toMd.stdout)
    const back = await cli(['convert', 'every.md', '--to', 'json'])
    expect(back.code).toBe(0)
    expect(JSON.parse(back.stdout)).toEqual(parseArticle(everyNode))
  })
})

describe('without articlekit/markdown', () => {
  // Runs last in this file: it removes the Markdown entry from this file's build.
  it('says clearly that Markdown is not available, with exit code 2', async () => {
    put('ferry.json', ferry)
    put('story.md', '# Ferry\n\nThe ferry left.\n')
    rmSync(join(buildRoot, 'dist', 'markdown.js'))
    const message =
      'articlekit: Markdown input and output are not available: this installation of articlekit has no `articlekit/markdown`\n'
    expect(await cli(['render', 'story.md', '--to', 'html'])).toEqual({ code: 2, stdout: '', stderr: message })
    expect(await cli(['render', 'ferry.json', '--to', 'markdown'])).toEqual({ code: 2, stdout: '', stderr: message })
    expect((await cli(['render', 'ferry.json', '--to', 'html'])).code).toBe(0)
  })
})
