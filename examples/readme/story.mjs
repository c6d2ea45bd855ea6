// The short article the README's examples render. Invented for the README.
export const story = {
  headline: 'Library lends out its first hundred seed packets',
  standfirst: 'Gardeners borrow seeds in spring and bring back a share in autumn.',
  language: 'en-GB',
  url: 'https://news.example.com/local/seed-library',
  datePublished: '2026-03-21T09:30:00Z',
  authors: [{ name: 'Rosa Penhale', url: 'https://news.example.com/authors/rosa-penhale' }],
  body: [
    'The seed library opened on Saturday in the reading room of Tolvan <Street> library.',
    { type: 'heading', level: 2, children: 'How it works' },
    {
      type: 'list',
      ordered: true,
      items: ['Borrow up to five packets.', 'Grow them over the summer.', 'Return seeds from your best plants.'],
    },
    {
      type: 'quote',
      children: ['We had ninety packets gone before noon.'],
      attribution: { name: 'Jory Kemp', title: 'librarian' },
    },
  ],
}
