// The Markdown dialect articlekit writes and reads: CommonMark, GFM tables,
// strikethrough and footnotes, YAML front matter, and generic directives for
// what neither has a construct for. This file names the directives, which the
// writer (handlers/) and the reader (from-mdast.ts) share; extensions.ts
// holds the parser and serializer extensions and the escaping rules, apart,
// so that the reader, and the import entry through it, does not load the
// micromark and mdast packages only writing and parsing need.

/** Names of the directives articlekit writes. */
export const DIRECTIVE = {
  /** `::node{json="…"}` / `:node{json="…"}`: a node Markdown cannot express exactly, as JSON. */
  node: 'node',
  /** `::anchor{#id}`: the id of the block that follows. */
  anchor: 'anchor',
  /** `:::figure{…}`: an image with a caption, credit, size or id. */
  figure: 'figure',
  /** `:::table{…}`: a table with a caption or without a header row. */
  table: 'table',
  embed: 'embed',
  aside: 'aside',
  promo: 'promo',
  pullquote: 'pullquote',
  /** `:::gallery{#id}`: images, then the gallery's caption. */
  gallery: 'gallery',
  /** `:::audio{…}`: a link to the audio, then its caption. */
  audio: 'audio',
  /** `::::live-blog{order="…" coverageStart="…" coverageEnd="…"}`: the live blog's updates, after the body. */
  liveBlog: 'live-blog',
  /** `:::update{#id date="…" headline="…" authors='[…]'}`: one update of the live blog, holding its blocks. */
  update: 'update',
  /** `:::related{label="…"}`: a "Read more" box. */
  related: 'related',
  /** `:cite[words][^1]`: cited words, followed by their footnote reference. */
  cite: 'cite',
  /** `:source{#id}`: in a footnote, a citation of an id no source has. */
  source: 'source',
} as const
