// Deterministic article generator for the benchmark and the property tests:
// realistic block mix, inline marks, links and citations, at any length.

const VOCABULARY = (
  'harbour council ferry tide engineers crossing morning residents mayor budget line estuary vessel ' +
  'station timetable report survey fishermen moorings quay weather storm battery turbine passengers ' +
  'ticket fare route service island coast river bridge trial safety inspector minister plan funding ' +
  'the a of and to in on for with at by from after before during about over under between into ' +
  'said says told would could should will new old first last early late local regional national ' +
  'it\u2019s \u201cwe \u2014 \u2026\u201d \u20ac12m ' +
  '\u00e9t\u00e9 caf\u00e9 na\u00efve fa\u00e7ade'
).split(' ')

/** A small seeded PRNG (mulberry32), so every run benchmarks the same articles. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Generate a valid article of about `words` words in normalized form.
 *
 * @param {number} words
 * @param {number} [seed]
 */
export function generateArticle(words, seed = 1) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const sentence = (count) => {
    const parts = []
    for (let index = 0; index < count; index++) parts.push(pick(VOCABULARY))
    const text = parts.join(' ')
    return `${text[0].toUpperCase()}${text.slice(1)}.`
  }
  let written = 0
  const inline = (count) => {
    const children = []
    let left = count
    while (left > 0) {
      const size = Math.min(left, 4 + Math.floor(next() * 12))
      const roll = next()
      const value = `${sentence(size)} `
      if (roll < 0.1) {
        children.push({
          type: 'link',
          url: `https://news.example.com/story/${Math.floor(next() * 1e6)}`,
          children: [{ type: 'text', value }],
        })
      } else if (roll < 0.16) {
        children.push({ type: 'emphasis', children: [{ type: 'text', value }] })
      } else if (roll < 0.2) {
        children.push({ type: 'strong', children: [{ type: 'text', value }] })
      } else if (roll < 0.22) {
        children.push({
          type: 'citation',
          sourceId: `s${1 + Math.floor(next() * 3)}`,
          children: [{ type: 'text', value }],
        })
      } else {
        children.push({ type: 'text', value })
      }
      left -= size
    }
    written += count
    return children
  }
  const image = (id) => ({
    type: 'image',
    id,
    url: `https://images.example.com/${id}.jpg`,
    alt: sentence(6),
    width: 1600,
    height: 900,
    caption: inline(12),
    credit: '© Example Photo Agency',
  })
  const body = []
  let blockIndex = 0
  while (written < words) {
    blockIndex++
    const roll = next()
    const id = `b${blockIndex}`
    if (blockIndex % 9 === 0) body.push({ type: 'heading', level: 2, id, children: inline(5) })
    else if (roll < 0.05) body.push(image(id))
    else if (roll < 0.09) {
      body.push({
        type: 'list',
        ordered: next() < 0.5,
        items: [0, 1, 2].map(() => ({ children: [{ type: 'paragraph', children: inline(10) }] })),
      })
    } else if (roll < 0.12) {
      body.push({
        type: 'quote',
        children: [{ type: 'paragraph', children: inline(25) }],
        attribution: { name: 'A. Speaker', title: 'Harbour master' },
      })
    } else if (roll < 0.13) {
      body.push({ type: 'promo', kind: 'podcast', url: 'https://audio.example.com/podcast', children: inline(8) })
    } else if (roll < 0.14) {
      body.push({
        type: 'relatedLinks',
        label: 'Read more',
        links: [{ title: sentence(8), url: 'https://news.example.com/related/1' }],
      })
    } else body.push({ type: 'paragraph', children: inline(30 + Math.floor(next() * 50)) })
  }
  return {
    schemaVersion: 1,
    type: 'NewsArticle',
    url: 'https://news.example.com/bench',
    language: 'en-GB',
    headline: sentence(10),
    standfirst: [{ type: 'text', value: sentence(25) }],
    authors: [{ type: 'Person', name: 'Bench Writer', url: 'https://news.example.com/authors/bench' }],
    datePublished: '2026-06-12T07:45:00+01:00',
    dateModified: '2026-06-12T14:20:00+01:00',
    section: 'Local',
    keywords: ['ferry', 'tide'],
    image: (({ type, id, ...lead }) => lead)(image('lead')),
    body,
    sources: [1, 2, 3].map((n) => ({
      id: `s${n}`,
      name: `Outlet ${n}`,
      title: sentence(8),
      url: `https://outlet${n}.example.org/report`,
    })),
    related: [{ title: sentence(8), url: 'https://news.example.com/related/2' }],
  }
}

/** Count the words of generated text, for checking the generator. */
export function countWords(article) {
  return JSON.stringify(article.body)
    .match(/"value":"([^"]*)"/g)
    .join(' ')
    .split(/\s+/).length
}
