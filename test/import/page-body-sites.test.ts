// The page reader's body on more of the shapes real publishing systems
// ship (issue 18, part 1): live updates that hold a figure, figures around
// players and tables, the line of byline, date and reading time, galleries
// and link cards of one figure, subheadings written in bold, credits behind
// a reader's label or in full-width brackets, and the standfirst called an
// excerpt. Each page is small, written for the test, with its structure only.

import { describe, expect, it } from 'vitest'
import { MORE, PROSE, p, page, read, story, t } from './pages.js'

type Fields = Record<string, unknown>

/** The notes of the page furniture left out, as `kind (count)`. */
const furniture = (warnings: { code: string; message: string }[]) =>
  warnings
    .filter((warning) => warning.code === 'page_furniture')
    .map((warning) => warning.message.replace('Page furniture left out: ', ''))

const IMG = '<img src="https://img.example/pier-1200.jpg" alt="The pier">'
const image = (fields: Fields = {}) => ({
  type: 'image',
  url: 'https://img.example/pier-1200.jpg',
  alt: 'The pier',
  ...fields,
})
const heading = (level: number, value: string) => ({ type: 'heading', level, children: t(value) })

describe('live updates', () => {
  const update = (id: number, time: string, title: string, inner: string) =>
    `<div class="live-post" id="post-${id}"><div class="live-post__meta"><time datetime="2026-03-03T${time}:00+01:00">${time}</time></div><h3 class="live-post__title">${title}</h3><div class="live-post__body">${inner}</div></div>`

  it('keeps an update that holds a figure beside its siblings', () => {
    const feed = [
      update(3, '11:40', 'Pier closed', `<p>${PROSE}</p>`),
      update(
        2,
        '10:15',
        'Boats move south',
        `<p>${MORE}</p><figure>${IMG}<figcaption>Waves at the quay.</figcaption></figure>`,
      ),
      update(1, '09:00', 'Storm warning', `<p>${PROSE}</p><p>${MORE}</p>`),
    ].join('')
    const { article } = read(
      page(`<article class="live"><h1>Storm live</h1><div class="live-feed">${feed}</div></article>`),
    )
    expect(article.body).toEqual([
      heading(3, 'Pier closed'),
      p(PROSE),
      heading(3, 'Boats move south'),
      p(MORE),
      image({ caption: t('Waves at the quay.') }),
      heading(3, 'Storm warning'),
      p(PROSE),
      p(MORE),
    ])
  })
})

describe('figures around players and tables', () => {
  it('gives a player its figure’s caption (Gutenberg’s wp-block-embed)', () => {
    const embed = `<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="Storm footage" src="https://www.youtube.com/embed/abcDEF12345"></iframe></div><figcaption class="wp-element-caption">Storm waves over the pier.</figcaption></figure>`
    const { article } = read(page(story(embed)))
    expect(article.body).toEqual([
      p(PROSE),
      {
        type: 'embed',
        url: 'https://www.youtube.com/embed/abcDEF12345',
        kind: 'video',
        provider: 'YouTube',
        title: 'Storm footage',
        caption: t('Storm waves over the pier.'),
      },
      p(MORE),
    ])
  })

  it('gives a table its figure’s caption (wp-block-table), and keeps its own <caption> first', () => {
    const rows = '<thead><tr><th>Week</th><th>Work</th></tr></thead><tbody><tr><td>1</td><td>Deck</td></tr></tbody>'
    const table = (caption: string) => ({
      type: 'table',
      caption: t(caption),
      header: [t('Week'), t('Work')],
      rows: [[t('1'), t('Deck')]],
    })
    const figure = `<figure class="wp-block-table"><table>${rows}</table><figcaption>The schedule.</figcaption></figure>`
    expect(read(page(story(figure))).article.body).toEqual([p(PROSE), table('The schedule.'), p(MORE)])
    const own = `<figure><table><caption>Works by week</caption>${rows}</table><figcaption>The schedule.</figcaption></figure>`
    expect(read(page(story(own))).article.body).toEqual([p(PROSE), table('Works by week'), p('The schedule.'), p(MORE)])
  })

  it('keeps the caption of a frame it may not embed as a paragraph after its link', () => {
    const frame = `<figure><iframe src="https://maps.example.com/embed?pier"></iframe><figcaption>Where the pier stands.</figcaption></figure>`
    const { article, codes } = read(page(story(frame)))
    expect(article.body).toEqual([
      p(PROSE),
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://maps.example.com/embed?pier',
            children: t('https://maps.example.com/embed?pier'),
          },
        ],
      },
      p('Where the pier stands.'),
      p(MORE),
    ])
    expect(codes).toContain('raw_html')
  })
})

describe('the line of byline, date and reading time', () => {
  it('leaves out the line its class calls the meta or the byline, and reports it', () => {
    for (const line of [
      '<div class="node__meta"><span>Ann Example</span> <span>3 March 2026</span></div>',
      '<div class="entry-meta">Posted by <a href="/author/ann">Ann Example</a> in <a href="/news">News</a></div>',
      '<p class="byline">By Ann Example, Harbour reporter</p>',
    ]) {
      const { article, warnings } = read(page(story(line)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(furniture(warnings)).toContain('byline or date line (1)')
    }
  })

  it('leaves out the line that holds a reading time, however its classes are named', () => {
    for (const time of ['5 min read', '12 minute read', 'Lesezeit: 4 Min.', '3 minutes de lecture']) {
      const line = `<div class="x1 y2"><span>Ann Example</span><span>Follow</span><span>${time}</span><span>Mar 3, 2026</span></div>`
      const { article, warnings } = read(page(story(line)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      // The date alone is a date line of its own, left out first.
      expect(furniture(warnings).some((note) => note.startsWith('byline or date line'))).toBe(true)
    }
  })

  it('keeps the reporter’s sentences that give a reading time or name a byline', () => {
    for (const sentence of [
      'The harbour guide is a 5 min read, the board said.',
      'The guide, <span>a 5 min read</span>, is on the board’s website.',
      'Her byline and the date line were both wrong in the first edition.',
    ]) {
      const { article } = read(page(story(`<p>${sentence}</p>`)))
      expect(article.body).toHaveLength(3)
      expect(JSON.stringify(article.body[1])).toMatch(/board|edition/)
    }
    const { article } = read(page(story('<p class="x"><span>5 min read</span></p><p>The guide is short.</p>')))
    expect(article.body).toEqual([p(PROSE), p('The guide is short.'), p(MORE)])
  })
})

describe('galleries and link cards of one figure', () => {
  it('reads rows of images under one caption (Ghost’s kg-gallery-card) as a gallery of all of them', () => {
    const src = (name: string) => `https://img.example/${name}.jpg`
    const gallery = `<figure class="kg-card kg-gallery-card"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="${src('a')}" alt="A pile"></div><div class="kg-gallery-image"><img src="${src('b')}" alt="A diver"></div></div><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="${src('c')}" alt="The deck"></div></div></div><figcaption><p><span>Divers checked every pile.</span></p></figcaption></figure>`
    const { article } = read(page(story(gallery)))
    expect(article.body).toEqual([
      p(PROSE),
      {
        type: 'gallery',
        caption: t('Divers checked every pile.'),
        children: [
          { type: 'image', url: src('a'), alt: 'A pile' },
          { type: 'image', url: src('b'), alt: 'A diver' },
          { type: 'image', url: src('c'), alt: 'The deck' },
        ],
      },
      p(MORE),
    ])
  })

  it('keeps a picture and its preview in one wrapper as one image', () => {
    const figure = `<figure><div>${IMG}<img src="https://img.example/pier-tiny.jpg" alt=""></div><figcaption>The pier.</figcaption></figure>`
    const { article } = read(page(story(figure)))
    expect(article.body[1]).toEqual(image({ caption: t('The pier.') }))
  })

  it('reads a figure that is one link around a card (kg-bookmark-card) as a related article', () => {
    const card = `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://news.example/ferry"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Ferry fares rise in spring</div><div class="kg-bookmark-description">The ferry will cost more.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://news.example/icon.png" alt=""><span>Harbour Post</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://news.example/thumb.jpg" alt=""></div></a></figure>`
    const { article, codes } = read(page(story(card)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.related).toEqual([{ title: 'Ferry fares rise in spring', url: 'https://news.example/ferry' }])
    expect(codes).toContain('related')
  })

  it('keeps a figure whose image links to its full size', () => {
    const figure = `<figure><a href="https://img.example/pier-full.jpg">${IMG}</a><figcaption>The pier.</figcaption></figure>`
    const { article } = read(page(story(figure)))
    expect(article.body[1]).toEqual(image({ caption: t('The pier.') }))
    expect(article.related).toBeUndefined()
  })
})

describe('subheadings written as bold paragraphs', () => {
  it('reads a short bold paragraph before more of the story as a subheading', () => {
    const inner =
      '<p><strong>What will change?</strong></p><p>The deck goes first.</p><p><b>The cost</b></p><ul><li>Four million</li></ul>'
    const { article } = read(page(story(inner)))
    expect(article.body).toEqual([
      p(PROSE),
      heading(2, 'What will change?'),
      p('The deck goes first.'),
      heading(2, 'The cost'),
      { type: 'list', ordered: false, items: [{ children: [p('Four million')] }] },
      p(MORE),
    ])
  })

  it('makes it an <h3> where the story has <h2>s', () => {
    const inner = '<h2>The plan</h2><p><strong>What will change?</strong></p><p>The deck goes first.</p>'
    const { article } = read(page(story(inner)))
    expect(article.body.slice(1, 4)).toEqual([
      heading(2, 'The plan'),
      heading(3, 'What will change?'),
      p('The deck goes first.'),
    ])
  })

  it('keeps a bold sentence, a bold name opening a paragraph, a bold label, a bold link and a bold last line as they were', () => {
    const strong = (value: string) => ({ type: 'paragraph', children: [{ type: 'strong', children: t(value) }] })
    const cases: [string, unknown][] = [
      [`<p><strong>${PROSE}</strong></p>`, strong(PROSE)],
      [
        '<p><strong>Mara Lind</strong>, kiosk owner, welcomed it.</p>',
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: t('Mara Lind') },
            { type: 'text', value: ', kiosk owner, welcomed it.' },
          ],
        },
      ],
      ['<p><strong>Cost:</strong></p>', strong('Cost:')],
      [
        '<p><strong>Pier works start</strong> today</p>',
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: t('Pier works start') },
            { type: 'text', value: ' today' },
          ],
        },
      ],
    ]
    for (const [inner, block] of cases) expect(read(page(story(inner))).article.body[1]).toEqual(block)
    const linked = read(
      page(story('<p><strong><a href="https://news.example/ferry">Ferry fares rise</a></strong></p>')),
    )
    expect(linked.article.body[1]).toMatchObject({ type: 'paragraph' })
    const last = read(
      page(
        `<article><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p><p><strong>Ann Example</strong></p></article>`,
      ),
    )
    expect(last.article.body.at(-1)).toEqual(strong('Ann Example'))
  })
})

describe('credits', () => {
  const caption = (html: string) => {
    const figure = read(page(story(`<figure>${IMG}<figcaption>${html}</figcaption></figure>`))).article
      .body[1] as unknown as Fields
    return { caption: figure.caption, credit: figure.credit }
  }

  it('takes a credit behind a reader’s label the page hides by its style alone, without the label', () => {
    expect(
      caption(
        '<span class="css-1">The pier at low tide.</span><span class="css-2"><span class="css-3">Credit...</span><span>Ben Sample for Harbour Post</span></span>',
      ),
    ).toEqual({
      caption: t('The pier at low tide.'),
      credit: 'Ben Sample for Harbour Post',
    })
  })

  it('takes a credit in full-width brackets after a Chinese or Japanese caption', () => {
    expect(caption('二月の北桟橋（撮影・山田太郎）')).toEqual({ caption: t('二月の北桟橋'), credit: '撮影・山田太郎' })
    expect(caption('北码头（摄影：李明）')).toEqual({ caption: t('北码头'), credit: '摄影：李明' })
  })

  it('keeps words in full-width brackets that are not a credit in the caption', () => {
    expect(caption('二月の北桟橋（北側から）')).toEqual({ caption: t('二月の北桟橋（北側から）'), credit: undefined })
  })
})

describe('the standfirst', () => {
  it('takes the one Ghost calls the excerpt', () => {
    const html = page(
      `<article><header><h1>Night ferry returns</h1><p class="article-excerpt">The ferry sails again after a winter of repairs.</p></header><section class="gh-content"><p>${PROSE}</p><p>${MORE}</p></section></article>`,
    )
    const { article } = read(html)
    expect(article.standfirst).toEqual(t('The ferry sails again after a winter of repairs.'))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })
})

describe('the story’s key points', () => {
  const points = '<ul><li>The pier closes for eleven weeks</li><li>Boats move to the south quay</li></ul>'
  const list = {
    type: 'list',
    ordered: false,
    items: [{ children: [p('The pier closes for eleven weeks')] }, { children: [p('Boats move to the south quay')] }],
  }

  it('opens the body with a "Key points" box that Readability would drop beside the story', () => {
    for (const box of [
      `<div class="summary-box"><h2>Key points</h2>${points}</div>`,
      `<aside><h3>At a glance:</h3>${points}</aside>`,
      `<h2>Das Wichtigste</h2>${points}`,
    ]) {
      const html = page(
        `<article><h1>Night ferry returns</h1>${box}<div class="body"><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></div></article>`,
      )
      const { article } = read(html)
      expect(article.body.slice(1)).toEqual([list, p(PROSE), p(MORE), p(PROSE)])
      expect(article.body[0]).toMatchObject({ type: 'heading', level: 2 })
    }
  })

  it('leaves a list of links under such a label, and a sentence that opens with the words, to the other rules', () => {
    const links =
      '<ul><li><a href="https://news.example/a">Pier closed</a></li><li><a href="https://news.example/b">Boats move</a></li></ul>'
    const { article } = read(page(story(`<h2>Key points</h2>${links}`)))
    expect(article.body[0]).toEqual(p(PROSE))
    const sentence = 'Key points of the plan were agreed on Monday by the whole board.'
    expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
  })
})

describe("today's stacks", () => {
  /** The body of a story holding `inner` between its two paragraphs of prose. */
  const body = (inner: string) => read(page(story(inner))).article.body
  const figureOf = (inner: string) => body(inner).find((block) => block.type === 'image') as unknown as Fields

  it.each([
    [
      'a credit beside the image in its wrapper',
      `<figure><div>${IMG}<span class="sc-1"><span class="visually-hidden">Image source, </span>Ben Sample/GNN</span></div><figcaption><span class="visually-hidden">Image caption, </span>The pier at low tide</figcaption></figure>`,
    ],
    [
      'a caption and its credit in a meta wrapper',
      `<figure class="e-image"><span class="e-image__inner">${IMG}</span><span class="e-image__meta"><figcaption>The pier at low tide</figcaption><cite>Ben Sample/GNN</cite></span></figure>`,
    ],
    [
      "a caption's field and a credit's figcaption beside the image, without a figure",
      `<div class="image"><div class="image__container">${IMG}</div><div class="image__metadata"><div class="image__caption attribution"><span>The pier at low tide</span></div><figcaption class="image__credit">Ben Sample/GNN</figcaption></div></div>`,
    ],
    [
      'a credit in a span whose class ends in cr, glued to the caption',
      `<figure><div>${IMG}</div><figcaption><span class="em_img_cp">The pier at low tide</span><span class="em_img_cr">Ben Sample/GNN</span></figcaption></figure>`,
    ],
    [
      'an image block with a caption and a credit paragraph',
      `<div class="image-block"><div class="image-block__wrapper">${IMG}</div><div class="image-block__meta"><p class="image-block__caption">The pier at low tide</p><p class="image-block__credit">Ben Sample/GNN</p></div></div>`,
    ],
  ])('reads %s', (_, inner) => {
    const blocks = body(inner)
    expect(blocks.filter((block) => block.type === 'image')).toEqual([
      image({ caption: t('The pier at low tide'), credit: 'Ben Sample/GNN' }),
    ])
    // Neither is left in the text as well.
    expect(JSON.stringify(blocks.filter((block) => block.type !== 'image'))).not.toMatch(/low tide|Sample/)
  })

  it.each([
    ['an agency in brackets after the name', 'Ana Ruiz (EFE)'],
    ['Foto and an agency', 'Foto Ansa'],
    ['a Polish label', 'Fot. Ana Ruiz / Gazeta'],
    ['a Turkish label', 'Fotoğraf: Ana Ruiz'],
    ['a Hebrew label in brackets', '(צילום: אורי כהן)'],
    ['a Korean label in brackets', '(사진=서울교통공사 제공)'],
    ['a Russian label', 'Фото: Илья Ветров'],
  ])('takes for the credit %s', (_, credit) => {
    const figure = figureOf(
      `<figure>${IMG}<figcaption><span>The pier at low tide.</span><span class="m">${credit}</span></figcaption></figure>`,
    )
    expect([figure.caption, figure.credit]).toEqual([t('The pier at low tide.'), credit.replace(/^\((.*)\)$/, '$1')])
  })

  it.each([
    [
      'a class word run into another (imageCredit)',
      '<span class="imageCaption">The pier at low tide.</span><span class="imageCredit">Ana Ruiz</span>',
    ],
    [
      'a photo-source class',
      '<span class="article__photo-desc">The pier at low tide.</span><span class="article__photo-source">Ana Ruiz</span>',
    ],
  ])('takes for the credit an element marked by %s', (_, caption) => {
    const figure = figureOf(`<figure>${IMG}<figcaption>${caption}</figcaption></figure>`)
    expect([figure.caption, figure.credit]).toEqual([t('The pier at low tide.'), 'Ana Ruiz'])
  })

  it("drops a caption's Enlarge link and the separator after it", () => {
    for (const separator of [' / ', ' <span class="sep">/</span> ']) {
      const figure = figureOf(
        `<figure>${IMG}<figcaption class="caption"><div class="caption-text"><a href="/full.jpg" class="enlarge-link">Enlarge</a>${separator}The pier at low tide.</div><div class="caption-credit">Credit: Ana Ruiz</div></figcaption></figure>`,
      )
      expect([figure.caption, figure.credit]).toEqual([t('The pier at low tide.'), 'Credit: Ana Ruiz'])
    }
  })

  it('takes a "Dans la même rubrique" list after the story for related articles', () => {
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p></article><section class="article__siblings"><h3>Dans la même rubrique</h3><ul><li><a href="/quai">Le quai rouvre</a></li><li><a href="/phare">Le phare repeint</a></li></ul></section>`,
      ),
      { url: 'https://news.example/ferry' },
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.related).toEqual([
      { title: 'Le quai rouvre', url: 'https://news.example/quai' },
      { title: 'Le phare repeint', url: 'https://news.example/phare' },
    ])
  })

  it('takes a "Lire aussi |" line and its link for a related article', () => {
    const { article } = read(
      page(
        story(
          '<section class="catcher"><span class="catcher__title">Lire aussi |</span><a href="/quai">Le quai rouvre</a></section>',
        ),
      ),
      { url: 'https://news.example/ferry' },
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.related).toEqual([{ title: 'Le quai rouvre', url: 'https://news.example/quai' }])
  })

  it('takes "Photo by … on Unsplash" for the credit, its links too, and leaves no caption', () => {
    for (const line of [
      'Photo by Ana Ruiz on Unsplash',
      'Photo by <a href="/u/ana">Ana Ruiz</a> on <a href="/u">Unsplash</a>',
    ]) {
      const figure = figureOf(`<figure>${IMG}<figcaption>${line}</figcaption></figure>`)
      expect([figure.caption, figure.credit]).toEqual([undefined, 'Photo by Ana Ruiz on Unsplash'])
    }
  })

  it('leaves no separator at the end of a caption whose credit was an element of its own', () => {
    const figure = figureOf(
      `<figure>${IMG}<figcaption><span class="caption">The pier at low tide. - </span><span class="credits">Ben Sample/GNN</span></figcaption></figure>`,
    )
    expect([figure.caption, figure.credit]).toEqual([t('The pier at low tide.'), 'Ben Sample/GNN'])
  })

  it('reads an Arabic caption\'s agency for its credit, and an Arabic "read also" line for a related article', () => {
    const { article } = read(
      page(
        story(
          `<figure>${IMG}<figcaption>ألواح شمسية على سطح المحطة (رويترز)</figcaption></figure><p><strong>اقرأ أيضا:</strong> <a href="/quai">خطة لتوسيع الميناء</a></p>`,
        ),
      ),
      { url: 'https://news.example/ferry' },
    )
    expect(article.body[1]).toEqual(image({ caption: t('ألواح شمسية على سطح المحطة'), credit: 'رويترز' }))
    expect(article.related).toEqual([{ title: 'خطة لتوسيع الميناء', url: 'https://news.example/quai' }])
  })

  it('keeps a heading whose class links to itself', () => {
    const heading3 =
      '<h3 class="header-anchor-post">Day one<div class="header-anchor-parent"><div class="header-anchor"><svg></svg></div></div></h3>'
    expect(body(heading3)).toContainEqual(heading(3, 'Day one'))
  })

  it('takes a standfirst an app names in data-gu-name, in a wrapper of its own', () => {
    const html = page(
      `<article><div data-gu-name="headline"><h1>Night ferry returns</h1></div><div data-gu-name="standfirst"><div class="dcr-1x2y"><p>The crossing is back after a winter of repairs</p></div></div><div data-gu-name="body"><p>${PROSE}</p><p>${MORE}</p></div></article>`,
    )
    expect(read(html).article.standfirst).toEqual(t('The crossing is back after a winter of repairs'))
  })

  it.each([
    ['an ad label between dashes', '<div class="td-a-rec">- Advertisement -</div>', 'advertisement (1)'],
    [
      'a reading time in French',
      '<section class="article__reading-time">Temps de lecture : 3 min.</section>',
      'byline or date line (1)',
    ],
    [
      "the note of the story's print edition",
      '<p class="css-1x">A version of this article appears in print on Dec. 6, 2026, Section A, Page 1 of the Island edition with the headline: Night Ferry Returns. <a href="/reprints">Order Reprints</a> | <a href="/paper">Today’s Paper</a></p>',
      'print edition line (1)',
    ],
    [
      "Sourcepoint's consent banner",
      '<div id="consent" class="sp_message_container"><p>We and our partners use tools to measure your visit.</p><button>Accept</button></div>',
      'cookie banner (1)',
    ],
    [
      'an author box named author-info',
      '<div class="author-info"><h4>Published by Ana Ruiz</h4><img src="/a.jpg" alt=""></div>',
      'author box (1)',
    ],
    [
      'a section of more stories named by data-testid',
      '<section data-testid="more-from-gnn"><h2>More from GNN</h2><div><a href="/x"><h2>Pier reopens</h2></a></div></section>',
      'list of other stories (1)',
    ],
    [
      'an appeal for money',
      '<div id="contribution-ask"><h3>Will you support our journalism?</h3><a href="/give">Give $5 a month</a></div>',
      'call to action (1)',
    ],
  ])('leaves out %s', (_, inner, kind) => {
    const { article, warnings } = read(page(story(inner)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(furniture(warnings)).toContain(kind)
  })
})

describe("what the review of today's stacks' rules found", () => {
  const body = (inner: string) => read(page(story(inner))).article.body
  const figureOf = (inner: string) => body(inner).find((block) => block.type === 'image') as unknown as Fields
  const LINE = 'The harbour master has walked the pier every morning for eleven years.'

  it.each([
    ['an AEM text component', `<div class="cmp-text"><p>${LINE}</p></div>`],
    ['an opinion piece named by data-testid', `<div data-testid="comment-piece-body"><p>${LINE}</p></div>`],
    ['a block named for sharing a quote', `<div data-component="share-quote-block"><p>${LINE}</p></div>`],
    [
      'a sentence about a print edition',
      `<p>A version of this story appeared in print in 1962, and it cost the editor his job.</p>`,
    ],
  ])("keeps the story's text in %s", (_, inner) => {
    expect(JSON.stringify(body(inner))).toContain(inner.includes('1962') ? 'cost the editor his job' : LINE)
  })

  it('keeps a whole caption written in <small> as the caption', () => {
    const figure = figureOf(
      `<figure>${IMG}<figcaption><p><small>The pier at low tide</small></p></figcaption></figure>`,
    )
    expect([figure.caption, figure.credit]).toEqual([t('The pier at low tide'), undefined])
  })

  it("keeps the story's paragraph in a wrapper that holds the caption", () => {
    const blocks = body(`<figure>${IMG}<div><figcaption>The pier at low tide</figcaption><p>${LINE}</p></div></figure>`)
    expect(blocks).toContainEqual(p(LINE))
    expect(blocks.find((block) => block.type === 'image')).toEqual(image({ caption: t('The pier at low tide') }))
  })

  it('keeps a caption that ends with an agency in brackets when its words are no names, the agency its credit', () => {
    const figure = figureOf(`<figure>${IMG}<figcaption>Neighbours in the main square (EFE)</figcaption></figure>`)
    expect([figure.caption, figure.credit]).toEqual([t('Neighbours in the main square'), 'EFE'])
  })
})

describe('the lead figure above the story, and captions hidden from screen readers only', () => {
  const FIGURE = `<figure class="Figure">${IMG}<figcaption>The pier at low tide. <span class="credit">Ben Sample/GNN</span></figcaption></figure>`
  const lead = image({ caption: t('The pier at low tide.'), credit: 'Ben Sample/GNN' })
  /** A page whose headline and `top` stand above the story's element, as Brightspot lays them out. */
  const above = (top: string, head = '') =>
    read(
      page(
        `<main><div class="Page-header"><h1>Night ferry returns</h1><p class="Page-byline">By Ana Ruiz</p></div>${top}<div class="Page-storyBody"><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></div></main>`,
        head,
      ),
    )

  it("opens the body with the figure between the headline and the story's element, and says so", () => {
    const { article, codes } = above(`<div class="Page-lead">${FIGURE}</div>`)
    expect(article.body).toEqual([lead, p(PROSE), p(MORE), p(PROSE)])
    expect(codes).toContain('lead_figure')
  })

  it('reads the figure in a header that holds the headline as the lead image when it shows the same picture', () => {
    const { article } = read(
      page(
        `<article><header><h1>Night ferry returns</h1><h2>The crossing is back after a winter of repairs.</h2>${FIGURE}</header><div class="article-body"><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></div></article>`,
        '<meta property="og:image" content="https://img.example/pier-1200.jpg">',
      ),
    )
    expect(article.image).toEqual({
      url: 'https://img.example/pier-1200.jpg',
      alt: 'The pier',
      caption: t('The pier at low tide.'),
      credit: 'Ben Sample/GNN',
    })
    expect(article.body.filter((block) => block.type === 'image')).toEqual([])
  })

  it('takes the lead figure after a lead paragraph, whose picture holds a lazy image and its <noscript> copy', () => {
    const picture =
      '<figure class="article-image"><picture><img class="lazy" data-src="https://img.example/pier-1200.jpg" alt="The pier"><noscript><img src="https://img.example/pier-1200.jpg" alt="The pier"></noscript></picture><figcaption>The pier at low tide. <span class="credit">Ben Sample/GNN</span></figcaption></figure>'
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><p class="article__lead">${PROSE}</p>${picture}<div class="meta"><span class="author">Ana Ruiz</span></div><div class="article__text"><p>${MORE}</p><p>${PROSE}</p><p>${MORE}</p></div></article>`,
      ),
    )
    expect(article.standfirst).toEqual(t(PROSE))
    expect(article.body[0]).toEqual(lead)
  })

  it("keeps apart a lead image and a figure whose resizer's addresses name other files", () => {
    const resized = (file: string) => `https://img.example/resize.php?src=${file}&amp;w=900`
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><p>${PROSE}</p><figure><img src="${resized('chart.jpg')}" alt=""><figcaption>The old chart.</figcaption></figure><p>${MORE}</p></article>`,
        `<meta property="og:image" content="${resized('portrait.jpg').replace('&amp;', '&').replace('900', '1200')}">`,
      ),
    )
    expect(article.image).toEqual({ url: 'https://img.example/resize.php?src=portrait.jpg&w=1200', alt: '' })
    expect(article.body.find((block) => block.type === 'image')).toMatchObject({ caption: t('The old chart.') })
  })

  it("reports a refused link in the lead figure's caption once, when the figure opens the body", () => {
    const figure = `<figure>${IMG}<figcaption>The pier at <a href="javascript:alert(1)">low tide</a>.</figcaption></figure>`
    const { article, warnings } = above(`<div class="Page-lead">${figure}</div>`)
    expect(article.body[0]).toEqual(image({ caption: t('The pier at low tide.') }))
    expect(warnings.filter((warning) => warning.code === 'url_refused')).toHaveLength(1)
  })

  it('adds no second copy of a lead figure the story holds', () => {
    const { article, codes } = read(
      page(`<article><h1>Night ferry returns</h1>${FIGURE}<p>${PROSE}</p><p>${MORE}</p></article>`),
    )
    expect(article.body.filter((block) => block.type === 'image')).toEqual([lead])
    expect(codes).not.toContain('lead_figure')
  })

  it.each([
    ['after the first paragraph of prose', `<p>${MORE}</p>${FIGURE}`],
    ['in a box of the most commented', `<div class="col2_most_commented">${FIGURE}</div>`],
    ['in a link to another story', `<a href="/other">${FIGURE}</a>`],
    [
      'with a heading of its own',
      `<figure>${IMG}<h2>Gallery</h2><figcaption>The pier at low tide.</figcaption></figure>`,
    ],
    ['without a caption', `<figure>${IMG}</figure>`],
  ])('takes no lead figure %s', (_, top) => {
    const { article, codes } = above(top)
    expect(codes).not.toContain('lead_figure')
    // Readability may keep what lies beside the story: the figure is then where it stands, not first.
    expect(article.body[0]).not.toEqual(lead)
  })

  it('keeps a caption marked aria-hidden, which the page shows, with its credit', () => {
    const figure = `<figure>${IMG}<figcaption aria-hidden="true">The pier at low tide. <span class="credit" aria-hidden="true">Ben Sample/GNN</span></figcaption></figure>`
    const { article } = read(page(story(figure)))
    expect(article.body.filter((block) => block.type === 'image')).toEqual([lead])
  })

  it('leaves out a caption marked hidden', () => {
    const figure = `<figure>${IMG}<figcaption hidden>The pier at low tide.</figcaption></figure>`
    expect(read(page(story(figure))).article.body.filter((block) => block.type === 'image')).toEqual([image()])
  })
})

describe("a photographer's name after the caption's sentence", () => {
  const figureOf = (caption: string) =>
    read(page(story(`<figure>${IMG}<figcaption class="a_m_p">${caption}</figcaption></figure>`))).article.body.find(
      (block) => block.type === 'image',
    )

  it('reads the second of two elements as the credit when it is a name', () => {
    expect(figureOf('<span>The pier at low tide.</span><span class="a_m_m">Mònica Torres</span>')).toEqual(
      image({ caption: t('The pier at low tide.'), credit: 'Mònica Torres' }),
    )
  })

  it.each([
    ['the first part ends no sentence', '<span>The pier at</span><span>Low Tide</span>'],
    ['the second part is no name', '<span>The pier at low tide.</span><span>It reopens in May.</span>'],
    ['the caption has three parts', '<span>The pier.</span><span>At low tide.</span><span>Ana Ruiz</span>'],
  ])('reads no credit when %s', (_, caption) => {
    expect((figureOf(caption) as Fields | undefined)?.credit).toBeUndefined()
  })
})

describe('a date line after a marked standfirst', () => {
  it('leaves out an Italian date line with its update, and reads the first date as the publication', () => {
    const standfirst = 'Il traghetto di notte torna a navigare tra le due isole dopo un inverno di lavori nel cantiere.'
    const { article, warnings } = read(
      `<!doctype html><html lang="it"><head><title>Torna il traghetto</title></head><body><article><h1>Torna il traghetto</h1><p class="summary-art">${standfirst}</p><div class="info-art"><p class="article-date">6 dicembre 2026 (modifica il 7 dicembre 2026 | 10:20)</p></div><p>${PROSE}</p><p>${MORE}</p></article></body></html>`,
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.standfirst).toEqual(t(standfirst))
    expect(article.datePublished).toBe('2026-12-06')
    expect(furniture(warnings)).toContain('byline or date line (1)')
  })
})

describe('story parts whose classes Readability reads as boxes to drop', () => {
  it('keeps a body whose wrapper says paywall, as a paywalled site marks its story', () => {
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><div class="article__body paywall"><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></div><div class="paywall-offer"><p>Subscribe to read on.</p></div></article>`,
      ),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE), p(PROSE)])
  })

  it("keeps a live page's entries whose paragraphs, headings and images are classed as related stories and headers", () => {
    const entry = (id: number, title: string, inner: string) =>
      `<li class="lx-stream__post-container"><article class="lx-stream-post" id="post-${id}"><header class="lx-stream-post__header"><h3 class="lx-stream-post__header-title"><span class="lx-stream-post__header-text">${title}</span></h3></header><div class="lx-stream-post-body">${inner}</div></article></li>`
    const feed = `<ol class="lx-stream__feed">${entry(2, 'Boats move south', `<p class="lx-stream-related-story--summary">${MORE}</p><figure><img class="lx-stream-related-story--index-image" src="https://img.example/pier-1200.jpg" alt="The pier"><figcaption>Waves at the quay.</figcaption></figure>`)}${entry(1, 'Pier closed', `<p class="lx-stream-related-story--summary">${PROSE}</p>`)}</ol>`
    const { article } = read(page(`<main><h1>Night ferry returns</h1>${feed}</main>`))
    expect(article.body).toEqual([
      heading(3, 'Boats move south'),
      p(MORE),
      image({ caption: t('Waves at the quay.') }),
      heading(3, 'Pier closed'),
      p(PROSE),
    ])
  })

  it("leaves out other stories' cards whose summaries are classed the same way", () => {
    const card = (n: number) =>
      `<div class="card"><h3><a href="/other-${n}">Another story ${n}</a></h3><p class="related-story__summary">The council met on Tuesday to discuss the new pier and its costs.</p></div>`
    const { article } = read(page(story(`<div class="related-stories">${card(1)}${card(2)}</div>`)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it("leaves out the BBC's visually hidden label", () => {
    const { article } = read(page(story('<h2 class="gs-u-vh">Summary</h2>')))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })
})

describe('furniture the blind set of pages kept', () => {
  it.each([
    [
      "a newsletter box whose class runs its words together (a CSS module's)",
      '<div class="NewsletterSignup_box__uXnM0"><h4>Get more stories like this</h4><p>Sign up for Markets, our morning newsletter.</p><form><input type="email"><button>Subscribe</button></form></div>',
    ],
    [
      'a short line whose link is the invitation',
      '<p class="nl-inline"><strong>Get local news and forecasts to your inbox. <a href="/newsletters">Sign up for our newsletters.</a></strong></p>',
    ],
    [
      'a request for news tips without a link',
      '<p class="has-small-font-size"><em>Got a news tip or inside information about ferries? Reach Ana Ruiz on Signal at anaruiz.01 or by email.</em></p>',
    ],
    [
      'a Swedish request for tips',
      '<div class="article__tip"><p>Har du ett tips? Mejla oss på tips@news.example.</p></div>',
    ],
    [
      'a Hindi invitation to follow, whose verb ends it',
      '<div class="story__follow"><p>ताज़ा खबरों के लिए हमें <a href="/whatsapp">व्हाट्सऐप चैनल</a> पर फॉलो करें।</p></div>',
    ],
  ])('leaves out %s', (_, box) => {
    const { article } = read(page(story(box)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it.each([
    'Have you ever wondered why the tide turns? The harbour master has.',
    'Got a minute? The tip of the pier is where the ferry waits.',
  ])('keeps a sentence that opens with a question: %s', (line) => {
    const { article } = read(page(story(`<p>${line}</p>`)))
    expect(article.body).toContainEqual(p(line))
  })

  it('takes a "RELATED..." line and the list after it for related articles', () => {
    const { article } = read(
      page(story('<p><strong>RELATED...</strong></p><ul><li><a href="/ports">Small ports lose ferries</a></li></ul>')),
      { url: 'https://news.example/ferry' },
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.related).toEqual([{ title: 'Small ports lose ferries', url: 'https://news.example/ports' }])
  })

  it('keeps the paragraphs a paywalled page marks subscriber-only', () => {
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><div class="asset-content"><p class="subscriber-only">${PROSE}</p><p class="subscriber-only">${MORE}</p></div></article>`,
      ),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it('takes a "Go deeper:" line and its link for a related article', () => {
    const { article } = read(
      page(story('<p><strong>Go deeper:</strong> <a href="/ports">Small ports lose ferries</a></p>')),
      {
        url: 'https://news.example/ferry',
      },
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.related).toEqual([{ title: 'Small ports lose ferries', url: 'https://news.example/ports' }])
  })
})

describe("what the review of this session's figures found", () => {
  const top = (inner: string, head = '') =>
    read(
      page(
        `<main><article><h1>Night ferry returns</h1>${inner}<div class="story-text"><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></div></article></main>`,
        head,
      ),
    )

  it.each([
    [
      'in a box of top stories',
      '<div class="topstories"><figure><img src="https://img.example/fire.jpg" alt=""><figcaption>Firefighters tackle a blaze.</figcaption></figure></div>',
    ],
    [
      "that is an author's headshot",
      '<figure class="author"><img src="https://img.example/staff/ana.jpg" alt="Ana Ruiz"><figcaption>Ana Ruiz</figcaption></figure><p class="byline">By Ana Ruiz</p>',
    ],
    [
      'whose caption is a name and no more',
      '<figure><img src="https://img.example/staff/ana.jpg" alt=""><figcaption>Ana Ruiz</figcaption></figure>',
    ],
  ])('takes no lead figure %s', (_, inner) => {
    expect(top(inner).codes).not.toContain('lead_figure')
  })

  it("takes a resizer's addresses that name the same file for one picture, whatever their signatures", () => {
    const src = (width: number, signature: string) =>
      `https://img.example/resize?src=pier.jpg&amp;w=${width}&amp;s=${signature}`
    const { article } = top(
      `<figure><img src="${src(900, '1f2e')}" alt="The pier"><figcaption>The pier at low tide.</figcaption></figure>`,
      `<meta property="og:image" content="${src(1200, '9a8b').replaceAll('&amp;', '&')}">`,
    )
    expect(article.image?.caption).toEqual(t('The pier at low tide.'))
    expect(article.body.filter((block) => block.type === 'image')).toEqual([])
  })

  it("leaves out a paywall's offer of three paragraphs, whose class names no story text", () => {
    const offer =
      '<div class="paywall-prompt"><p>Subscribe to keep reading this story and every other one on the site.</p><p>Unlimited digital access for one dollar a week, cancel at any time.</p><p>Already a subscriber? Log in to read on without limits.</p></div>'
    const { article } = read(page(story(offer)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })
})

describe('credits the fourth set of pages left in their captions', () => {
  /** A JSON-LD script whose lead image is the pier, captioned `caption`. */
  const leadImageLd = (caption: string) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Night ferry returns',
      image: { '@type': 'ImageObject', url: 'https://img.example/pier-1200.jpg', caption },
    })}</script>`
  const figure = (html: string, head = '') =>
    read(page(story(html), head)).article.body.find((block) => block.type === 'image') as unknown as Fields
  const captioned = (caption: string) => {
    const found = figure(`<figure>${IMG}<figcaption>${caption}</figcaption></figure>`)
    return [found.caption, found.credit]
  }

  it.each([
    ['a note of where the picture comes from', '(Family photo)', 'Family photo'],
    ['a name and its outlet after a slash', '(Ana Ruiz/The Harbour Post)', 'Ana Ruiz/The Harbour Post'],
    ['a name and its outlet after for', '(Ana Ruiz for Harbour Post)', 'Ana Ruiz for Harbour Post'],
    ["a picture desk's name", '(Ridgeline News)', 'Ridgeline News'],
    ["a picture desk's photographer", '(HW Photo/Ana Ruiz)', 'HW Photo/Ana Ruiz'],
    ['a source and its site after a slash', '(Screenshot/Facebook)', 'Screenshot/Facebook'],
    ['a site and a name in capitals after a slash', '(KABARNUSA.com/RINA HAPSARI)', 'KABARNUSA.com/RINA HAPSARI'],
  ])('takes %s in brackets after the caption for the credit', (_, credit, text) => {
    expect(captioned(`The pier at low tide. ${credit}`)).toEqual([t('The pier at low tide.'), text])
  })

  it.each([
    ['a remark', 'The pier at low tide (north side)'],
    ['a place', 'The pier at low tide (New Harbour)'],
    ['a name and a place after for', 'Ana Ruiz at the pier. Waiting for The Ferry'],
    ['a band', 'Fans wait for the doors to open. AC/DC'],
    ['a note that the picture is an old one', 'The pier at low tide (File photo)'],
  ])('keeps %s in the caption', (_, caption) => {
    expect(captioned(caption)).toEqual([t(caption), undefined])
  })

  it("takes an agency in capitals and its photographer, without the caption's link that sells the rights", () => {
    expect(
      captioned(
        'The pier at low tide. HARBOUR WIRE/Ana Ruiz <a href="/reprints">Purchase Licensing Rights<span class="visually-hidden">, opens new tab</span></a>',
      ),
    ).toEqual([t('The pier at low tide.'), 'HARBOUR WIRE/Ana Ruiz'])
  })

  it('takes a label in an element of its own right after the sentence, and its name, for the credit', () => {
    expect(captioned('The pier at low tide.<strong>Image Credits:</strong>Ana Ruiz')).toEqual([
      t('The pier at low tide.'),
      'Image Credits:Ana Ruiz',
    ])
  })

  it("finds the credit's element in a wrapper of the caption's words", () => {
    expect(
      captioned('<div class="figure-caption">The pier at low tide. <span class="figure-credit">Ana Ruiz</span></div>'),
    ).toEqual([t('The pier at low tide.'), 'Ana Ruiz'])
  })

  it("reads a Chinese caption's paragraph after the image, its photographer's line, and its indent", () => {
    const found = figure(
      `<p style="text-align: center;">${IMG}</p><p class="pictext">\u3000\u3000北码头的清晨。记者 李强 摄</p>`,
    )
    expect([found.caption, found.credit]).toEqual([t('北码头的清晨。'), '记者 李强 摄'])
    expect(captioned('北码头的清晨（李强 摄）')).toEqual([t('北码头的清晨'), '李强 摄'])
  })

  it("drops the ideographic spaces that indent a paragraph's first line", () => {
    const { article } = read(page(story('<p>\u3000\u3000北码头的清晨，渡轮恢复运行。</p>')))
    expect(article.body).toContainEqual(p('北码头的清晨，渡轮恢复运行。'))
  })

  it('takes the lead figure whose lazy image has an address of its own and a <noscript> copy', () => {
    const lazy =
      '<img class="lazy" src="https://img.example/pier-preview.jpg" data-src="https://img.example/pier-1200.jpg" alt="The pier"><noscript><img src="https://img.example/pier-1200.jpg" alt="The pier"></noscript>'
    const { article, codes } = read(
      page(
        `<article><h1>Night ferry returns</h1><div class="section"><figure>${lazy}<figcaption>The pier at low tide. <span class="figure-credit">Ana Ruiz</span></figcaption></figure><div class="body"><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></div></div></article>`,
      ),
    )
    expect(codes).toContain('lead_figure')
    expect(article.body[0]).toEqual(image({ caption: t('The pier at low tide.'), credit: 'Ana Ruiz' }))
  })

  it("gives the lead image the figure's caption where the metadata's runs the figure's credit on", () => {
    const { article } = read(
      page(
        story(`<figure>${IMG}<figcaption>The pier at low tide. (HW Photo/Ana Ruiz)</figcaption></figure>`),
        leadImageLd('The pier at low tide. (HW Photo/Ana Ruiz)'),
      ),
    )
    expect([article.image?.caption, article.image?.credit]).toEqual([t('The pier at low tide.'), 'HW Photo/Ana Ruiz'])
  })

  it("takes a JSON-LD image's caption that is a credit line and no more for its credit", () => {
    const { article } = read(page(story(''), leadImageLd('Image Credits: Ana Ruiz')))
    expect([article.image?.caption, article.image?.credit]).toEqual([undefined, 'Image Credits: Ana Ruiz'])
  })
})

describe("a wire story's sign-off line", () => {
  it('gives the contributors beside the reporters, and leaves the story', () => {
    const { article, codes } = read(
      page(
        story(
          '<p class="sign-off">Reporting by Ana Ruiz in Lyon and Ben Sample in Oslo; Additional reporting by Lucía Ferrer; Editing by Helen Park and Mark Danvers</p>',
        ),
      ),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.contributors).toEqual([
      { type: 'Person', name: 'Lucía Ferrer', role: 'additionalReporting' },
      { type: 'Person', name: 'Helen Park', role: 'editor' },
      { type: 'Person', name: 'Mark Danvers', role: 'editor' },
    ])
    expect(codes).toContain('contributors')
  })

  it.each([
    ['that names the reporters alone', 'Reporting by Ana Ruiz in Lyon'],
    ['whose names are not capitalized words', 'Editing by committee is slow; the harbour board knows it.'],
    ['with a clause of other words', 'Reporting by Ana Ruiz; Photographs courtesy of the harbour board'],
  ])('keeps a line %s in the story', (_, line) => {
    const { article } = read(page(story(`<p>${line}</p>`)))
    expect(article.body).toContainEqual(p(line))
    expect(article.contributors).toBeUndefined()
  })
})

describe("the text's paid parts, as Google's markup of paywalled content names them", () => {
  const ld = (selector: string) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Night ferry returns',
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: selector },
    })}</script>`
  const paid = `<p class="paywall">${MORE}</p><p class="paywall">${PROSE}</p>`

  it('keeps the paragraphs of the class JSON-LD names as paid', () => {
    const { article } = read(page(story(paid), ld('.paywall')))
    expect(article.body).toEqual([p(PROSE), p(MORE), p(PROSE), p(MORE)])
    expect(article.isAccessibleForFree).toBe(false)
  })

  it('leaves them out as a paywall box when no JSON-LD names them', () => {
    const { article } = read(page(story(`<div class="paywall">${paid}</div>`), ld('#story')))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })
})

describe('captions and credits the blind fifth set of pages showed', () => {
  const figure = (html: string) =>
    read(page(story(html))).article.body.find((block) => block.type === 'image') as unknown as Fields

  it.each([
    ['Vietnamese', 'Ảnh: Ngọc Tài'],
    ['Persian', 'عکس: مهدی توکلی'],
    ['Thai', 'ภาพ: สมชาย ใจดี'],
    ['Bengali', 'ছবি: রফিক আহমেদ'],
    ['Greek', 'ΦΩΤ.: Νίκος Παππάς'],
    ['Finnish', 'Kuva: Aino Virtanen'],
  ])('reads a %s credit label', (_, credit) => {
    const found = figure(`<figure>${IMG}<figcaption>The pier at low tide. ${credit}</figcaption></figure>`)
    expect([found.caption, found.credit]).toEqual([t('The pier at low tide.'), credit])
  })

  it("reads Blogger's caption table as a figure", () => {
    const table = `<table class="tr-caption-container"><tbody><tr><td><a href="https://img.example/pier-1200.jpg">${IMG}</a></td></tr><tr><td class="tr-caption">The pier at low tide</td></tr></tbody></table>`
    expect(figure(table)).toEqual(image({ caption: t('The pier at low tide') }))
  })

  it("reads a line that repeats the image's alt text and adds a credit as its caption and credit", () => {
    const found = figure(
      `<a href="/gallery">${IMG}</a><div class="text"><p>The pier</p><span class="author">foto: Ana Ruiz, Harbour News</span></div>`,
    )
    expect([found.caption, found.credit]).toEqual([t('The pier'), 'foto: Ana Ruiz, Harbour News'])
  })
})

describe('furniture and standfirsts the blind fifth set of pages showed', () => {
  it.each([
    ['Indonesian', 'Baca juga:'],
    ['Ukrainian', 'Читайте також:'],
    ['Czech', 'Přečtěte si také:'],
  ])('takes an inline %s "read also" line for a related article', (_, label) => {
    const { article } = read(
      page(story(`<p><strong>${label} <a href="/ports">Small ports lose ferries</a></strong></p>`)),
      {
        url: 'https://news.example/ferry',
      },
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(article.related).toEqual([{ title: 'Small ports lose ferries', url: 'https://news.example/ports' }])
  })

  it.each([
    ['Bengali, without a link', '<div class="follow">আলোকবর্তিকার খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</div>'],
    ['English', '<p>Follow our WhatsApp channel for the day’s ferry news.</p>'],
  ])('leaves out an invitation to follow a channel, in %s', (_, line) => {
    expect(read(page(story(line))).article.body).toEqual([p(PROSE), p(MORE)])
  })

  it('keeps a paragraph that speaks of a channel without asking to follow it', () => {
    const line = 'The harbour office posts the timetable on its WhatsApp channel every morning.'
    expect(read(page(story(`<p>${line}</p>`))).article.body).toContainEqual(p(line))
  })

  it.each([
    ['a class of perex', '<div class="perex">'],
    ["microdata's description", '<div class="opener" itemprop="description">'],
  ])('takes %s before the story for its standfirst', (_, open) => {
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1>${open}The crossing is back after a winter of repairs.</div><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
    )
    expect(article.standfirst).toEqual(t('The crossing is back after a winter of repairs.'))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })
})

describe('the top of the body, where it repeats the header', () => {
  const top = (lines: string) =>
    read(
      page(
        `<article><h1>Night ferry returns</h1>${lines}<p>${PROSE}</p><p>${MORE}</p></article>`,
        '<meta name="author" content="Camila Ferraz">',
      ),
      { url: 'https://news.example/region/north/night-ferry' },
    )

  it.each([
    [
      'after a word for "by", with the outlet and the place',
      '<p>Por <a href="/autores/camila">Camila Ferraz</a>, Portal Sul — Ribeirão Verde</p>',
    ],
    [
      'with the outlet and the time after dots',
      '<p><a href="/authors/camila">Camila Ferraz</a> · Harbour News · Posted: Dec 6, 2026</p>',
    ],
  ])('leaves out the byline %s', (_, line) => {
    const { article, codes } = top(line)
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(codes).toContain('header_repeated')
  })

  it('leaves out a link to the section the page is under, and keeps one to another page', () => {
    expect(top('<p><a href="/region/north">North</a></p>').article.body).toEqual([p(PROSE), p(MORE)])
    const other = top('<p><a href="/region/south">South</a></p>').article.body
    expect(other[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://news.example/region/south', children: t('South') }],
    })
  })

  it("keeps a first sentence that starts with the author's name", () => {
    const line = 'Camila Ferraz has walked the quay every morning for a year.'
    expect(top(`<p>${line}</p>`).article.body).toContainEqual(p(line))
  })
})

describe("what the review of the fifth set's rules found", () => {
  const figure = (caption: string) =>
    read(page(story(`<figure>${IMG}<figcaption>${caption}</figcaption></figure>`))).article.body.find(
      (block) => block.type === 'image',
    ) as unknown as Fields

  it.each([
    'The harbour at dawn (1/5)',
    'The derby crowd (2019/2020)',
    'The pier (Before/After)',
    'The pier (Pictured: Ana Ruiz)',
    'A yard sign on the quay (Ana Ruiz for Congress)',
    'Migrants wait at the crossing between the US/Mexico',
    '市民在公园游玩（图为游客用手机拍摄）',
  ])('keeps the caption whole: %s', (caption) => {
    expect([figure(caption).caption, figure(caption).credit]).toEqual([t(caption), undefined])
  })

  it('keeps a title in <cite> inside the caption, and a link to buy a photo inside a sentence', () => {
    const cited = figure('<p>Actors rehearse at the Globe. <cite>The Tempest</cite> opens on Friday.</p>')
    expect(cited.credit).toBeUndefined()
    const shop = figure('Readers can <a href="/shop">buy this photo</a> from our store.')
    expect(shop.caption).toEqual([
      { type: 'text', value: 'Readers can ' },
      { type: 'link', url: '/shop', children: t('buy this photo') },
      { type: 'text', value: ' from our store.' },
    ])
  })

  it.each([
    '<p>Have a tip? Police ask anyone with information about the crash on Route 9 to call Crime Stoppers.</p>',
    '<p>The ministry urged citizens to follow its official Telegram channel for updates on the ferries.</p>',
  ])('keeps a story sentence that speaks of tips or channels: %s', (line) => {
    expect(read(page(story(line))).article.body).toHaveLength(3)
  })

  it('keeps a table whose cells hold text beside the image and a caption', () => {
    const table = `<table><tr><td>${IMG}</td><td>The mill was built in 1820 and rebuilt twice.</td></tr><tr><td class="caption">The old mill.</td></tr></table>`
    expect(JSON.stringify(read(page(story(table))).article.body)).toContain('The mill was built in 1820')
  })

  it("keeps a first sentence that opens with the author's name, and a paywall's prompt out of the paid parts", () => {
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><p>Ana Ruiz, 34, has lived on the harbour for a decade.</p><p>${PROSE}</p><div class="paywall"><p>This story is for subscribers only. Subscribe today.</p></div></article>`,
        `<meta name="author" content="Ana Ruiz"><script type="application/ld+json">${JSON.stringify({
          '@type': 'NewsArticle',
          headline: 'Night ferry returns',
          hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
        })}</script>`,
      ),
    )
    expect(article.body).toEqual([p('Ana Ruiz, 34, has lived on the harbour for a decade.'), p(PROSE)])
  })

  it('names an agency in a sign-off as an organization', () => {
    const { article } = read(
      page(story('<p>Reporting by Ana Ruiz; Additional reporting by Reuters; Editing by Tom Lee</p>')),
    )
    expect(article.contributors).toEqual([
      { type: 'Organization', name: 'Reuters', role: 'additionalReporting' },
      { type: 'Person', name: 'Tom Lee', role: 'editor' },
    ])
  })
})

describe("a print edition's note and a transcript's copyright notice", () => {
  it.each([
    [
      '<div data-qa="PrintHeadline"><p>This article appeared in the Harbour Post print edition as: Ferry back at last</p></div>',
    ],
    [
      '<p class="disclaimer">Copyright © 2026 Harbour Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>',
    ],
  ])('leaves out %s', (line) => {
    expect(read(page(story(line))).article.body).toEqual([p(PROSE), p(MORE)])
  })

  it('keeps a sentence about copyright that goes on as a sentence', () => {
    const line = 'Copyright 2020 law reform was blocked by the harbour board, and all rights reserved to the council.'
    expect(read(page(story(`<p>${line}</p>`))).article.body).toContainEqual(p(line))
  })
})
