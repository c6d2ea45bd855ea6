import { type Article, type ArticleInput, type Paragraph, parseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import {
  defaultHandlers,
  storyText,
  type TextOptions,
  type TextState,
  type TextWarning,
  toSpeech,
  toText,
} from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { everyNode } from '../fixtures/valid.js'

/** A text node. */
const t = (value: string) => ({ type: 'text', value }) as const

const bodyOnly = { header: false, leadImage: false, corrections: false }

/** Render only the body of an article with these blocks. */
function body(blocks: ArticleInput['body'], options: TextOptions = {}, extra: Partial<ArticleInput> = {}): string {
  return toText(parseArticle({ headline: 'H', ...extra, body: blocks }), { sections: bodyOnly, ...options })
}

describe('toText: blocks', () => {
  it('separates paragraphs with one blank line and renders inline content as words', () => {
    expect(
      body([
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'A ' },
            { type: 'emphasis', children: 'b' },
            { type: 'strong', children: ' c' },
            { type: 'strikethrough', children: ' d ' },
            { type: 'inlineCode', value: 'e<f>' },
            { type: 'break' },
            { type: 'text', value: 'g' },
          ],
        },
        'Second.',
      ]),
    ).toBe('A b c d e<f>\ng\n\nSecond.')
  })

  it('puts headings on their own lines, plain, underlined or in upper case', () => {
    const blocks: ArticleInput['body'] = [{ type: 'heading', level: 2, children: 'What next' }, 'Text.']
    expect(body(blocks)).toBe('What next\n\nText.')
    expect(body(blocks, { headings: 'underline' })).toBe('What next\n---------\n\nText.')
    expect(body(blocks, { headings: 'upper' })).toBe('WHAT NEXT\n\nText.')
    expect(body([{ type: 'heading', level: 2, children: 'Straße' }], { headings: 'upper' }, { language: 'de' })).toBe(
      'STRASSE',
    )
  })

  it('underlines the headline with = and headings by display width', () => {
    const article = parseArticle({ headline: '東京の朝', body: [{ type: 'heading', level: 3, children: 'Café' }] })
    expect(toText(article, { headings: 'underline' })).toBe('東京の朝\n========\n\nCafé\n----')
  })

  it('marks lists with - and 1., and indents what follows the first line', () => {
    expect(
      body([
        {
          type: 'list',
          ordered: true,
          start: 9,
          items: ['Nine', { children: ['Ten', 'More about ten', { type: 'list', items: ['Nested', 'Also nested'] }] }],
        },
      ]),
    ).toBe('9. Nine\n10. Ten\n    More about ten\n    - Nested\n    - Also nested')
  })

  it('indents quotes by two spaces, with the attribution as — Name, Title', () => {
    expect(
      body([
        {
          type: 'quote',
          children: ['First.', 'Second.'],
          attribution: { name: 'Ada Quill', title: 'Harbour master', url: 'https://example.com/ada' },
        },
      ]),
    ).toBe('  First.\n\n  Second.\n  — Ada Quill, Harbour master (https://example.com/ada)')
    expect(body([{ type: 'quote', children: ['Alone.'] }])).toBe('  Alone.')
  })

  it('writes images as [Image: caption (credit)], the alt text standing in for a missing caption', () => {
    expect(
      body([
        { type: 'image', url: '/a.jpg', alt: 'Alt', caption: 'A quay', credit: '© Agency' },
        { type: 'image', url: '/b.jpg', alt: 'Boats at dawn' },
        { type: 'image', url: '/c.jpg', alt: '' },
      ]),
    ).toBe('[Image: A quay (© Agency)]\n\n[Image: Boats at dawn]')
  })

  it('leaves captions out with captions: false', () => {
    expect(
      body(
        [
          { type: 'image', url: '/a.jpg', alt: 'Alt', caption: 'A quay' },
          { type: 'embed', url: 'https://video.example.net/v', title: 'Clip', caption: 'Cap' },
          { type: 'table', caption: 'Times', rows: [['a', 'b']] },
        ],
        { captions: false },
      ),
    ).toBe('[Media: Clip (https://video.example.net/v)]\n\na  b')
  })

  it('writes embeds with their title, caption and URL', () => {
    expect(body([{ type: 'embed', url: 'https://video.example.net/v', title: 'Clip', caption: 'Cap' }])).toBe(
      '[Media: Clip: Cap (https://video.example.net/v)]',
    )
  })

  it('keeps code verbatim, never wrapped', () => {
    const value = 'if (a) {\n\tconsole.log("a very long line of code that goes on and on")\n}'
    expect(body([{ type: 'code', value, language: 'js' }], { wrap: 20 })).toBe(value)
  })

  it('lays tables out in aligned columns, following align, by display width', () => {
    expect(
      body([
        {
          type: 'table',
          caption: 'Fares',
          header: ['Route', 'Fare', 'Note'],
          rows: [
            ['Ferry', '£2.40', 'daily'],
            ['東京', '£12', [t('A'), { type: 'break' }, t('B')]],
          ],
          align: ['left', 'right', 'center'],
        },
      ]),
    ).toBe(
      ['Fares', 'Route   Fare  Note', '-----  -----  -----', 'Ferry  £2.40  daily', '東京     £12   A B'].join('\n'),
    )
  })

  it('writes a divider as * * * and an aside as its title and blocks', () => {
    expect(
      body(['Before.', { type: 'divider' }, { type: 'aside', title: 'At a glance', children: ['Fact.'] }, 'After.']),
    ).toBe('Before.\n\n* * *\n\nAt a glance\n\nFact.\n\nAfter.')
  })

  it('leaves furniture out unless furniture: true', () => {
    const blocks: ArticleInput['body'] = [
      'Story.',
      { type: 'promo', children: 'Listen to our podcast', url: 'https://example.com/pod' },
      { type: 'relatedLinks', links: [{ title: 'Other story', url: 'https://example.com/other' }] },
      { type: 'pullquote', children: 'Quoted.', attribution: { name: 'Ada' } },
    ]
    expect(body(blocks)).toBe('Story.')
    expect(body(blocks, { furniture: true })).toBe(
      'Story.\n\nListen to our podcast (https://example.com/pod)\n\nRead more: Other story (https://example.com/other)\n\n  Quoted.\n  — Ada',
    )
  })
})

describe('toText: links', () => {
  const blocks: ArticleInput['body'] = [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'See ' },
        { type: 'link', url: 'https://a.example/', children: 'the report ' },
        { type: 'text', value: 'and ' },
        { type: 'link', url: 'https://b.example/', children: 'https://b.example/' },
        { type: 'text', value: ', then ' },
        { type: 'link', url: 'https://a.example/', children: 'again' },
        { type: 'text', value: ' or ' },
        { type: 'link', url: 'mailto:desk@example.com', children: 'desk@example.com' },
        { type: 'text', value: '.' },
      ],
    },
  ]

  it("'inline' writes the URL after the text, before trailing spaces, and never twice", () => {
    expect(body(blocks)).toBe(
      'See the report (https://a.example/) and https://b.example/, then again (https://a.example/) or desk@example.com.',
    )
  })

  it("'footnotes' numbers each URL once and lists them at the end", () => {
    expect(body(blocks, { links: 'footnotes' })).toBe(
      'See the report[1] and https://b.example/, then again[1] or desk@example.com.\n\nLinks:\n[1] https://a.example/',
    )
  })

  it("'none' writes the text alone", () => {
    expect(body(blocks, { links: 'none' })).toBe(
      'See the report and https://b.example/, then again or desk@example.com.',
    )
  })

  it('keeps the text of a link whose URL the policy refuses, and reports it', () => {
    const warnings: TextWarning[] = []
    const article = {
      ...parseArticle({ headline: 'H', body: [] }),
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }],
        },
      ],
    } as Article
    expect(toText(article, { sections: bodyOnly, onWarning: (warning) => warnings.push(warning) })).toBe('x')
    expect(warnings).toEqual([
      {
        code: 'url_refused',
        path: ['body', 0, 'children', 0, 'url'],
        message: 'URL refused by the URL policy and left out: `javascript:alert(1)`',
      },
    ])
  })

  it('passes every URL through urlPolicy', () => {
    const urlPolicy = (url: string) => `https://proxy.example/?u=${encodeURIComponent(url)}`
    expect(body([{ type: 'paragraph', children: [{ type: 'link', url: '/a', children: 'A' }] }], { urlPolicy })).toBe(
      'A (https://proxy.example/?u=%2Fa)',
    )
  })
})

describe('toText: citations', () => {
  const article = parseArticle({
    headline: 'H',
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'citation', sourceId: 's2', children: 'The survey' },
          { type: 'text', value: ' found it' },
          { type: 'citation', sourceId: 's2' },
          { type: 'text', value: '.' },
        ],
      },
    ],
    sources: [
      { id: 's1', name: 'Council', title: 'Business case', url: 'https://council.example/case' },
      { id: 's2', name: 'Gazette' },
    ],
  })

  it('marks cited words and bare citations with [Source n], numbered by first citation, as the sources list', () => {
    // The first source cited is number 1, though it is second in `sources`; the uncited one follows.
    expect(toText(article, { sections: bodyOnly })).toBe(
      'The survey [Source 1] found it[Source 1].\n\nSources:\n1. Gazette\n2. Council: Business case (https://council.example/case)',
    )
  })

  it('leaves the markers out without the sources list and in speech', () => {
    expect(toText(article, { sections: bodyOnly, sources: false })).toBe('The survey found it.')
    expect(toText(article, { sections: bodyOnly, mode: 'speech' })).toBe('The survey found it.')
  })
})

describe('toText: the whole article', () => {
  it('writes header, lead image, body, corrections, sources and related in order', () => {
    const article = parseArticle(everyNode)
    const text = toText(article, { related: true })
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      // The kicker stands on the line above the headline.
      'Explainer\nEvery node the model knows',
      'A summary with emphasis',
      // Additional reporting joins the byline; the other credits are a line under it; the article's audio is under the dates.
      'By Ada Quill and Data Desk · Additional reporting by Cai Morva\nEdited by Ed Penhallow · Graphics: Map Studio\nPORTHCARROW · 14 March 2026 at 09:30 · Updated 14 March 2026 at 11:05\n[Listen to this article (6:12) (https://audio.example.com/read/ferry.mp3)]',
      '[Image: The ferry on its first crossing (/ferry) (© Example Agency / Example Images)]',
    ])
  })

  it('names three or more authors as A, B and C', () => {
    const article = parseArticle({ headline: 'H', authors: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], body: [] })
    expect(toText(article)).toBe('H\n\nBy A, B and C')
  })

  it('lists corrections and related articles', () => {
    const article = parseArticle({
      headline: 'H',
      language: 'en-GB',
      body: ['Story.'],
      corrections: [{ date: '2026-06-12', text: 'We fixed a number.' }],
      related: [
        { title: 'Other', url: 'https://example.com/o', description: 'More.' },
        { title: 'Third', url: 'https://example.com/t' },
      ],
    })
    expect(toText(article, { related: true })).toBe(
      'H\n\nStory.\n\nCorrections:\n- 12 June 2026: We fixed a number.\n\nRelated:\n- Other (https://example.com/o) — More.\n- Third (https://example.com/t)',
    )
  })

  it('takes sources and related in sections, as every renderer does, and the old options as aliases', () => {
    const article = parseArticle({
      headline: 'H',
      body: ['Story.'],
      sources: [{ id: 's', name: 'Survey' }],
      related: [{ title: 'Other', url: 'https://example.com/o' }],
    })
    const both = 'H\n\nStory.\n\nSources:\n1. Survey\n\nRelated:\n- Other (https://example.com/o)'
    expect(toText(article, { sections: { related: true } })).toBe(both)
    expect(toText(article, { related: true })).toBe(both)
    expect(toText(article, { sections: { sources: false } })).toBe('H\n\nStory.')
    expect(toText(article, { sources: false })).toBe('H\n\nStory.')
    // `sections` wins over the old option, and speech still leaves sources out unless asked.
    expect(toText(article, { sources: false, sections: { sources: true } })).toContain('Sources:')
    expect(toText(article, { mode: 'speech' })).toBe('H.\n\nStory.')
    expect(toText(article, { mode: 'speech', sections: { sources: true } })).toBe('H.\n\nStory.\n\nSources. Survey.')
  })

  it('leaves parts out with sections', () => {
    const article = parseArticle({ ...everyNode, body: ['Only.'] })
    expect(
      toText(article, {
        sections: { header: false, leadImage: false, backstory: false, corrections: false },
        sources: false,
      }),
    ).toBe('Only.')
    expect(toText(article, { sections: { body: false, leadImage: false }, sources: false }).split('\n')[1]).toBe(
      'Every node the model knows',
    )
  })

  it('writes its own words from labels, English for the missing ones', () => {
    const article = parseArticle({
      headline: 'H',
      authors: [{ name: 'A' }, { name: 'B' }],
      dateModified: '2026-03-14',
      body: [{ type: 'image', url: '/a.jpg', alt: 'Ein Bild' }],
      sources: [{ name: 'Amt' }],
    })
    expect(
      toText(article, { labels: { by: 'Von', and: 'und', updated: 'Aktualisiert', image: 'Bild' }, locale: 'de' }),
    ).toBe('H\n\nVon A und B\nAktualisiert 14. März 2026\n\n[Bild: Ein Bild]\n\nSources:\n1. Amt')
  })

  it('has no line feed at the end, and renders an empty article as its headline', () => {
    expect(toText(parseArticle({ headline: 'Only a headline', body: [] }))).toBe('Only a headline')
  })
})

describe('toText: wrap', () => {
  it('wraps every kind of text to the width, indenting list items and quotes', () => {
    const article = parseArticle({
      headline: 'A headline that is longer than twenty columns',
      body: [
        'The ferry made its first crossing on Friday morning.',
        { type: 'list', items: ['Single fares cost two pounds forty.'] },
        { type: 'quote', children: ['We fill the batteries faster.'], attribution: { name: 'Morwenna Keast' } },
      ],
    })
    expect(toText(article, { wrap: 20 })).toBe(
      [
        'A headline that is',
        'longer than twenty',
        'columns',
        '',
        'The ferry made its',
        'first crossing on',
        'Friday morning.',
        '',
        '- Single fares cost',
        '  two pounds forty.',
        '',
        '  We fill the',
        '  batteries faster.',
        '  — Morwenna Keast',
      ].join('\n'),
    )
  })

  it('never breaks a URL, even past the width', () => {
    expect(
      body(
        [{ type: 'paragraph', children: [{ type: 'link', url: 'https://example.com/a/long/path', children: 'Go' }] }],
        {
          wrap: 12,
        },
      ),
    ).toBe('Go\n(https://example.com/a/long/path)')
  })
})

describe('toText: handlers and custom blocks', () => {
  const withPoll = {
    ...parseArticle({ headline: 'H', body: ['Before.'] }),
    body: [
      { type: 'paragraph', children: [{ type: 'text', value: 'Before.' }] },
      {
        type: 'poll',
        question: 'Ferry?',
        children: [
          { type: 'text', value: 'Vote ' },
          { type: 'strong', children: [{ type: 'text', value: 'now' }] },
        ],
      },
      {
        type: 'slideshow',
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: 'One.' }] },
          { type: 'text', value: 'Two.' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'A ' },
          { type: 'mention', children: [{ type: 'text', value: '@ada' }] },
        ],
      },
    ],
  } as Article<unknown>

  it('renders the text children of a node without a handler, as blocks or inline as they come', () => {
    expect(toText(withPoll, { sections: bodyOnly })).toBe('Before.\n\nVote now\n\nOne.\n\nTwo.\n\nA @ada')
  })

  it('uses a handler given in the options, and unknownNode when asked', () => {
    expect(
      toText(withPoll, {
        sections: bodyOnly,
        handlers: { poll: (node: { question: string }) => `Poll: ${node.question}`, slideshow: () => '' },
      }),
    ).toBe('Before.\n\nPoll: Ferry?\n\nA @ada')
    expect(() => toText(withPoll, { unknownNode: 'error' })).toThrow(RenderError)
    expect(toText(withPoll, { sections: bodyOnly, unknownNode: 'skip' })).toBe('Before.\n\nA ')
  })

  it('lets an override wrap a default handler, and gives inline overrides their say', () => {
    const article = parseArticle({
      headline: 'H',
      body: [{ type: 'paragraph', children: [t('a '), { type: 'emphasis', children: 'b' }] }],
    })
    expect(
      toText(article, {
        sections: bodyOnly,
        handlers: {
          emphasis: (node, state) => `_${defaultHandlers.emphasis(node, state)}_`,
          paragraph: (node, state) => `> ${defaultHandlers.paragraph(node, state)}`,
        },
      }),
    ).toBe('> a _b_')
  })

  it('gives a paragraph override every paragraph: in the body, list items, quotes and asides', () => {
    const article = parseArticle({
      headline: 'H',
      body: [
        'One.',
        { type: 'list', items: [{ children: ['Two.'] }] },
        { type: 'quote', children: ['Three.'] },
        { type: 'aside', title: 'Box', children: ['Four.'] },
      ],
    })
    const seen: string[] = []
    const paragraph = (node: Paragraph, state: TextState) => {
      seen.push(state.path.join('.'))
      return `¶ ${defaultHandlers.paragraph(node, state)}`
    }
    expect(toText(article, { sections: bodyOnly, handlers: { paragraph } })).toBe(
      '¶ One.\n\n- ¶ Two.\n\n  ¶ Three.\n\nBox\n\n¶ Four.',
    )
    expect(seen).toEqual(['body.0', 'body.1.items.0.children.0', 'body.2.children.0', 'body.3.children.0'])
  })

  it('reports a refused URL in a list item paragraph at its own path', () => {
    const warnings: TextWarning[] = []
    const link = { type: 'link', url: 'javascript:alert(1)', children: [t('x')] }
    const article = {
      ...parseArticle({ headline: 'H', body: [] }),
      body: [{ type: 'list', items: [{ children: [{ type: 'paragraph', children: [t('a '), link] }] }] }],
    } as Article
    expect(toText(article, { sections: bodyOnly, onWarning: (warning) => warnings.push(warning) })).toBe('- a x')
    expect(warnings.map((warning) => warning.path)).toEqual([
      ['body', 0, 'items', 0, 'children', 0, 'children', 1, 'url'],
    ])
  })

  it('stops a paragraph past maxDepth with a RenderError at its text', () => {
    const article = parseArticle({ headline: 'H', body: ['One.'] })
    expect(toText(article, { sections: bodyOnly, maxDepth: 3 })).toBe('One.')
    let error: unknown
    try {
      toText(article, { sections: bodyOnly, maxDepth: 2 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RenderError)
    expect(error).toMatchObject({ code: 'too_deep', path: ['body', 0, 'children', 0] })
  })
})

describe('toSpeech', () => {
  it('drops URLs and markers, and makes headings, list items and rows sentences', () => {
    const article = parseArticle({
      headline: 'Ferry opens',
      standfirst: 'A new line',
      authors: [{ name: 'Ada Quill' }],
      datePublished: '2026-06-12',
      body: [
        { type: 'heading', level: 2, children: 'What changes' },
        {
          type: 'paragraph',
          children: [t('See '), { type: 'link', url: 'https://example.com', children: 'the site' }, t('.')],
        },
        { type: 'list', ordered: true, items: ['Fares rise', 'Bikes go free etc.', 'Is it late?'] },
        { type: 'paragraph', children: [t('Length: 24 m'), { type: 'break' }, t('Built: 2025')] },
        { type: 'quote', children: ['We are ready.'], attribution: { name: 'Ada', title: 'Engineer' } },
        { type: 'table', header: ['Route', 'Time'], rows: [['Road', '40 min']] },
        { type: 'image', url: '/a.jpg', alt: 'Quay', caption: 'The quay' },
        { type: 'divider' },
        { type: 'code', value: 'x = 1' },
      ],
      sources: [{ name: 'Council', url: 'https://example.com/c' }],
    })
    expect(toSpeech(article)).toBe(
      [
        'Ferry opens. A new line. By Ada Quill.',
        'What changes.',
        'See the site.',
        'Fares rise.\nBikes go free etc.\nIs it late?',
        'Length: 24 m. Built: 2025.',
        'We are ready. Ada, Engineer.',
        'Route: Road; Time: 40 min.',
        'x = 1',
      ].join('\n\n'),
    )
    expect(toText(article, { mode: 'speech' })).toBe(toSpeech(article))
    expect(toSpeech(article, { captions: true, sources: true }).split('\n\n').slice(-3)).toEqual([
      'Image: The quay.',
      'x = 1',
      'Sources. Council.',
    ])
  })
})

describe('toText: headings in upper case', () => {
  const heading: ArticleInput['body'] = [
    {
      type: 'heading',
      level: 2,
      children: [
        { type: 'text', value: 'Read the ' },
        { type: 'link', url: 'https://example.com/Docs/plan.pdf', children: 'plan' },
        { type: 'text', value: ' at ' },
        { type: 'link', url: 'https://example.com/Docs', children: 'https://example.com/Docs' },
      ],
    },
  ]

  it('upper-cases the words, never a URL, in every links mode and through the handlers', () => {
    const want = 'READ THE PLAN (https://example.com/Docs/plan.pdf) AT https://example.com/Docs'
    expect(body(heading, { headings: 'upper' })).toBe(want)
    expect(body(heading, { headings: 'upper', handlers: { text: defaultHandlers.text } })).toBe(want)
    expect(body(heading, { headings: 'upper', links: 'footnotes' })).toBe(
      'READ THE PLAN[1] AT https://example.com/Docs\n\nLinks:\n[1] https://example.com/Docs/plan.pdf',
    )
  })

  it('still upper-cases the headline and leaves the paragraphs alone', () => {
    const article = parseArticle({ headline: 'Ferry plan', body: heading })
    expect(toText(article, { headings: 'upper' })).toBe(
      'FERRY PLAN\n\nREAD THE PLAN (https://example.com/Docs/plan.pdf) AT https://example.com/Docs',
    )
  })
})

describe('toText: footnote numbers follow the reading order', () => {
  const link = { type: 'link', url: 'https://a.example/report', children: 'the report' } as const
  const attribution = { name: 'Ada Quill', url: 'https://a.example/ada' }

  it('numbers the body of a quote before its attribution', () => {
    expect(
      body([{ type: 'quote', children: [{ type: 'paragraph', children: [t('See '), link] }], attribution }], {
        links: 'footnotes',
      }),
    ).toBe('  See the report[1]\n  — Ada Quill[2]\n\nLinks:\n[1] https://a.example/report\n[2] https://a.example/ada')
  })

  it('numbers the body of a pullquote before its attribution', () => {
    expect(
      body([{ type: 'pullquote', children: [t('See '), link], attribution }], { links: 'footnotes', furniture: true }),
    ).toBe('  See the report[1]\n  — Ada Quill[2]\n\nLinks:\n[1] https://a.example/report\n[2] https://a.example/ada')
  })
})

describe('toText: a custom block with neither children nor value', () => {
  const poll = {
    type: 'poll',
    id: 'p1',
    question: 'Which route?',
    options: ['Bridge', 'Ferry'],
    url: 'https://example.com/poll',
    votes: 12,
  }
  const article = (block: object) =>
    ({
      ...parseArticle({ headline: 'H', body: ['Before.'] }),
      body: [{ type: 'paragraph', children: [t('Before.')] }, block],
    }) as Article

  it('writes its string fields, one a line, never its id or URL, and reports it', () => {
    const warnings: TextWarning[] = []
    expect(toText(article(poll), { sections: bodyOnly, onWarning: (warning) => warnings.push(warning) })).toBe(
      'Before.\n\nWhich route?\nBridge\nFerry',
    )
    expect(warnings).toEqual([
      {
        code: 'node_without_text',
        path: ['body', 1],
        message:
          'Node `poll` has no handler and no `children` or `value`: its string fields were written instead. Add a handler for it.',
      },
    ])
    expect(toSpeech(article(poll), { sections: bodyOnly })).toBe('Before.\n\nWhich route? Bridge. Ferry.')
  })

  it('reports a block with no words at all, which renders nothing', () => {
    const warnings: TextWarning[] = []
    expect(
      toText(article({ type: 'spacer', size: 3 }), { sections: bodyOnly, onWarning: (w) => warnings.push(w) }),
    ).toBe('Before.')
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([['node_without_text', ['body', 1]]])
  })

  it('writes the same words in the story text', () => {
    expect(storyText(article(poll))).toBe('Before.\n\nWhich route?\nBridge\nFerry')
  })
})

describe('toText: resolveUrl', () => {
  const input = {
    headline: 'H',
    url: 'https://news.example.com/local/2026/ferry',
    body: [
      { type: 'paragraph', children: [t('See '), { type: 'link', url: '../timetable', children: 'the timetable' }] },
    ],
    sources: [{ id: 's1', name: 'Council', url: '/council/report' }],
  } as ArticleInput

  it('resolves relative URLs against article.url when asked, and leaves them alone by default', () => {
    const article = parseArticle(input)
    expect(toText(article, { sections: bodyOnly })).toBe(
      'See the timetable (../timetable)\n\nSources:\n1. Council (/council/report)',
    )
    expect(toText(article, { sections: bodyOnly, resolveUrl: true })).toBe(
      'See the timetable (https://news.example.com/local/timetable)\n\nSources:\n1. Council (https://news.example.com/council/report)',
    )
    // The URL policy sees the resolved URL.
    const seen: string[] = []
    toText(article, {
      sections: bodyOnly,
      resolveUrl: true,
      urlPolicy: (url) => {
        seen.push(url)
        return url
      },
    })
    expect(seen).toEqual(['https://news.example.com/local/timetable', 'https://news.example.com/council/report'])
  })

  it('writes URLs as they are without article.url', () => {
    const { url: _url, ...rest } = input as { url: string }
    expect(toText(parseArticle(rest as ArticleInput), { sections: bodyOnly, resolveUrl: true })).toBe(
      'See the timetable (../timetable)\n\nSources:\n1. Council (/council/report)',
    )
  })
})
