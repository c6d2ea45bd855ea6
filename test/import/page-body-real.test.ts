// The page reader's body on the shapes real publishing systems write
// (WordPress classic and Gutenberg, Arc, Next.js, Drupal, Ghost, Substack,
// AMP): labels and boxes inside the story that are not the story, and the
// figures, captions, credits and lazy images around it. Every page here is
// small, written for the test, with its structure only.

import { describe, expect, it } from 'vitest'
import { MORE, PROSE, p, page, read, story, t } from './pages.js'

type Fields = Record<string, unknown>

/** The notes of the page furniture left out, as `kind (count)`. */
const furniture = (warnings: { code: string; message: string }[]) =>
  warnings
    .filter((warning) => warning.code === 'page_furniture')
    .map((warning) => warning.message.replace('Page furniture left out: ', ''))

/** The text of inline content. */
const text = (nodes: unknown): string =>
  Array.isArray(nodes) ? nodes.map((node: Fields) => (node.value as string) ?? text(node.children)).join('') : ''

/** The body's images, read from `inner` placed in a story. */
function images(inner: string): Fields[] {
  const { article } = read(page(story(inner)))
  return article.body.filter((block) => block.type === 'image') as unknown as Fields[]
}

describe('ad and continuation labels inside the story', () => {
  const labels = [
    'Advertisement',
    'ADVERTISEMENT',
    'Skip advertisement',
    'SKIP ADVERTISEMENT',
    'Story continues below advertisement',
    'Article continues below',
    'Continue reading below',
    'Anzeige',
    'Publicidad',
    'Publicité',
    'Pubblicità',
    '广告',
    '広告',
    'إعلان',
    'ADVERTISEMENT - CONTINUE READING BELOW',
    'Advertentie',
  ]

  it.each(labels)('leaves `%s` out, alone or in wrappers, and reports it', (label) => {
    for (const markup of [
      `<p>${label}</p>`,
      `<div class="x7f"><span>  ${label.toLowerCase()} </span></div>`,
      `<div><p>${label}</p><a href="#after-ad">${label}</a></div>`,
    ]) {
      const { article, warnings } = read(page(story(markup)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(furniture(warnings).some((note) => note.startsWith('advertisement'))).toBe(true)
    }
  })

  it('keeps a sentence that only names an advertisement', () => {
    const sentences = [
      'The advertisement for the night ferry ran in March.',
      'Anzeige gegen den Betreiber der Fähre',
      'Skip advertisement breaks, the council said.',
    ]
    for (const sentence of sentences)
      expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
  })
})

describe('inline promos', () => {
  const link = '<a href="https://news.example/ferry-costs">Ferry costs rise again</a>'
  const related = [{ title: 'Ferry costs rise again', url: 'https://news.example/ferry-costs' }]

  it.each([
    'READ MORE:',
    'Read more:',
    'Also read:',
    'See also:',
    'Related:',
    'MORE:',
    'Lire aussi :',
    'Mehr zum Thema:',
    'Lee también:',
  ])('takes `%s` and its link out of the story as related', (label) => {
    for (const markup of [
      `<p>${label} ${link}</p>`,
      `<p><strong>${label}</strong> ${link}</p>`,
      `<p><em>${label} ${link}</em></p>`,
    ]) {
      const { article, codes } = read(page(story(markup)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(article.related).toEqual(related)
      expect(codes).toContain('related')
    }
  })

  it('takes a line in brackets', () => {
    const { article } = read(page(story(`<p>[Read more: ${link}]</p>`)))
    expect(article.related).toEqual(related)
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it('takes every link of the line', () => {
    const { article } = read(
      page(story(`<p>Read more: ${link} | <a href="https://news.example/quay">The new quay opens</a></p>`)),
    )
    expect(article.related).toEqual([...related, { title: 'The new quay opens', url: 'https://news.example/quay' }])
    expect(article.body).toEqual([p(PROSE), p(MORE)])
  })

  it('keeps a paragraph with more than the label and links, and a label without its colon', () => {
    for (const markup of [
      `<p>Read more: the council said ${link} yesterday.</p>`,
      `<p>More: the council said ${link} was wrong.</p>`,
      `<p>More ${link}</p>`,
      '<p>Related: the operator and the council did not agree.</p>',
    ]) {
      const { article } = read(page(story(markup)))
      expect(article.body).toHaveLength(3)
      expect(article.related).toBeUndefined()
    }
  })
})

describe('words the page does not show as the story', () => {
  it('leaves out text for screen readers only and the labels of controls', () => {
    const { article, warnings } = read(
      page(
        story(
          '<p class="lead-in">The council published <a href="https://news.example/report">its report<span class="sr-only"> (opens in a new tab)</span></a> on Monday.</p><div><b class="toggle-caption">toggle caption</b></div><p>Enlarge this image</p><h2 class="screen-reader-text">Article continues</h2>',
        ),
      ),
    )
    expect(article.body).toEqual([
      p(PROSE),
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'The council published ' },
          { type: 'link', url: 'https://news.example/report', children: [{ type: 'text', value: 'its report' }] },
          { type: 'text', value: ' on Monday.' },
        ],
      },
      p(MORE),
    ])
    expect(furniture(warnings)).toEqual(expect.arrayContaining(['hidden element (2)', 'control label (2)']))
  })

  it('leaves out the author’s box, sign-up forms, breadcrumbs and sharing widgets by their classes', () => {
    const boxes = [
      ['<div class="author-bio"><p>Ann Example is the Courier’s transport reporter.</p></div>', 'author box'],
      ['<section class="about-the-author"><h3>About Ann</h3><p>Ann covers the islands.</p></section>', 'author box'],
      ['<div class="inline-sign-up"><p>The morning briefing, free.</p><input type="email"></div>', 'newsletter box'],
      ['<form class="mc4wp-form"><p>Your email</p><input type="email"></form>', 'newsletter box'],
      [
        '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/islands">Islands</a></li></ol>',
        'navigation',
      ],
      [
        '<div class="a2a_kit"><a href="https://x.example/share">X</a><a href="https://fb.example/share">Facebook</a></div>',
        'share bar',
      ],
    ]
    for (const [box, kind] of boxes) {
      const { article, warnings } = read(page(story(box as string)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(furniture(warnings)).toContain(`${kind} (1)`)
    }
  })

  it('leaves out a control’s label standing alone, and keeps the word in a sentence', () => {
    const { article, warnings } = read(
      page(story('<p><a href="https://news.example/more">Read more</a></p><div><span>Next</span></div>')),
    )
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(furniture(warnings)).toContain('control label (2)')
    const sentence = '<p>The ferry will <b>play</b> music on board, the operator said.</p>'
    expect(read(page(story(sentence))).article.body[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The ferry will ' },
        { type: 'strong', children: [{ type: 'text', value: 'play' }] },
        { type: 'text', value: ' music on board, the operator said.' },
      ],
    })
  })
})

describe('boxes labelled in other languages', () => {
  it('reads a "Quellen" or "Fuentes" list as the sources and a "Lire aussi" box as related', () => {
    for (const label of ['Quellen', 'Fuentes']) {
      const sources = `<h3>${label}</h3><ul><li>Stadt Hafenau: Beschluss zur Fähre</li></ul>`
      const related =
        '<aside><h3>Lire aussi</h3><ul><li><a href="https://news.example/quai">Le nouveau quai</a></li></ul></aside>'
      const { article } = read(page(story(sources + related)))
      expect(article.sources).toEqual([{ name: 'Stadt Hafenau', title: 'Beschluss zur Fähre' }])
      expect(article.related).toEqual([{ title: 'Le nouveau quai', url: 'https://news.example/quai' }])
      expect(article.body).toEqual([p(PROSE), p(MORE)])
    }
  })
})

describe('the story’s tags', () => {
  it('leaves a list of tags out, by its label or its class, and reports it', () => {
    const boxes = [
      '<div class="field field--name-field-topics"><div class="field__label">Tags</div><div class="field__items"><div><a href="/t/1">Ferry</a></div><div><a href="/t/2">Council</a></div></div></div>',
      '<p>Tagged: <a href="/t/1">Ferry</a>, <a href="/t/2">Council</a></p>',
      '<div class="post-tags"><a href="/t/1">Ferry</a> <a href="/t/2">Council</a></div>',
      '<p>Themen: <a href="/t/1">Fähre</a> · <a href="/t/2">Rat</a></p>',
      '<div class="a_tp"><span>Archivado En</span><ul><li><a href="/t/1">Ferri</a></li><li><a href="/t/2">Pleno</a></li></ul></div>',
      '<section><h2>Related Topics</h2><ul><li><a href="/t/1">Ferries</a></li><li><a href="/t/2">Islands</a></li></ul></section>',
    ]
    for (const box of boxes) {
      const { article, warnings } = read(page(story(box)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(furniture(warnings)).toContain('tag list (1)')
    }
  })

  it('keeps a sentence that opens with a tag label', () => {
    const sentence = 'Topics: the ferry, the bridge and the harbour dues were on the agenda.'
    expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
  })
})

describe('times between blocks', () => {
  it('leaves out a live update’s time standing before its heading, and keeps a time in a sentence', () => {
    const updates =
      '<div class="live-feed"><article class="live-update"><time datetime="2026-11-21T11:40:00Z">11:40</time><h3>Seafront road closed</h3><p>Police closed the road.</p></article><article class="live-update"><time datetime="2026-11-21T10:15:00Z">10:15</time><h3>Power cut</h3><p>The ferry sails at <time datetime="2026-11-21T22:30:00Z">22:30</time> tonight.</p></article></div>'
    const { article } = read(page(story(updates)))
    const text = JSON.stringify(article.body)
    expect(text).not.toContain('11:40')
    expect(text).not.toContain('"10:15"')
    expect(text).toContain('The ferry sails at 22:30 tonight.')
    expect(text).toContain('Seafront road closed')
  })
})

describe('the story’s own wrapper', () => {
  it.each([
    'entry-content cta-enabled',
    'story tags-enabled',
    'story-body sr-only-skip',
    'body ad-free',
    'sign-up-rates',
  ])('keeps the paragraphs of a wrapper whose classes are `%s`', (classes) => {
    const lines = [
      PROSE,
      MORE,
      'Crossings leave at half past ten from the north quay.',
      'Fares stay as they were last year.',
    ]
    const html = page(
      `<article><h1>Night ferry returns</h1><div class="${classes}">${lines.map((line) => `<p>${line}</p>`).join('')}</div></article>`,
    )
    expect(read(html).article.body).toEqual(lines.map(p))
  })
})

describe('the standfirst', () => {
  it('is never a body of several paragraphs marked as a summary', () => {
    const body = `<div class="text-formatted field--type-text-with-summary"><p>${PROSE}</p><p>Crossings leave at half past ten.</p></div>`
    const { article } = read(page(`<article><h1>Night ferry returns</h1>${body}<p>${MORE}</p></article>`))
    expect(article.standfirst).toBeUndefined()
    expect(article.body).toEqual([p(PROSE), p('Crossings leave at half past ten.'), p(MORE)])
  })
})

describe('the publisher’s copyright line', () => {
  it('leaves it out of the story, and keeps a © credit in a figure', () => {
    const figure =
      '<figure><img src="https://img.example/quay.jpg" alt="The quay"><figcaption>The quay. © Ann Example</figcaption></figure>'
    const { article, warnings } = read(
      page(
        story(
          `${figure}<p><i>Copyright 2026 The Island Courier. All rights reserved.</i></p><p><small>© 2026 Island Courier</small></p>`,
        ),
      ),
    )
    expect(article.body).toHaveLength(3)
    expect(article.body[1]).toMatchObject({ type: 'image', credit: '© Ann Example' })
    expect(furniture(warnings)).toContain('copyright line (2)')
  })

  it('keeps a sentence about copyright', () => {
    for (const sentence of [
      'Copyright in the ferry’s name belongs to the island council, the court ruled.',
      'The label said "All rights reserved", but the court found the photo was public domain.',
      '(c) any vessel carrying more than 12 passengers must have a licence.',
      'Copyright 2020 law reform was blocked by the senate.',
      '© symbols appeared on every page of the leaked manual, the court heard.',
    ])
      expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
  })
})

describe('calls to action inside the story', () => {
  it.each([
    'Sign up to our newsletter for the morning briefing.',
    'SIGN UP FOR OUR FREE NEWSLETTER',
    'Follow us on X and Facebook',
    'Get the app',
    'Download our app to read every story offline.',
    'Share this article',
    'Subscribe now for unlimited access.',
    'Support our journalism: become a member today.',
    'Abonnez-vous à notre newsletter',
    'Folgen Sie uns auf Instagram',
    'Síguenos en Facebook',
    'Sign up here.',
    'Listen to this article',
    'Enjoying Island Notes? Subscribe to get every post in your inbox.',
    'Have a news tip? Email us at tips@news.example.',
    'Click here to get the morning briefing.',
  ])('leaves `%s` out, as a paragraph or a box, and reports it', (call) => {
    for (const markup of [
      `<p><a href="https://news.example/join">${call}</a></p>`,
      `<p><strong>${call}</strong> <a href="https://news.example/join">here</a></p>`,
      `<div class="box-3"><h3>${call}</h3><p>Every morning, at six.</p><button>OK</button></div>`,
    ]) {
      const { article, warnings } = read(page(story(markup)))
      expect(article.body).toEqual([p(PROSE), p(MORE)])
      expect(furniture(warnings)).toContain('call to action (1)')
    }
  })

  it('leaves out a box its class marks as a call to action', () => {
    const box =
      '<div class="kg-card kg-cta-card"><div class="kg-cta-text"><p>Island Notes is read by 3,000 islanders.</p></div><a href="/join" class="kg-cta-button">Join them</a></div>'
    const { article, warnings } = read(page(story(box)))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(furniture(warnings)).toContain('call to action (1)')
  })

  it('leaves out a publisher’s buttons standing as paragraphs', () => {
    const buttons = ['Subscribe now', 'Share', 'Leave a comment'].map(
      (label) =>
        `<p class="button-wrapper"><a class="button primary" href="https://news.example/act"><span>${label}</span></a></p>`,
    )
    const { article, warnings } = read(page(story(buttons.join(''))))
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(furniture(warnings)).toContain('call to action (3)')
  })

  it('keeps what opens as an invitation but holds no link, button or form: the story’s sentences and subheadings', () => {
    for (const sentence of [
      'Support for independent candidates rose sharply in the islands.',
      'Join us on the quay at noon, said the mayor.',
      'Sign up for free school meals opens on Monday, the council said.',
      'Share of adults who use X fell to 20 per cent last year, the survey found.',
      'Get alerts when the ferry is late by texting the port, officials said.',
      'Email us, the police said, if you saw the crash.',
      'Listen to our concerns, fishermen urged the minister',
    ])
      expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
    for (const subheading of [
      'Support for the appeal grows',
      'Join thousands of applicants',
      'Get ready for the event',
    ])
      expect(read(page(story(`<h2>${subheading}</h2>`))).article.body).toEqual([
        p(PROSE),
        { type: 'heading', level: 2, children: t(subheading) },
        p(MORE),
      ])
  })

  it('does not take a word joined by a hyphen for an invitation’s opening', () => {
    const sentence = 'Follow-up reports on Twitter suggested the ferry was late.'
    const linked = `<p>Follow-up reports on <a href="https://news.example/x">Twitter</a> suggested the ferry was late.</p>`
    expect(read(page(story(linked))).article.body[1]).toMatchObject({ type: 'paragraph' })
    expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
  })

  it('keeps the reporter’s sentences that speak of subscribing, following or sharing', () => {
    for (const sentence of [
      'Subscribers to the ferry pass will pay less from May, the operator said.',
      'Many islanders did not subscribe to the new service, the council said.',
      'Follow the money, the auditor said of our council’s budget.',
      'Follow us to the quay, the protesters shouted.',
      'Share prices of the operator fell after our report on Monday.',
      'Get to the quay early: the first crossing fills up fast.',
      'Sign up for the marathon opened on Monday, and 3,000 runners joined in a day.',
      `Sign up to our newsletter, the mayor told the islanders at the meeting on Monday, was the advice she gave to everyone who wanted to know when the ferry would sail again after the winter repairs at the yard.`,
    ])
      expect(read(page(story(`<p>${sentence}</p>`))).article.body).toEqual([p(PROSE), p(sentence), p(MORE)])
  })

  it('keeps a box of the story’s text that opens with a call', () => {
    const box = '<div><p>Follow us on X for updates.</p><p>The ferry sails at six.</p><p>It is full.</p></div>'
    const { article } = read(page(story(box)))
    expect(article.body).toContainEqual(p('The ferry sails at six.'))
  })
})

describe('captions and credits of the shapes real systems write', () => {
  const IMG = '<img src="https://img.example/ferry-1200.jpg" alt="The ferry at the quay" width="1200" height="800">'
  const CAPTION = 'The ferry at the quay on Sunday.'

  it.each([
    [
      'WordPress classic, with (Photo: …)',
      `<div id="attachment_12" class="wp-caption aligncenter" style="width: 1210px">${IMG}<p id="caption-attachment-12" class="wp-caption-text">${CAPTION} (Photo: Ann Example)</p></div>`,
      'Photo: Ann Example',
    ],
    [
      'a caption its class also calls an attribution, and the credit in the <figcaption>',
      `<figure>${IMG}<div class="image__caption attribution"><span>${CAPTION}</span></div><figcaption class="image__credit">Ann Example/AFP</figcaption></figure>`,
      'Ann Example/AFP',
    ],
    [
      'a <figcaption> its class calls a caption with a credit, and the credit in a span',
      `<figure>${IMG}<figcaption class="caption with-credit">${CAPTION} <span class="credit">Ann Example/AFP</span></figcaption></figure>`,
      'Ann Example/AFP',
    ],
    [
      'WordPress classic, with a credit span',
      `<div class="wp-caption alignnone">${IMG}<p class="wp-caption-text">${CAPTION} <span class="credit">Ann Example/Island Press</span></p></div>`,
      'Ann Example/Island Press',
    ],
    [
      'Gutenberg, with Photo by …',
      `<figure class="wp-block-image size-large">${IMG}<figcaption class="wp-element-caption">${CAPTION} Photo by Ann Example</figcaption></figure>`,
      'Photo by Ann Example',
    ],
    [
      'a picture and spans of caption and credit',
      `<figure><picture><source srcset="https://img.example/f-800.webp 800w, https://img.example/ferry-1200.jpg 1200w" type="image/webp">${IMG}</picture><figcaption><span class="caption">${CAPTION}</span> <span class="credit">Ann Example/AFP</span></figcaption></figure>`,
      'Ann Example/AFP',
    ],
    [
      'div.media with div.caption and Getty Images',
      `<div class="media">${IMG}<div class="caption">${CAPTION} Getty Images</div></div>`,
      'Getty Images',
    ],
    [
      'Arc, with the credit in brackets',
      `<figure class="c-media-item"><div class="c-media-item__image">${IMG}</div><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${CAPTION}</span><span class="c-media-item__credit">(Ann Example / Island Press)</span></figcaption></figure>`,
      'Ann Example / Island Press',
    ],
    [
      'the figure’s <p class=caption> and Image: …',
      `<figure>${IMG}<p class="caption">${CAPTION} Image: Ann Example</p></figure>`,
      'Image: Ann Example',
    ],
    ['Foto: …', `<figure>${IMG}<figcaption>${CAPTION} Foto: Ann Example</figcaption></figure>`, 'Foto: Ann Example'],
    [
      'Photo : … (French spacing)',
      `<figure>${IMG}<figcaption>${CAPTION} Photo : Ann Example</figcaption></figure>`,
      'Photo : Ann Example',
    ],
    [
      'Ghost, with the credit’s name linked',
      `<figure class="kg-card kg-image-card kg-card-hascaption">${IMG}<figcaption><span style="white-space: pre-wrap;">${CAPTION} Photo by </span><a href="https://photos.example/@ann"><span style="white-space: pre-wrap;">Ann Example</span></a></figcaption></figure>`,
      'Photo by Ann Example',
    ],
    [
      'Substack, with the image in a link',
      `<div class="captioned-image-container"><figure><a class="image-link image2" href="https://img.example/ferry-1200.jpg"><div class="image2-inset"><picture>${IMG}</picture></div></a><figcaption class="image-caption">${CAPTION} Photo: Ann Example</figcaption></figure></div>`,
      'Photo: Ann Example',
    ],
    [
      'Drupal, with the caption in the field after the image',
      `<div class="field field--name-field-image"><div class="field__item">${IMG}</div></div><div class="field field--name-field-caption"><p>${CAPTION} © Ann Example</p></div>`,
      '© Ann Example',
    ],
    [
      'a caption sentence that ends with an agency, after Photograph:',
      `<figure><div><picture><source srcset="https://img.example/ferry-1200.jpg 1200w"><img src="https://img.example/f-500.jpg" alt="a"></picture></div><figcaption><span><svg><path d="M1 1"></path></svg></span>${CAPTION} Photograph: Ann Example/Reuters</figcaption></figure>`,
      'Photograph: Ann Example/Reuters',
    ],
    [
      'a credit after a dash, in capitals',
      `<figure>${IMG}<figcaption>${CAPTION} — ANN EXAMPLE/AFP VIA GETTY IMAGES</figcaption></figure>`,
      'ANN EXAMPLE/AFP VIA GETTY IMAGES',
    ],
    [
      'a <p> as the figure’s caption, with words for screen readers only',
      `<figure><div>${IMG}<span role="text"><span class="visually-hidden">Image source, </span>Getty Images</span></div><p><span class="visually-hidden">Image caption, </span>${CAPTION}</p></figure>`,
      'Getty Images',
    ],
    [
      'a credit whose label is for screen readers only',
      `<figure>${IMG}<figcaption><span class="css-1">${CAPTION}</span><span class="css-2"><span class="visually-hidden">Credit...</span>Ann Example for The Island Times</span></figcaption></figure>`,
      'Ann Example for The Island Times',
    ],
    [
      'a caption apart from its image, with a toggle',
      `<div class="imagewrap"><a href="https://img.example/ferry-1200.jpg">${IMG}</a></div><div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>${CAPTION}</p></div></div><span class="credit">Ann Example/Island Radio</span></div><b class="toggle-caption">toggle caption</b>`,
      'Ann Example/Island Radio',
    ],
    [
      'Courtesy of …',
      `<figure>${IMG}<figcaption>${CAPTION} Courtesy of the Marrow Island council</figcaption></figure>`,
      'Courtesy of the Marrow Island council',
    ],
    [
      'Photo illustration by …',
      `<figure>${IMG}<figcaption>${CAPTION} Photo illustration by Ann Example</figcaption></figure>`,
      'Photo illustration by Ann Example',
    ],
    [
      'Crédit photo : …',
      `<figure>${IMG}<figcaption>${CAPTION} Crédit photo : Ann Example</figcaption></figure>`,
      'Crédit photo : Ann Example',
    ],
    [
      'AMP',
      `<figure><amp-img src="https://img.example/ferry-1200.jpg" width="1200" height="800" layout="responsive" alt="The ferry at the quay"></amp-img><figcaption>${CAPTION} © Ann Example</figcaption></figure>`,
      '© Ann Example',
    ],
  ])('reads the caption and credit of %s', (_, markup, credit) => {
    const { article } = read(page(story(markup)))
    expect(article.body).toHaveLength(3)
    const image = article.body[1] as unknown as Fields
    expect(image).toMatchObject({ type: 'image', url: 'https://img.example/ferry-1200.jpg' })
    expect(text(image.caption)).toBe(CAPTION)
    expect(image.credit).toBe(credit)
  })

  it('keeps a figure whose wrappers Readability would take for furniture', () => {
    for (const wrapper of ['media', 'image-widget', 'promo-image']) {
      const [image] = images(
        `<div class="${wrapper}-outer"><figure class="${wrapper}"><div class="${wrapper}__inner"><picture><source srcset="https://img.example/ferry-1200.jpg 1200w"><img src="https://img.example/f-400.jpg" alt="The ferry"></picture></div><figcaption>${CAPTION}</figcaption></figure></div>`,
      )
      expect(image).toMatchObject({ type: 'image', url: 'https://img.example/ferry-1200.jpg' })
      expect(text(image?.caption)).toBe(CAPTION)
    }
  })

  it('joins a credit line right after an image outside a figure to it', () => {
    for (const [credit, expected] of [
      ['<p>Photo: Ann Example</p>', 'Photo: Ann Example'],
      ['<div class="photo-credit">Ann Example</div>', 'Ann Example'],
      ['<p>(Getty Images)</p>', 'Getty Images'],
    ]) {
      const { article } = read(page(story(`<p>${IMG}</p>${credit}`)))
      expect(article.body).toHaveLength(3)
      expect(article.body[1]).toMatchObject({ type: 'image', credit: expected })
    }
  })

  it('reads a caption and credit kept in data attributes', () => {
    const onFigure = images(`<figure data-caption="${CAPTION}" data-credit="Ann Example">${IMG}</figure>`)
    expect(onFigure).toHaveLength(1)
    expect(text(onFigure[0]?.caption)).toBe(CAPTION)
    expect(onFigure[0]?.credit).toBe('Ann Example')
    const onImage = images(
      `<img src="https://img.example/ferry-1200.jpg" alt="The ferry" data-caption="${CAPTION} Photo: Ann Example">`,
    )
    expect(text(onImage[0]?.caption)).toBe(CAPTION)
    expect(onImage[0]?.credit).toBe('Photo: Ann Example')
  })

  it('keeps a caption whole when no credit ends it', () => {
    for (const caption of [
      'Passengers photograph the ferry from the quay. Photos were banned on board until May.',
      'The ferry in a photo by the harbour master, taken from the tower.',
      'A winter storm (photographed from the tower) over the quay.',
    ]) {
      const [image] = images(`<figure>${IMG}<figcaption>${caption}</figcaption></figure>`)
      expect(text(image?.caption)).toBe(caption)
      expect(image?.credit).toBeUndefined()
    }
  })

  it('leaves a caption-marked element without an image where it is', () => {
    const { article } = read(page(story('<div class="caption">The crossing takes two hours.</div>')))
    expect(article.body).toEqual([p(PROSE), p('The crossing takes two hours.'), p(MORE)])
  })
})

describe('lazy images', () => {
  const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
  it('reads AMP players as embeds and leaves the placeholder image of a frame out', () => {
    const { article } = read(
      page(
        story(
          '<amp-youtube data-videoid="dQw4w9WgXcQ" layout="responsive" width="480" height="270"></amp-youtube><amp-iframe src="https://player.vimeo.com/video/76979871" width="600" height="400"><amp-img placeholder layout="fill" src="https://img.example/frame.png"></amp-img></amp-iframe>',
        ),
      ),
    )
    expect(article.body.slice(1, -1)).toMatchObject([
      { type: 'embed', provider: 'YouTube' },
      { type: 'embed', provider: 'Vimeo' },
    ])
  })

  it.each([
    ['data-lazy-src', `<img src="${PIXEL}" data-lazy-src="https://img.example/lazy.jpg" alt="Lazy">`],
    ['data-original', `<img src="${PIXEL}" data-original="https://img.example/lazy.jpg" alt="Lazy">`],
    [
      'data-srcset, largest first or last',
      `<img src="${PIXEL}" data-srcset="https://img.example/lazy.jpg 1600w, https://img.example/small.jpg 400w" alt="Lazy">`,
    ],
    [
      'data-lazy-srcset',
      `<img src="${PIXEL}" data-lazy-srcset="https://img.example/small.jpg 400w, https://img.example/lazy.jpg 1600w" alt="Lazy">`,
    ],
    ['a named placeholder (lazy.gif)', '<img src="/img/lazy.gif" data-src="https://img.example/lazy.jpg" alt="Lazy">'],
    ['a 1×1 placeholder', '<img src="/img/1x1.png" data-original="https://img.example/lazy.jpg" alt="Lazy">'],
    [
      'a small real picture in src',
      '<img src="https://img.example/lazy-thumb.jpg" data-src="https://img.example/lazy.jpg" alt="Lazy">',
    ],
    [
      'a placeholder srcset',
      `<img src="${PIXEL}" srcset="${PIXEL} 1x" data-src="https://img.example/lazy.jpg" alt="Lazy">`,
    ],
    [
      'the <noscript> fallback after a WordPress placeholder',
      `<img src="${PIXEL}" data-lazy-src="https://img.example/lazy.jpg" alt="Lazy"><noscript><img src="https://img.example/lazy.jpg" alt="Lazy"></noscript>`,
    ],
    ['a <noscript> alone', '<noscript><img src="https://img.example/lazy.jpg" alt="Lazy"></noscript>'],
    [
      'an AMP image with a srcset',
      '<amp-img src="https://img.example/small.jpg" srcset="https://img.example/small.jpg 400w, https://img.example/lazy.jpg 1600w" alt="Lazy" width="1600" height="900" layout="responsive"></amp-img>',
    ],
    [
      'an AMP image with a placeholder of its own',
      '<amp-img src="https://img.example/lazy.jpg" alt="Lazy" width="1600" height="900" layout="responsive"><amp-img placeholder src="https://img.example/blur.jpg" layout="fill"></amp-img></amp-img>',
    ],
  ])('loads the image from %s', (_, markup) => {
    const found = images(`<figure>${markup}<figcaption>The quay at dawn.</figcaption></figure>`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ type: 'image', url: 'https://img.example/lazy.jpg', alt: 'Lazy' })
    expect(text(found[0]?.caption)).toBe('The quay at dawn.')
  })
})
