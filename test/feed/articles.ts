// Small articles and a channel for the feed tests.

import { type Article, parseArticle } from 'articlekit'
import type { FeedChannel } from 'articlekit/feed'

export const channel: FeedChannel = {
  title: 'Harbour News',
  link: 'https://news.example.com/',
  description: 'Ferries, tides and the town',
  language: 'en-GB',
  self: 'https://news.example.com/feed.xml',
}

/** An article with one of everything a feed writes, at +01:00. */
export const ferry: Article = parseArticle({
  id: 'ferry-1',
  url: 'https://news.example.com/ferry',
  language: 'en-GB',
  headline: 'Ferry sails at dawn',
  description: 'The first crossing left on time.',
  authors: [{ name: 'Ada Quill', url: 'https://news.example.com/authors/ada' }, { name: 'Ben Ro' }],
  datePublished: '2026-06-12T07:45:00+01:00',
  dateModified: '2026-06-12T14:20:00+01:00',
  section: 'Local',
  keywords: ['ferry', 'Local', 'tides'],
  image: {
    url: '/img/ferry.jpg',
    alt: 'A ferry',
    width: 1600,
    height: 900,
    caption: 'The ferry at the quay',
    credit: '© Jo Lens',
  },
  audio: { url: 'https://audio.example.com/ferry.mp3', mimeType: 'audio/mpeg', duration: 245, title: 'Listen' },
  body: ['It sailed.'],
})

/** An article with an id and no URL, published a day later at -05:00, with a standfirst and no description. */
export const night: Article = parseArticle({
  id: 'night-2',
  language: 'en',
  headline: 'Night crossing & its fare',
  standfirst: 'A pound more, <and> worth it.',
  authors: [{ name: 'Cai Morva' }],
  datePublished: '2026-06-13T01:00:00-05:00',
  body: ['It was late.'],
})

/** An article without a date. */
export const undated: Article = parseArticle({
  url: 'https://news.example.com/undated',
  headline: 'Timeless',
  body: ['No date.'],
})

/** The channel with `value` in its text fields, for the hostile-text tests. */
export function hostileChannel(value: string): FeedChannel {
  return {
    title: `T${value}`,
    link: 'https://news.example.com/',
    description: `D${value}`,
    copyright: `C${value}`,
    author: `A${value}`,
  }
}
