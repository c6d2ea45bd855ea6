import { parseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import { type FeedWarning, rssChannel, rssHandlers, toRss } from 'articlekit/feed'
import { toHtml } from 'articlekit/html'
import { describe, expect, it } from 'vitest'
import { channel, ferry, night, undated } from './articles.js'
import { all, childNames, one, parseXml } from './parse-xml.js'

describe('toRss', () => {
  it('writes the channel and one item per article, newest first, undated last', () => {
    const xml = toRss([undated, ferry, night], channel)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ')).toBe(true)
    const rss = parseXml(xml)
    expect(rss.attributes).toMatchObject({
      version: '2.0',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:media': 'http://search.yahoo.com/mrss/',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
    })
    const head = one(rss, 'channel')
    expect(childNames(head).slice(0, 8)).toEqual([
      'title',
      'link',
      'description',
      'atom:link',
      'language',
      'lastBuildDate',
      'generator',
      'docs',
    ])
    expect(one(head, 'atom:link').attributes).toEqual({
      href: 'https://news.example.com/feed.xml',
      rel: 'self',
      type: 'application/rss+xml',
    })
    // The newest change of any article, at its own offset.
    expect(one(head, 'lastBuildDate').text).toBe('Sat, 13 Jun 2026 01:00:00 -0500')
    expect(all(head, 'item').map((item) => one(item, 'title').text)).toEqual([
      'Night crossing & its fare',
      'Ferry sails at dawn',
      'Timeless',
    ])
  })

  it('writes every part of an item', () => {
    const item = one(parseXml(toRss([ferry], channel)), 'item')
    expect(childNames(item)).toEqual([
      'title',
      'link',
      'guid',
      'description',
      'dc:creator',
      'dc:creator',
      'category',
      'category',
      'category',
      'pubDate',
      'enclosure',
      'media:content',
      'media:thumbnail',
      'content:encoded',
    ])
    expect(one(item, 'guid')).toMatchObject({
      attributes: { isPermaLink: 'true' },
      text: 'https://news.example.com/ferry',
    })
    expect(all(item, 'dc:creator').map((creator) => creator.text)).toEqual(['Ada Quill', 'Ben Ro'])
    // The section, then the keywords, each once.
    expect(all(item, 'category').map((category) => category.text)).toEqual(['Local', 'ferry', 'tides'])
    expect(one(item, 'pubDate').text).toBe('Fri, 12 Jun 2026 07:45:00 +0100')
    expect(one(item, 'enclosure').attributes).toEqual({
      url: 'https://audio.example.com/ferry.mp3',
      length: '0',
      type: 'audio/mpeg',
    })
    // The relative image URL is made absolute against the article's URL.
    expect(one(item, 'media:content').attributes).toEqual({
      url: 'https://news.example.com/img/ferry.jpg',
      medium: 'image',
      width: '1600',
      height: '900',
    })
    expect(one(item, 'media:description')).toMatchObject({
      attributes: { type: 'plain' },
      text: 'The ferry at the quay',
    })
    expect(one(item, 'media:credit').text).toBe('© Jo Lens')
    expect(one(item, 'media:thumbnail').attributes.url).toBe('https://news.example.com/img/ferry.jpg')
  })

  it('writes the toHtml fragment, without the header and with absolute URLs, as content:encoded', () => {
    const encoded = one(parseXml(toRss([ferry], channel)), 'content:encoded').text
    expect(encoded).toBe(
      toHtml(ferry, { sections: { header: false } }).replace(
        'src="/img/ferry.jpg"',
        'src="https://news.example.com/img/ferry.jpg"',
      ),
    )
    expect(encoded).toContain('<p>It sailed.</p>')
    // Options pass through; `false` leaves the content out.
    const withHeader = one(
      parseXml(toRss([ferry], channel, { html: { sections: {}, classPrefix: 'x-' } })),
      'content:encoded',
    )
    expect(withHeader.text).toContain('<h1 class="x-headline">Ferry sails at dawn</h1>')
    expect(all(parseXml(toRss([ferry], channel, { html: false })), 'content:encoded')).toEqual([])
  })

  it('uses the id as a guid that is no permalink when there is no URL, and the standfirst as the description', () => {
    const item = one(parseXml(toRss([night], channel)), 'item')
    expect(all(item, 'link')).toEqual([])
    expect(one(item, 'guid')).toMatchObject({ attributes: { isPermaLink: 'false' }, text: 'night-2' })
    // HTML, as readers take a description: the reader shows the text as written.
    expect(one(item, 'description').text).toBe('A pound more, &lt;and&gt; worth it.')
  })

  it('escapes text: the raw XML holds no markup from the article', () => {
    const xml = toRss([night], channel)
    expect(xml).toContain('<title>Night crossing &amp; its fare</title>')
    expect(xml).toContain('<description>A pound more, &amp;lt;and&amp;gt; worth it.</description>')
  })

  it('indents on request, with the same content', () => {
    const flat = toRss([ferry], channel)
    const indented = toRss([ferry], channel, { indent: true })
    expect(indented).toContain('\n  <channel>\n    <title>Harbour News</title>\n')
    expect(indented).toContain('\n      <media:content url=')
    // Only white space between elements differs.
    expect(indented.replace(/>\s+</g, '><').replace('?>\n<', '?><')).toBe(flat)
  })

  it('honours limit, after sorting', () => {
    const items = all(parseXml(toRss([ferry, undated, night], channel, { limit: 1 })), 'item')
    expect(items.map((item) => one(item, 'title').text)).toEqual(['Night crossing & its fare'])
    expect(() => toRss([ferry], channel, { limit: -1 })).toThrow(/limit: Expected a whole number/)
  })

  it('leaves an embargoed article out with a warning, and keeps it with ignoreEmbargo or a later now', () => {
    const held = parseArticle({ ...ferry, embargo: '2026-06-12T06:00:00Z' })
    const warnings: FeedWarning[] = []
    const early = toRss([night, held], channel, { now: '2026-06-12T05:00:00Z', onWarning: (w) => warnings.push(w) })
    expect(all(parseXml(early), 'item')).toHaveLength(1)
    expect(warnings).toEqual([
      {
        code: 'embargoed',
        path: [1, 'embargo'],
        message: expect.stringMatching(
          /^The article is under embargo until `2026-06-12T06:00:00Z`.*left out of the feed$/,
        ),
      },
    ])
    expect(all(parseXml(toRss([held], channel, { now: '2026-06-12T07:00:00Z' })), 'item')).toHaveLength(1)
    expect(all(parseXml(toRss([held], channel, { now: 0, ignoreEmbargo: true })), 'item')).toHaveLength(1)
  })

  it('writes no enclosure for audio without a media type, with a warning', () => {
    const warnings: FeedWarning[] = []
    const article = parseArticle({ ...ferry, audio: { url: 'https://audio.example.com/x.mp3' } })
    const item = one(parseXml(toRss([undated, article], channel, { onWarning: (w) => warnings.push(w) })), 'item')
    expect(all(item, 'enclosure')).toEqual([])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['missing_type', [1, 'audio', 'mimeType']]])
  })

  it('refuses URLs the policy refuses, with a warning naming the article', () => {
    const warnings: FeedWarning[] = []
    const xml = toRss([ferry], channel, {
      urlPolicy: (url) => (url.includes('audio') ? undefined : url),
      onWarning: (w) => warnings.push(w),
    })
    expect(all(parseXml(xml), 'enclosure')).toEqual([])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['url_refused', [0, 'audio', 'url']]])
  })

  it('checks the channel and names the field', () => {
    const check = (value: unknown) => {
      try {
        toRss([ferry], value as typeof channel)
      } catch (error) {
        expect(error).toBeInstanceOf(RenderError)
        return [(error as RenderError).code, (error as RenderError).path, (error as RenderError).message]
      }
      return 'no error'
    }
    expect(check(undefined)).toEqual(['invalid_option', ['channel'], 'channel: Expected an object, got nothing'])
    expect(check({ ...channel, link: 'javascript:alert(1)' })).toEqual([
      'invalid_option',
      ['channel', 'link'],
      'channel.link: Expected an absolute http: or https: URL the URL policy allows, got `javascript:alert(1)`',
    ])
    expect(check({ ...channel, description: undefined })[1]).toEqual(['channel', 'description'])
    expect(check({ ...channel, title: ' ' })[1]).toEqual(['channel', 'title'])
    expect(check({ ...channel, image: { url: 'https://x.example/a.png', width: 0 } })[1]).toEqual([
      'channel',
      'image',
      'width',
    ])
    expect(check({ ...channel, self: '/feed.xml' })[1]).toEqual(['channel', 'self'])
  })

  it('names the article when one is not an article', () => {
    expect(() => toRss([ferry, null as never], channel)).toThrow(
      expect.objectContaining({ code: 'invalid_node', path: [1] }),
    )
    expect(() => toRss('nope' as never, channel)).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['articles'] }),
    )
  })

  it('writes the channel image with its size only within RSS limits', () => {
    const small = one(
      parseXml(toRss([], { ...channel, image: { url: 'https://x.example/l.png', width: 88, height: 31 } })),
      'image',
    )
    expect(childNames(small)).toEqual(['url', 'title', 'link', 'width', 'height'])
    const large = one(
      parseXml(toRss([], { ...channel, image: { url: 'https://x.example/l.png', width: 600 } })),
      'image',
    )
    expect(childNames(large)).toEqual(['url', 'title', 'link'])
  })
})

describe('toRss handlers', () => {
  it('lets an item part be replaced, and a field with a namespace of its own be added', () => {
    const xml = toRss([ferry], channel, {
      namespaces: { itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' },
      handlers: {
        categories: () => [],
        article: (article, state, parent) => {
          const [item] = rssHandlers.article(article, state, parent)
          if (item?.type === 'element') {
            item.children.push({
              type: 'element',
              name: 'itunes:duration',
              attributes: {},
              children: [{ type: 'text', value: '245' }],
            })
          }
          return item ? [item] : []
        },
      },
    })
    const item = one(parseXml(xml), 'item')
    expect(all(item, 'category')).toEqual([])
    expect(one(item, 'itunes:duration')).toMatchObject({
      uri: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
      text: '245',
    })
  })

  it('lets the channel be changed around the items, starting from the default', () => {
    const xml = toRss([ferry], channel, {
      channelHandler: (resolved, state, items) => {
        const root = rssChannel({ ...resolved, title: `${resolved.title} (${state.articles.length})` }, state, items)
        const rss = root.children[0]
        const head = rss?.type === 'element' ? rss.children[0] : undefined
        if (head?.type === 'element') {
          head.children.push({
            type: 'element',
            name: 'ttl',
            attributes: {},
            children: [{ type: 'text', value: '30' }],
          })
        }
        return root
      },
    })
    const rss = parseXml(xml)
    expect(one(rss, 'title').text).toBe('Harbour News (1)')
    expect(one(rss, 'ttl').text).toBe('30')
    expect(all(rss, 'item')).toHaveLength(1)
  })

  it('writes what a handler returns as text, never as markup', () => {
    const xml = toRss([ferry], channel, {
      handlers: {
        guid: () => [
          {
            type: 'element',
            name: 'guid',
            attributes: {},
            children: [{ type: 'raw', value: '<x>]]>' } as never, { type: 'comment', value: '-->' } as never],
          },
        ],
      },
    })
    expect(one(parseXml(xml), 'guid').text).toBe('<x>]]>-->')
  })

  it('refuses a name no XML parser reads, and a node a feed cannot write', () => {
    const element =
      (name: string, attributes: Record<string, string> = {}) =>
      () => [{ type: 'element' as const, name, attributes, children: [] }]
    const nameError = (name: string) =>
      expect.objectContaining({
        code: 'invalid_node',
        message: expect.stringContaining(`\`${name}\` is not an XML name`),
      })
    expect(() => toRss([ferry], channel, { handlers: { guid: element('a b') } })).toThrow(nameError('a b'))
    expect(() => toRss([ferry], channel, { handlers: { guid: element('x', { '"on': '1' }) } })).toThrow(
      nameError('"on'),
    )
    expect(() => toRss([ferry], channel, { handlers: { guid: element('1st') } })).toThrow(nameError('1st'))
    expect(() => toRss([ferry], channel, { handlers: { guid: () => [{ type: 'doctype' } as never] } })).toThrow(
      expect.objectContaining({ code: 'invalid_node', message: expect.stringContaining('`doctype` node') }),
    )
    // Names from other scripts and with one prefix are XML names.
    const xml = toRss([ferry], channel, {
      namespaces: { ex: 'https://example.com/ns' },
      handlers: {
        guid: () => [{ type: 'element', name: 'ex:überschrift', attributes: { 'ex:ré': '"x"' }, children: [] }],
      },
    })
    expect(xml).toContain('<ex:überschrift ex:ré="&quot;x&quot;"/>')
  })
})
