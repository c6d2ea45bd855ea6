// Pages holding more than one story: the page reader keeps the one the page is for.

import { storyText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { MORE, PROSE, page, read, story, t } from './pages.js'

const OTHER = 'The council will vote next month on a plan to build four hundred homes on the old gasworks site.'
const next = `<article class="story"><h1>Council to vote on gasworks homes</h1><p>${OTHER}</p><p>${OTHER}</p><p>${OTHER}</p></article>`
const first = `<article class="story"><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p></article>`

describe('fromHtml on a page with the next story loaded below', () => {
  it('reads the first story alone and reports the other', () => {
    const { article, warnings } = read(page(`<main>${first}<div class="loader">${next}</div></main>`))
    expect(article.headline).toBe('Night ferry returns')
    const text = storyText(article)
    expect(text).toContain(PROSE)
    expect(text).not.toContain(OTHER)
    expect(text).not.toContain('gasworks homes')
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'page_furniture', message: 'Page furniture left out: another article (1)' }),
    )
  })

  it('keeps the first even when the next one is longer', () => {
    const longer = next.replace('</article>', `${`<p>${OTHER}</p>`.repeat(6)}</article>`)
    const { article } = read(page(`${first}${longer}${longer}`))
    const text = storyText(article)
    expect(text).toContain(MORE)
    expect(text).not.toContain(OTHER)
  })

  it('keeps articles inside the story (live updates, cards) and articles without a headline', () => {
    const update = `<article class="update"><h2>10:02</h2><p>${MORE}</p></article>`
    const { article, codes } = read(
      page(`<article><h1>Night ferry returns</h1><p>${PROSE}</p>${update}</article><article><p>${OTHER}</p></article>`),
    )
    const text = storyText(article)
    expect(text).toContain(MORE)
    expect(codes).not.toContain('page_furniture')
  })
})

const figure = (name: string, caption: string, credit: string) =>
  `<figure><div class="ratio"><img src="/photos/${name}.jpg" alt="${name}"></div><figcaption>${caption} <span class="credit">${credit}</span></figcaption></figure>`

describe('fromHtml on a gallery', () => {
  const row = `${figure('start', 'Boats at the start.', 'Photo: Calum Reyes')}${figure('mark', 'Rounding the mark.', 'Photo: Ines Halvorsen')}${figure('crowd', 'The crowd on the dam.', 'Photo: Calum Reyes')}`

  it('keeps a row of figures in a plain div, which Readability alone drops, as a gallery', () => {
    const { article } = read(page(story(`<div class="pictures">${row}</div>`)), {
      url: 'https://news.example.com/regatta',
    })
    const gallery = article.body.find((block) => block.type === 'gallery')
    expect(gallery).toEqual({
      type: 'gallery',
      children: [
        {
          type: 'image',
          url: 'https://news.example.com/photos/start.jpg',
          alt: 'start',
          caption: t('Boats at the start.'),
          credit: 'Photo: Calum Reyes',
        },
        {
          type: 'image',
          url: 'https://news.example.com/photos/mark.jpg',
          alt: 'mark',
          caption: t('Rounding the mark.'),
          credit: 'Photo: Ines Halvorsen',
        },
        {
          type: 'image',
          url: 'https://news.example.com/photos/crowd.jpg',
          alt: 'crowd',
          caption: t('The crowd on the dam.'),
          credit: 'Photo: Calum Reyes',
        },
      ],
    })
    expect(storyText(article)).toContain(MORE)
  })

  it('reads a figure of figures with its own caption as a gallery with that caption', () => {
    const { article } = read(page(story(`<figure>${row}<figcaption>Regatta day in pictures</figcaption></figure>`)))
    const gallery = article.body.find((block) => block.type === 'gallery')
    expect(gallery).toMatchObject({ type: 'gallery', caption: t('Regatta day in pictures') })
    expect(gallery?.type === 'gallery' && gallery.children.map((image) => image.credit)).toEqual([
      'Photo: Calum Reyes',
      'Photo: Ines Halvorsen',
      'Photo: Calum Reyes',
    ])
  })

  it('leaves a single figure, and a div of figures and prose, as they were', () => {
    const { article } = read(
      page(
        story(
          `<div>${figure('start', 'Boats at the start.', 'Photo: Calum Reyes')}</div><div>${row}<p>${PROSE}</p></div>`,
        ),
      ),
    )
    expect(article.body.some((block) => block.type === 'gallery')).toBe(false)
    expect(article.body.filter((block) => block.type === 'image')).toHaveLength(4)
  })
})
