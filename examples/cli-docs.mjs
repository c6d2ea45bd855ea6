// Fills docs/cli.md with real output: every fenced block that follows a
// `<!-- run: COMMAND -->` comment is replaced with `$ COMMAND` and what the
// command printed (standard output and error, colours off), run in a
// temporary folder holding the example files below.
//
//   node examples/cli-docs.mjs [--bin path/to/cli.js] [--check]
//
// --check fails, changing nothing, when docs/cli.md is out of date.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { bin: { type: 'string' }, check: { type: 'boolean' } } })
const root = new URL('..', import.meta.url).pathname
const bin = resolve(values.bin ?? join(root, 'dist/cli/index.js'))
const docPath = join(root, 'docs/cli.md')

// The example files the commands work on.
const ferry = {
  headline: 'Night ferry returns to the estuary',
  url: 'https://news.example.com/night-ferry',
  language: 'en-GB',
  authors: [{ name: 'Mara Velland' }],
  datePublished: '2026-03-14T09:30:00+01:00',
  body: [
    'The last crossing of the day runs again from Monday.',
    { type: 'heading', level: 2, children: 'A later boat' },
    'It now leaves at 23:40.',
  ],
}
const files = {
  'ferry.json': JSON.stringify(ferry, null, 2),
  'articles/tram.json': JSON.stringify({ headline: 'Tram line opens', body: ['The first tram ran at six.'] }, null, 2),
  'articles/bridge.json': JSON.stringify(
    { headline: 'Bridge repairs finish early', body: ['Traffic moves again.'] },
    null,
    2,
  ),
  'bad.json': JSON.stringify(
    {
      headline: 7,
      body: [
        { type: 'heading', level: 9, children: 'Late' },
        { type: 'link', url: 'https://x.example' },
      ],
      colour: 'red',
    },
    null,
    2,
  ),
  'broken.json': '{\n  "headline": "Ferry",\n  "body": [,]\n}\n',
  'story.md':
    '---\nheadline: Harbour wall repaired\n---\n\nThe wall held through the storm.\n\n<div>A raw block</div>\n',
  'posts/2026-10-05-night-buses.md':
    '---\nlayout: post\ntitle: Night buses return\ndate: 2026-10-05 18:00 +0100\ntags: [buses, night]\n---\n\nFrom Monday, the <strong>N7</strong> runs every 30 minutes after midnight.\n',
  'posts/winter-draft.md': '---\ntitle: Winter timetable\ndraft: true\npermalink: /winter/\n---\n\nTo follow.\n',
  'feed.ndjson': `${[
    JSON.stringify({ headline: 'First', body: ['One.'] }),
    '{"headline": "Second", "body": [',
    JSON.stringify({ headline: 'Third' }),
    JSON.stringify({ headline: 'Fourth', body: ['Four.'] }),
  ].join('\n')}\n`,
}

const work = mkdtempSync(join(tmpdir(), 'articlekit-docs-'))
try {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(work, name, '..'), { recursive: true })
    writeFileSync(join(work, name), content)
  }
  const shims = join(work, '.bin')
  mkdirSync(shims)
  writeFileSync(join(shims, 'articlekit'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`)
  chmodSync(join(shims, 'articlekit'), 0o755)
  const env = { PATH: `${shims}:${process.env.PATH}`, NO_COLOR: '1', HOME: work }

  const doc = readFileSync(docPath, 'utf8')
  const updated = doc.replace(/<!-- run: (.+?) -->\n```(\w*)\n(?:(?!```)[^\n]*\n)*```/g, (_, command, language) => {
    const result = spawnSync('sh', ['-c', `${command} 2>&1`], { cwd: work, env, encoding: 'utf8' })
    const output = result.stdout.replaceAll(work, '/home/you/project').trimEnd()
    const status = result.status === 0 ? '' : `\n# exit code ${result.status}`
    return `<!-- run: ${command} -->\n\`\`\`${language}\n$ ${command}\n${output}${status}\n\`\`\``
  })
  if (values.check) {
    if (updated !== doc) {
      console.error('docs/cli.md is out of date: run `node examples/cli-docs.mjs`')
      process.exit(1)
    }
  } else {
    writeFileSync(docPath, updated)
    console.log(`docs/cli.md: ${[...updated.matchAll(/<!-- run: /g)].length} commands run with ${bin}`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
