// The blog import mode from the command line: --from blog, --base-url,
// drafts, and articles on standard input.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCli, removeBuild, run } from './build.js'

let bin = ''
let buildRoot = ''
let dir = ''

beforeAll(async () => {
  ;({ bin, root: buildRoot } = await buildCli('blog'))
}, 60_000)
afterAll(() => removeBuild(buildRoot))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'articlekit-cli-blog-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

const cli = (args: string[], input?: string) => run(bin, args, { cwd: dir, ...(input === undefined ? {} : { input }) })

function put(name: string, content: string): void {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
}

const post =
  '---\ntitle: Night buses return\ndate: 2026-10-05 18:00 +0100\nlayout: post\ntags: buses\n---\n\nThe N7 runs <b>every</b> half hour.\n'
const draft = '---\ntitle: Not yet\ndraft: true\n---\n\nUnfinished.\n'

describe('--from blog', () => {
  it('converts a post on standard input, with its warnings on standard error', async () => {
    const result = await cli(['convert', '-', '--to', 'json', '--from', 'blog'], post)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      type: 'Article',
      headline: 'Night buses return',
      authors: [],
      datePublished: '2026-10-05T18:00+01:00',
      keywords: ['buses'],
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'The N7 runs ' },
            { type: 'strong', children: [{ type: 'text', value: 'every' }] },
            { type: 'text', value: ' half hour.' },
          ],
        },
      ],
    })
    expect(result.stderr).toBe(
      'articlekit: stdin:4:1:layout: warning: Front-matter key `layout` has no place in the article; left out (unmapped_key)\n',
    )
  })

  it('validates posts with their warnings, which do not fail the run', async () => {
    put('2024-03-09-post.md', post)
    const result = await cli(['validate', '2024-03-09-post.md', '--from', 'blog'])
    expect(result).toEqual({
      code: 0,
      stdout:
        '2024-03-09-post.md:4:1:layout: warning: Front-matter key `layout` has no place in the article; left out (unmapped_key)\n',
      stderr: 'articlekit: 1 input valid\n',
    })
  })

  it('skips drafts with a note unless --drafts, and resolves URLs against --base-url', async () => {
    put('posts/draft.md', draft)
    put('posts/done.md', '---\ntitle: Done\nimage: /img/a.jpg\n---\n\nFinished.\n')
    const skipped = await cli(['render', 'posts/*.md', '--from', 'blog', '--to', 'json-ld', '--out-dir', 'site'])
    expect(skipped.code).toBe(0)
    expect(skipped.stderr).toContain(
      'articlekit: posts/draft.md: skipped: the post is a draft (`--drafts` includes it)\n',
    )
    expect(() => readFileSync(join(dir, 'site/draft.jsonld'))).toThrow()
    const withDrafts = await cli([
      'convert',
      'posts/*.md',
      '--from',
      'blog',
      '--to',
      'json',
      '--out-dir',
      'out',
      '--drafts',
      '--base-url',
      'https://blog.example.com/',
    ])
    expect(withDrafts.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out/draft.json'), 'utf8')).headline).toBe('Not yet')
    expect(JSON.parse(readFileSync(join(dir, 'out/done.json'), 'utf8')).image).toEqual({
      url: 'https://blog.example.com/img/a.jpg',
      alt: '',
    })
  })

  it('refuses a bad --from or --base-url with exit code 2', async () => {
    expect(await cli(['validate', '-', '--from', 'xml'], '{}')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'articlekit: unknown `--from` `xml`; expected md, json, blog, text, html\n',
    })
    expect((await cli(['validate', '-', '--base-url', 'https://x.example/'], '{}')).stderr).toBe(
      'articlekit: `--base-url` goes with `--from blog` only\n',
    )
    expect((await cli(['validate', '-', '--from', 'blog', '--base-url', '/blog/'], '{}')).stderr).toBe(
      'articlekit: `--base-url` must be an absolute http: or https: URL, not `/blog/`\n',
    )
  })
})

describe('standard input', () => {
  it('tells JSON from Markdown by the first character, or as --from says', async () => {
    const json = await cli(['validate', '-'], '{"headline":"H","body":["x"]}')
    expect(json).toEqual({ code: 0, stdout: '', stderr: 'articlekit: 1 input valid\n' })
    const markdown = await cli(['validate', '-'], '---\nheadline: H\n---\n\nText <b>bold</b>\n')
    expect(markdown.code).toBe(1)
    expect(markdown.stdout).toBe(
      'stdin:5:6:body[0].children[1]: Raw HTML is not part of the model\nstdin:5:13:body[0].children[2]: Raw HTML is not part of the model\n',
    )
    const hugo = await cli(['convert', '-', '--to', 'json', '--from', 'blog'], '{\n  "title": "Hugo"\n}\n\nBody.\n')
    expect(JSON.parse(hugo.stdout).headline).toBe('Hugo')
    const rendered = await cli(['render', '-', '--to', 'text'], '# Piped\n\nHello.\n')
    expect(rendered.stdout).toBe('Piped\n\nHello.\n')
  })

  it('is named in every --help', async () => {
    for (const command of ['render', 'validate', 'convert']) {
      const help = await cli([command, '--help'])
      expect(help.stdout).toContain(`articlekit ${command} - `)
      expect(help.stdout).toContain('--from F')
    }
    expect((await cli(['--help'])).stdout).toContain('or - for one article on standard')
  })
})
