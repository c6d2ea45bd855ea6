// Standard output: writes that wait while it is full, and its failures
// turned into exit codes. A full disk (ENOSPC) or any other write error is
// an input/output error, exit code 3; a reader that went away (EPIPE, as
// with `| head`) ends the run quietly, as other command-line tools do.

import { once } from 'node:events'
import { CliError, EXIT, type ExitCode, systemReason } from './errors.js'

/** The first error of each guarded stream: `stream.errored` is cleared once the stream is destroyed. */
const failures = new WeakMap<NodeJS.WritableStream, NodeJS.ErrnoException>()

/**
 * Keep a failed write to `stream` from crashing the process (a stream that
 * emits `error` with no listener throws it), and keep the error for
 * {@link writeOut} and {@link flushOut} to report.
 */
export function guardOutput(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!failures.has(stream)) failures.set(stream, error)
  })
}

/**
 * Write to standard output, waiting when its buffer is full, so output never
 * piles up in memory. Throws an input/output error if the stream failed; on
 * a closed pipe, exits with `closedExit` (the run's exit code so far).
 */
export async function writeOut(stream: NodeJS.WriteStream, text: string | Uint8Array, closedExit: ExitCode = EXIT.ok) {
  check(stream, closedExit)
  if (stream.write(text)) return check(stream, closedExit)
  try {
    await once(stream, 'drain')
  } catch {
    // `once` rejects with the stream's error, which `check` reports.
  }
  check(stream, closedExit)
}

/** Wait until everything written has left, and report a failure as {@link writeOut} does. */
export async function flushOut(stream: NodeJS.WriteStream, closedExit: ExitCode): Promise<void> {
  check(stream, closedExit)
  await new Promise<void>((resolve) => stream.write('', () => resolve()))
  check(stream, closedExit)
}

function check(stream: NodeJS.WriteStream, closedExit: ExitCode): void {
  const error = (stream.errored as NodeJS.ErrnoException | null) ?? failures.get(stream)
  if (!error) return
  if (error.code === 'EPIPE') process.exit(closedExit)
  throw new CliError(EXIT.io, `cannot write to standard output: ${systemReason(error)}`, { cause: error })
}
