// What real sites leave around a story that is not the story: social
// widgets in frames, a section's name or another story's teaser marked like
// a standfirst, lines that only give the date, and credits written as
// "Illustration by …". Each page is small, written for the test, with the
// structure such pages have.

import { describe, expect, it } from 'vitest'
import { MORE, PROSE, p, page, read, story, t } from './pages.js'

/** The notes of the page furniture left out, as `kind (count)`. */
const furniture = (warnings: { code: string; message: string }[]) =>
  warnings
    .filter((warning) => warning.code === 'page_furniture')
    .map((warning) => warning.message.replace('Page furniture left out: ', ''))

describe('social widgets in frames', () => {
  const widgets = [
    'https://platform.twitter.com/widgets/tweet_button.html?count=vertical&url=https%3A%2F%2Fnews.example%2Fa',
    'https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example%2Fa&layout=box_count',
    'https://www.facebook.com/plugins/share_button.php?href=https%3A%2F%2Fnews.example%2Fa',
    'https://plusone.google.com/_/+1/fastbutton?url=https%3A%2F%2Fnews.example%2Fa',
    'https://www.linkedin.com/cws/share?url=https%3A%2F%2Fnews.example%2Fa',
  ]

  it.each(widgets)('leaves the button frame %s out as a share bar', (src) => {
    const { article, warnings } = read(page(story(`<p><iframe src="${src}" width="60" height="20"></iframe></p>`)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(furniture(warnings).some((note) => note.startsWith('share bar'))).toBe(true)
  })

  it('keeps a video player and a post as embeds, and any other frame as a link', () => {
    const { article } = read(
      page(
        story(
          '<iframe src="https://www.youtube.com/embed/abc123XYZ_0"></iframe>' +
            '<iframe src="https://maps.example/embed?q=harbour"></iframe>',
        ),
      ),
    )
    const types = article.body.map((block) => block.type)
    expect(types).toEqual(['paragraph', 'embed', 'paragraph', 'paragraph'])
    expect(JSON.stringify(article.body[2])).toContain('https://maps.example/embed?q=harbour')
  })
})

describe('what is marked like a standfirst but is not one', () => {
  const standfirst = 'Repairs took all winter, and the first crossing sold out within the hour.'

  it("takes a section's name in the site's header for no standfirst", () => {
    const { article } = read(
      page(
        `<div id="top"><div class="logo"><a href="/">Gazette</a></div><div class="subtitle"><a href="/islands">Island life</a></div></div>${story('')}`,
      ),
    )
    expect(article.standfirst).toBeUndefined()
  })

  it('takes the standfirst after the headline, not a teaser or a summary before it', () => {
    const { article } = read(
      page(
        '<ul class="nav"><li class="teaser"><a href="/other">Harbour fees rise again this spring for every boat</a></li></ul>' +
          `<article><h1>Night ferry returns</h1><p class="dek">${standfirst}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
    )
    expect(article.standfirst).toEqual([{ type: 'text', value: standfirst }])
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it("takes no teaser of other stories after the story's prose", () => {
    const { article } = read(
      page(
        `${story('')}<div class="links"><ul><li class="teaser first"><a href="https://council.example/">Island council</a></li></ul></div>`,
      ),
    )
    expect(article.standfirst).toBeUndefined()
  })

  it('keeps a standfirst written without a link, even when it holds one', () => {
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><div class="summary">Repairs took all winter, <a href="/yard">the yard says</a>, and the first crossing sold out.</div><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
    )
    expect(JSON.stringify(article.standfirst)).toContain('Repairs took all winter')
  })
})

describe('lines that only give the date', () => {
  const lines = [
    '<h6 class="entry-date">June 8, 2026 6:14 AM</h6>',
    '<div class="datestamp">Published: Wednesday, 21 Oct 2026 | 4:35 PM ET</div>',
    '<p class="date">Updated: August 13, 2026, 5:02 PM ET</p>',
    '<div>Publié le 29/10/2026<br>Mis à jour le 29/10/2026 à 14h03</div>',
    '<span class="post-time">posted on Saturday, August 13th, 2026</span>',
    '<p>6. Dezember 2026, 10:00 Uhr</p>',
  ]

  it.each(lines)('leaves %s out of the body', (line) => {
    const { article } = read(
      page(`<article><h1>Night ferry returns</h1>${line}<p>${PROSE}</p><p>${MORE}</p></article>`),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it("keeps the story's sentences and lines that name a date among other words", () => {
    const kept = ['The vote is on June 8, 2026.', 'June 8, 2026: the day the ferry came back', '10:42 AM', 'Friday']
    for (const line of kept) {
      const { article } = read(page(story(`<p>${line}</p>`)))
      expect(article.body).toEqual([p(PROSE), p(line), p(MORE)])
    }
  })
})

describe('credits written as who made the picture', () => {
  it.each(['Illustration by Mara Quill', 'Photos by Mara Quill', 'Graphic by Mara Quill', 'Photography by Mara Quill'])(
    'reads `%s` under an image as its credit',
    (credit) => {
      const { article } = read(
        page(
          story(
            `<div class="image"><img src="https://img.example/quay.jpg" alt="The quay at dawn" width="1200" height="800"><p class="source"><span>${credit}</span></p></div>`,
          ),
        ),
      )
      const image = article.body.find((block) => block.type === 'image') as { credit?: string } | undefined
      expect(image?.credit).toBe(credit)
      expect(article.body.filter((block) => block.type === 'paragraph')).toEqual([p(PROSE), p(MORE)])
    },
  )

  it('keeps a sentence that starts the same way', () => {
    const line = 'Illustration by numbers was the theme of the school fair, which raised money for the ferry fund.'
    const { article } = read(page(story(`<p>${line}</p>`)))
    expect(article.body).toEqual([p(PROSE), p(line), p(MORE)])
  })
})

describe('menus without their <nav>', () => {
  const menu =
    '<ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li><li class="sep"></li><li><a href="/money">Your Money</a></li></ul>'

  it('leaves a list of short links out as navigation, in the story or around it', () => {
    for (const html of [
      page(`<div id="hd">${menu}</div>${story('')}`),
      page(`<article><h1>Night ferry returns</h1>${menu}<div><p>${PROSE}</p><p>${MORE}</p></div></article>`),
    ]) {
      const { article, warnings } = read(html)
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(furniture(warnings).some((note) => note.startsWith('navigation'))).toBe(true)
    }
  })

  it("keeps the story's lists: of titles, of words without links, of links in sentences, of two links", () => {
    const lists = [
      '<ul><li><a href="/a">Harbour fees rise for every boat this spring</a></li><li><a href="/b">The quay gets new lights before the winter</a></li><li><a href="/c">Island council votes on the ferry budget</a></li></ul>',
      '<ul><li>Flour</li><li>Water</li><li>Salt</li></ul>',
      '<ul><li><a href="/a">Harbour</a> reopened</li><li><a href="/b">Quay</a> lit</li><li><a href="/c">Council</a> voted</li></ul>',
      '<ul><li><a href="/a">Harbour</a></li><li><a href="/b">Quay</a></li></ul>',
    ]
    for (const list of lists) {
      const { article } = read(page(story(list)))
      expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph'])
    }
  })
})

describe("the story's own dates, lists and standfirsts stay (review)", () => {
  const long = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<p>${PROSE} Paragraph ${i + 1} of the story goes on about the harbour.</p>`,
    ).join('')

  it('keeps dates that stand alone in the story: headings, table cells, list items, terms, live updates', () => {
    const inner = [
      '<h2>March 2021</h2><p>The first survey found cracks in the wall.</p>',
      '<table><tr><th>Date</th><th>Event</th></tr><tr><td>June 2026</td><td>Vote</td></tr></table>',
      '<ul><li>Monday, June 8, 2026</li><li>Tuesday, June 9, 2026</li></ul>',
      '<dl><dt>January 2025</dt><dd>The company was founded.</dd></dl>',
      '<div class="live-post"><p class="timestamp">Mon 7 Dec 2026 10.42 GMT</p><h3>Ferry leaves</h3></div>',
      '<div>December 7, 2026 9:15 AM</div>',
    ]
    for (const markup of inner) {
      const { article } = read(page(story(markup)))
      const text = JSON.stringify(article.body)
      for (const date of [
        'March 2021',
        'June 2026',
        'June 8, 2026',
        'January 2025',
        'Dec 2026 10.42',
        'December 7, 2026',
      ])
        if (markup.includes(date)) expect(text).toContain(date)
    }
  })

  it('keeps a short story whose container opens with a key-points label', () => {
    for (const opening of [
      '<h2>Key points</h2><div class="kp-list"><ul><li>The wall will cost four million</li><li>Works start in spring</li></ul></div>',
      '<h2>In brief</h2><p>The council voted on the wall.</p><ul><li>Four million</li><li>Spring</li></ul>',
    ]) {
      const { article } = read(
        page(
          `<main><article><h1>Night ferry returns</h1><div class="article-body">${opening}${long(8)}</div></article></main>`,
        ),
      )
      expect(JSON.stringify(article.body)).toContain('Paragraph 8 of the story')
    }
  })

  it('keeps a standfirst or a paragraph inside a meta box', () => {
    const dek = 'Repairs took all winter, and the first crossing sold out within the hour.'
    const { article } = read(
      page(
        `<article><h1>Night ferry returns</h1><div class="article-meta"><div class="dek">${dek}</div><span class="byline">By Ann Example</span></div><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
    )
    expect(JSON.stringify(article.standfirst)).toContain('Repairs took all winter')
    const wrapped = read(page(story(`<div class="story-meta-wrap"><p>${PROSE.replace('night', 'morning')}</p></div>`)))
    expect(JSON.stringify(wrapped.article.body)).toContain('The morning ferry')
  })
})

describe('names and lists the story holds (review)', () => {
  it("keeps a story's list of short linked names after the sentence that announces it", () => {
    const list =
      '<ul><li><a href="/people/ann">Ann Example</a></li><li><a href="/people/ben">Ben Sample</a></li><li><a href="/people/cai">Cai Model</a></li></ul>'
    const { article } = read(page(story(`<p>The candidates standing in the ward are:</p>${list}`)))
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph'])
  })

  it.each(['Le', 'El', 'Op'])('keeps the surname %s before a date in a byline', (surname) => {
    for (const line of [`By Thanh ${surname} 6 December 2026`, `By Thanh ${surname} December 6, 2026`]) {
      const { article } = read(
        page(
          `<article><h1>Night ferry returns</h1><p class="byline">${line}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
        ),
      )
      expect(article.authors?.map((author) => author.name)).toEqual([`Thanh ${surname}`])
    }
  })

  it("reads the page's only <h1> as its headline, even when it links to the page or sits in a short <article>", () => {
    for (const markup of [
      '<article><h1 class="entry-title"><a href="http://www.ferry.example/news/night-ferry/?utm_source=x" rel="bookmark">Night ferry returns to the islands</a></h1>' +
        `<p>${PROSE}</p><p>${MORE}</p></article>`,
      '<article class="story-header"><h1>Night ferry returns to the islands</h1><p>By <a href="/author/ann">Ann Example</a></p></article>' +
        `<div class="story-body"><p>${PROSE}</p><p>${MORE}</p></div>`,
    ]) {
      const { article } = read(
        `<!doctype html><html lang="en"><head><title>Ferry | Gazette</title><meta property="og:title" content="Islands cheer as the ferry is back"></head><body class="single has-related-posts">${markup}</body></html>`,
        { url: 'https://ferry.example/news/night-ferry' },
      )
      expect(article.headline).toBe('Night ferry returns to the islands')
    }
  })
})

describe('the standfirst after the story’s own headline (review)', () => {
  const dek = 'Repairs took all winter, and the first crossing sold out within the hour.'
  const tagline = 'The Island Gazette has reported on the harbour, the ferries and the council since the year 1921.'

  it('finds it after a site name <h1> and a tagline, after a long caption, and with no <h1> at all', () => {
    for (const html of [
      page(
        `<h1 class="site-title"><a href="/">Island Gazette</a></h1><p>${tagline}</p><article><h1>Night ferry returns</h1><p class="article-dek">${dek}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
      page(
        `<article><h1>Night ferry returns</h1><figure><img src="https://img.example/q.jpg" alt="The quay"><figcaption><p>${tagline}</p></figcaption></figure><p class="dek">${dek}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
      page(
        `<h1 class="logo"><img src="/logo.png" alt=""></h1><article><h2>Night ferry returns</h2><p class="dek">${dek}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
      ),
    ]) {
      expect(JSON.stringify(read(html).article.standfirst)).toContain('Repairs took all winter')
    }
  })
})

describe('a linked picture is a figure (review)', () => {
  it('keeps a figure whose link holds the picture and its caption', () => {
    const { article } = read(
      page(
        story(
          '<figure><a href="/gallery/harbour-storm"><img src="https://img.example/wall.jpg" alt="The wall"><p>The harbour wall after the storm, seen from the quay.</p></a></figure>',
        ),
      ),
    )
    expect(article.body.some((block) => block.type === 'image')).toBe(true)
    expect(article.related ?? []).toEqual([])
  })
})

describe('a caption wrapped in a paragraph of its own', () => {
  it('is the image caption once, not also a paragraph after it', () => {
    const { article } = read(
      page(
        story(
          '<aside class="single-photo"><div class="image-wrap"><img src="https://img.example/quay.jpg" alt="The quay"></div><p class="image-credit-wrap"><span class="js-caption-wrapper"><span class="cutline">The quay at dawn, before the first sailing.</span> <span class="credit">(Photo: Ann Example, AP)</span></span></p></aside>',
        ),
      ),
    )
    expect(article.body).toEqual([
      p(PROSE),
      {
        type: 'image',
        url: 'https://img.example/quay.jpg',
        alt: 'The quay',
        caption: t('The quay at dawn, before the first sailing.'),
        credit: 'Photo: Ann Example, AP',
      },
      p(MORE),
    ])
  })
})

describe("a scripted video player's controls", () => {
  it('leaves its description, keywords and transcript out, and says so', () => {
    const { article, warnings } = read(
      page(
        story(
          '<div class="ui-video-controls"><p class="video-desc">Passengers on the quay talk about the new timetable.</p><div class="video-transcript-title"><span>Video Transcript</span><div>Automatically generated, may not be accurate</div></div><span class="video-keywords">Keywords ferry harbour</span></div>',
        ),
      ),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(furniture(warnings)).toContain('video player (1)')
  })

  it("keeps a story whose own wrapper's class names the player", () => {
    const { article } = read(
      page(
        `<article class="story video-controls-on"><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p><p>${PROSE}</p></article>`,
      ),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE), p(PROSE)])
  })
})

describe('a caption that repeats the alt text, in no figure', () => {
  it('is the caption of the image before it', () => {
    const words = 'The quay at dawn, before the first sailing.'
    const { article } = read(
      page(
        story(`<div class="imgbox"><img src="https://img.example/quay.jpg" alt="${words}"></div><div>${words}</div>`),
      ),
    )
    expect(article.body).toEqual([
      p(PROSE),
      { type: 'image', url: 'https://img.example/quay.jpg', alt: words, caption: t(words) },
      p(MORE),
    ])
  })
})
