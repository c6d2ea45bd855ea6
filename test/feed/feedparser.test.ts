// The RSS and Atom feeds as a real feed reader reads them: Python's feedparser, which many readers
// are built on, run by read-feed.py beside this file with its defaults (HTML sanitized). Every
// string of the hostile corpus, put into every text field of a validated article (its section and
// keywords too), must come back as the article holds it, with what feedparser itself does to every
// text allowed for: it trims white space at both ends, and an attribute value (an Atom category's
// `term`) reads its tabs and line feeds as spaces, as XML says.
//
// Two RSS elements are HTML for a reader: `<description>` (RSS 2.0 allows entity-encoded HTML
// there, and feedparser always reads it so), which the feed writes as escaped HTML, so the text a
// reader shows is checked; and `<title>` and `<copyright>`, which feedparser reads as HTML only
// when the text looks like HTML (a closing tag or a reference among known elements). No writing
// makes those come back in every reader: escaped, they show `&lt;` in a reader that takes them as
// plain text, as the RSS 2.0 specification describes them. What holds there is checked instead: as
// plain text they come back exactly, and feedparser reads them as HTML only when the text looks
// like HTML (what its sanitizer then keeps is feedparser's affair). Media RSS's
// `<media:description type="plain">` is among them: feedparser reads it as a description and
// guesses too. Atom says `type="text"`, and there every field comes back exactly. A reader that
// takes them as the plain text RSS 2.0 says they are gets them back exactly: js-reader.test.ts
// checks that with feedsmith.
//
// CI installs feedparser (Debian's python3-feedparser, for /usr/bin/python3) in .ci/run; where it
// is missing, the tests skip and say so.

import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type Article, safeParseArticle } from 'articlekit'
import { toAtom, toRss } from 'articlekit/feed'
import { describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode } from '../fixtures/valid.js'
import { channel, ferry, hostileChannel, night } from './articles.js'
import { one, parseXml } from './parse-xml.js'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('read-feed.py', import.meta.url))

/** A text as feedparser reports it: its value, `text/plain` or `text/html`, and what a reader shows. */
interface Detail {
  value: string
  type: string
  shown: string
}

/** What read-feed.py prints for one feed. */
interface Read {
  version: string
  bozo: boolean
  bozo_exception: string | null
  feed: { title: Detail | null; subtitle: Detail | null; rights: Detail | null; author: string | null }
  entries: {
    title: Detail | null
    summary: Detail | null
    content: Detail[]
    authors: string[]
    tags: string[]
    link: string | null
    id: string | null
    published_parsed: string | null
    updated_parsed: string | null
    enclosures: { href: string; type: string }[]
    media_content: { url: string }[]
    media_credit: { content: string }[]
  }[]
}

/** Run read-feed.py on `feeds` at once; `undefined` when feedparser (or Python) is missing. */
function readFeeds(feeds: readonly string[]): Read[] | undefined {
  const run = spawnSync(PYTHON, [SCRIPT], { input: feeds.join('\0'), maxBuffer: 1 << 28, encoding: 'utf8' })
  if (run.error || run.status !== 0) {
    if (feeds.length === 1 && feeds[0] === '') return undefined
    throw new Error(`read-feed.py failed: ${run.error?.message ?? run.stderr}`)
  }
  const result = JSON.parse(run.stdout)
  return Array.isArray(result) ? result : undefined
}

const available = readFeeds(['']) !== undefined
if (!available) {
  console.warn(`feedparser tests skipped: ${PYTHON} has no feedparser (apt-get install python3-feedparser)`)
}

/**
 * What a reader gets of a text: feedparser trims white space at both ends of every element's text,
 * as Python's `str.strip` sees white space (U+FEFF is none, unlike for JavaScript's `trim`).
 */
const space = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const ends = new RegExp(`^${space}+|${space}+$`, 'g')
const read = (text: string): string => text.replace(ends, '')

/** The article with `value` in every text field, its section and keywords too. */
function hostileArticle(value: string): Record<string, unknown> {
  const input = mapStrings(everyNode, (key, text) => (TEXT_KEYS.has(key) ? value : text)) as Record<string, unknown>
  input.section = value
  input.keywords = [value]
  return input
}

/** The text of HTML that toHtml wrote: its tags dropped, its four references decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Whether feedparser may take a text for HTML: it must hold a closing tag or a reference. */
const looksLikeHtml = (text: string): boolean => /<\/\w+>|&#?\w+;/.test(text)

describe.skipIf(!available)('feeds read by feedparser', () => {
  const cases: { name: string; held: string; article: Article }[] = []
  for (const hostile of hostileStrings) {
    const parsed = safeParseArticle(hostileArticle(hostile.value))
    // The model normalized the text once (the headline shows how); that is what must come back.
    if (parsed.success) cases.push({ name: hostile.name, held: parsed.data.headline, article: parsed.data })
  }
  const feeds = cases.flatMap(({ held, article }) => [
    toRss([article], hostileChannel(held)),
    toAtom([article], hostileChannel(held)),
  ])
  const results = available ? (readFeeds(feeds) as Read[]) : []

  it('validates most of the corpus, and reads every feed as well-formed XML of its version', () => {
    expect(cases.length).toBeGreaterThan(hostileStrings.length / 2)
    expect(results).toHaveLength(cases.length * 2)
    const problems = results.flatMap((result, index) => {
      const wanted = index % 2 === 0 ? 'rss20' : 'atom10'
      const name = cases[index >> 1]?.name
      return [
        ...(result.bozo ? [`${name}: ${wanted}: not well-formed: ${result.bozo_exception}`] : []),
        ...(result.version === wanted ? [] : [`${name}: read as ${result.version}, not ${wanted}`]),
      ]
    })
    expect(problems).toEqual([])
  })

  it('gives back every text of the Atom feed exactly', () => {
    const problems: string[] = []
    cases.forEach(({ name, held, article }, index) => {
      const atom = results[index * 2 + 1] as Read
      const entry = atom.entries[0]
      const check = (what: string, actual: unknown, wanted: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(wanted))
          problems.push(`${name}: atom ${what}: ${JSON.stringify(actual)} is not ${JSON.stringify(wanted)}`)
      }
      const plain = (detail: Detail | null | undefined) => (detail?.type === 'text/plain' ? detail.value : detail)
      check('feed title', plain(atom.feed.title), read(`T${held}`))
      check('feed subtitle', plain(atom.feed.subtitle), read(`D${held}`))
      check('feed rights', plain(atom.feed.rights), read(`C${held}`))
      check('feed author', atom.feed.author, read(`A${held}`))
      if (!entry) {
        problems.push(`${name}: atom: no entry`)
        return
      }
      check('title', plain(entry.title), read(held))
      if (held.trim() === '') return
      check('summary', plain(entry.summary), read(held))
      check('authors', entry.authors, [read(held), read(held)])
      // An attribute: XML reads its tabs and line feeds as spaces, and feedparser keeps its ends.
      check('category', entry.tags, [held.replace(/[\t\n]/g, ' ')])
      const content = entry.content.find((item) => item.type === 'text/html')
      const written = one(one(parseXml(feeds[index * 2 + 1] as string), 'entry'), 'content').text
      check('content', read(content?.shown ?? ''), read(htmlText(written)))
      check(
        'published',
        entry.published_parsed,
        new Date(article.datePublished as string).toISOString().replace('.000', ''),
      )
    })
    expect(problems).toEqual([])
  })

  it('gives back the RSS texts a reader reads as plain text exactly, and the descriptions as they show', () => {
    const problems: string[] = []
    cases.forEach(({ name, held, article }, index) => {
      const rss = results[index * 2] as Read
      const entry = rss.entries[0]
      const check = (what: string, actual: unknown, wanted: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(wanted))
          problems.push(`${name}: rss ${what}: ${JSON.stringify(actual)} is not ${JSON.stringify(wanted)}`)
      }
      check('channel description', rss.feed.subtitle?.shown, read(`D${held}`))
      if (!entry) {
        problems.push(`${name}: rss: no item`)
        return
      }
      if (held.trim() === '') return
      check('description', entry.summary?.shown, read(held))
      check('dc:creator', entry.authors, [read(held), read(held)])
      check('category', entry.tags, [read(held)])
      check(
        'media:credit',
        entry.media_credit.map((credit) => credit.content),
        [read(held)],
      )
      // feedparser files `media:description` among the contents, before `content:encoded`.
      const content = entry.content[entry.content.length - 1]
      const written = one(one(parseXml(feeds[index * 2] as string), 'item'), 'content:encoded').text
      check('content:encoded', read(content?.shown ?? ''), read(htmlText(written)))
      check(
        'pubDate',
        entry.published_parsed,
        new Date(article.datePublished as string).toISOString().replace('.000', ''),
      )
    })
    expect(problems).toEqual([])
  })

  it('reads an RSS title, copyright or caption as plain text exactly, and as HTML only when it looks like HTML', () => {
    const problems: string[] = []
    let asHtml = 0
    cases.forEach(({ name, held }, index) => {
      const rss = results[index * 2] as Read
      const texts: [string, Detail | null | undefined, string][] = [
        ['channel title', rss.feed.title, `T${held}`],
        ['copyright', rss.feed.rights, `C${held}`],
        ['title', rss.entries[0]?.title, held],
      ]
      // `media:description type="plain"`: feedparser reads it as a description and guesses; the caption is two texts.
      const contents = rss.entries[0]?.content ?? []
      if (held.trim() !== '')
        texts.push(['media:description', contents.length > 1 ? contents[0] : undefined, held + held])
      for (const [what, detail, written] of texts) {
        if (detail?.type === 'text/plain') {
          if (detail.value !== read(written)) problems.push(`${name}: rss ${what}: ${JSON.stringify(detail.value)}`)
        } else if (detail?.type === 'text/html') {
          asHtml++
          if (!looksLikeHtml(written)) problems.push(`${name}: rss ${what} read as HTML`)
        } else {
          problems.push(`${name}: rss ${what}: ${JSON.stringify(detail)}`)
        }
      }
    })
    expect(problems).toEqual([])
    // The corpus holds such texts: the branch above is taken.
    expect(asHtml).toBeGreaterThan(0)
  })
})

describe.skipIf(!available)('feedparser on the example articles', () => {
  it('shows a standfirst with <…> in it as written, in RSS and Atom', () => {
    // Atom needs each entry's URL; the night article has none of its own.
    const located = { ...night, url: 'https://news.example.com/night' }
    const [rss, atom] = readFeeds([toRss([night], channel), toAtom([located], channel)]) as Read[]
    expect(rss?.entries[0]?.summary).toMatchObject({ type: 'text/html', shown: 'A pound more, <and> worth it.' })
    expect(atom?.entries[0]?.summary).toEqual({
      value: 'A pound more, <and> worth it.',
      type: 'text/plain',
      shown: 'A pound more, <and> worth it.',
    })
  })

  it('reads the links, guid, dates at their offsets, enclosure and lead image', () => {
    const [rss, atom] = readFeeds([toRss([ferry], channel), toAtom([ferry], channel)]) as Read[]
    expect(rss?.entries[0]).toMatchObject({
      link: 'https://news.example.com/ferry',
      id: 'https://news.example.com/ferry',
      published_parsed: '2026-06-12T06:45:00Z',
      enclosures: [{ href: 'https://audio.example.com/ferry.mp3', type: 'audio/mpeg' }],
      media_content: [{ url: 'https://news.example.com/img/ferry.jpg' }],
      authors: ['Ada Quill', 'Ben Ro'],
      tags: ['Local', 'ferry', 'tides'],
    })
    expect(atom?.entries[0]).toMatchObject({
      link: 'https://news.example.com/ferry',
      id: 'https://news.example.com/ferry',
      published_parsed: '2026-06-12T06:45:00Z',
      updated_parsed: '2026-06-12T13:20:00Z',
      authors: ['Ada Quill', 'Ben Ro'],
      tags: ['Local', 'ferry', 'tides'],
    })
  })
})
