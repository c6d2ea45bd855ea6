// A worker thread of `--jobs N`: builds its own engine (config and custom
// handlers included, since functions cannot be sent between threads) and
// processes the batches it is sent.

import { parentPort, workerData } from 'node:worker_threads'
import { createEngine, type Engine, type Item, type Job } from './engine.js'

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
    port.on('message', (message: { id: number; items: Item[] }) => {
      port.postMessage({ id: message.id, results: message.items.map((item) => ready.process(item)) })
    })
  }
}
