// The progress bar: on a terminal only, for runs longer than a second, on
// standard error so that standard output holds nothing but results.

/** What the bar knows about a run. */
export interface ProgressState {
  /** Items done. */
  done: number
  /** Items in all, when known. */
  total?: number
  /** Part of the input read, from 0 to 1, when the item count is not known (a stream from a file). */
  fraction?: number
  /** Seconds since the start. */
  elapsed: number
}

const WIDTH = 24

/** One line of progress: bar, counts, rate and time left. */
export function formatProgress(state: ProgressState): string {
  const rate = state.elapsed > 0 ? state.done / state.elapsed : 0
  const fraction = state.total ? state.done / state.total : state.fraction
  const parts: string[] = []
  if (fraction !== undefined) {
    const filled = Math.round(Math.min(1, fraction) * WIDTH)
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`, `${Math.floor(fraction * 100)}%`)
  }
  parts.push(state.total ? `${state.done}/${state.total}` : `${state.done}`, `${Math.round(rate)}/s`)
  if (fraction !== undefined && fraction > 0 && fraction < 1) {
    parts.push(`ETA ${clock((state.elapsed * (1 - fraction)) / fraction)}`)
  }
  return parts.join(' ')
}

function clock(seconds: number): string {
  const whole = Math.ceil(seconds)
  const minutes = Math.floor(whole / 60)
  const hours = Math.floor(minutes / 60)
  const mm = String(minutes % 60).padStart(hours > 0 ? 2 : 1, '0')
  const ss = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`
}

/** A bar drawn on `stream` at most ten times a second, from one second into the run. */
export class Progress {
  private readonly start = Date.now()
  private last = 0
  private shown = false
  done = 0
  total: number | undefined
  fraction: number | undefined

  constructor(private readonly stream: NodeJS.WriteStream | undefined) {}

  /** Redraw if it is time to. */
  tick(): void {
    if (!this.stream) return
    const now = Date.now()
    if (now - this.start < 1000 || now - this.last < 100) return
    this.last = now
    this.shown = true
    const line = formatProgress({
      done: this.done,
      elapsed: (now - this.start) / 1000,
      ...(this.total !== undefined ? { total: this.total } : {}),
      ...(this.fraction !== undefined ? { fraction: this.fraction } : {}),
    })
    this.stream.write(`\r${line}\u001b[K`)
  }

  /** Clear the bar before other text goes to the same terminal. */
  clear(): void {
    if (this.shown && this.stream) this.stream.write('\r\u001b[K')
    this.last = 0
  }
}
