// Plain-text stories from the command line: --from text reads them with
// fromText, its report on standard error (or among validate's issues), exit
// code 1 for a text with no article, and only .txt and .text files.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('text'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articlekit-cli-text-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], input?: string) => run(bin, args, { cwd: dir, ...(input === undefined ? {} : { input }) })

function put(name: string, content: string): void {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
}

const story = 'Ferry captain retires\n\nShe sailed her last crossing on Sunday.\n\nListen to our harbour podcast\n'

describe('--from text', () => {
  it('converts a story on standard input, with the report on standard error', async () => {
    const result = await cli(['convert', '-', '--to', 'json', '--from', 'text'], story)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      type: 'Article',
      headline: 'Ferry captain retires',
      standfirst: [{ type: 'text', value: 'She sailed her last crossing on Sunday.' }],
      authors: [],
      body: [{ type: 'promo', kind: 'podcast', children: [{ type: 'text', value: 'Listen to our harbour podcast' }] }],
    })
    expect(result.stderr.split('\n')).toEqual([
      'articlekit: stdin:1:1:headline: warning: The first line is the headline (headline)',
      'articlekit: stdin:3:1:standfirst: warning: The paragraph after the headline is the standfirst (standfirst)',
      'articlekit: stdin:5:1:body[0]: warning: `Listen to our harbour podcast` is a promo (`podcast`), without a URL: the text has none and `links` gives none (promo)',
      '',
    ])
  })

  it('reads .txt files and walks folders for them; an empty text fails with exit code 1', async () => {
    put('stories/ferry.txt', story)
    put('stories/notes.md', '# Not a story\n')
    put('stories/empty.txt', '\n\n')
    const result = await cli(['convert', 'stories', '--from', 'text', '--to', 'json', '--out-dir', 'out', '--quiet'])
    expect(result.code).toBe(1)
    expect(JSON.parse(readFileSync(join(dir, 'out/ferry.json'), 'utf8')).headline).toBe('Ferry captain retires')
    expect(() => readFileSync(join(dir, 'out/notes.json'))).toThrow()
    expect(result.stderr).toContain('stories/empty.txt')
    expect(result.stderr).toContain('The text has no line to be the headline')
    const validated = await cli(['validate', 'stories/ferry.txt', '--from', 'text'])
    expect(validated.code).toBe(0)
    expect(validated.stdout).toContain('stories/ferry.txt:5:1:body[0]: warning:')
  })

  it('refuses other files by name', async () => {
    put('post.md', '# A post\n')
    expect(await cli(['convert', 'post.md', '--from', 'text', '--to', 'json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'articlekit: cannot read `post.md`: expected one of `.txt`, `.text`\n',
    })
  })
})
