// Running items in order: inline for `--jobs 1`, else on a pool of worker
// threads. Results come back in input order whatever thread finished first,
// and only a bounded number of batches is in flight, so memory does not grow
// with the length of the input.

import { Worker } from 'node:worker_threads'
import type { Engine, Item, ItemResult, Job } from './engine.js'

/** Runs batches of items and resolves with their results, in the batch's order. */
export interface Runner {
  run(items: Item[]): Promise<ItemResult[]>
  /** How many batches may be in flight at once. */
  readonly window: number
  close(): Promise<void>
}

/** Run in this thread. */
export function inlineRunner(engine: Engine): Runner {
  return {
    window: 1,
    run: async (items) => items.map((item) => engine.process(item)),
    close: async () => {},
  }
}

interface Slot {
  worker: Worker
  busy: number
  ready: Promise<void>
}

interface Reply {
  id?: number
  results?: ItemResult[]
  ready?: boolean
  error?: { message: string; exitCode?: number; stack?: string }
}

/**
 * Run on up to `jobs` worker threads, started one by one as batches arrive
 * (a short run never pays for threads it does not need).
 */
export function workerRunner(job: Job, jobs: number): Runner {
  const slots: Slot[] = []
  const waiting = new Map<number, { resolve: (results: ItemResult[]) => void; reject: (error: Error) => void }>()
  let nextId = 0
  let failure: Error | undefined

  const fail = (error: Error) => {
    failure ??= error
    for (const entry of waiting.values()) entry.reject(error)
    waiting.clear()
  }

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { job } })
    let started!: () => void
    let refused!: (error: Error) => void
    const ready = new Promise<void>((resolve, reject) => {
      started = resolve
      refused = reject
    })
    ready.catch(() => {})
    const slot: Slot = { worker, busy: 0, ready }
    worker.on('message', (reply: Reply) => {
      if (reply.ready) return started()
      if (reply.error) {
        const error = Object.assign(new Error(reply.error.message), reply.error)
        refused(error)
        return fail(error)
      }
      const entry = waiting.get(reply.id as number)
      waiting.delete(reply.id as number)
      slot.busy--
      entry?.resolve(reply.results as ItemResult[])
    })
    worker.on('error', (error) => {
      refused(error)
      fail(error)
    })
    worker.on('exit', (code) => {
      if (waiting.size > 0) fail(new Error(`a worker thread stopped (exit code ${code})`))
    })
    slots.push(slot)
    return slot
  }

  const pick = (): Slot => {
    const idle = slots.find((slot) => slot.busy === 0)
    if (idle) return idle
    if (slots.length < jobs) return spawn()
    return slots.reduce((least, slot) => (slot.busy < least.busy ? slot : least))
  }

  return {
    window: jobs * 3,
    run(items) {
      if (failure) return Promise.reject(failure)
      const slot = pick()
      const id = nextId++
      slot.busy++
      return new Promise<ItemResult[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        slot.worker.postMessage({ id, items })
      })
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
  }
}

/**
 * Feed batches from `source` to `runner` and hand their results to `emit`
 * strictly in order, with at most `runner.window` batches in flight.
 */
export async function runOrdered(
  source: AsyncIterable<Item[]> | Iterable<Item[]>,
  runner: Runner,
  emit: (results: ItemResult[], items: Item[]) => Promise<void> | void,
): Promise<void> {
  const inFlight: { items: Item[]; results: Promise<ItemResult[]> }[] = []
  try {
    for await (const items of source) {
      const results = runner.run(items)
      // Attach a handler at once, so a failure waiting in the queue is never "unhandled".
      results.catch(() => {})
      inFlight.push({ items, results })
      while (inFlight.length >= runner.window) {
        const head = inFlight.shift() as (typeof inFlight)[number]
        await emit(await head.results, head.items)
      }
    }
    while (inFlight.length > 0) {
      const head = inFlight.shift() as (typeof inFlight)[number]
      await emit(await head.results, head.items)
    }
  } finally {
    inFlight.length = 0
  }
}
