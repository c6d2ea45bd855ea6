// A worker thread of `--jobs N`: builds its own engine (config and custom
// handlers included, since functions cannot be sent between threads) and
// processes the tasks it is sent: a list of files, or a batch of NDJSON lines
// as bytes. A batch's records go back as UTF-8 bytes that move to the main
// thread without a copy, so all the main thread does is write them.

import { parentPort, workerData } from 'node:worker_threads'
import { createEngine, type Engine, type Item, type Job } from './engine.js'
import type { LineBatch } from './ndjson.js'

/** A task for a worker. */
export type WorkerTask = { items: Item[] } | { lines: LineBatch }

const port = parentPort
if (port) {
  let engine: Engine | undefined
  try {
    engine = await createEngine((workerData as { job: Job }).job)
    port.postMessage({ ready: true })
  } catch (error) {
    const { message, stack, exitCode } = error as { message?: string; stack?: string; exitCode?: number }
    port.postMessage({ error: { message: message ?? String(error), stack, exitCode } })
  }
  if (engine) {
    const ready = engine
    port.on('message', ({ id, task }: { id: number; task: WorkerTask }) => {
      if ('lines' in task) {
        const result = ready.processLines(task.lines)
        port.postMessage({ id, result }, [result.stdout.buffer as ArrayBuffer])
      } else {
        port.postMessage({ id, result: task.items.map((item) => ready.process(item)) })
      }
    })
  }
}
