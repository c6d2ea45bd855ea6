// Running tasks in order: inline for `--jobs 1`, else on a pool of worker
// threads. Results come back in input order whatever thread finished first,
// and only a bounded number of tasks is in flight, so memory does not grow
// with the length of the input.

import { type TransferListItem, Worker } from 'node:worker_threads'
import type { Job } from './engine.js'

/** Runs tasks and resolves with their results. */
export interface Runner<T, R> {
  run(task: T): Promise<R>
  /** How many tasks may be in flight at once. */
  readonly window: number
  close(): Promise<void>
}

/** How long work in this thread may keep the event loop waiting, in milliseconds. */
const BREATHE_MS = 10

/**
 * Run in this thread. Every {@link BREATHE_MS} milliseconds of work, a task
 * first waits for one turn of the event loop: files are read and written
 * synchronously, so without it no signal handler (Ctrl-C) would run until the
 * whole run was over. A turn costs microseconds.
 */
export function inlineRunner<T, R>(work: (task: T) => R): Runner<T, R> {
  let last = performance.now()
  return {
    window: 1,
    run: async (task) => {
      if (performance.now() - last >= BREATHE_MS) {
        await new Promise((resolve) => setImmediate(resolve))
        last = performance.now()
      }
      return work(task)
    },
    close: async () => {},
  }
}

/** A runner that turns each task into the kind `runner` takes. */
export function adapt<T, U, R>(runner: Runner<U, R>, toTask: (task: T) => U): Runner<T, R> {
  return { window: runner.window, run: (task) => runner.run(toTask(task)), close: () => runner.close() }
}

interface Slot {
  worker: Worker
  busy: number
}

interface Reply {
  id?: number
  result?: unknown
  ready?: boolean
  error?: { message: string; exitCode?: number; stack?: string }
}

/**
 * Run on up to `jobs` worker threads (see worker.ts), started one by one as
 * tasks arrive, so a short run never pays for threads it does not need.
 * `transfer` names the buffers of a task that move to the worker instead of
 * being copied.
 */
export function workerRunner<T, R>(
  job: Job,
  jobs: number,
  transfer: (task: T) => TransferListItem[] = () => [],
): Runner<T, R> {
  const slots: Slot[] = []
  const waiting = new Map<number, { resolve: (result: R) => void; reject: (error: Error) => void }>()
  let nextId = 0
  let failure: Error | undefined

  const fail = (error: Error) => {
    failure ??= error
    for (const entry of waiting.values()) entry.reject(error)
    waiting.clear()
  }

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { job } })
    const slot: Slot = { worker, busy: 0 }
    worker.on('message', (reply: Reply) => {
      if (reply.ready) return
      if (reply.error) return fail(Object.assign(new Error(reply.error.message), reply.error))
      const entry = waiting.get(reply.id as number)
      waiting.delete(reply.id as number)
      slot.busy--
      entry?.resolve(reply.result as R)
    })
    worker.on('error', fail)
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
    // Four tasks per thread: one running and some waiting, so that a thread does not idle while the
    // oldest task (whose result must be written first) is still running on another thread.
    window: jobs * 4,
    run(task) {
      if (failure) return Promise.reject(failure)
      const slot = pick()
      const id = nextId++
      slot.busy++
      return new Promise<R>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        slot.worker.postMessage({ id, task }, transfer(task))
      })
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
  }
}

/**
 * Feed tasks from `source` to `runner` and hand their results to `emit`
 * strictly in order, with at most `runner.window` tasks in flight.
 */
export async function runOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  runner: Runner<T, R>,
  emit: (result: R) => Promise<void> | void,
): Promise<void> {
  const inFlight: Promise<R>[] = []
  try {
    for await (const task of source) {
      const result = runner.run(task)
      // Attach a handler at once, so a failure waiting in the queue is never "unhandled".
      result.catch(() => {})
      inFlight.push(result)
      while (inFlight.length >= runner.window) await emit(await (inFlight.shift() as Promise<R>))
    }
    while (inFlight.length > 0) await emit(await (inFlight.shift() as Promise<R>))
  } finally {
    inFlight.length = 0
  }
}
