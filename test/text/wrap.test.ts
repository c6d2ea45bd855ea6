import { parseArticle } from 'articlekit'
import { displayWidth, toText, wordCount, wrap } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

/** Every line of `text` fits in `width` columns. */
const fits = (text: string, width: number) => text.split('\n').every((line) => displayWidth(line) <= width)

describe('displayWidth', () => {
  it('counts ASCII and Latin letters as one column each', () => {
    expect(displayWidth('Fähre')).toBe(5)
    expect(displayWidth('')).toBe(0)
  })

  it('counts CJK characters and full-width punctuation as two', () => {
    expect(displayWidth('潮汐渡轮')).toBe(8)
    expect(displayWidth('フェリー、')).toBe(10)
    expect(displayWidth('Ａ')).toBe(2)
    expect(displayWidth('𠀋')).toBe(2)
  })

  it('counts non-spacing marks and zero-width characters as none', () => {
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('العبّارة')).toBe(7)
    expect(displayWidth('a\u200db\u00adc')).toBe(3)
    expect(displayWidth('👍🏽')).toBe(2)
  })

  it('counts Devanagari spacing vowel signs, but not the virama or signs above', () => {
    // ज ् व ा र: the virama is non-spacing, the vowel sign ा is spacing.
    expect(displayWidth('ज्वार')).toBe(4)
    expect(displayWidth('हिंदी')).toBe(4)
  })
})

describe('wrap', () => {
  it('English: breaks at spaces, keeps lines within the width', () => {
    expect(wrap('The ferry made its first crossing on Friday morning.', 16)).toBe(
      'The ferry made\nits first\ncrossing on\nFriday morning.',
    )
  })

  it('German: moves a compound that fits to the next line, and cuts one longer than the width', () => {
    const text = 'Die Donaudampfschifffahrtsgesellschaft meldet Rekordzahlen bei der Fährverbindung.'
    expect(wrap(text, 20)).toBe(
      'Die\nDonaudampfschifffahr\ntsgesellschaft\nmeldet Rekordzahlen\nbei der\nFährverbindung.',
    )
    expect(wrap('Sehr lange Haltestellenbeschilderung', 25)).toBe('Sehr lange\nHaltestellenbeschilderung')
    expect(fits(wrap(text, 20), 20)).toBe(true)
  })

  it('Chinese: breaks between characters by display width, never before closing punctuation', () => {
    const wrapped = wrap('潮汐渡轮周五首次载客横渡河口，全程十二分钟。', 16)
    expect(wrapped).toBe('潮汐渡轮周五首次\n载客横渡河口，全\n程十二分钟。')
    expect(fits(wrapped, 16)).toBe(true)
    // The comma stays on the line of the character before it, so both move down.
    expect(wrap('一二三四五六七，八', 14)).toBe('一二三四五六\n七，八')
  })

  it('Japanese: breaks between kana and kanji, keeping small kana and 、。 off the line start', () => {
    expect(wrap('潮の力で充電するフェリーが、金曜日に初めて乗客を運んだ。', 16)).toBe(
      '潮の力で充電する\nフェリーが、金曜\n日に初めて乗客を\n運んだ。',
    )
    expect(wrap('あいうえおかきくけっこ', 18)).toBe('あいうえおかきく\nけっこ')
    expect(wrap('あいうえおかきくけっこ', 20)).toBe('あいうえおかきくけっ\nこ')
  })

  it('Arabic: breaks at spaces in logical order; vowel marks take no width', () => {
    const wrapped = wrap('عبرت العبّارة المصب لأول مرة صباح الجمعة في اثنتي عشرة دقيقة.', 20)
    expect(wrapped).toBe('عبرت العبّارة المصب\nلأول مرة صباح الجمعة\nفي اثنتي عشرة دقيقة.')
    expect(fits(wrapped, 20)).toBe(true)
  })

  it('Hindi: breaks at spaces, never inside a conjunct or before a vowel sign', () => {
    const text = 'ज्वार से चलने वाली नौका ने शुक्रवार को पहली बार यात्रियों को पार कराया।'
    expect(wrap(text, 20)).toBe('ज्वार से चलने वाली नौका\nने शुक्रवार को पहली बार\nयात्रियों को पार\nकराया।')
    // A word cut because it is wider than the line still keeps each grapheme whole.
    const cut = wrap('यात्रियों', 3).split('\n')
    expect(cut.join('')).toBe('यात्रियों')
    for (const piece of cut) expect(/^\p{M}/u.test(piece)).toBe(false)
  })

  it('never breaks a URL, and keeps existing line breaks', () => {
    expect(wrap('see https://example.com/a/very/long/path now', 10)).toBe(
      'see\nhttps://example.com/a/very/long/path\nnow',
    )
    expect(wrap('one\ntwo three four', 9)).toBe('one\ntwo three\nfour')
  })

  it('leaves text alone without a width', () => {
    expect(wrap('a b c', 0)).toBe('a b c')
    expect(wrap('a b c', Number.NaN)).toBe('a b c')
  })

  it('wraps an article in any of these languages within the width', () => {
    const paragraphs = [
      'Die Donaudampfschifffahrtsgesellschaft meldet Rekordzahlen bei der Fährverbindung.',
      '潮汐渡轮周五首次载客横渡河口，全程十二分钟。',
      '潮の力で充電するフェリーが、金曜日に初めて乗客を運んだ。',
      'عبرت العبّارة المصب لأول مرة صباح الجمعة في اثنتي عشرة دقيقة.',
    ]
    const text = toText(parseArticle({ headline: 'H', body: [{ type: 'list', items: paragraphs }] }), { wrap: 24 })
    expect(fits(text, 24)).toBe(true)
    expect(text.split('\n').slice(0, 3)).toEqual(['H', '', '- Die'])
  })
})

describe('wordCount by language', () => {
  const count = (language: string, text: string) => wordCount(parseArticle({ headline: 'H', language, body: [text] }))

  it('English: contractions, abbreviations and numbers are one word each; hyphens separate', () => {
    expect(count('en', "It's 6.30am in St. Ives, and 1,800 people don't mind the tide-powered boat.")).toBe(14)
  })

  it('German: a compound is one word', () => {
    expect(count('de', 'Die Donaudampfschifffahrtsgesellschaft meldet Rekordzahlen.')).toBe(4)
  })

  it('Chinese: words found by dictionary, not by spaces', () => {
    expect(count('zh', '潮汐渡轮周五首次载客横渡河口，全程十二分钟。')).toBe(11)
  })

  it('Japanese: words found by dictionary', () => {
    expect(count('ja', '潮の力で充電するフェリーが、金曜日に初めて乗客を運んだ。')).toBe(16)
  })

  it('Arabic: words with vowel marks, and Arabic-Indic numbers with their separators', () => {
    expect(count('ar', 'عبرت العبّارة المصب في ١٢٫٥ دقيقة.')).toBe(6)
  })

  it('Hindi: conjuncts and vowel signs stay inside their word', () => {
    expect(count('hi', 'ज्वार से चलने वाली नौका ने शुक्रवार को पहली बार यात्रियों को पार कराया।')).toBe(14)
  })
})

describe('displayWidth: emoji', () => {
  it('counts an emoji as two columns, a ZWJ sequence, a flag and a keycap as one emoji', () => {
    expect(displayWidth('🚀')).toBe(2)
    expect(displayWidth('⌚')).toBe(2)
    expect(displayWidth('👨‍👩‍👧')).toBe(2)
    expect(displayWidth('🇬🇧')).toBe(2)
    expect(displayWidth('1️⃣')).toBe(2)
    expect(displayWidth('❤️')).toBe(2)
    expect(displayWidth('Go 🚀 now ⌚')).toBe(12)
  })

  it('counts a pictograph in text presentation, and ©, as one column', () => {
    expect(displayWidth('❤')).toBe(1)
    expect(displayWidth('© Jory')).toBe(6)
  })
})

describe('wrap: no-break spaces and the word joiner', () => {
  it('never breaks at U+00A0, U+202F, U+2007 or U+2060', () => {
    expect(wrap('Fares from 10\u00a0km at 5\u202f% less', 9)).toBe('Fares\nfrom\n10\u00a0km at\n5\u202f% less')
    expect(wrap('Figure\u2007space, and more', 13)).toBe('Figure\u2007space,\nand more')
    // Between CJK characters too.
    expect(wrap('一二三四\u00a0五六', 8)).toBe('一二三\n四\u00a0五六')
    expect(wrap('一二三四\u2060五六', 8)).toBe('一二三\n四\u2060五六')
  })
})

describe('wrap: Thai, Lao, Burmese and Khmer', () => {
  it('breaks between the words Intl.Segmenter finds, never inside one', () => {
    const thai = 'ภาษาไทยเป็นภาษาที่มีระดับเสียงของคำแน่นอน'
    expect(wrap(thai, 12)).toBe('ภาษาไทยเป็น\nภาษาที่มีระดับ\nเสียงของคำ\nแน่นอน')
    expect(wrap(thai, 12).replace(/\n/g, '')).toBe(thai)
    expect(fits(wrap(thai, 12), 12)).toBe(true)
    expect(wrap('ភាសាខ្មែរគឺជាភាសាកំណើតរបស់ជនជាតិខ្មែរ', 12)).toBe('ភាសាខ្មែរគឺជា\nភាសាកំណើតរបស់\nជនជាតិខ្មែរ')
  })

  it('fills the line with words before moving on', () => {
    expect(wrap('Ferry: เรือข้ามฟากลำใหม่', 12)).toBe('Ferry: เรือ\nข้ามฟากลำใหม่')
  })
})
