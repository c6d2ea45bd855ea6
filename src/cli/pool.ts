// Running tasks in order: inline for `--jobs 1`, on a pool of worker threads
// for `--jobs N`, and by default inline with worker threads helping once the
// input proves long. Results come back in input order whatever thread finished first,
// and only a bounded number of tasks is in flight, so memory does not grow
// with the length of the input.

import { type CpuInfo, cpus } from 'node:os'
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
 * A pause for one turn of the event loop, every `everyMs` milliseconds of
 * work at most: files are read and written synchronously, so without it no
 * signal handler (Ctrl-C) and no message from a worker would be seen until
 * the whole run was over. A turn costs microseconds.
 */
function breather(): (everyMs: number) => Promise<void> | undefined {
  let last = performance.now()
  return (everyMs) => {
    if (performance.now() - last < everyMs) return undefined
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now()
        resolve()
      }),
    )
  }
}

/** Run in this thread (`--jobs 1`), letting the event loop turn every {@link BREATHE_MS} ms. */
export function inlineRunner<T, R>(work: (task: T) => R): Runner<T, R> {
  const breathe = breather()
  return {
    window: 1,
    run: async (task) => {
      await breathe(BREATHE_MS)
      return work(task)
    },
    close: async () => {},
  }
}

/** A runner that turns each task into the kind `runner` takes. */
export function adapt<T, U, R>(runner: Runner<U, R>, toTask: (task: T) => U): Runner<T, R> {
  return {
    get window() {
      return runner.window
    },
    run: (task) => runner.run(toTask(task)),
    close: () => runner.close(),
  }
}

interface Slot {
  worker: Worker
  /** Tasks sent and not answered. */
  busy: number
  /** Whether it has built its engine and works on a task as soon as it gets it. */
  ready: boolean
}

interface Reply {
  id?: number
  result?: unknown
  ready?: boolean
  error?: { message: string; exitCode?: number; stack?: string }
}

/** Worker threads (see worker.ts), each started on demand, and the tasks they were sent. */
interface Pool<T, R> {
  readonly slots: readonly Slot[]
  spawn(): Slot
  send(slot: Slot, task: T): Promise<R>
  close(): Promise<void>
}

function createPool<T, R>(job: Job, transfer: (task: T) => TransferListItem[]): Pool<T, R> {
  const slots: Slot[] = []
  const waiting = new Map<number, { resolve: (result: R) => void; reject: (error: Error) => void }>()
  let nextId = 0
  let failure: Error | undefined

  const fail = (error: Error) => {
    failure ??= error
    for (const entry of waiting.values()) entry.reject(error)
    waiting.clear()
  }

  return {
    slots,
    spawn() {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { job } })
      const slot: Slot = { worker, busy: 0, ready: false }
      worker.on('message', (reply: Reply) => {
        if (reply.ready) {
          slot.ready = true
          return
        }
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
    },
    send(slot, task) {
      if (failure) return Promise.reject(failure)
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
 * Run on up to `jobs` worker threads (`--jobs N`), started one by one as
 * tasks arrive, so a short run never pays for threads it does not need.
 * `transfer` names the buffers of a task that move to the worker instead of
 * being copied.
 */
export function workerRunner<T, R>(
  job: Job,
  jobs: number,
  transfer: (task: T) => TransferListItem[] = () => [],
): Runner<T, R> {
  const pool = createPool<T, R>(job, transfer)
  const pick = (): Slot => {
    const idle = pool.slots.find((slot) => slot.busy === 0)
    if (idle) return idle
    if (pool.slots.length < jobs) return pool.spawn()
    return pool.slots.reduce((least, slot) => (slot.busy < least.busy ? slot : least))
  }
  return {
    // Four tasks per thread: one running and some waiting, so that a thread does not idle while the
    // oldest task (whose result must be written first) is still running on another thread.
    window: jobs * 4,
    run: (task) => pool.send(pick(), task),
    close: () => pool.close(),
  }
}

/** How {@link helpedRunner} works. */
export interface HelpedOptions<T, R, W> {
  /** Does one task in this thread. */
  work: (task: T) => R
  /** How many inputs a result stands for: an article per file, the records of a batch of lines. */
  weigh: (result: R) => number
  /** How many worker threads may help. */
  helpers: number
  /** How many inputs this thread does alone before any helper starts. */
  after: number
  /** Start no more helpers than cores were idle so far in the run (see {@link idleCores}); default true. */
  onIdleCores?: boolean
  /**
   * How many inputs there are, when that is known (a list of files, one per
   * task): no helper starts when fewer than `after` are left.
   */
  total?: number
  /** Turns a task into what a worker takes. */
  toWorker: (task: T) => W
  /** The buffers of a worker's task that move to it instead of being copied. */
  transfer?: (task: W) => TransferListItem[]
}

/**
 * How many cores were idle, on average, since `before` (a reading of
 * `os.cpus()`): with another program keeping every core busy, a helper
 * would only take time from this thread, and the run would be slower than
 * `--jobs 1`.
 */
export function idleCores(before: readonly CpuInfo[], after: readonly CpuInfo[] = cpus()): number {
  let idle = 0
  let total = 0
  after.forEach((cpu, index) => {
    const earlier = before[index]
    if (!earlier) return
    const times = (info: CpuInfo) =>
      info.times.user + info.times.nice + info.times.sys + info.times.idle + info.times.irq
    idle += cpu.times.idle - earlier.times.idle
    total += times(cpu) - times(earlier)
  })
  return total > 0 ? (idle / total) * after.length : 0
}

/** Tasks a helper may hold at once: one it works on and one waiting, so it never idles between them. */
const HELPER_DEPTH = 2

/** Tasks in flight per helper (see `window` below). */
const HELPER_WINDOW = 16

/**
 * The default `--jobs`: this thread does the work, as with `--jobs 1`, and
 * once it has done `after` inputs (so the run is long enough to gain), up to
 * `helpers` worker threads start, no more than cores were idle so far. Each takes a task whenever it has started
 * and has room, and this thread goes on with every other task meanwhile, so
 * a helper's start-up and warm-up never hold the run up: they happen on
 * another core, and a short run never starts one at all.
 */
export function helpedRunner<T, R, W>(job: Job, options: HelpedOptions<T, R, W>): Runner<T, R> {
  const { work, weigh, after, total, toWorker } = options
  const pool = createPool<W, R>(job, options.transfer ?? (() => []))
  const breathe = breather()
  const since = cpus()
  let helpers = options.helpers
  let decided = false
  let done = 0
  let started = 0
  return {
    // Room for this thread to go on while a helper, still warming up, is slow with a task whose result must
    // be written before those that follow it.
    get window() {
      return 1 + pool.slots.length * HELPER_WINDOW
    },
    async run(task) {
      // With helpers, let their replies in before each task; alone, as `--jobs 1` does.
      await breathe(pool.slots.length > 0 ? 0 : BREATHE_MS)
      started++
      if (pool.slots.length < helpers && done >= after && (total === undefined || total - started >= after)) {
        if (!decided && options.onIdleCores !== false) {
          // Once, when helpers would start: no more of them than there were idle cores so far in the run.
          decided = true
          helpers = Math.min(helpers, Math.floor(idleCores(since) + 0.25))
        }
        if (pool.slots.length < helpers) pool.spawn()
      }
      const free = pool.slots.find((slot) => slot.ready && slot.busy < HELPER_DEPTH)
      if (free) return pool.send(free, toWorker(task))
      const result = work(task)
      done += weigh(result)
      return result
    },
    close: () => pool.close(),
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
