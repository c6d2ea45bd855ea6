// `render` and embargoes: an article under embargo fails like any input that
// cannot be rendered, naming its file; `--now`, `--ignore-embargo` and the
// config's render options let it through; `convert` keeps it as storage.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArticle } from 'articlekit'
import { toHtml, toHtmlDocument } from 'articlekit/html'
import { toText } from 'articlekit/text'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('embargo'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articlekit-embargo-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], options: { input?: string } = {}) => run(bin, args, { cwd: dir, ...options })

/** Far in the future of any run of these tests. */
const EMBARGO = '2999-01-01T06:00:00Z'
const budget = {
  headline: 'Council sets the ferry budget',
  embargo: EMBARGO,
  body: ['The council voted at dawn.'],
}
const open = { headline: 'Ferry runs on time', body: ['The ferry left at dawn.'] }

function put(name: string, content: unknown): void {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
}

describe('render', () => {
  it('fails an embargoed file with exit code 1, naming the file, the path and the time', async () => {
    put('budget.json', budget)
    for (const format of ['html', 'markdown', 'json-ld', 'text', 'meta']) {
      const result = await cli(['render', 'budget.json', '--to', format])
      expect([result.code, result.stdout], format).toEqual([1, ''])
      expect(result.stderr).toMatch(
        /^articlekit: budget\.json:embargo: cannot render: embargo: The article is under embargo until `2999-01-01T06:00:00Z` \(it is now `\d{4}-\d\d-\d\dT[\d:.]+Z`\); it is not rendered: pass `now` with the time the output goes public, or `ignoreEmbargo: true` for a private preview \(here: `--now TIME` or `--ignore-embargo`\)\n$/,
      )
    }
    const page = await cli(['render', 'budget.json', '--to', 'html', '--document'])
    expect(page.code).toBe(1)
  })

  it('renders the others of a batch, and exits with 1', async () => {
    put('budget.json', budget)
    put('open.json', open)
    const result = await cli(['render', 'budget.json', 'open.json', '--to', 'text', '--out-dir', 'out'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('budget.json:embargo: cannot render:')
  })

  it('--now checks against the given time, and --ignore-embargo renders anyway', async () => {
    put('budget.json', budget)
    const article = parseArticle(budget)
    const later = await cli(['render', 'budget.json', '--to', 'html', '--now', '2999-01-01T07:00:00+01:00'])
    expect(later).toEqual({ code: 0, stdout: `${toHtml(article, { ignoreEmbargo: true })}\n`, stderr: '' })
    const earlier = await cli(['render', 'budget.json', '--to', 'html', '--now', '2999-01-01T06:59:59+01:00'])
    expect(earlier.code).toBe(1)
    expect(earlier.stderr).toContain('(it is now `2999-01-01T05:59:59.000Z`)')
    const preview = await cli(['render', 'budget.json', '--to', 'html', '--document', '--ignore-embargo'])
    expect(preview).toEqual({
      code: 0,
      stdout: `${toHtmlDocument(article, { ignoreEmbargo: true })}\n`,
      stderr: '',
    })
  })

  it('takes now and ignoreEmbargo from the config, where the flags win', async () => {
    put('budget.json', budget)
    put('articlekit.config.json', { text: { ignoreEmbargo: true }, html: { now: '2999-01-02T00:00:00Z' } })
    const article = parseArticle(budget)
    expect(await cli(['render', 'budget.json', '--to', 'text'])).toEqual({
      code: 0,
      stdout: `${toText(article, { ignoreEmbargo: true })}\n`,
      stderr: '',
    })
    expect((await cli(['render', 'budget.json', '--to', 'html'])).code).toBe(0)
    expect((await cli(['render', 'budget.json', '--to', 'html', '--now', '2998-01-01T00:00:00Z'])).code).toBe(1)
    expect((await cli(['render', 'budget.json', '--to', 'json-ld'])).code).toBe(1)
  })

  it('reports an embargoed stream line as a record with the render error', async () => {
    const result = await cli(['render', '--ndjson', '--to', 'text'], {
      input: `${JSON.stringify(open)}\n${JSON.stringify(budget)}\n`,
    })
    expect(result.code).toBe(1)
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(records[0]).toEqual({ line: 1, output: 'Ferry runs on time\n\nThe ferry left at dawn.' })
    expect(records[1].line).toBe(2)
    expect(records[1].error.code).toBe('render_failed')
    expect(records[1].error.issues[0].path).toBe('embargo')
  })

  it('refuses a --now that is not a date and time with an offset', async () => {
    put('budget.json', budget)
    for (const now of ['tomorrow', '2999-01-01', '2999-01-01T06:00:00']) {
      const result = await cli(['render', 'budget.json', '--to', 'text', '--now', now])
      expect([result.code, result.stdout]).toEqual([2, ''])
      expect(result.stderr).toBe(
        `articlekit: \`--now\` must be a date and time with an offset or Z, such as 2026-03-14T06:00:00Z, not \`${now}\`\n`,
      )
    }
    const validate = await cli(['validate', 'budget.json', '--now', EMBARGO])
    expect(validate.code).toBe(2)
  })
})

describe('convert and validate', () => {
  it('convert keeps the embargo in the front matter, and validate says nothing of it', async () => {
    put('budget.json', budget)
    const converted = await cli(['convert', 'budget.json', '--to', 'markdown'])
    expect(converted.code).toBe(0)
    expect(converted.stdout).toContain(`embargo: "${EMBARGO}"\n`)
    expect(await cli(['validate', 'budget.json'])).toMatchObject({ code: 0, stdout: '' })
  })

  it('validate rejects a calendar date as an embargo, by path', async () => {
    put('budget.json', { ...budget, embargo: '2999-01-01' })
    const result = await cli(['validate', 'budget.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      'budget.json:embargo: Expected a date and time with an offset or `Z`, such as `2026-03-14T06:00:00Z`: without them it falls at a different moment in each time zone, got `2999-01-01`\n',
    )
  })
})
