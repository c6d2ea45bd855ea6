import { readFileSync } from 'node:fs'
import { type Article, parseArticle } from 'articlekit'
import { characterCount, displayWidth, excerpt, readingTime, storyText, wordCount } from 'articlekit/text'
import { afterEach, describe, expect, it } from 'vitest'

const example = parseArticle(JSON.parse(readFileSync(new URL('../../examples/article.json', import.meta.url), 'utf8')))

const story = parseArticle({
  headline: 'Not counted',
  standfirst: 'Not counted either',
  language: 'en',
  image: { url: '/lead.jpg', alt: 'Lead', caption: 'Lead caption' },
  body: [
    { type: 'heading', level: 2, children: 'Ferry opens' },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'It runs ' },
        { type: 'link', url: 'https://example.com/', children: 'every hour' },
        { type: 'citation', sourceId: 's1' },
        { type: 'text', value: '.' },
      ],
    },
    { type: 'promo', children: 'Listen to our podcast' },
    { type: 'relatedLinks', links: [{ title: 'Other story', url: '/other' }] },
    { type: 'pullquote', children: 'Every hour.' },
    { type: 'image', url: '/a.jpg', alt: 'Quay', caption: 'The quay at dawn' },
    { type: 'list', items: ['Fares: £2', { children: ['Bikes free', { type: 'list', items: ['Off-peak'] }] }] },
    { type: 'quote', children: ['We are ready.'], attribution: { name: 'Ada' } },
    { type: 'aside', title: 'Facts', children: ['24 m long'] },
    { type: 'table', caption: 'Times', header: ['Route', 'Time'], rows: [['Road', '40 min']] },
    { type: 'code', value: 'x = 1' },
    { type: 'divider' },
    { type: 'embed', url: 'https://video.example.net/v', title: 'Clip', caption: 'A clip' },
  ],
  sources: [{ id: 's1', name: 'Council' }],
})

describe('storyText', () => {
  it('is the body without furniture, captions, URLs or markers, blocks separated by a blank line', () => {
    expect(storyText(story)).toBe(
      [
        'Ferry opens',
        'It runs every hour.',
        'Fares: £2',
        'Bikes free',
        'Off-peak',
        'We are ready.',
        'Facts',
        '24 m long',
        'Route\tTime\nRoad\t40 min',
        'x = 1',
      ].join('\n\n'),
    )
  })

  it('adds the captions of images, tables and embeds when asked', () => {
    const text = storyText(story, { captions: true })
    expect(text).toContain('\n\nThe quay at dawn\n\n')
    expect(text).toContain('\n\nTimes\n\nRoute\tTime')
    expect(text.endsWith('\n\nA clip')).toBe(true)
  })

  it('renders custom blocks by their text children, and never furniture', () => {
    const article = {
      ...story,
      body: [
        {
          type: 'poll',
          question: 'Skipped',
          children: [
            { type: 'text', value: 'Vote ' },
            { type: 'strong', children: [{ type: 'text', value: 'now' }] },
          ],
        },
        { type: 'slideshow', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'One.' }] }] },
      ],
    } as Article<unknown>
    expect(storyText(article)).toBe('Vote now\n\nOne.')
  })
})

describe('wordCount', () => {
  it('counts the story text only', () => {
    // Ferry opens / It runs every hour / Fares 2 / Bikes free / Off peak / We are ready / Facts / 24 m long / Route Time Road 40 min / x 1
    expect(wordCount(story)).toBe(2 + 4 + 2 + 2 + 2 + 3 + 1 + 3 + 5 + 2)
    expect(wordCount(story, { captions: true })).toBe(wordCount(story) + 4 + 1 + 2)
  })

  it('counts the example article', () => {
    expect(wordCount(example)).toBe(630)
  })

  describe('without Intl.Segmenter', () => {
    const original = Intl.Segmenter
    afterEach(() => {
      Object.defineProperty(Intl, 'Segmenter', { value: original, configurable: true, writable: true })
    })
    const remove = () =>
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true })

    it('counts spaced scripts the same', () => {
      const before = wordCount(example)
      remove()
      expect(wordCount(example)).toBe(before)
    })

    it('counts each Chinese character, and each run of kana or Thai letters, as a word', () => {
      const count = (language: string, text: string) =>
        wordCount(parseArticle({ headline: 'H', language, body: [text] }))
      remove()
      expect(count('zh', '渡轮首航，全程12分钟。')).toBe(9)
      expect(count('zh', '𠀋𠀋 ferry')).toBe(3)
      expect(count('ja', 'フェリーが走る')).toBe(3)
      expect(count('th', 'เรือข้ามฟาก ออกเดินทาง')).toBe(2)
    })

    it('still measures an emoji sequence, a flag and a skin tone as one emoji, two columns wide', () => {
      remove()
      expect(displayWidth('👨‍👩‍👧 🇬🇧 👍🏽 ❤️')).toBe(11)
    })
  })
})

describe('characterCount', () => {
  it('counts graphemes, each run of whitespace as one, or none without spaces', () => {
    const article = parseArticle({ headline: 'H', body: ['Café au lait.', 'Two.'] })
    expect(characterCount(article)).toBe(18)
    expect(characterCount(article, { spaces: false })).toBe(15)
  })

  it('counts a combining sequence, a flag and a family emoji as one character each', () => {
    const article = parseArticle({ headline: 'H', body: ['Cafe\u0301 🇬🇧 👨‍👩‍👧 हिंदी'] })
    // Café, space, flag, space, family, space, हिं, दी
    expect(characterCount(article)).toBe(4 + 1 + 1 + 1 + 1 + 1 + 2)
  })
})

describe('readingTime', () => {
  it('counts words at 230 a minute and images at 12, 11, 10… seconds, down to 3', () => {
    const result = readingTime(example)
    expect(result.words).toBe(630)
    expect(result.images).toBe(2)
    expect(result.minutes).toBeCloseTo(630 / 230 + (12 + 11) / 60, 10)
    expect(result.rounded).toBe(4)
  })

  it('takes a reading speed, and can leave images out', () => {
    expect(readingTime(example, { wordsPerMinute: 315, images: false })).toEqual({
      minutes: 2,
      rounded: 2,
      words: 630,
      images: 0,
    })
  })

  it('gives every image from the tenth on 3 seconds, counts nested images but not furniture, and shows at least 1 minute', () => {
    const images = Array.from({ length: 12 }, () => ({ type: 'image' as const, url: '/a.jpg', alt: '' }))
    const article = parseArticle({ headline: 'H', body: [{ type: 'quote', children: images }] })
    const result = readingTime(article)
    expect(result.images).toBe(12)
    expect(result.minutes * 60).toBeCloseTo(12 + 11 + 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 3 + 3, 10)
    expect(result.rounded).toBe(2)
    expect(readingTime(parseArticle({ headline: 'H', body: [] }))).toEqual({
      minutes: 0,
      rounded: 1,
      words: 0,
      images: 0,
    })
  })
})

describe('excerpt', () => {
  const of = (text: string, maxLength: number, language = 'en', ellipsis?: string) =>
    excerpt(
      parseArticle({ headline: 'H', language, body: [text] }),
      ellipsis === undefined ? { maxLength } : { maxLength, ellipsis },
    )

  it('returns text that fits whole, on one line', () => {
    expect(excerpt(parseArticle({ headline: 'H', body: ['One.', 'Two.'] }))).toBe('One. Two.')
  })

  it('cuts at the last word that fits, drops dangling punctuation, and adds the ellipsis', () => {
    expect(excerpt(example, { maxLength: 40 })).toBe('A ferry that charges its batteries from…')
    expect(of('Fares rise, bikes go free', 13)).toBe('Fares rise…')
    expect(of('Fares rise, bikes go free', 13, 'en', ' [more]')).toBe('Fares [more]')
    expect(of('Fares rise, bikes go free', 40).length).toBeLessThanOrEqual(40)
  })

  it('cuts Chinese and Japanese between words', () => {
    expect(of('潮汐渡轮周五首次载客横渡河口', 7, 'zh')).toBe('潮汐渡轮周五…')
    expect(of('金曜日に初めて乗客を運んだ', 8, 'ja')).toBe('金曜日に初めて…')
  })

  it('never splits a surrogate pair, a combining sequence or an emoji sequence', () => {
    expect(of('𠀋𠀋𠀋𠀋', 4)).toBe('𠀋…')
    // q with an acute accent has no precomposed form: two code units that must stay together.
    expect(of('q\u0301q\u0301q\u0301q\u0301', 4)).toBe('q\u0301…')
    expect(of('👨‍👩‍👧👨‍👩‍👧', 9)).toBe('👨‍👩‍👧…')
  })

  it('cuts a word longer than the room at a grapheme boundary', () => {
    expect(of('Donaudampfschifffahrtsgesellschaft', 10, 'de')).toBe('Donaudamp…')
  })
})

describe('excerpt: bidi controls', () => {
  it('drops an override the cut leaves open, and keeps a closed one', () => {
    const article = parseArticle({
      headline: 'H',
      body: [`Filename: \u202E${'fdp.exe '.repeat(40)}\u202C done.`],
    })
    const cut = excerpt(article, { maxLength: 60 })
    expect(cut).toBe(`Filename: ${'fdp.exe '.repeat(5)}fdp.exe…`)
    expect(cut).not.toContain('\u202E')
    const short = parseArticle({ headline: 'H', body: [`A \u2067file.txt\u2069 and ${'more words '.repeat(10)}`] })
    expect(excerpt(short, { maxLength: 30 })).toBe('A \u2067file.txt\u2069 and more words…')
  })
})

describe('cutText', () => {
  it('cuts at a word or grapheme boundary and never leaves a bidi control open', async () => {
    const { cutText } = await import('../../src/text/cut.js')
    expect(cutText('short', 10)).toBe('short')
    expect(cutText('Fares rise, bikes go free', 13)).toBe('Fares rise…')
    expect(cutText('\u202Babc def ghi jkl\u202C', 9, '...')).toBe('abc...')
    expect(cutText('\u2069 closer first, then words', 16)).toBe(' closer first…')
    expect(cutText('👨‍👩‍👧👨‍👩‍👧', 9)).toBe('👨‍👩‍👧…')
  })
})

describe('wordCount: agrees with Intl.Segmenter', () => {
  const count = (text: string) =>
    wordCount({ headline: 'H', language: 'en', body: [{ type: 'code', value: text }] } as never)

  it('keeps Hebrew abbreviations with gershayim whole', () => {
    expect(count('צה"ל')).toBe(1)
    expect(count('ארה״ב')).toBe(1)
    expect(count('ג׳ירפה')).toBe(1)
  })

  it('counts no fraction, superscript or circled digit as a word, but alphabetic numerals', () => {
    expect(count('½ cup')).toBe(1)
    expect(count('x² y')).toBe(2)
    expect(count('①②')).toBe(0)
    expect(count('Ⅻ')).toBe(1)
  })

  it('keeps a word joined by a format character or a narrow no-break space whole', () => {
    expect(count('a\u2060b')).toBe(1)
    expect(count('a\u200eb')).toBe(1)
    expect(count('1\u202f000')).toBe(1)
    expect(count('a\u00a0b')).toBe(2)
    expect(count('a\u200bb')).toBe(2)
  })
})
