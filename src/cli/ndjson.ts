// Reading NDJSON: a stream of bytes cut into lines, grouped into batches,
// pulled one batch at a time so that only a bounded part of the stream is in
// memory whatever its length.

import type { Item } from './engine.js'

/** How many lines, and how many characters, one batch holds at most. */
const BATCH_LINES = 64
const BATCH_CHARS = 512 * 1024

/** Longest line accepted; a longer one becomes an error record and is skipped. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024

/**
 * Cut `stream` into NDJSON line items, in batches. Lines are numbered from 1;
 * blank lines are skipped (but counted); a `\r` before the newline is dropped.
 * `onBytes` is told how many bytes were read so far, for progress.
 */
export async function* ndjsonBatches(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  name: string,
  onBytes?: (bytes: number) => void,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<Item[]> {
  // The start of a line whose end has not arrived yet.
  let parts: Buffer[] = []
  let partBytes = 0
  let tooLong = false
  let lineNumber = 0
  let bytes = 0
  let batch: Item[] = []
  let batchChars = 0

  const add = (text: string): Item[] | undefined => {
    lineNumber++
    const line = text.endsWith('\r') ? text.slice(0, -1) : text
    if (line.trim() === '') return undefined
    batch.push({ kind: 'line', text: line, line: lineNumber, name })
    batchChars += line.length
    if (batch.length < BATCH_LINES && batchChars < BATCH_CHARS) return undefined
    const full = batch
    batch = []
    batchChars = 0
    return full
  }
  const addTooLong = (): Item[] | undefined => {
    lineNumber++
    tooLong = false
    batch.push({ kind: 'line', text: '', line: lineNumber, name, tooLong: true })
    return undefined
  }

  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    bytes += buffer.length
    onBytes?.(bytes)
    const lastNewline = buffer.lastIndexOf(10)
    if (lastNewline === -1) {
      if (!tooLong) {
        parts.push(Buffer.from(buffer))
        partBytes += buffer.length
        if (partBytes > maxLineBytes) {
          tooLong = true
          parts = []
          partBytes = 0
        }
      }
      continue
    }
    // Decode every complete line of the chunk at once: one call, not one per line.
    let start = 0
    if (tooLong) {
      // The end of the line that was too long: skip it.
      addTooLong()
      start = buffer.indexOf(10) + 1
    }
    if (start <= lastNewline) {
      const head = buffer.subarray(start, lastNewline)
      const whole = parts.length > 0 ? Buffer.concat([...parts, head]) : head
      parts = []
      partBytes = 0
      for (const line of whole.toString('utf8').split('\n')) {
        const full = add(line)
        if (full) yield full
      }
    }
    if (lastNewline + 1 < buffer.length) {
      // Copy the rest: the chunk's memory may be reused by the stream.
      parts.push(Buffer.from(buffer.subarray(lastNewline + 1)))
      partBytes = buffer.length - lastNewline - 1
      if (partBytes > maxLineBytes) {
        tooLong = true
        parts = []
        partBytes = 0
      }
    }
  }
  if (tooLong) addTooLong()
  else if (parts.length > 0) add(Buffer.concat(parts).toString('utf8'))
  if (batch.length > 0) yield batch
}
