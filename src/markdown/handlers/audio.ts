import type { PhrasingContent, RootContent } from 'mdast'
import { clockDuration } from '../../core/duration.js'
import type { Audio, AudioFile } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, notCarried, paragraph, phrasing, safeUrl, str } from '../util.js'

/**
 * An audio block. Reader form: a link to the audio (its title, else the
 * `audio` label), its length and a link to the transcript, then the
 * caption. Lossless form, as an embed: `:::audio{kind title duration
 * mimeType transcriptUrl}` holding the link and the caption.
 */
export function audio(node: Audio, state: MarkdownState): MdastResult {
  if (state.options.frontmatter && Array.isArray(node.caption) && node.caption.length === 0) {
    return fallbackBlock(state, node)
  }
  const reader = !state.options.frontmatter
  const caption = node.caption === undefined ? [] : paragraph(phrasing(state, node, 'caption'))
  if (reader) {
    notCarried(state, node, ['id', 'kind', 'mimeType'])
    const title = typeof node.title === 'string' ? node.title : state.options.labels.audio
    return [...paragraph(line(state, node, title)), ...caption]
  }
  const url = safeUrl(state, node.url, 'audio', 'url')
  const link: RootContent[] =
    url === undefined
      ? []
      : [
          {
            type: 'paragraph',
            children: [{ type: 'link', url, title: null, children: [{ type: 'text', value: str(node.title) || url }] }],
          },
        ]
  const attributes = attrs({
    id: node.id,
    kind: node.kind,
    title: node.title,
    duration: node.duration,
    mimeType: node.mimeType,
    transcriptUrl:
      node.transcriptUrl === undefined ? undefined : safeUrl(state, node.transcriptUrl, 'audio', 'transcriptUrl'),
  })
  return [
    { type: 'containerDirective', name: DIRECTIVE.audio, attributes, children: [...link, ...caption] } as RootContent,
  ]
}

/** The article as audio (`audio`), for readers: `[Listen to this article](url) (6:12) · [Transcript](url)`. */
export function listen(file: AudioFile, state: MarkdownState): MdastResult {
  if (file === null || typeof file !== 'object') return []
  return paragraph(line(state, file, typeof file.title === 'string' ? file.title : state.options.labels.listen))
}

/** A link to the audio named `title` (plain text if its URL is refused), its length, and the transcript link. */
function line(state: MarkdownState, file: AudioFile, title: string): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const name: PhrasingContent = { type: 'text', value: title }
  const url = safeUrl(state, file.url, 'audio', 'url')
  out.push(url === undefined ? name : { type: 'link', url, title: null, children: [name] })
  const length = clockDuration(file.duration)
  if (length !== undefined) out.push({ type: 'text', value: ` (${length})` })
  const transcript =
    file.transcriptUrl === undefined ? undefined : safeUrl(state, file.transcriptUrl, 'audio', 'transcriptUrl')
  if (transcript !== undefined) {
    out.push({ type: 'text', value: ' · ' })
    const words: PhrasingContent = { type: 'text', value: state.options.labels.transcript }
    out.push({ type: 'link', url: transcript, title: null, children: [words] })
  }
  return out
}
