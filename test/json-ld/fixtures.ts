// Articles for the JSON-LD tests, beside the shared fixtures: each one leans
// on a part of the mapping the others leave alone. All invented.

import { readFileSync } from 'node:fs'
import { type Article, type ArticleInput, parseArticle } from 'articlekit'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'

/** A paywalled opinion piece with relative URLs, a western offset and one source it rewrites. */
export const paywalledOpinion = {
  type: 'OpinionNewsArticle',
  url: 'https://news.example.com/opinion/2026/04/02/ferry-fares',
  language: 'en-US',
  headline: 'Cheap ferry fares are worth the subsidy',
  standfirst: [
    { type: 'text', value: 'The crossing pays for itself in ' },
    { type: 'strong', children: 'time' },
    { type: 'text', value: ', not tickets.' },
  ],
  authors: [
    {
      name: 'Mara Venn',
      url: '/authors/mara-venn',
      jobTitle: 'Columnist',
      image: '../../../../images/mara.png',
      sameAs: ['https://social.example.net/@mara'],
    },
  ],
  publisher: {
    name: 'Example News',
    url: '/',
    logo: { url: '/brand/logo.png', alt: 'Example News', width: 600, height: 60 },
  },
  datePublished: '2026-04-02T06:00:00-05:00',
  dateModified: '2026-04-02T18:30:00-05:00',
  image: {
    url: '/images/2026/04/quay.jpg',
    alt: 'Passengers queue at the ferry quay',
    width: 1200,
    height: 675,
    caption: 'The morning queue at the quay.',
    credit: '©Example Images',
  },
  body: ['Fares should stay low.', { type: 'promo', children: 'Subscribe for more opinion' }, 'Here is why.'],
  sources: [
    {
      id: 'survey',
      name: 'Harbour Survey',
      title: 'Who takes the ferry',
      url: 'https://survey.example.org/2026',
      basedOn: true,
    },
    { name: 'Wire Service', url: 'https://wire.example.com/ferry-fares' },
  ],
  isAccessibleForFree: false,
} satisfies ArticleInput

/** A blog post by an organization, with no publisher, no image and "Read more" links in an aside. */
export const organizationBlog = {
  type: 'BlogPosting',
  url: 'https://blog.example.org/2026/05/new-timetable',
  headline: 'Our new summer timetable',
  description: 'Sailings every 15 minutes from June.',
  authors: [{ type: 'Organization', name: 'Carrow Ferries', url: 'https://blog.example.org/' }],
  datePublished: '2026-05-20T08:00:00Z',
  keywords: ['timetable'],
  body: [
    'From June, the ferry sails every 15 minutes.',
    {
      type: 'aside',
      children: [
        {
          type: 'list',
          items: [
            {
              children: [
                {
                  type: 'relatedLinks',
                  links: [{ title: 'Winter timetable', url: '/2025/11/winter-timetable' }],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  related: [{ title: 'Fares', url: 'https://blog.example.org/fares' }],
} satisfies ArticleInput

/** A report with no canonical URL: relative URLs cannot be resolved. */
export const reportWithoutUrl = {
  type: 'Report',
  headline: 'Harbour traffic in 2025',
  authors: [{ name: 'Harbour Office' }],
  datePublished: '2026-01-15',
  image: { url: '/charts/traffic.png', alt: 'A bar chart of monthly crossings' },
  body: ['Crossings rose by a fifth.'],
} satisfies ArticleInput

/** An example article of the repository, `examples/article.json` by default. */
export function exampleArticle(file = 'article.json'): Article {
  return parseArticle(JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')))
}

/** Every fixture, parsed, by name. */
export function allFixtures(): [string, Article][] {
  return [
    ['everyNode', parseArticle(everyNode)],
    ['minimal', parseArticle(minimal)],
    ['shorthands', parseArticle(shorthands.input)],
    ['examples/article.json', exampleArticle()],
    ['examples/opinion-article.json', exampleArticle('opinion-article.json')],
    ['examples/live-blog.json', exampleArticle('live-blog.json')],
    ['paywalledOpinion', parseArticle(paywalledOpinion)],
    ['organizationBlog', parseArticle(organizationBlog)],
    ['reportWithoutUrl', parseArticle(reportWithoutUrl)],
  ]
}
