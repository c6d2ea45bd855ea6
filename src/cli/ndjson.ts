// Reading NDJSON: a stream of bytes cut at line ends into batches of raw
// bytes, pulled one batch at a time so that only a bounded part of the stream
// is in memory whatever its length. The thread that reads never decodes a
// line: it only looks for newline bytes and copies whole lines into a fresh
// buffer, which a worker thread can take over without a copy. Decoding,
// parsing and rendering all happen where the batch is processed.

import { isUtf8 } from 'node:buffer'
import type { Item } from './engine.js'

/** A batch holds whole lines and is cut once it reaches this many bytes. */
export const BATCH_BYTES = 256 * 1024

/** Longest line accepted; a longer one becomes an error record and is skipped. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024

/** Some lines of an NDJSON stream, as bytes: plain data, so it can be sent to a worker. */
export interface LineBatch {
  /** Name of the stream, for messages: `stdin` or the file name. */
  name: string
  /** Number of the batch's first line (lines are numbered from 1). */
  first: number
  /** UTF-8 bytes of whole lines, each ending with a newline; its buffer belongs to the batch alone. */
  bytes: Uint8Array
  /** Lines that were over the length limit; each stands as an empty line in `bytes`. */
  tooLong: number[]
}

const NEWLINE = 10

/**
 * Cut `stream` into batches of whole lines, at most about `batchBytes` each
 * (a batch holds at least one line, however long). `onBytes` is told how
 * many bytes were read so far, for progress. A line over `maxLineBytes` is
 * not kept: it is marked in {@link LineBatch.tooLong}. Chunks are kept as
 * they are, not copied, until their batch is cut: like Node's own streams,
 * `stream` must not reuse the memory of a chunk it has handed out.
 */
export async function* ndjsonBatches(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  name: string,
  onBytes?: (bytes: number) => void,
  maxLineBytes = MAX_LINE_BYTES,
  batchBytes = BATCH_BYTES,
): AsyncGenerator<LineBatch> {
  // Whole lines of the batch being filled, as views of the chunks read.
  let whole: Uint8Array[] = []
  let wholeBytes = 0
  let lines = 0
  let tooLong: number[] = []
  // The start of a line whose end has not arrived yet.
  let part: Uint8Array[] = []
  let partBytes = 0
  let skipping = false
  let first = 1
  let read = 0

  const cut = (): LineBatch => {
    // One copy into a buffer of its own (not a slice of Node's shared pool), so it can be transferred.
    const bytes = new Uint8Array(wholeBytes)
    let at = 0
    for (const piece of whole) {
      bytes.set(piece, at)
      at += piece.length
    }
    const batch: LineBatch = { name, first, bytes, tooLong }
    first += lines
    whole = []
    wholeBytes = 0
    lines = 0
    tooLong = []
    return batch
  }
  const keep = (piece: Uint8Array) => {
    if (piece.length === 0) return
    whole.push(piece)
    wholeBytes += piece.length
  }
  const markTooLong = () => {
    tooLong.push(first + lines)
    keep(Uint8Array.of(NEWLINE))
    lines++
    skipping = false
  }
  const holdPart = (piece: Uint8Array) => {
    if (skipping || piece.length === 0) return
    part.push(piece)
    partBytes += piece.length
    if (partBytes > maxLineBytes) {
      skipping = true
      part = []
      partBytes = 0
    }
  }

  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    read += buffer.length
    onBytes?.(read)
    if (skipping) {
      // The end of a line that was too long: drop it.
      const end = buffer.indexOf(NEWLINE)
      if (end === -1) continue
      markTooLong()
      buffer = buffer.subarray(end + 1)
    }
    const last = buffer.lastIndexOf(NEWLINE)
    if (last === -1) {
      holdPart(buffer)
      continue
    }
    for (const piece of part) keep(piece)
    part = []
    partBytes = 0
    keep(buffer.subarray(0, last + 1))
    for (let at = buffer.indexOf(NEWLINE); at !== -1 && at <= last; at = buffer.indexOf(NEWLINE, at + 1)) lines++
    holdPart(buffer.subarray(last + 1))
    if (wholeBytes >= batchBytes) yield cut()
  }
  if (skipping) {
    markTooLong()
  } else if (partBytes > 0) {
    // The last line has no newline: give it one.
    for (const piece of part) keep(piece)
    keep(Uint8Array.of(NEWLINE))
    lines++
  }
  if (lines > 0) yield cut()
}

/**
 * The items of a batch, in order: one per line that is not blank, numbered;
 * a `\r` before the newline is dropped. A line that is not UTF-8 is marked
 * `invalidUtf8` (checked in linear time, before decoding).
 */
export function batchItems(batch: LineBatch): Item[] {
  const { bytes } = batch
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const items: Item[] = []
  const tooLong = new Set(batch.tooLong)
  let line = batch.first
  let start = 0
  // Each line decoded on its own: one string for the whole batch would be a large object, which the
  // engine keeps until a full collection, and every line sliced from it would hold all of it alive.
  for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
    if (tooLong.has(line)) {
      items.push({ kind: 'line', text: '', line, name: batch.name, tooLong: true })
    } else if (!isUtf8(bytes.subarray(start, end))) {
      // Decoding would put U+FFFD in place of the bad bytes, and the article would be rendered corrupted.
      items.push({ kind: 'line', text: '', line, name: batch.name, invalidUtf8: true })
    } else {
      const stop = end > start && buffer[end - 1] === 13 ? end - 1 : end
      const content = buffer.toString('utf8', start, stop)
      if (content.trim() !== '') items.push({ kind: 'line', text: content, line, name: batch.name })
    }
    line++
    start = end + 1
  }
  return items
}
