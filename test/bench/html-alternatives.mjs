// What the HTML bench section compares toHtml with: the simplest hand-written
// renderer of the same content (the practical limit), and converters from our
// normalized article to the trees three popular renderers take, with the
// components each of them needs for images, quotes and citations. The
// converters run once, outside the timed functions; only the renders are
// timed.
//
// Content kept everywhere: headline, standfirst, byline, lead image, every
// body block the generator writes (paragraphs with emphasis, strong and links,
// headings, lists, quotes with attribution, images with caption and credit,
// promos, "Read more" boxes), citations linked to the sources, and the related
// links. Where a format cannot hold something, it says so next to the code.
import { documentToHtmlString } from '@contentful/rich-text-html-renderer'
import { toHTML as portableTextToHtml } from '@portabletext/to-html'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'

// ---------------------------------------------------------------------------
// Escaping, shared by the limit and by the components the libraries are given
// ---------------------------------------------------------------------------

const TEXT_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const ATTRIBUTE_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text content: `&`, `<` and `>` become references. */
export function escapeText(value) {
  return value.replace(/[&<>]/g, (character) => TEXT_ENTITIES[character])
}

/** A double-quoted attribute value: `&`, `<`, `>` and `"` become references. */
export function escapeAttribute(value) {
  return value.replace(/[&<>"]/g, (character) => ATTRIBUTE_ENTITIES[character])
}

const JSON_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;' }

/** What the page does not show, as toHtml marks it: single-quoted `data-ak` JSON, nothing when every value is absent. */
function data(values) {
  const json = JSON.stringify(values)
  return json === '{}' ? '' : ` data-ak='${json.replace(/[&<>']/g, (character) => JSON_ENTITIES[character])}'`
}

/** The article's fields its page does not show. */
const UNSHOWN = ['type', 'id', 'url', 'alternativeHeadline', 'description', 'contributors', 'publisher', 'embargo']
UNSHOWN.push('section', 'keywords', 'license', 'copyrightHolder', 'copyrightYear', 'isAccessibleForFree')

/** The words of inline content, without markup. */
function plainText(nodes) {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'break') text += ' '
    else if (node.children) text += plainText(node.children)
  }
  return text
}

const sourceNumber = (article, sourceId) => article.sources.findIndex((source) => source.id === sourceId) + 1

// ---------------------------------------------------------------------------
// The limit: plain functions building one string, same markup as toHtml
// ---------------------------------------------------------------------------

const dateFormats = new Map()

function formatDate(language, iso) {
  let format = dateFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })
    dateFormats.set(language, format)
  }
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return format.format(Date.UTC(+year, month - 1, +day, +hour, +minute))
}

/**
 * The simplest renderer of a generated article: no options, no handler map,
 * no URL policy; text and attributes escaped. It writes the same markup as
 * `toHtml` with default options, so the two can be compared byte for byte.
 */
export function handWrittenHtml(article) {
  // Per-render bookkeeping: citation anchors, the first citation of each source, "Read more" ids.
  // `numbers`: each cited source's number, given at its first citation, as every articlekit output numbers them.
  const context = { article, citations: 0, firstCitation: new Map(), readMore: 0, inLink: false, numbers: new Map() }
  const language = article.language ?? 'en'
  const unshown = {}
  for (const key of UNSHOWN) unshown[key] = article[key]
  if (article.dateModified !== undefined && article.dateModified === article.datePublished)
    unshown.dateModified = article.dateModified
  let html = `<article class="ak-article" lang="${escapeAttribute(language)}"${data(unshown)}><header class="ak-header">`
  html += `<h1 class="ak-headline">${escapeText(article.headline)}</h1>`
  if (article.standfirst) html += `<p class="ak-standfirst">${inlines(context, article.standfirst)}</p>`
  if (article.authors.length > 0) html += `<p class="ak-byline">By ${byline(article.authors)}</p>`
  html += dates(article, language)
  html += '</header>'
  if (article.image) html += figure(context, article.image, 'ak-lead-image', true)
  html += `<div class="ak-body">${blocks(context, article.body)}</div>`
  if (article.sources?.length) html += sources(context, article.sources)
  if (article.related?.length) {
    let items = ''
    for (const entry of article.related) items += `<li>${relatedLink(entry)}</li>`
    html += `<nav class="ak-related" aria-labelledby="ak-related"><h2 id="ak-related">Related</h2><ul>${items}</ul></nav>`
  }
  return `${html}</article>`
}

function byline(authors) {
  const names = authors.map((author) => {
    const marks = data({ type: author.type, image: author.image, jobTitle: author.jobTitle, sameAs: author.sameAs })
    const name = `<bdi${marks}>${escapeText(author.name)}</bdi>`
    return author.url ? `<a href="${escapeAttribute(author.url)}" rel="author">${name}</a>` : name
  })
  const last = names.pop()
  return names.length === 0 ? last : `${names.join(', ')} and ${last}`
}

function dates(article, language) {
  const parts = []
  if (article.datePublished) parts.push(time('published', 'Published', language, article.datePublished))
  if (article.dateModified && article.dateModified !== article.datePublished)
    parts.push(time('updated', 'Updated', language, article.dateModified))
  return parts.length === 0 ? '' : `<p class="ak-dates">${parts.join(' ')}</p>`
}

function time(className, label, language, iso) {
  return `<span class="ak-${className}">${label} <time datetime="${escapeAttribute(iso)}">${escapeText(formatDate(language, iso))}</time></span>`
}

function figure(context, image, className, lead, id) {
  let html = `<figure${id ? ` id="${escapeAttribute(id)}"` : ''} class="${className}"><img src="${escapeAttribute(image.url)}" alt="${escapeAttribute(image.alt)}"`
  if (image.width !== undefined) html += ` width="${image.width}"`
  if (image.height !== undefined) html += ` height="${image.height}"`
  html += lead ? ' loading="eager" decoding="async" fetchpriority="high">' : ' loading="lazy" decoding="async">'
  const caption = image.caption ? `<span class="ak-caption">${inlines(context, image.caption)}</span>` : ''
  const credit = image.credit ? `<small class="ak-credit">${escapeText(image.credit)}</small>` : ''
  if (caption || credit) html += `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>`
  return `${html}</figure>`
}

function blocks(context, nodes) {
  let html = ''
  for (const node of nodes) html += block(context, node)
  return html
}

function block(context, node) {
  const id = node.id ? ` id="${escapeAttribute(node.id)}"` : ''
  switch (node.type) {
    case 'paragraph':
      return `<p${id}>${inlines(context, node.children)}</p>`
    case 'heading':
      // The id written may be a slug in toHtml: the heading's own id is marked too.
      return `<h${node.level}${id}${data({ id: node.id })}>${inlines(context, node.children)}</h${node.level}>`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      let items = ''
      for (const item of node.items) items += `<li>${blocks(context, item.children)}</li>`
      return `<${tag}${id}>${items}</${tag}>`
    }
    case 'quote': {
      const quoted = `<blockquote>${blocks(context, node.children)}</blockquote>`
      const by = node.attribution
      const caption = by
        ? `<figcaption>— <cite><bdi>${escapeText(by.name)}</bdi></cite>${by.title ? `, <bdi>${escapeText(by.title)}</bdi>` : ''}</figcaption>`
        : ''
      return `<figure${id} class="ak-quote">${quoted}${caption}</figure>`
    }
    case 'image':
      return figure(context, node, 'ak-image', false, node.id)
    case 'promo': {
      const kind = node.kind ? ` ak-promo-${escapeAttribute(node.kind)}` : ''
      let content
      // Links inside a linked promo keep only their text: toHtml marks its content, to read it back.
      const marks = data({ children: node.url && holdsLink(node.children) ? node.children : undefined })
      if (node.url) {
        // The whole promo is the link, so links inside it keep only their text.
        context.inLink = true
        content = `<a href="${escapeAttribute(node.url)}">${inlines(context, node.children)}</a>`
        context.inLink = false
      } else content = inlines(context, node.children)
      return `<aside${id} class="ak-promo${kind}" aria-label="Promotion"${marks}><p>${content}</p></aside>`
    }
    case 'relatedLinks': {
      const labelId = ++context.readMore === 1 ? 'ak-read-more' : `ak-read-more-${context.readMore}`
      let items = ''
      for (const entry of node.links) items += `<li>${relatedLink(entry)}</li>`
      return `<aside${id} class="ak-read-more" aria-labelledby="${labelId}"><p id="${labelId}" class="ak-read-more-label">${escapeText(node.label ?? 'Read more')}</p><ul>${items}</ul></aside>`
    }
    default:
      throw new Error(`the hand-written renderer has no markup for ${node.type} blocks`)
  }
}

/** Whether inline content holds a link at any depth. */
function holdsLink(nodes) {
  return nodes.some((node) => node.type === 'link' || (node.children !== undefined && holdsLink(node.children)))
}

function relatedLink(entry) {
  const description = entry.description
    ? ` <span class="ak-related-description">${escapeText(entry.description)}</span>`
    : ''
  return `<a href="${escapeAttribute(entry.url)}">${escapeText(entry.title)}</a>${description}`
}

function inlines(context, nodes) {
  let html = ''
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]
    // A text after a text is marked, as toHtml marks it, so the page reads back as two.
    html +=
      node.type === 'text' && index > 0 && nodes[index - 1].type === 'text'
        ? `<span data-ak-text>${escapeText(node.value)}</span>`
        : inline(context, node)
  }
  return html
}

function inline(context, node) {
  switch (node.type) {
    case 'text':
      return escapeText(node.value)
    case 'emphasis':
      return `<em>${inlines(context, node.children)}</em>`
    case 'strong':
      return `<strong>${inlines(context, node.children)}</strong>`
    case 'strikethrough':
      return `<s>${inlines(context, node.children)}</s>`
    case 'inlineCode':
      return `<code>${escapeText(node.value)}</code>`
    case 'break':
      return '<br>'
    case 'link': {
      if (context.inLink) return inlines(context, node.children)
      context.inLink = true
      const content = inlines(context, node.children)
      context.inLink = false
      const title = node.title ? ` title="${escapeAttribute(node.title)}"` : ''
      return `<a href="${escapeAttribute(node.url)}"${title}>${content}</a>`
    }
    case 'citation': {
      const words = node.children ? inlines(context, node.children) : ''
      // The cited words and the marker in one span naming the source, as toHtml writes them.
      const open = `<span class="ak-cite"${data({ sourceId: node.sourceId, children: words === '' ? node.children : undefined })}>`
      if (sourceNumber(context.article, node.sourceId) === 0) return `${open}${words}</span>`
      if (!context.numbers.has(node.sourceId)) context.numbers.set(node.sourceId, context.numbers.size + 1)
      const number = context.numbers.get(node.sourceId)
      if (context.inLink) return `${open}${words}<sup class="ak-citation">[${number}]</sup></span>`
      const id = `ak-cite-${++context.citations}`
      if (!context.firstCitation.has(number)) context.firstCitation.set(number, id)
      return `${open}${words}<sup class="ak-citation"><a href="#ak-source-${number}" id="${id}" aria-label="Source ${number}">[${number}]</a></sup></span>`
    }
    default:
      throw new Error(`the hand-written renderer has no markup for ${node.type} nodes`)
  }
}

function sources(context, list) {
  let items = ''
  // Numbered as cited, then the uncited in list order.
  const cited = [...context.numbers.keys()].map((id) => list.find((source) => source.id === id))
  const ordered = [...cited, ...list.filter((source) => !context.numbers.has(source.id))]
  ordered.forEach((source, index) => {
    const number = index + 1
    // The entry's place in the model when citation order moved it, and what the entry does not show.
    const at = list.indexOf(source)
    const marks = `${at === index ? '' : ` data-ak-index="${at}"`}${data({ id: source.id, author: source.author, datePublished: source.datePublished, basedOn: source.basedOn })}`
    const words = `<bdi>${escapeText(source.name)}</bdi>${source.title ? `: <bdi>${escapeText(source.title)}</bdi>` : ''}`
    const entry = source.url ? `<a href="${escapeAttribute(source.url)}">${words}</a>` : words
    const cited = context.firstCitation.get(number)
    const back = cited ? ` <a href="#${cited}" class="ak-back-link" aria-label="Back to text">↩</a>` : ''
    items += `<li id="ak-source-${number}"${marks}>${entry}${back}</li>`
  })
  return `<section class="ak-sources" aria-labelledby="ak-sources"><h2 id="ak-sources">Sources</h2><ol>${items}</ol></section>`
}

// ---------------------------------------------------------------------------
// Portable Text: blocks of spans with marks; images and quotes as custom types
// ---------------------------------------------------------------------------

/** The article as Portable Text blocks. */
export function toPortableText(article) {
  let keys = 0
  const key = () => `k${++keys}`

  // One text block: inline nodes flattened into spans, links and citations as
  // annotations in markDefs. With `href`, the whole block is one link (a promo).
  const textBlock = (nodes, fields = {}, href = undefined) => {
    const markDefs = []
    const children = []
    const outer = []
    if (href !== undefined) {
      const markKey = key()
      markDefs.push({ _key: markKey, _type: 'link', href })
      outer.push(markKey)
    }
    const walk = (list, marks, inLink) => {
      for (const node of list) {
        switch (node.type) {
          case 'text':
            children.push({ _type: 'span', _key: key(), text: node.value, marks })
            break
          case 'break':
            children.push({ _type: 'span', _key: key(), text: '\n', marks })
            break
          case 'inlineCode':
            children.push({ _type: 'span', _key: key(), text: node.value, marks: [...marks, 'code'] })
            break
          case 'emphasis':
            walk(node.children, [...marks, 'em'], inLink)
            break
          case 'strong':
            walk(node.children, [...marks, 'strong'], inLink)
            break
          case 'strikethrough':
            walk(node.children, [...marks, 'strike-through'], inLink)
            break
          case 'link': {
            // Portable Text can nest annotations, HTML cannot nest <a>: a link inside a link keeps its text.
            if (inLink) {
              walk(node.children, marks, true)
              break
            }
            const markKey = key()
            markDefs.push({ _key: markKey, _type: 'link', href: node.url })
            walk(node.children, [...marks, markKey], true)
            break
          }
          case 'citation': {
            const markKey = key()
            // Inside a link the marker cannot be a link too.
            markDefs.push({
              _key: markKey,
              _type: 'citation',
              n: sourceNumber(article, node.sourceId),
              linked: !inLink,
            })
            walk(node.children ?? [{ type: 'text', value: '' }], [...marks, markKey], inLink)
            break
          }
          default:
            throw new Error(`no Portable Text for ${node.type} nodes`)
        }
      }
    }
    walk(nodes, outer, href !== undefined)
    return { _type: 'block', _key: key(), style: 'normal', markDefs, children, ...fields }
  }

  const image = (value, lead) => ({
    _type: 'figure',
    _key: key(),
    url: value.url,
    alt: value.alt,
    width: value.width,
    height: value.height,
    lead,
    caption: value.caption ? [textBlock(value.caption, { style: 'caption' })] : [],
    credit: value.credit,
  })

  const convert = (nodes, level = 0, listItem) => {
    const out = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          out.push(textBlock(node.children, listItem ? { listItem, level } : {}))
          break
        case 'heading':
          out.push(textBlock(node.children, { style: `h${node.level}` }))
          break
        case 'list':
          for (const item of node.items)
            out.push(...convert(item.children, level + 1, node.ordered ? 'number' : 'bullet'))
          break
        case 'quote':
          // Not `children`: a typed object with children counts as a text block to the toolkit.
          out.push({ _type: 'quote', _key: key(), content: convert(node.children), attribution: node.attribution })
          break
        case 'image':
          out.push(image(node, false))
          break
        case 'promo':
          out.push(textBlock(node.children, {}, node.url))
          break
        case 'relatedLinks':
          out.push(textBlock([{ type: 'text', value: node.label ?? 'Read more' }]))
          out.push(...linkList(node.links))
          break
        default:
          throw new Error(`no Portable Text for ${node.type} blocks`)
      }
    }
    return out
  }

  const linkList = (links, listItem = 'bullet') =>
    links.map((entry) =>
      textBlock([{ type: 'link', url: entry.url, children: [{ type: 'text', value: entry.title }] }], {
        listItem,
        level: 1,
      }),
    )

  const blocks = [textBlock([{ type: 'text', value: article.headline }], { style: 'h1' })]
  if (article.standfirst) blocks.push(textBlock(article.standfirst))
  blocks.push(textBlock([{ type: 'text', value: 'By ' }, ...bylineInlines(article)]))
  if (article.image) blocks.push(image(article.image, true))
  blocks.push(...convert(article.body))
  blocks.push(textBlock([{ type: 'text', value: 'Sources' }], { style: 'h2' }))
  blocks.push(...linkList(article.sources.map(sourceAsLink), 'number'))
  blocks.push(textBlock([{ type: 'text', value: 'Related' }], { style: 'h2' }))
  blocks.push(...linkList(article.related))
  return blocks
}

const bylineInlines = (article) =>
  article.authors.flatMap((author, index) => {
    const name = { type: 'text', value: author.name }
    const linked = author.url ? { type: 'link', url: author.url, children: [name] } : name
    if (index === 0) return [linked]
    return [{ type: 'text', value: index === article.authors.length - 1 ? ' and ' : ', ' }, linked]
  })

const sourceAsLink = (source) => ({
  title: source.title ? `${source.name}: ${source.title}` : source.name,
  url: source.url,
})

/** The components a Portable Text user passes to toHTML for this content. */
const portableTextOptions = {
  components: {
    types: {
      figure: ({ value }) => {
        const size = `${value.width ? ` width="${value.width}"` : ''}${value.height ? ` height="${value.height}"` : ''}`
        const img = `<img src="${escapeAttribute(value.url)}" alt="${escapeAttribute(value.alt)}"${size} loading="${value.lead ? 'eager' : 'lazy'}">`
        const caption = portableTextToHtml(value.caption, portableTextOptions)
        const credit = value.credit ? ` <small>${escapeText(value.credit)}</small>` : ''
        return `<figure>${img}<figcaption>${caption}${credit}</figcaption></figure>`
      },
      quote: ({ value }) => {
        const by = value.attribution
        const caption = by
          ? `<figcaption>— <cite>${escapeText(by.name)}</cite>${by.title ? `, ${escapeText(by.title)}` : ''}</figcaption>`
          : ''
        return `<figure><blockquote>${portableTextToHtml(value.content, portableTextOptions)}</blockquote>${caption}</figure>`
      },
    },
    block: { caption: ({ children }) => `<span>${children}</span>` },
    marks: {
      citation: ({ children, value }) =>
        value.linked
          ? `${children}<sup><a href="#source-${value.n}">[${value.n}]</a></sup>`
          : `${children}<sup>[${value.n}]</sup>`,
    },
  },
  onMissingComponent: (message) => {
    throw new Error(`Portable Text: ${message}`)
  },
}

/** Render Portable Text blocks made by `toPortableText`. */
export function renderPortableText(blocks) {
  return portableTextToHtml(blocks, portableTextOptions)
}

// ---------------------------------------------------------------------------
// Contentful rich text: a Document; images as embedded assets
// ---------------------------------------------------------------------------

/** The article as a Contentful rich-text Document. */
export function toContentfulDocument(article) {
  const text = (value, marks) => ({ nodeType: 'text', value, marks: marks.map((type) => ({ type })), data: {} })
  // Inline nodes as text nodes carrying marks, and hyperlinks (which may hold only text).
  const inlines = (nodes, marks = [], inLink = false, out = []) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(text(node.value, marks))
          break
        case 'break':
          out.push(text('\n', marks))
          break
        case 'inlineCode':
          out.push(text(node.value, [...marks, 'code']))
          break
        case 'emphasis':
          inlines(node.children, [...marks, 'italic'], inLink, out)
          break
        case 'strong':
          inlines(node.children, [...marks, 'bold'], inLink, out)
          break
        case 'strikethrough':
          inlines(node.children, [...marks, 'strikethrough'], inLink, out)
          break
        case 'link':
          if (inLink) inlines(node.children, marks, true, out)
          else out.push(hyperlink(node.url, inlines(node.children, marks, true)))
          break
        case 'citation': {
          if (node.children) inlines(node.children, marks, inLink, out)
          const number = sourceNumber(article, node.sourceId)
          const marker = text(`[${number}]`, ['superscript'])
          out.push(inLink ? marker : hyperlink(`#source-${number}`, [marker]))
          break
        }
        default:
          throw new Error(`no Contentful rich text for ${node.type} nodes`)
      }
    }
    return out
  }
  const hyperlink = (uri, content) => ({ nodeType: 'hyperlink', data: { uri }, content })
  const element = (nodeType, content) => ({ nodeType, data: {}, content })
  const paragraph = (nodes) => element('paragraph', inlines(nodes))
  // Assets hold plain strings only: the caption keeps its words but loses its
  // marks and links, and there is no field for the credit, which is dropped.
  const asset = (value, id) => ({
    nodeType: 'embedded-asset-block',
    data: {
      target: {
        sys: { id, type: 'Asset' },
        fields: {
          title: value.caption ? plainText(value.caption) : '',
          description: value.alt,
          file: { url: value.url, details: { image: { width: value.width, height: value.height } } },
        },
      },
    },
    content: [],
  })
  const linkList = (links, nodeType = 'unordered-list') =>
    element(
      nodeType,
      links.map((entry) =>
        element('list-item', [element('paragraph', [hyperlink(entry.url, [text(entry.title, [])])])]),
      ),
    )
  const blocks = (nodes) => {
    const out = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          out.push(paragraph(node.children))
          break
        case 'heading':
          out.push(element(`heading-${node.level}`, inlines(node.children)))
          break
        case 'list':
          out.push(
            element(
              node.ordered ? 'ordered-list' : 'unordered-list',
              node.items.map((item) => element('list-item', blocks(item.children))),
            ),
          )
          break
        case 'quote': {
          const content = blocks(node.children)
          const by = node.attribution
          if (by) content.push(element('paragraph', [text(`— ${by.name}${by.title ? `, ${by.title}` : ''}`, [])]))
          out.push(element('blockquote', content))
          break
        }
        case 'image':
          out.push(asset(node, node.id))
          break
        case 'promo':
          out.push(
            element(
              'paragraph',
              node.url ? [hyperlink(node.url, inlines(node.children, [], true))] : inlines(node.children),
            ),
          )
          break
        case 'relatedLinks':
          out.push(element('paragraph', [text(node.label ?? 'Read more', [])]))
          out.push(linkList(node.links))
          break
        default:
          throw new Error(`no Contentful rich text for ${node.type} blocks`)
      }
    }
    return out
  }
  const content = [element('heading-1', [text(article.headline, [])])]
  if (article.standfirst) content.push(paragraph(article.standfirst))
  content.push(paragraph([{ type: 'text', value: 'By ' }, ...bylineInlines(article)]))
  if (article.image) content.push(asset(article.image, 'lead'))
  content.push(...blocks(article.body))
  content.push(element('heading-2', [text('Sources', [])]))
  content.push(linkList(article.sources.map(sourceAsLink), 'ordered-list'))
  content.push(element('heading-2', [text('Related', [])]))
  content.push(linkList(article.related))
  return { nodeType: 'document', data: {}, content }
}

/** The options a Contentful user passes to documentToHtmlString for this content. */
const contentfulOptions = {
  renderMark: {
    bold: (html) => `<strong>${html}</strong>`,
    italic: (html) => `<em>${html}</em>`,
  },
  renderNode: {
    'embedded-asset-block': (node) => {
      const { title, description, file } = node.data.target.fields
      const { width, height } = file.details.image
      const size = `${width ? ` width="${width}"` : ''}${height ? ` height="${height}"` : ''}`
      const img = `<img src="${escapeAttribute(file.url)}" alt="${escapeAttribute(description)}"${size} loading="lazy">`
      return `<figure>${img}${title ? `<figcaption>${escapeText(title)}</figcaption>` : ''}</figure>`
    },
  },
}

/** Render a Document made by `toContentfulDocument`. */
export function renderContentful(document) {
  return documentToHtmlString(document, contentfulOptions)
}

// ---------------------------------------------------------------------------
// mdast: rendered through hast; citations as footnotes
// ---------------------------------------------------------------------------

/** The article as an mdast Root. Sources become footnote definitions, citations footnote references. */
export function toMdast(article) {
  const text = (value) => ({ type: 'text', value })
  const inlines = (nodes, inLink = false, out = []) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(text(node.value))
          break
        case 'break':
          out.push({ type: 'break' })
          break
        case 'inlineCode':
          out.push({ type: 'inlineCode', value: node.value })
          break
        case 'emphasis':
        case 'strong':
          out.push({ type: node.type, children: inlines(node.children, inLink) })
          break
        case 'strikethrough':
          out.push({ type: 'delete', children: inlines(node.children, inLink) })
          break
        case 'link':
          if (inLink) inlines(node.children, true, out)
          else
            out.push({ type: 'link', url: node.url, title: node.title ?? null, children: inlines(node.children, true) })
          break
        case 'citation':
          if (node.children) inlines(node.children, inLink, out)
          // A footnote call is a link, and links cannot nest: inside one, the citation keeps only its words.
          if (!inLink) out.push({ type: 'footnoteReference', identifier: node.sourceId, label: node.sourceId })
          break
        default:
          throw new Error(`no mdast for ${node.type} nodes`)
      }
    }
    return out
  }
  // mdast has no figure: the image sits in a paragraph, with its caption and credit after a line break.
  const image = (value) => {
    const children = [{ type: 'image', url: value.url, alt: value.alt, title: null }]
    if (value.caption || value.credit) children.push({ type: 'break' })
    if (value.caption) children.push(...inlines(value.caption))
    if (value.credit) children.push({ type: 'emphasis', children: [text(value.credit)] })
    return { type: 'paragraph', children }
  }
  const linkList = (links) => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: links.map((entry) => ({
      type: 'listItem',
      spread: false,
      children: [
        { type: 'paragraph', children: [{ type: 'link', url: entry.url, title: null, children: [text(entry.title)] }] },
      ],
    })),
  })
  const blocks = (nodes) => {
    const out = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          out.push({ type: 'paragraph', children: inlines(node.children) })
          break
        case 'heading':
          out.push({ type: 'heading', depth: node.level, children: inlines(node.children) })
          break
        case 'list':
          out.push({
            type: 'list',
            ordered: node.ordered,
            start: node.ordered ? (node.start ?? 1) : null,
            spread: false,
            children: node.items.map((item) => ({ type: 'listItem', spread: false, children: blocks(item.children) })),
          })
          break
        case 'quote': {
          const children = blocks(node.children)
          const by = node.attribution
          if (by)
            children.push({ type: 'paragraph', children: [text(`— ${by.name}${by.title ? `, ${by.title}` : ''}`)] })
          out.push({ type: 'blockquote', children })
          break
        }
        case 'image':
          out.push(image(node))
          break
        case 'promo':
          out.push({
            type: 'paragraph',
            children: node.url
              ? [{ type: 'link', url: node.url, title: null, children: inlines(node.children, true) }]
              : inlines(node.children),
          })
          break
        case 'relatedLinks':
          out.push({ type: 'paragraph', children: [text(node.label ?? 'Read more')] })
          out.push(linkList(node.links))
          break
        default:
          throw new Error(`no mdast for ${node.type} blocks`)
      }
    }
    return out
  }
  const children = [{ type: 'heading', depth: 1, children: [text(article.headline)] }]
  if (article.standfirst) children.push({ type: 'paragraph', children: inlines(article.standfirst) })
  children.push({ type: 'paragraph', children: inlines([{ type: 'text', value: 'By ' }, ...bylineInlines(article)]) })
  if (article.image) children.push(image(article.image))
  children.push(...blocks(article.body))
  // Only cited sources appear: to-hast writes the definitions that are referenced, in order of first citation.
  for (const source of article.sources) {
    const link = sourceAsLink(source)
    children.push({
      type: 'footnoteDefinition',
      identifier: source.id,
      label: source.id,
      children: [
        { type: 'paragraph', children: [{ type: 'link', url: link.url, title: null, children: [text(link.title)] }] },
      ],
    })
  }
  children.push({ type: 'heading', depth: 2, children: [text('Related')] })
  children.push(linkList(article.related))
  return { type: 'root', children }
}

/** Render an mdast Root made by `toMdast`: mdast to hast to HTML. */
export function renderMdast(root) {
  return hastToHtml(toHast(root))
}

// ---------------------------------------------------------------------------
// Sanity check
// ---------------------------------------------------------------------------

/**
 * Words every correct render of the article must contain: the start of the
 * first text in the first and the last paragraph, a heading, a list, a quote
 * and its speaker, an image's alt text and caption (those the article has),
 * and the total length of the
 * body's text, which no render can be shorter than.
 */
export function probes(article) {
  const words = []
  const firstText = (nodes) => {
    for (const node of nodes) {
      if (node.type === 'text' && node.value.trim()) return node.value
      const inner = node.children && firstText(node.children)
      if (inner) return inner
    }
    return undefined
  }
  const take = (value) => value && words.push(value.trim().split(' ').slice(0, 5).join(' '))
  const find = (type) => article.body.find((node) => node.type === type)
  const paragraphs = article.body.filter((node) => node.type === 'paragraph')
  take(firstText(paragraphs[0].children))
  take(firstText(paragraphs.at(-1).children))
  const heading = find('heading')
  if (heading) take(firstText(heading.children))
  const list = find('list')
  if (list) take(firstText(list.items.at(-1).children[0].children))
  const quote = find('quote')
  if (quote) take(firstText(quote.children[0].children))
  if (quote?.attribution) take(quote.attribution.name)
  const image = find('image')
  if (image) take(image.alt)
  if (image?.caption) take(firstText(image.caption))
  let length = 0
  const measure = (nodes) => {
    for (const node of nodes) {
      if (typeof node.value === 'string') length += node.value.length
      for (const key of ['children', 'items', 'caption']) if (Array.isArray(node[key])) measure(node[key])
    }
  }
  measure(article.body)
  return { words, length }
}

/** Throw unless `html` holds the probes' words and is at least as long as the body's text. */
export function assertRendersContent(name, html, { words, length }) {
  if (typeof html !== 'string') throw new Error(`${name} returned ${typeof html}, not HTML`)
  for (const word of words) {
    if (!html.includes(word)) throw new Error(`${name} lost body text: ${JSON.stringify(word)} is not in its output`)
  }
  if (html.length < length)
    throw new Error(`${name} wrote ${html.length} characters for ${length} characters of body text`)
}
