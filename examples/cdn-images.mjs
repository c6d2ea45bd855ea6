// @ts-check
// Override one HTML handler: send every image through an image CDN, with a
// `srcset` of resized copies and a `sizes` hint, so browsers download the
// smallest file that fills the column. The override calls the default
// handler for everything else (figure, alt text, caption, credit, loading
// hints) and only adds two attributes to its <img>. Run `npm run build`
// first, then `node examples/cdn-images.mjs`.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { defaultHandlers, escapeAttribute, toHtml } from 'articlekit/html'

/** The resized copies the CDN is asked for, in pixels wide. */
const WIDTHS = [320, 640, 960, 1280, 1600]
/** How wide the image is shown: the article column of the default stylesheet, or the whole screen. */
const SIZES = '(min-width: 46rem) 44rem, 100vw'

/**
 * The CDN's URL for one copy of an image. The original URL goes in the query
 * string, where URLSearchParams percent-encodes it, commas and spaces
 * included, so the result is safe to list in a `srcset` (whose entries are
 * separated by commas and spaces).
 * @param {string} original an absolute URL
 * @param {number} width
 */
const cdnUrl = (original, width) => {
  const url = new URL('https://img.example-cdn.net/resize')
  url.searchParams.set('src', original)
  url.searchParams.set('w', String(width))
  return url.href
}

/**
 * Wrap a default image handler (`image` for body images, `leadImage` for the
 * lead image; both take an object with the image fields).
 * @template {import('articlekit').Image} T
 * @param {(image: T, state: import('articlekit/html').HtmlState, parent: unknown) => string} render
 * @returns {(image: T, state: import('articlekit/html').HtmlState, parent: unknown) => string}
 */
const throughCdn = (render) => (image, state, parent) => {
  // The URL policy decides first, as it would for the default handler: a refused
  // URL (`javascript:`, say) goes to the default, which leaves the <img> out.
  const allowed = state.options.urlPolicy(image.url, 'image')
  const base = state.article.url
  const absolute = allowed === undefined ? undefined : URL.parse(allowed, base === undefined ? undefined : base)
  if (absolute === null || absolute === undefined || !/^https?:$/.test(absolute.protocol)) {
    return render(image, state, parent)
  }
  const widths = WIDTHS.filter((width) => image.width === undefined || width <= image.width)
  if (widths.length === 0) return render(image, state, parent)
  const largest = widths.at(-1) ?? widths[0] ?? 0
  // The default writes the figure with `src` pointing at the largest copy...
  const html = render({ ...image, url: cdnUrl(absolute.href, largest) }, state, parent)
  // ...and the two attributes go in front of it. escapeAttribute is the renderer's own
  // escaping for double-quoted attribute values (`&` in the query becomes `&amp;`).
  const srcset = widths.map((width) => `${cdnUrl(absolute.href, width)} ${width}w`).join(', ')
  return html.replace('<img ', `<img srcset="${escapeAttribute(srcset)}" sizes="${escapeAttribute(SIZES)}" `)
}

const article = parseArticle({
  headline: 'Pontoon turbines lifted for cleaning',
  url: 'https://news.example.com/local/2026/08/turbines-cleaned',
  image: {
    url: 'https://images.example.com/2026/08/turbine-lift-1600x900.jpg',
    alt: 'A crane lifts a yellow turbine housing out of the harbour',
    width: 1600,
    height: 900,
  },
  body: [
    'Engineers lifted both turbines out of the water on Tuesday.',
    {
      type: 'image',
      url: '/2026/08/seaweed,close-up.jpg',
      alt: 'Seaweed wrapped around a turbine blade, "a bit like spaghetti"',
      width: 700,
      height: 467,
      caption: 'Weed cuts the turbines’ output by up to a fifth.',
    },
    { type: 'image', url: 'https://images.example.com/2026/08/crew.jpg', alt: 'The maintenance crew' },
  ],
})

const html = toHtml(article, {
  handlers: { image: throughCdn(defaultHandlers.image), leadImage: throughCdn(defaultHandlers.leadImage) },
})
console.log(html.replaceAll('<figure', '\n<figure'))

const q = (/** @type {string} */ path, /** @type {number} */ width) =>
  `https://img.example-cdn.net/resize?src=https%3A%2F%2F${path}&amp;w=${width}`

// The lead image: five copies, `src` the largest, loaded eagerly as the default does.
assert.ok(
  html.includes(
    `<figure class="ak-lead-image"><img srcset="${[320, 640, 960, 1280, 1600].map((w) => `${q('images.example.com%2F2026%2F08%2Fturbine-lift-1600x900.jpg', w)} ${w}w`).join(', ')}" sizes="(min-width: 46rem) 44rem, 100vw" src="${q('images.example.com%2F2026%2F08%2Fturbine-lift-1600x900.jpg', 1600)}" alt="A crane lifts a yellow turbine housing out of the harbour" width="1600" height="900" loading="eager" decoding="async" fetchpriority="high"></figure>`,
  ),
)
// A relative URL with a comma, resolved against the article's URL: no copy wider
// than the original, the comma encoded, the quotes in the alt text escaped.
const seaweed = 'news.example.com%2F2026%2F08%2Fseaweed%2Cclose-up.jpg'
assert.ok(
  html.includes(
    `<figure class="ak-image"><img srcset="${q(seaweed, 320)} 320w, ${q(seaweed, 640)} 640w" sizes="(min-width: 46rem) 44rem, 100vw" src="${q(seaweed, 640)}" alt="Seaweed wrapped around a turbine blade, &quot;a bit like spaghetti&quot;" width="700" height="467" loading="lazy" decoding="async"><figcaption><span class="ak-caption">Weed cuts the turbines’ output by up to a fifth.</span></figcaption></figure>`,
  ),
)
// No width known: every copy is offered.
assert.ok(html.includes(`src="${q('images.example.com%2F2026%2F08%2Fcrew.jpg', 1600)}" alt="The maintenance crew"`))

// An image that skipped validation with a script URL: the policy refuses it, the
// default handler writes no <img> at all (here, with no caption, nothing), and
// onWarning says where.
const unchecked = { ...article, body: [{ type: 'image', url: 'javascript:alert(1)', alt: 'x' }] }
/** @type {string[]} */
const warnings = []
const refused = toHtml(/** @type {import('articlekit').Article} */ (unchecked), {
  handlers: { image: throughCdn(defaultHandlers.image) },
  sections: { header: false, leadImage: false },
  onWarning: (warning) => warnings.push(`${warning.code} ${warning.path.join('.')}`),
})
assert.equal(
  refused,
  `<article class="ak-article" data-ak='{"type":"Article","url":"https://news.example.com/local/2026/08/turbines-cleaned"}'><div class="ak-body"></div></article>`,
)
assert.deepEqual(warnings, ['url_refused body.0.url'])
