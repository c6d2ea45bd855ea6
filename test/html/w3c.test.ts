// Conformance: every valid fixture and the example article, rendered as a
// fragment (inside a minimal valid page) and as a whole document, must pass
// the W3C Nu HTML Checker (the `vnu-jar` package, run with the machine's
// Java) without a single error. Java starts once for all documents: it takes
// seconds to start, far longer than checking a page.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type Article, parseArticle } from 'articlekit'
import { embedProviders, type HtmlOptions, toHtml, toHtmlDocument } from 'articlekit/html'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'

const run = promisify(execFile)
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/** One message of the checker's JSON output (`--format json`). */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  message: string
  extract?: string
  hiliteStart?: number
  hiliteLength?: number
  lastLine?: number
  url?: string
}

/** A page to check: a file name, and the HTML. */
interface Page {
  file: string
  html: string
}

const readExample = async (file: string) =>
  parseArticle(JSON.parse(await readFile(new URL(`../../examples/${file}`, import.meta.url), 'utf8')))
const example = await readExample('article.json')
const stylesheet = await readFile(new URL('../../src/html/article.css', import.meta.url), 'utf8')

/**
 * Every hostile string in text and attribute fields, not validated (the
 * renderer must cope with objects that skipped `parseArticle`): escaping and
 * dropping forbidden characters must keep the page valid too.
 */
const everything = hostileStrings.map((entry) => entry.value).join(' ')
const text = (value: string) => [{ type: 'text', value }]
const hostile = {
  schemaVersion: 1,
  type: 'Article',
  language: 'en',
  headline: everything,
  standfirst: text(everything),
  authors: [{ type: 'Person', name: everything }],
  image: { url: '/lead.jpg', alt: everything, caption: text(everything), credit: everything },
  body: hostileStrings.map((entry) => ({ type: 'paragraph', children: text(entry.value) })),
} as unknown as Article

/** One embed for each built-in player, each under a heading, for the `embeds` and `tableOfContents` options. */
const players = [
  ['YouTube', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ'],
  ['Vimeo', 'https://vimeo.com/76979871'],
  ['Spotify', 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk'],
  ['SoundCloud', 'https://soundcloud.com/example-artist/harbour-sounds'],
].flatMap(([provider, url], index) => [
  { type: 'heading', level: index % 2 === 0 ? 2 : 3, children: [{ type: 'text', value: `On ${provider}` }] },
  { type: 'embed', url, kind: 'video', provider, title: `The crossing on ${provider}` },
])

/** An article to check, with the options to render it with, as a fragment, a document, or both. */
interface Case {
  name: string
  article: Article
  options?: HtmlOptions
  /** The fragment follows the page's own `<h1>` (for `headingOffset`), and no document is made. */
  pageHeading?: boolean
}

const cases: Case[] = [
  { name: 'every-node', article: parseArticle(everyNode) },
  {
    name: 'every-node-external-links',
    article: parseArticle(everyNode),
    options: { linkTarget: '_blank', linkRel: 'external', resolveUrl: true },
  },
  {
    name: 'every-node-heading-offset',
    article: parseArticle(everyNode),
    options: { headingOffset: 1 },
    pageHeading: true,
  },
  { name: 'every-node-rtl', article: parseArticle({ ...everyNode, language: 'ar' }) },
  {
    name: 'every-node-players-and-contents',
    article: parseArticle({ ...everyNode, body: [...everyNode.body, ...players] }),
    options: { embeds: embedProviders, tableOfContents: { maxLevel: 6 } },
  },
  { name: 'minimal', article: parseArticle(minimal) },
  { name: 'shorthands', article: parseArticle(shorthands.input) },
  { name: 'example-article', article: example },
  { name: 'opinion-article', article: await readExample('opinion-article.json') },
  { name: 'live-blog', article: await readExample('live-blog.json'), options: { tableOfContents: true } },
  { name: 'hostile-text', article: hostile },
]

/** A fragment on its own is not a document: the smallest valid page around it. */
function page(title: string, fragment: string, heading: boolean): string {
  const h1 = heading ? '<h1>Example News</h1>' : ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${h1}${fragment}</body></html>`
}

const pages: Page[] = cases.flatMap(({ name, article, options = {}, pageHeading = false }) => [
  { file: `${name}.fragment.html`, html: page(name, toHtml(article, options), pageHeading) },
  ...(pageHeading ? [] : [{ file: `${name}.document.html`, html: toHtmlDocument(article, options) }]),
])
// The stylesheet is checked too, inside the page it is made for.
pages.push({
  file: 'example-article.styled.html',
  html: toHtmlDocument(example).replace('</head>', `<style>${stylesheet}</style></head>`),
})
// A page with one known error, to prove the checker runs and reports by file.
const control: Page = {
  file: 'control.html',
  html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title></head><body><p><td>x</td></p></body></html>',
}

/**
 * Known problems of our own output, waiting for a fix (none today). Each
 * names the test, the checker message it explains and what is wrong. Such a
 * test passes while the message is still there and nothing else is wrong,
 * and fails once the message is gone: then delete the entry.
 */
const knownIssues: Record<string, { message: RegExp; problem: string }> = {}

/** Warnings the checker may give, where, and why each is acceptable. Any other warning fails like an error. */
const allowedWarnings: { files: RegExp; message: RegExp; reason: string }[] = [
  {
    files: /^every-node-players-and-contents\./,
    message:
      /^Potentially bad value “allow-scripts allow-same-origin[^”]*” for attribute “sandbox” on element “iframe”/,
    reason:
      'the escape it warns of needs a frame of the same origin as the page; a player always comes from its ' +
      "provider's own host, and players need their origin's storage to play at all",
  },
  {
    files: /^hostile-text\./,
    message: /^This document is not mappable to XML 1\.0 without data loss due to U\+000c /,
    reason: 'U+000C (form feed) is whitespace HTML allows in text; only an XML serialization would lose it',
  },
  {
    files: /^hostile-text\./,
    message: /is not in Unicode Normalization Form C/,
    reason: "the renderer writes the author's text as given; normalizing it would change what they wrote",
  },
  {
    files: /^hostile-text\./,
    message: /^This document appears to be written in /,
    reason: 'the checker guesses a language from the hostile strings, which are no language',
  },
]

/** The checker's messages for each file, and whether a warning is explained. */
const isAllowed = (file: string, message: VnuMessage) =>
  allowedWarnings.some((allowed) => allowed.files.test(file) && allowed.message.test(message.message))

let directory = ''
const messages = new Map<string, VnuMessage[]>()

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'articlekit-w3c-'))
  for (const { file, html } of [...pages, control]) await writeFile(join(directory, file), html)
  let stdout: string
  try {
    ;({ stdout } = await run(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...pages.map((p) => p.file), control.file],
      { cwd: directory, maxBuffer: 64 * 1024 * 1024 },
    ))
  } catch (error) {
    throw new Error(
      `The Nu HTML Checker could not run (is Java installed? \`apt-get install -y default-jre-headless\`): ${String(error)}`,
    )
  }
  const report = JSON.parse(stdout) as { messages: VnuMessage[] }
  for (const message of report.messages) {
    const file =
      message.url === undefined ? '' : decodeURIComponent(message.url.slice(message.url.lastIndexOf('/') + 1))
    messages.set(file, [...(messages.get(file) ?? []), message])
  }
}, 180_000)

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true })
})

/** One line per message: its text, where it is and a little markup around it, so a failure says what to fix. */
function describeMessage(message: VnuMessage): string {
  const text = message.message.length > 300 ? `${message.message.slice(0, 300)}…` : message.message
  const start = Math.max(0, (message.hiliteStart ?? 0) - 40)
  const around = (message.extract ?? '').slice(start, (message.hiliteStart ?? 0) + (message.hiliteLength ?? 0) + 40)
  return `${text} (line ${message.lastLine ?? '?'}: ${JSON.stringify(around)})`
}

/** The test for one page and one kind of message: none may be left, but the known issue it names. */
function check(name: string, found: VnuMessage[]): void {
  const known = knownIssues[name]
  const unexplained = found.filter((message) => !known?.message.test(message.message))
  expect(unexplained.map(describeMessage)).toEqual([])
  if (known) expect(found.length, `fixed: delete "${name}" from knownIssues`).toBeGreaterThan(0)
}

describe('W3C Nu HTML Checker', () => {
  it('runs, and reports errors by file', () => {
    expect(messages.get(control.file)?.map((message) => message.message)).toEqual([
      'Stray start tag “td”.',
      'Stray end tag “td”.',
    ])
    const unknown = [...messages.keys()].filter((file) => file !== control.file && !pages.some((p) => p.file === file))
    expect(unknown).toEqual([])
    expect(pages).toHaveLength(cases.length * 2)
  })

  for (const { file } of pages) {
    it(`${file}: no errors`, () => {
      check(
        `${file}: no errors`,
        (messages.get(file) ?? []).filter((message) => message.type !== 'info'),
      )
    })

    it(`${file}: no warnings but those explained`, () => {
      check(
        `${file}: no warnings but those explained`,
        (messages.get(file) ?? []).filter(
          (message) => message.type === 'info' && message.subType === 'warning' && !isAllowed(file, message),
        ),
      )
    })
  }
})
