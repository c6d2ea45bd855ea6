import { clockDuration, isoDuration } from '../../core/duration.js'
import type { Audio, AudioFile } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, linkAttributes, ownId, safeUrl } from '../util.js'

/**
 * An audio block: a `<figure>` with a native `<audio controls>` player and a
 * `<figcaption>` with its title, length, transcript link and caption.
 */
export function audio(node: Audio, state: HtmlState): string {
  const kind = typeof node.kind === 'string' ? ` ${cls(state, `audio-${node.kind}`)}` : ''
  const caption =
    node.caption === undefined ? '' : `<span class="${cls(state, 'caption')}">${state.join(node, 'caption')}</span>`
  const title = typeof node.title === 'string' ? node.title : undefined
  const id = blockId(state, node.id)
  return player(
    state,
    node,
    `${cls(state, 'audio')}${kind}`,
    id,
    title,
    caption,
    hidden(state, { id: ownId(node.id, id) }),
  )
}

/** The article as audio (`audio`), in the header: the same player, named "Listen to this article" unless it has a title. */
export function listen(file: AudioFile, state: HtmlState): string {
  const title = file !== null && typeof file === 'object' && typeof file.title === 'string' ? file.title : undefined
  // Without a title the player shows the label: `null` says the title is absent.
  const data = title === undefined ? hidden(state, { title: null }) : ''
  return player(state, file, cls(state, 'listen'), undefined, title ?? state.options.labels.listen, '', data)
}

/**
 * A player in a `<figure>`: `<audio controls preload="none">` named by its
 * title (else the `audio` label), with a download link inside for browsers
 * that play nothing, then a caption line: title, length, transcript link and
 * caption. A refused URL leaves the caption line alone.
 */
function player(
  state: HtmlState,
  file: AudioFile,
  className: string,
  id: string | undefined,
  title: string | undefined,
  caption: string,
  data: string,
): string {
  if (file === null || typeof file !== 'object') return ''
  const { labels } = state.options
  const name = title ?? labels.audio
  const src = safeUrl(state, file.url, 'audio', 'url')
  const controls =
    src === undefined
      ? ''
      : `<audio controls preload="none"${attribute('aria-label', name)}><source${attribute('src', src)}${attribute('type', typeof file.mimeType === 'string' ? file.mimeType : undefined)}><a${linkAttributes(state, src)}>${escapeText(labels.downloadAudio)}</a></audio>`
  const line: string[] = []
  if (title !== undefined) line.push(`<span class="${cls(state, 'audio-title')}">${escapeText(name)}</span>`)
  const length = clockDuration(file.duration)
  if (length !== undefined)
    line.push(`<time${attribute('datetime', isoDuration(file.duration))}>${escapeText(length)}</time>`)
  const transcript =
    file.transcriptUrl === undefined ? undefined : safeUrl(state, file.transcriptUrl, 'audio', 'transcriptUrl')
  if (transcript !== undefined) line.push(`<a${linkAttributes(state, transcript)}>${escapeText(labels.transcript)}</a>`)
  if (caption) line.push(caption)
  if (!controls && line.length === 0) return ''
  const figcaption = line.length === 0 ? '' : `<figcaption>${line.join(' · ')}</figcaption>`
  return `<figure${attribute('id', id)} class="${className}"${data}>${controls}${figcaption}</figure>`
}
