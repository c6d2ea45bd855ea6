// Pages holding more than one story: the page reader keeps the one the page is for.

import { toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { MORE, PROSE, page, read } from './pages.js'

const OTHER = 'The council will vote next month on a plan to build four hundred homes on the old gasworks site.'
const next = `<article class="story"><h1>Council to vote on gasworks homes</h1><p>${OTHER}</p><p>${OTHER}</p><p>${OTHER}</p></article>`
const first = `<article class="story"><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p></article>`

describe('fromHtml on a page with the next story loaded below', () => {
  it('reads the first story alone and reports the other', () => {
    const { article, warnings } = read(page(`<main>${first}<div class="loader">${next}</div></main>`))
    expect(article.headline).toBe('Night ferry returns')
    const text = toText(article, { sections: ['body'] })
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
    const text = toText(article, { sections: ['body'] })
    expect(text).toContain(MORE)
    expect(text).not.toContain(OTHER)
  })

  it('keeps articles inside the story (live updates, cards) and articles without a headline', () => {
    const update = `<article class="update"><h2>10:02</h2><p>${MORE}</p></article>`
    const { article, codes } = read(
      page(`<article><h1>Night ferry returns</h1><p>${PROSE}</p>${update}</article><article><p>${OTHER}</p></article>`),
    )
    const text = toText(article, { sections: ['body'] })
    expect(text).toContain(MORE)
    expect(codes).not.toContain('page_furniture')
  })
})
