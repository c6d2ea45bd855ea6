import { clockDuration } from '../../core/duration.js'
import type { Audio, AudioFile } from '../../model/types.js'
import type { TextState } from '../types.js'
import { fill, inlineText, join, printable, safeUrl, sentence, withUrl } from '../util.js'

/**
 * An audio block, as an embed renders: `[Audio: title (25:30): caption
 * (url)]`, the caption only with `captions`, then `[Transcript (url)]` when
 * it has one. In speech, only with `captions`: title and caption as a
 * sentence, without the URLs.
 */
export function audio(node: Audio, state: TextState): string {
  const { captions, speech, labels } = state.options
  const caption = captions && node.caption !== undefined ? inlineText(state, node, 'caption') : ''
  const text = join([speech ? printable(state, node.title) : named(state, node, ''), caption], ': ')
  if (speech) return captions && text ? sentence(`${labels.audio}: ${text}`) : ''
  return player(state, node, text ? `${labels.audio}: ${text}` : labels.audio)
}

/**
 * The article as audio (`audio`), under the date line: `[Listen to this
 * article (6:12) (url)]`. Nothing in speech, which is that audio's text.
 */
export function listen(file: AudioFile, state: TextState): string {
  if (state.options.speech || file === null || typeof file !== 'object') return ''
  return player(state, file, named(state, file, state.options.labels.listen))
}

/** The title (or `fallback`) and the length: `The ferry (25:30)`. */
function named(state: TextState, file: AudioFile, fallback: string): string {
  const length = clockDuration(file.duration)
  return join([printable(state, file.title) || fallback, length === undefined ? '' : `(${length})`], ' ')
}

/** `[text (url)]`, then `[Transcript (url)]` with the transcript's URL, as `links` says. */
function player(state: TextState, file: AudioFile, text: string): string {
  const url = safeUrl(state, file.url, 'audio', 'url')
  const transcript =
    file.transcriptUrl === undefined || state.options.links === 'none'
      ? undefined
      : safeUrl(state, file.transcriptUrl, 'audio', 'transcriptUrl')
  const after = transcript === undefined ? '' : ` [${withUrl(state, state.options.labels.transcript, transcript)}]`
  return fill(state, `[${withUrl(state, text, url)}]${after}`)
}
