import type { ArticleType } from './article-types.js'
import type { ContributorRole, ImageCreatorRole } from './credits.js'
import type { TrustPolicy } from './trust.js'
/**
 * The normalized article model: what `parseArticle` returns and what every
 * renderer accepts. All of it is plain, JSON-serializable data.
 *
 * The zod schemas in `schemas.ts` produce exactly these shapes; type tests in
 * `test/model/types.test-d.ts` pin the two together.
 *
 * @module
 */

/** A date and time as an ISO 8601 string, with the offset it was given in (`2026-03-14T09:30:00+01:00`), or a calendar date (`2026-03-14`). */
export type IsoDate = string

/** A URL: absolute `http:`/`https:`, `mailto:`, `tel:`, or relative. Every other scheme is rejected on parse. */
export type Url = string

// ---------------------------------------------------------------------------
// Inline content
// ---------------------------------------------------------------------------

/** Plain text inside a block. */
export interface Text {
  type: 'text'
  /** The text, normalized to NFC with control characters removed. */
  value: string
}

/** Stressed text, usually rendered in italics. */
export interface Emphasis {
  type: 'emphasis'
  children: Inline[]
}

/** Strongly important text, usually rendered in bold. */
export interface Strong {
  type: 'strong'
  children: Inline[]
}

/** Text that is no longer accurate or relevant, rendered struck through. */
export interface Strikethrough {
  type: 'strikethrough'
  children: Inline[]
}

/**
 * A fragment of computer code inside a sentence. Named `inlineCode`, as in
 * mdast, so that renderers' handler maps can tell it from the `code` block.
 */
export interface InlineCode {
  type: 'inlineCode'
  value: string
}

/** A hyperlink. */
export interface Link {
  type: 'link'
  url: Url
  /** Advisory title, shown as a tooltip. */
  title?: string
  children: Inline[]
}

/** A hard line break inside a block. */
export interface Break {
  type: 'break'
}

/**
 * A reference to one of the article's `sources`, by its `id`.
 * With `children`, the children are the cited words; without, the citation
 * is a bare marker (a footnote number).
 */
export interface Citation {
  type: 'citation'
  sourceId: string
  children?: Inline[]
}

/** Any inline node. */
export type Inline = Text | Emphasis | Strong | Strikethrough | InlineCode | Link | Break | Citation

/** The `type` of every built-in inline node. */
export type InlineType = Inline['type']

// ---------------------------------------------------------------------------
// Shared parts
// ---------------------------------------------------------------------------

/**
 * An image: the lead image, an image block, a publisher logo.
 */
export interface Image {
  url: Url
  /** Text alternative. Required; an empty string marks the image as decorative. */
  alt: string
  /** Intrinsic width in pixels. */
  width?: number
  /** Intrinsic height in pixels. */
  height?: number
  /** What the image shows, displayed under it. */
  caption?: Inline[]
  /** Who made or owns the image (`© Jane Roe / Agency`), kept apart from the caption: the credit line as printed. */
  credit?: string
  /**
   * Who made the image, as a person or organization with a role: JSON-LD's
   * `creator`. Renderers print `credit` when there is one, else a line made
   * from this (`Photo: Jane Roe`).
   */
  creator?: ImageCreator
  /** Where the credit links to. */
  creditUrl?: Url
  /** URL of the licence the image is published under. */
  license?: Url
}

/**
 * A version of the lead image cut to another aspect ratio (16:9, 4:3, 1:1),
 * for search engines and apps that show the article's image in a frame of
 * that shape. Its size is required: it is what makes it a crop of a ratio.
 */
export interface ImageCrop {
  url: Url
  /** Width in pixels. */
  width: number
  /** Height in pixels. */
  height: number
}

/**
 * The article's lead image: an {@link Image} that may carry crops. Only the
 * lead image has them, since only it stands for the whole article in search
 * results and cards.
 */
export interface LeadImage extends Image {
  /** The same picture cut to other aspect ratios; at most `LIMITS.crops`. Written to JSON-LD after the image. */
  crops?: ImageCrop[]
}

/** Who said a quote. */
export interface Attribution {
  name: string
  /** The speaker's role or the work quoted (`Minister of Transport`). */
  title?: string
  url?: Url
}

/** A person or organization credited with the article. */
export interface Author {
  type: 'Person' | 'Organization'
  name: string
  /** Profile page. */
  url?: Url
  /** Portrait or logo URL. */
  image?: Url
  jobTitle?: string
  /** Other profiles of the same author (social accounts, Wikidata). */
  sameAs?: Url[]
}

/**
 * A person or organization credited with the article beside its authors,
 * for what they did (see `CONTRIBUTOR_ROLES`): additional reporting joins the
 * byline, the other roles are credit lines ("Edited by …").
 */
export interface Contributor {
  type: 'Person' | 'Organization'
  name: string
  /** Profile page. */
  url?: Url
  role: ContributorRole
  /** What they did, in a few words (`Graphics`, `Research`): required with `role: 'other'`, refused with any other role. One line. */
  label?: string
}

/** Who made an image: a photographer, an illustrator, or (without a role) its maker. */
export interface ImageCreator {
  type: 'Person' | 'Organization'
  name: string
  /** Profile page. */
  url?: Url
  /** What they made: a photograph or an illustration (see `IMAGE_CREATOR_ROLES`). */
  role?: ImageCreatorRole
}

/**
 * The organization that publishes the article, with the URLs of its policy
 * pages (the Trust Project's signals, by their schema.org names; see
 * `TRUST_POLICIES`).
 */
export interface Publisher extends Partial<Record<TrustPolicy, Url>> {
  name: string
  url?: Url
  logo?: Image
}

/** One outside report or document the article was built from. */
export interface Source {
  /** Stable id that `citation` nodes point at. */
  id?: string
  /** The outlet or institution (`City Council`, `Harbour Gazette`). */
  name: string
  /** Title of the cited report. */
  title?: string
  url?: Url
  author?: string
  datePublished?: IsoDate
  /**
   * `true` when the article is a rewrite or adaptation of this source (an
   * agency story, a press release), not only informed by it. JSON-LD lists
   * such sources in `isBasedOn` as well as `citation`.
   */
  basedOn?: boolean
}

/** A link to another article, with an optional teaser. */
export interface RelatedLink {
  title: string
  url: Url
  description?: string
  image?: Image
}

/** A published correction to the article. */
export interface Correction {
  date: IsoDate
  text: string
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

/** Fields every block shares. */
export interface BlockBase {
  /** Optional stable id: an anchor for links, a key for editors and diffing. No whitespace. */
  id?: string
}

/** A paragraph of prose. */
export interface Paragraph extends BlockBase {
  type: 'paragraph'
  children: Inline[]
}

/** A subheading inside the body. Level 1 is the headline, so levels run from 2 to 6. */
export interface Heading extends BlockBase {
  type: 'heading'
  level: 2 | 3 | 4 | 5 | 6
  children: Inline[]
}

/** One item of a list; it holds blocks, so items can contain paragraphs and nested lists. */
export interface ListItem<C = never> {
  children: Block<C>[]
}

/** An ordered or unordered list. */
export interface List<C = never> extends BlockBase {
  type: 'list'
  ordered: boolean
  /** Number of the first item of an ordered list. */
  start?: number
  items: ListItem<C>[]
}

/** A quotation set apart from the prose. */
export interface Quote<C = never> extends BlockBase {
  type: 'quote'
  children: Block<C>[]
  attribution?: Attribution
}

/** A short quotation from the story repeated large for effect. Page furniture: it adds no new words. */
export interface Pullquote extends BlockBase {
  type: 'pullquote'
  children: Inline[]
  attribution?: Attribution
}

/** An image inside the body. */
export interface ImageBlock extends BlockBase, Image {
  type: 'image'
}

/** The kinds of embedded media. */
export type EmbedKind = 'video' | 'audio' | 'podcast' | 'social' | 'map' | 'other'

/** Third-party media (a video, a post, a map) referenced by URL. */
export interface Embed extends BlockBase {
  type: 'embed'
  url: Url
  kind?: EmbedKind
  /** Who hosts it (`YouTube`, `Mastodon`). */
  provider?: string
  title?: string
  caption?: Inline[]
}

/** A block of computer code. */
export interface Code extends BlockBase {
  type: 'code'
  value: string
  /** Language of the code (`js`, `python`), for highlighting. */
  language?: string
}

/** Horizontal alignment of a table column. */
export type TableAlign = 'left' | 'right' | 'center' | null

/** The content of one table cell. */
export type TableCell = Inline[]

/** A data table. */
export interface Table extends BlockBase {
  type: 'table'
  caption?: Inline[]
  /** The header row. */
  header?: TableCell[]
  rows: TableCell[][]
  /** Alignment per column; `null` leaves a column to the renderer. */
  align?: TableAlign[]
}

/** A "Read more" box of links to other articles inside the body. Page furniture, not story text. */
export interface RelatedLinks extends BlockBase {
  type: 'relatedLinks'
  /** The box's label; renderers supply a default such as "Read more". */
  label?: string
  links: RelatedLink[]
}

/** A thematic break between sections. */
export interface Divider extends BlockBase {
  type: 'divider'
}

/** The tones an aside can take. */
export type AsideTone = 'note' | 'info' | 'warning' | 'factbox' | 'disclosure'

/** A box set beside the story: a fact box, an explainer, a disclosure. */
export interface Aside<C = never> extends BlockBase {
  type: 'aside'
  title?: string
  tone?: AsideTone
  children: Block<C>[]
}

/**
 * An audio file: a podcast episode, a clip, or the article read aloud.
 * The part the audio block and the article's `audio` share.
 */
export interface AudioFile {
  /** The audio file itself (or a page that plays it). */
  url: Url
  /** One line, shown as the player's name (`Morning briefing, 12 March`). */
  title?: string
  /** Length in whole seconds; JSON-LD writes it in ISO 8601 (`PT12M30S`). */
  duration?: number
  /** Media type of the file (`audio/mpeg`), for players and feed enclosures. */
  mimeType?: string
  /** A page with the transcript. */
  transcriptUrl?: Url
}

/** What an audio block holds: a podcast episode, a sound clip from the story, or the story read aloud. */
export type AudioKind = 'podcast' | 'clip' | 'readAloud'

/** An audio player in the body. */
export interface Audio extends BlockBase, AudioFile {
  type: 'audio'
  kind?: AudioKind
  caption?: Inline[]
}

/** Several images shown together, each with its own caption and credit, under one caption. */
export interface Gallery extends BlockBase {
  type: 'gallery'
  /** The images, in order: image blocks. At least one. */
  children: ImageBlock[]
  /** What the gallery as a whole shows. */
  caption?: Inline[]
}

/** The kinds of promo. */
export type PromoKind = 'podcast' | 'newsletter' | 'subscription' | 'event' | 'app' | 'other'

/** A call to action inserted into the body ("Listen to our podcast"). Page furniture, not story text. */
export interface Promo extends BlockBase {
  type: 'promo'
  children: Inline[]
  url?: Url
  kind?: PromoKind
}

/**
 * Any block. `C` is the union of custom block types registered with
 * {@link defineArticleSchema}; it is `never` for the built-in model.
 */
export type Block<C = never> =
  | Paragraph
  | Heading
  | List<C>
  | Quote<C>
  | Pullquote
  | ImageBlock
  | Embed
  | Code
  | Table
  | RelatedLinks
  | Divider
  | Aside<C>
  | Promo
  | Gallery
  | Audio
  | C

/** The `type` of every built-in block. */
export type BlockType = Block['type']

// ---------------------------------------------------------------------------
// Article
// ---------------------------------------------------------------------------

/** One timestamped update of a live blog. */
export interface LiveUpdate<C = never> {
  /** Stable and unique in the live blog: the update's anchor on the page (`#update-1405`). No whitespace. */
  id: string
  /** When it was posted, as a date-time with its offset. */
  date: IsoDate
  /** One line, shown above the update. */
  headline?: string
  /** Who wrote it, when not the article's authors. */
  authors?: Author[]
  body: Block<C>[]
}

/** The order a live blog's updates are stored and shown in. */
export type LiveBlogOrder = 'newestFirst' | 'oldestFirst'

/** The running coverage of a live blog: its updates and the time it covers. */
export interface LiveBlog<C = never> {
  /** How `updates` are ordered, which validation checks against their dates. */
  order: LiveBlogOrder
  /** When the coverage began. */
  coverageStart?: IsoDate
  /** When it ended (or will end). */
  coverageEnd?: IsoDate
  updates: LiveUpdate<C>[]
}

/** A normalized article. `C` is the union of custom block types, if any. */
export interface Article<C = never> {
  /** Version of this model; stored articles can be migrated when it changes. */
  schemaVersion: 1
  /** schema.org type. */
  type: ArticleType
  /** Your own identifier (CMS id, slug). */
  id?: string
  /** Canonical URL, absolute `http:` or `https:`. */
  url?: Url
  /** BCP 47 language tag, in canonical case (`en-GB`). */
  language?: string
  /** The short label above the headline (`Analysis`, `Live`, `Exclusive`). One line. */
  kicker?: string
  /** One line of plain text. */
  headline: string
  /** A second headline (for social, for search). */
  alternativeHeadline?: string
  /** The summary under the headline ("dek"). */
  standfirst?: Inline[]
  /** Plain-text summary for search engines and previews. */
  description?: string
  authors: Author[]
  /** People and organizations credited beside the authors, each with a role. */
  contributors?: Contributor[]
  publisher?: Publisher
  datePublished?: IsoDate
  dateModified?: IsoDate
  /**
   * The moment the article may be published, with an offset or `Z`
   * (`2026-03-14T06:00:00Z`): renderers refuse to render it before then.
   */
  embargo?: IsoDate
  /** Where the story was reported from (`KYIV`). */
  dateline?: string
  section?: string
  keywords?: string[]
  /** The lead image, with its crops. */
  image?: LeadImage
  body: Block<C>[]
  /** What the article was built from. */
  sources?: Source[]
  /** Related articles, shown after the body. */
  related?: RelatedLink[]
  /** URL of the article's licence. */
  license?: Url
  copyrightHolder?: string
  copyrightYear?: number
  isAccessibleForFree?: boolean
  corrections?: Correction[]
  /** How and why the story was reported, for readers (schema.org `backstory`). Plain text. */
  backstory?: string
  /** The article as audio: read aloud, or as a podcast episode. */
  audio?: AudioFile
  /** Live coverage: timestamped updates after the body (the body is the summary above them). */
  liveBlog?: LiveBlog<C>
}

/** Any node of the model that renderers dispatch on: a block or an inline node. */
export type Node<C = never> = Block<C> | Inline

// ---------------------------------------------------------------------------
// Input: what users may pass to `parseArticle`
// ---------------------------------------------------------------------------

/** A date as an ISO 8601 string or a `Date`; a `Date` becomes a UTC string. */
export type DateInput = string | Date

/** Inline content as input: a string is shorthand for one text node. */
export type InlineContentInput = string | InlineInput[]

/** Any inline node as input. Children may use the string shorthand. */
export type InlineInput =
  | Text
  | { type: 'emphasis' | 'strong' | 'strikethrough'; children: InlineContentInput }
  | InlineCode
  | { type: 'link'; url: Url; title?: string; children: InlineContentInput }
  | Break
  | { type: 'citation'; sourceId: string; children?: InlineContentInput }

/** An image as input: the caption may be a string, and the creator's `type` defaults to `Person`. */
export interface ImageInput extends Omit<Image, 'caption' | 'creator'> {
  caption?: InlineContentInput
  creator?: ImageCreatorInput
}

/** An image's creator as input: `type` defaults to `Person`. */
export interface ImageCreatorInput extends Omit<ImageCreator, 'type'> {
  type?: ImageCreator['type'] | undefined
}

/** The lead image as input: the caption may be a string. */
export interface LeadImageInput extends Omit<LeadImage, 'caption' | 'creator'> {
  caption?: InlineContentInput
  creator?: ImageCreatorInput
}

/** A list item as input: a string is shorthand for an item holding one paragraph. */
export type ListItemInput<CI = never> = string | { children: BlockInput<CI>[] }

/** A table cell as input: a string is shorthand for one text node. */
export type TableCellInput = InlineContentInput

/** Any block as input. A string is shorthand for a paragraph. */
export type BlockInput<CI = never> =
  | string
  | (BlockBase & { type: 'paragraph'; children: InlineContentInput })
  | (BlockBase & { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; children: InlineContentInput })
  | (BlockBase & { type: 'list'; ordered?: boolean | undefined; start?: number; items: ListItemInput<CI>[] })
  | (BlockBase & { type: 'quote'; children: BlockInput<CI>[]; attribution?: Attribution })
  | (BlockBase & { type: 'pullquote'; children: InlineContentInput; attribution?: Attribution })
  | (BlockBase & ImageInput & { type: 'image' })
  | (BlockBase & Omit<Embed, 'caption'> & { caption?: InlineContentInput })
  | Code
  | (BlockBase & {
      type: 'table'
      caption?: InlineContentInput
      header?: TableCellInput[]
      rows: TableCellInput[][]
      align?: TableAlign[]
    })
  | RelatedLinksInput
  | Divider
  | (BlockBase & { type: 'aside'; title?: string; tone?: AsideTone; children: BlockInput<CI>[] })
  | (BlockBase & { type: 'promo'; children: InlineContentInput; url?: Url; kind?: PromoKind })
  | (BlockBase & {
      type: 'gallery'
      children: (BlockBase & ImageInput & { type: 'image' })[]
      caption?: InlineContentInput
    })
  | (BlockBase & AudioFile & { type: 'audio'; kind?: AudioKind; caption?: InlineContentInput })
  | CI

/** A related link as input. */
export interface RelatedLinkInput extends Omit<RelatedLink, 'image'> {
  image?: ImageInput
}

/** A "Read more" box as input. */
export interface RelatedLinksInput extends BlockBase {
  type: 'relatedLinks'
  label?: string
  links: RelatedLinkInput[]
}

/** An author as input: `type` defaults to `Person`. */
export interface AuthorInput extends Omit<Author, 'type'> {
  type?: Author['type'] | undefined
}

/** A contributor as input: `type` defaults to `Person`. */
export interface ContributorInput extends Omit<Contributor, 'type'> {
  type?: Contributor['type'] | undefined
}

/**
 * What `parseArticle` accepts. Defaults fill `schemaVersion`, `type` and
 * `authors`; shorthands are expanded. At run time `undefined` is accepted for
 * every optional key and means the key is absent.
 */
export interface ArticleInput<CI = never> {
  schemaVersion?: 1 | undefined
  type?: ArticleType | undefined
  id?: string
  url?: Url
  language?: string
  kicker?: string
  headline: string
  alternativeHeadline?: string
  standfirst?: InlineContentInput
  description?: string
  authors?: AuthorInput[] | undefined
  contributors?: ContributorInput[]
  publisher?: Omit<Publisher, 'logo'> & { logo?: ImageInput }
  datePublished?: DateInput
  dateModified?: DateInput
  embargo?: DateInput
  dateline?: string
  section?: string
  keywords?: string[]
  image?: LeadImageInput
  body: BlockInput<CI>[]
  sources?: (Omit<Source, 'datePublished'> & { datePublished?: DateInput })[]
  related?: RelatedLinkInput[]
  license?: Url
  copyrightHolder?: string
  copyrightYear?: number
  isAccessibleForFree?: boolean
  corrections?: { date: DateInput; text: string }[]
  backstory?: string
  audio?: AudioFile
  liveBlog?: {
    order?: LiveBlogOrder | undefined
    coverageStart?: DateInput
    coverageEnd?: DateInput
    updates: {
      id: string
      date: DateInput
      headline?: string
      authors?: AuthorInput[]
      body: BlockInput<CI>[]
    }[]
  }
}
