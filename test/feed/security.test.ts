// Hostile text in every text field, through every feed: the output is always well-formed XML (a
// strict, namespace-aware parser reads it), and each text comes back exactly: as the article holds
// it when it was validated, and with only what XML cannot carry removed when it was not.

import { type Article, safeParseArticle } from 'articlekit'
import { defaultUrlPolicy } from 'articlekit/core'
import { toAtom, toJsonFeedObject, toNewsSitemap, toRss, toSitemap } from 'articlekit/feed'
import { toHtml } from 'articlekit/html'
import { describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode } from '../fixtures/valid.js'
import { hostileChannel } from './articles.js'
import { all, one, parseXml, type XmlElement } from './parse-xml.js'

/** The text of the first `name` in `element`, or `''` when there is none (an empty value writes no element). */
function textOf(element: XmlElement, name: string): string {
  return all(element, name)[0]?.text ?? ''
}

/**
 * What XML can carry of `value`, written here from the XML 1.0 `Char` rule and the model's own
 * removals (DEL, C1 controls, noncharacters), not from the code under test: CR read as LF.
 */
function carried(value: string): string {
  let result = ''
  const text = value.replace(/\r\n?/g, '\n')
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        const point = text.codePointAt(index) as number
        if ((point & 0xfffe) !== 0xfffe) result += text.slice(index, index + 2)
        index++
      }
      continue
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) continue
    if (code >= 0x7f && code <= 0x9f) continue
    if ((code >= 0xfdd0 && code <= 0xfdef) || code === 0xfffe || code === 0xffff) continue
    result += text[index]
  }
  return result
}

/** Text as HTML, written here from HTML's own rule: what an RSS `<description>` holds, since readers read it as HTML. */
function asHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The article with `value` in every text field. */
function hostileArticle(value: string): Article {
  return mapStrings(everyNode, (key, text) => (TEXT_KEYS.has(key) ? value : text)) as Article
}

/** The texts each XML format must give back for an article whose text fields all hold `value`. */
function checkXml(article: Article, value: string, expected: (text: string) => string): string[] {
  const problems: string[] = []
  const check = (format: string, what: string, actual: string | undefined, wanted: string) => {
    if (actual !== wanted)
      problems.push(`${format} ${what}: ${JSON.stringify(actual)} is not ${JSON.stringify(wanted)}`)
  }
  const channel = hostileChannel(value)
  const blank = value.trim() === ''
  const parse = (format: string, xml: string) => {
    try {
      return parseXml(xml)
    } catch (error) {
      problems.push(`${format}: not well-formed: ${(error as Error).message}`)
      return undefined
    }
  }
  const rss = parse('rss', toRss([article], channel))
  if (rss) {
    check('rss', 'channel title', textOf(rss, 'title'), expected(`T${value}`))
    check('rss', 'channel description', textOf(rss, 'description'), asHtml(expected(`D${value}`)))
    check('rss', 'copyright', textOf(rss, 'copyright'), expected(`C${value}`))
    const item = one(rss, 'item')
    check('rss', 'title', textOf(item, 'title'), expected(value))
    if (!blank) {
      check('rss', 'description', textOf(item, 'description'), asHtml(expected(value)))
      check(
        'rss',
        'dc:creator',
        all(item, 'dc:creator')
          .map((creator) => creator.text)
          .join('|'),
        `${expected(value)}|${expected(value)}`,
      )
      check('rss', 'media:credit', textOf(item, 'media:credit'), expected(value))
      check('rss', 'media:description', textOf(item, 'media:description'), expected(value + value))
    }
    const base = 'https://news.example.com/every-node'
    const html = toHtml(article, {
      sections: { header: false },
      urlPolicy: (url, context) => {
        const allowed = defaultUrlPolicy(url, context)
        return allowed === undefined || /^[a-z][a-z\d+.-]*:/i.test(allowed) ? allowed : new URL(allowed, base).href
      },
    })
    check('rss', 'content:encoded', textOf(item, 'content:encoded'), expected(html))
  }
  const atom = parse('atom', toAtom([article], channel))
  if (atom) {
    check('atom', 'feed author', textOf(one(atom, 'author'), 'name'), expected(`A${value}`))
    const entry = one(atom, 'entry')
    check('atom', 'title', textOf(entry, 'title'), expected(value))
    if (!blank) {
      check('atom', 'summary', textOf(entry, 'summary'), expected(value))
      check('atom', 'author', textOf(one(entry, 'author'), 'name'), expected(value))
    }
  }
  const news = parse('news sitemap', toNewsSitemap([article], { name: `N${value}` }).files[0]?.xml as string)
  if (news) {
    check('news sitemap', 'title', textOf(news, 'news:title'), expected(value))
    check('news sitemap', 'name', textOf(news, 'news:name'), expected(`N${value}`))
  }
  parse('sitemap', toSitemap([article]).files[0]?.xml as string)
  return problems
}

describe('feeds: hostile text in every text field', () => {
  it('is well-formed XML whose texts come back as XML can carry them, unvalidated', () => {
    const problems: string[] = []
    for (const hostile of hostileStrings) {
      for (const problem of checkXml(hostileArticle(hostile.value), hostile.value, carried)) {
        problems.push(`${hostile.name}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('gives back exactly what a validated article holds', () => {
    const problems: string[] = []
    let validated = 0
    for (const hostile of hostileStrings) {
      const parsed = safeParseArticle(hostileArticle(hostile.value))
      if (!parsed.success) continue
      validated++
      // The model normalized the text once; the feed must not change it again.
      const held = parsed.data.headline
      for (const problem of checkXml(parsed.data, held, (text) => text)) problems.push(`${hostile.name}: ${problem}`)
    }
    expect(problems).toEqual([])
    expect(validated).toBeGreaterThan(hostileStrings.length / 2)
  })

  it('carries every string through JSON Feed exactly', () => {
    const problems: string[] = []
    for (const hostile of hostileStrings) {
      const feed = JSON.parse(
        JSON.stringify(toJsonFeedObject([hostileArticle(hostile.value)], hostileChannel(hostile.value))),
      )
      if (feed.title !== `T${hostile.value}`) problems.push(`${hostile.name}: feed title`)
      if (feed.items[0].title !== hostile.value && hostile.value.trim() !== '') problems.push(`${hostile.name}: title`)
      if (hostile.value.trim() !== '' && feed.items[0].authors[0].name !== hostile.value)
        problems.push(`${hostile.name}: author`)
    }
    expect(problems).toEqual([])
  })
})

describe('feeds: text XML cannot carry', () => {
  it('removes controls and lone surrogates, keeps pairs, and writes a ]]> so that it reads back', () => {
    const article = hostileArticle('a\u0000b\u000cc\ud800d\ud83d\ude00e]]>f\r\ng')
    const item = one(parseXml(toRss([article], hostileChannel('x'))), 'item')
    expect(textOf(item, 'title')).toBe('abcd\ud83d\ude00e]]>f\ng')
  })
})
