// What `articlekit init` writes: a short, invented article that shows the
// model's main parts, and a config file with a few renderer options.

/** The example article (`article.json`). */
export const EXAMPLE_ARTICLE = {
  type: 'NewsArticle',
  url: 'https://news.example.com/local/night-ferry-returns',
  language: 'en-GB',
  headline: 'Night ferry returns to the estuary after two winters',
  standfirst: 'The last crossing of the day runs again from Monday, with a battery boat and a later timetable.',
  authors: [{ type: 'Person', name: 'Mara Velland', url: 'https://news.example.com/authors/mara-velland' }],
  publisher: { name: 'Example News', url: 'https://news.example.com/' },
  datePublished: '2026-03-14T09:30:00+01:00',
  section: 'Local',
  keywords: ['ferry', 'transport'],
  image: {
    url: 'https://images.example.com/night-ferry.jpg',
    alt: 'A small white ferry at a lit quay after dark',
    width: 1600,
    height: 900,
    caption: 'The new battery ferry on a trial run last week.',
    credit: '© Example Agency / Example Images',
  },
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The night ferry between the two harbours will run again from Monday, the ' },
        { type: 'link', url: 'https://council.example.org/ferry', children: 'council' },
        { type: 'text', value: ' said on Friday.' },
        { type: 'citation', sourceId: 'council' },
      ],
    },
    { type: 'heading', level: 2, children: 'A later last boat' },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The last crossing now leaves at ' },
        { type: 'strong', children: '23:40' },
        { type: 'text', value: ', an hour later than before the service stopped.' },
      ],
    },
    {
      type: 'quote',
      children: [{ type: 'paragraph', children: 'People asked for it at every meeting.' }],
      attribution: { name: 'Ines Tarrow', title: 'Harbour master' },
    },
  ],
  sources: [
    {
      id: 'council',
      name: 'Harbour Council',
      title: 'Ferry timetable from March',
      url: 'https://council.example.org/ferry',
    },
  ],
}

/** The example config (`articlekit.config.json`). */
export const EXAMPLE_CONFIG = {
  html: { tableOfContents: false, linkTarget: '_blank' },
  jsonLd: { site: { name: 'Example News', url: 'https://news.example.com/' } },
  text: {},
}
