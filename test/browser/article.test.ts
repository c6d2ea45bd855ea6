// The example article as a real page in headless Chromium, with the default
// stylesheet: zero axe-core violations at WCAG 2.1 A and AA in the light and
// the dark colour scheme, a sound heading outline, alt on every image, the
// accessible names of the asides and navigation as screen readers get them,
// and no sideways scrolling on a narrow phone. The opinion piece (credits, a
// gallery, audio players) and the live blog are checked the same way. With
// ARTICLEKIT_SCREENSHOT=1 it also saves the screenshots docs/html.md shows.
//
// Run with `npm run test:browser` (needs `/usr/bin/chromium`).
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { article, type ExamplePage, images, liveBlog, opinion, pageUrl, site } from './example-page.js'
import { accessibleNode, type Browser, launch, runAxe } from './harness.js'

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const screenshots = process.env.ARTICLEKIT_SCREENSHOT === '1'

let browser: Browser

beforeAll(async () => {
  browser = await launch(site, { width: 900, height: 900 })
})

afterAll(async () => {
  await browser?.close()
})

/** Load a page (the example article's by default) in a colour scheme, with every image decoded. */
async function open(colorScheme: 'light' | 'dark', url = pageUrl): Promise<void> {
  await browser.page.emulateMedia({ colorScheme })
  await browser.page.goto(url, { waitUntil: 'load' })
  // Lazy images load only near the viewport: ask for all of them now.
  await browser.page.evaluate(() =>
    Promise.all(
      Array.from(document.images, (image) => {
        image.loading = 'eager'
        return image.decode()
      }),
    ),
  )
}

/**
 * The open page's width, the width of its content and the right edge of its
 * widest image, measured at 320 px wide; the viewport goes back to 900 px.
 */
async function atPhoneWidth(): Promise<{ page: number; content: number; widest: number }> {
  await browser.page.setViewportSize({ width: 320, height: 640 })
  try {
    return await browser.page.evaluate(() => ({
      page: document.documentElement.clientWidth,
      content: document.documentElement.scrollWidth,
      widest: Math.max(0, ...Array.from(document.images, (image) => image.getBoundingClientRect().right)),
    }))
  } finally {
    await browser.page.setViewportSize({ width: 900, height: 900 })
  }
}

describe.each([
  ['light', 'rgb(255, 255, 255)'],
  ['dark', 'rgb(18, 18, 18)'],
] as const)('the example article in the %s colour scheme', (scheme, background) => {
  beforeAll(() => open(scheme))

  it('is styled by the stylesheet for this scheme', async () => {
    const colour = await browser.page.$eval('.ak-article', (element) => getComputedStyle(element).backgroundColor)
    expect(colour).toBe(background)
  })

  it('has no axe-core violations at WCAG 2.1 A and AA, and every contrast decided', async () => {
    const { violations, incomplete } = await runAxe(browser.page, wcag21aa)
    expect(violations).toEqual([])
    // axe leaves contrast undecided over images or unknown backgrounds; here it must decide every text.
    expect(incomplete.filter((result) => result.id === 'color-contrast')).toEqual([])
  })

  it.runIf(screenshots)('saves the screenshot', async () => {
    const folder = new URL('../../docs/images/', import.meta.url)
    await mkdir(folder, { recursive: true })
    const name = scheme === 'light' ? 'example-article.png' : 'example-article-dark.png'
    // The top of the page (header, lead image, contents, first paragraphs) keeps the picture small.
    const clip = { x: 0, y: 0, width: 900, height: 1400 }
    await browser.page.screenshot({ path: fileURLToPath(new URL(name, folder)), fullPage: true, clip })
  })
})

describe('the example article in Chromium', () => {
  beforeAll(() => open('light'))

  it('has one h1, the headline, and skips no heading level', async () => {
    const found = await headings()
    expect(found).toEqual([
      [1, article.headline],
      [2, 'How the tide powers the boat'],
      [2, 'Fishermen fear for their moorings'],
      [2, 'What comes next'],
      [2, 'Corrections'],
      [2, 'Sources'],
      [2, 'Related'],
    ])
    const levels = found.map(([level]) => level)
    expect(levels.filter((level) => level === 1)).toHaveLength(1)
    expect(levels.every((level, index) => index === 0 || level <= (levels[index - 1] as number) + 1)).toBe(true)
  })

  it('gives every image its alt attribute, and loads every image', async () => {
    const found = await browser.page.$$eval('img', (elements) =>
      elements.map((image) => ({ alt: image.getAttribute('alt'), loaded: image.naturalWidth > 0 })),
    )
    expect(found).toEqual(images.map((image) => ({ alt: image.alt, loaded: true })))
    expect(found.every((image) => typeof image.alt === 'string' && image.alt !== '')).toBe(true)
  })

  it('names the asides and the navigation as a screen reader hears them', async () => {
    const named = async (selector: string) => accessibleNode(browser, selector)
    expect(await named('.ak-promo')).toEqual({ role: 'complementary', name: 'Promotion', ignored: false })
    expect(await named('.ak-aside')).toEqual({ role: 'complementary', name: 'The Marram at a glance', ignored: false })
    expect(await named('.ak-read-more')).toEqual({ role: 'complementary', name: 'Read more', ignored: false })
    expect(await named('.ak-corrections')).toEqual({ role: 'region', name: 'Corrections', ignored: false })
    expect(await named('.ak-sources')).toEqual({ role: 'region', name: 'Sources', ignored: false })
    expect(await named('.ak-toc')).toEqual({ role: 'navigation', name: 'Contents', ignored: false })
    expect(await named('.ak-related')).toEqual({ role: 'navigation', name: 'Related', ignored: false })
    expect(await named('.ak-citation a')).toEqual({ role: 'link', name: 'Source 1', ignored: false })
    expect(await named('.ak-back-link')).toEqual({ role: 'link', name: 'Back to text', ignored: false })
  })

  it('hides the pullquote, which repeats the story, from assistive technology', async () => {
    expect((await accessibleNode(browser, '.ak-pullquote')).ignored).toBe(true)
  })

  it('fits a 320 px wide screen without scrolling sideways (WCAG 1.4.10)', async () => {
    const sizes = await atPhoneWidth()
    expect(sizes.content).toBe(sizes.page)
    expect(sizes.widest).toBeLessThanOrEqual(sizes.page)
  })
})

/** The headings of the open page, as `[level, text]`. */
function headings(): Promise<[number, string][]> {
  return browser.page.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
    elements.map((element) => [Number(element.tagName.slice(1)), element.textContent ?? ''] as [number, string]),
  )
}

describe.each([
  ['opinion piece', opinion],
  ['live blog', liveBlog],
] as [string, ExamplePage][])('the %s in Chromium', (_name, page) => {
  describe.each(['light', 'dark'] as const)('in the %s colour scheme', (scheme) => {
    beforeAll(() => open(scheme, page.url))

    it('has no axe-core violations at WCAG 2.1 A and AA, and every contrast decided', async () => {
      const { violations, incomplete } = await runAxe(browser.page, wcag21aa)
      expect(violations).toEqual([])
      expect(incomplete.filter((result) => result.id === 'color-contrast')).toEqual([])
    })
  })

  describe('its structure', () => {
    beforeAll(() => open('light', page.url))

    it('has one h1, the headline, and skips no heading level', async () => {
      const found = await headings()
      expect(found[0]).toEqual([1, page.article.headline])
      const levels = found.map(([level]) => level)
      expect(levels.filter((level) => level === 1)).toHaveLength(1)
      expect(levels.every((level, index) => index === 0 || level <= (levels[index - 1] as number) + 1)).toBe(true)
    })

    it('gives every image its alt attribute, and loads every image', async () => {
      const found = await browser.page.$$eval('img', (elements) =>
        elements.map((image) => ({ alt: image.getAttribute('alt'), loaded: image.naturalWidth > 0 })),
      )
      expect(found).toEqual(page.images.map((image) => ({ alt: image.alt, loaded: true })))
    })

    it('fits a 320 px wide screen without scrolling sideways (WCAG 1.4.10)', async () => {
      const sizes = await atPhoneWidth()
      expect(sizes.content).toBe(sizes.page)
      expect(sizes.widest).toBeLessThanOrEqual(sizes.page)
    })
  })
})

describe("the opinion piece's players and gallery", () => {
  beforeAll(() => open('light', opinion.url))

  it('names each audio player by what it plays, with native controls that load nothing until played', async () => {
    const players = await browser.page.$$eval('audio', (elements) =>
      elements.map((audio) => ({ controls: audio.controls, preload: audio.preload })),
    )
    expect(players).toEqual([
      { controls: true, preload: 'none' },
      { controls: true, preload: 'none' },
    ])
    expect(await accessibleNode(browser, '.ak-listen audio')).toMatchObject({
      name: 'Listen to this article',
      ignored: false,
    })
    expect(await accessibleNode(browser, '.ak-audio audio')).toMatchObject({
      name: 'The Argument, episode 31: is the night ferry worth it?',
      ignored: false,
    })
  })

  it('lays the gallery out as a grid of figures', async () => {
    const display = await browser.page.$eval('.ak-gallery', (element) => getComputedStyle(element).display)
    expect(display).toBe('grid')
  })
})

describe("the live blog's updates", () => {
  beforeAll(() => open('light', liveBlog.url))

  it('are articles with their own anchors and times, newest first, under "Live updates"', async () => {
    const updates = await browser.page.$$eval('.ak-update', (elements) =>
      elements.map((element) => ({
        tag: element.tagName.toLowerCase(),
        id: element.id,
        time: element.querySelector('time')?.getAttribute('datetime'),
      })),
    )
    const expected = liveBlog.article.liveBlog?.updates ?? []
    expect(expected.length).toBeGreaterThan(1)
    expect(updates).toEqual(expected.map((update) => ({ tag: 'article', id: update.id, time: update.date })))
    expect(await accessibleNode(browser, '.ak-live-blog')).toEqual({
      role: 'region',
      name: 'Live updates',
      ignored: false,
    })
  })
})
