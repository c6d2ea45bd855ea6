// Posts as messy as real ones, each written for this test: every one must
// import without an error, whatever it holds; a few results are checked.

import { blog } from 'articlekit/import'
import { fromMarkdown } from 'articlekit/markdown'
import { describe, expect, it } from 'vitest'

const posts: Record<string, string> = {
  scalars:
    '---\ntitle: >\n  Folded\n  title\nsummary: |\n  Literal\n  summary\ntags: \'a\'\nauthor: "Quoted: with colon"\ndate: 2020-01-01T10:00\n---\n\nx',
  emptyTitle: '---\ntitle: ""\n---\n# From H1\n\nx',
  arrayTitle: '---\ntitle: [a, b]\n---\n# From H1\n\nx',
  onlyFm: '---\ntitle: Only\n---\n',
  raw: '---\ntitle: Raw\n---\n{% raw %}\n{{ not.expanded }}\n{% endraw %}\n\nInline $$x^2$$ math.\n\n{{< figure src="a.png" >}} inline text',
  exportMulti:
    '---\ntitle: MDX\n---\nexport const meta = {\n  title: "x"\n}\n\nimport Foo from "./Foo"\n\n<Foo>\n  Child text\n</Foo>\n\nText.',
  links:
    '# L\n\n[x]() [y](<my file.pdf>) foo@bar.com ![]() <img> <a href="#anchor">anchor</a> <a href="/rel">rel</a> [ref][nope] [^nofoot]',
  footnote: '# F\n\nText[^a] and[^b].\n\n[^a]: First para.\n\n    Second `code` para.\n\n[^b]:\n',
  pi: '# P\n\n<?php echo 1; ?>\n\n<!DOCTYPE html>\n\n<![CDATA[ data ]]>\n\nText.',
  htmlTable:
    '# T\n\n<table><tr><th colspan="2">Head</th></tr><tr><td>a<br>b</td><td><ul><li>x</li></ul></td></tr></table>\n\n<pre><code class="language-js">a &lt; b\n</code></pre>',
  headingImage: '# ![logo](x.png)\n\nText.\n\n> ## Quoted heading\n>\n> text',
  deepList: `# D\n\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}`,
  deepHtmlList: `# D\n\n${'<ul><li>'.repeat(40)}deep${'</li></ul>'.repeat(40)}`,
  deepMarks: `# D\n\n${'<b><i>'.repeat(60)}deep${'</i></b>'.repeat(60)}`,
  crlfFm: '---\r\ntitle: CRLF\r\ndate: 2020-01-01\r\n---\r\n\r\nBody\r\n',
  bomToml: '\uFEFF+++\ntitle = "BOM"\n+++\nBody',
  tomlBad: '+++\ntitle = "Bad\ndate = 2020-01-01\n+++\nBody',
  jsonBad: '{\n  "title": "x",\n}\n\n# Heading\n\nBody',
  hr: '---\n\nNo front matter, a rule first.\n\n# Title later',
  tabsYaml: '---\ntitle:\tTabbed\n---\nx',
  weirdDates: '---\ntitle: D\ndate: 2020-13-45\nupdated: yesterday\n---\nx',
  authorObj: '---\ntitle: A\nauthor:\n  name: Jo\n  email: jo@x\n  twitter: jo\n---\nx',
  nullish: '---\ntitle: N\ntags: ~\ncategories: null\nimage:\ndescription:\n---\nx',
  mixedHtml:
    '# M\n\n<div markdown="1">\n**bold** in div\n</div>\n\n<p>para <img src="a.png" alt="A"> after</p>\n\n<span><img src="b.png"></span>\n\n<figure><img src="c.png"><figcaption>Cap <b>b</b></figcaption></figure>\n\n<video src="v.mp4">fallback</video>\n\n<iframe src="javascript:alert(1)"></iframe>',
  emphasisImage: '# E\n\n*see ![alt](x.png)* and **[![b](y.png)](z)**',
  long: `# H\n\n${'word '.repeat(50_000)}`,
  manyHtml: `# H\n\n${'<span>x</span> '.repeat(5_000)}`,
  headings: '# T\n\n###### Six\n\n# One\n\n###### Six again',
  quoteAttr: '# Q\n\n> Text\n>\n> — Name\n> (1835)\n',
  entities: '---\ntitle: "Fish &amp; Chips"\n---\nA&nbsp;B &copy; &#x27;',
  kbdTable: '# K\n\n| Key | Action |\n|---|---|\n| <kbd>Ctrl</kbd>+<kbd>C</kbd> | Copy <br> text |\n',
  autolinkWww: '# W\n\nVisit www.example.com or http://x.y/z?a=1&b=2.',
  liquidLink: '---\ntitle: L\n---\n[a]({% post_url 2010-07-21-name-of-post %}) and ![b]({{ site.url }}/img.png)',
  scriptBlock: '# S\n\n<script>\n\nvar a = 1\n\n</script>\n\nAfter.',
  htmlH1: '# T\n\n<h1>Html One</h1>\n\n<h3>Three</h3>',
  unicodeTitle: '---\ntitle: "日本語のタイトル"\nlang: ja\n---\n日本語の本文です。',
  number: '---\ntitle: 42\ndate: 20200101\ntags: 5\n---\nx',
}

const read = (name: string) =>
  fromMarkdown(posts[name] as string, { dialect: blog({ baseUrl: 'https://b.example/' }), fileName: `${name}.md` })

describe('messy posts', () => {
  for (const name of Object.keys(posts)) {
    it(`imports \`${name}\` without an error`, () => {
      expect(read(name).headline.length).toBeGreaterThan(0)
    })
  }

  it('reads every YAML scalar style', () => {
    const article = read('scalars')
    expect(article.headline).toBe('Folded title')
    expect(article.description).toBe('Literal summary')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Quoted: with colon' }])
    expect(article.datePublished).toBe('2020-01-01T10:00')
  })

  it('reads empty values as absent', () => {
    const article = read('nullish')
    expect(article.keywords).toBeUndefined()
    expect(article.section).toBeUndefined()
    expect(article.image).toBeUndefined()
  })

  it('leaves no empty paragraph for what it leaves out', () => {
    const body = read('mixedHtml').body
    expect(body.filter((block) => block.type === 'paragraph' && block.children.length === 0)).toEqual([])
    expect(body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'image',
      'paragraph',
      'image',
      'image',
      'paragraph',
    ])
  })

  it('takes the title from front matter that does not parse, and the headline from a heading after it', () => {
    expect(read('tomlBad').headline).toBe('"Bad')
    expect(read('jsonBad').headline).toBe('Heading')
    expect(read('hr').body[0]).toEqual({ type: 'divider' })
  })
})
