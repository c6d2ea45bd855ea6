// Cutting text to a length without breaking what a reader sees as one
// character, and without leaving a bidi control open.

import { dropUnclosed } from './clean.js'
import { segmenter, segmentsOf } from './segment.js'
import { graphemes } from './wrap.js'

/** Punctuation that should not be left dangling before the ellipsis. */
const dangling = /[\s,;:\u2013\u2014-]+$/u

/**
 * `text` cut to at most `maxLength` UTF-16 code units, `ellipsis` included.
 * Text that fits is returned as it is. Longer text is cut at the last word
 * boundary that fits (found with `Intl.Segmenter` for `language`; at a space
 * where it is missing) or, when no boundary lies in the second half of the
 * room, at the last grapheme boundary, so no surrogate pair, combining
 * sequence or emoji sequence is split. Spaces and dangling commas, colons,
 * semicolons and dashes are dropped at the cut, and so is any bidi control
 * the cut leaves open (or closed without its opener), so the ellipsis and
 * whatever follows the result are never reordered. Then the ellipsis.
 *
 * @internal
 */
export function cutText(text: string, maxLength: number, ellipsis = '…', language?: unknown): string {
  const max = maxLength >= 0 ? Math.floor(maxLength) : 0
  if (text.length <= max) return text
  const room = max - ellipsis.length
  if (room <= 0) return ellipsis.slice(0, max)
  // A margin past the cut, so the segmenters see whole words and clusters around it.
  const head = text.slice(0, room + 64)
  let cut = 0
  const words = segmenter(language, 'word')
  if (words) {
    for (const { index } of segmentsOf(words, head)) {
      if (index > room) break
      cut = index
    }
  } else {
    cut = Math.max(0, head.lastIndexOf(' ', room))
  }
  if (cut < room / 2) {
    cut = 0
    for (const grapheme of graphemes(head)) {
      if (cut + grapheme.length > room) break
      cut += grapheme.length
    }
  }
  return dropUnclosed(text.slice(0, cut).replace(dangling, '')).replace(dangling, '') + ellipsis
}
