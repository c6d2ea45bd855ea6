// Errors the command line reports as one line, each with its exit code.

/** Exit codes, documented in `articlekit --help`. */
export const EXIT = {
  /** Everything went well. */
  ok: 0,
  /** Some input is invalid: bad JSON, an invalid article, or an article that failed to render. */
  invalid: 1,
  /** Usage error: unknown command, option or format. */
  usage: 2,
  /** Input/output error: unreadable file, unwritable folder. */
  io: 3,
  /** Interrupted by Ctrl-C (128 + SIGINT). */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + SIGTERM), as a shell reports a process the signal ended. */
  terminated: 143,
} as const

/** What every line the command line writes to standard error starts with, unless it continues the line before. */
export const PREFIX = 'articlekit: '

/**
 * Lines for standard error: each gets {@link PREFIX}, except a line that
 * starts with white space, which continues the one before (a stack trace);
 * so a user, or a script, can tell articlekit's messages from other output.
 */
export function prefixLines(text: string): string {
  return text.replace(/^(?=\S)/gm, PREFIX)
}

/** A message as lines for standard error: its first line prefixed, the others indented under it. */
export function messageLines(message: string): string {
  const [first = '', ...rest] = message.split('\n')
  return `${PREFIX}${first}\n${rest.map((line) => `  ${line}\n`).join('')}`
}

/** An exit code of the command line. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A problem that ends the command with a one-line message and an exit code. */
export class CliError extends Error {
  override readonly name = 'CliError'

  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** A usage error (exit code 2). */
export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, message)
}

/** An input/output error (exit code 3), with the system's reason. */
export function ioError(action: string, file: string, cause: unknown): CliError {
  return new CliError(EXIT.io, `${action} \`${file}\`: ${systemReason(cause)}`, { cause })
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
}

/** A short reason for a failed system call (`no such file or folder`), else the error's message. */
export function systemReason(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code
  if (typeof code === 'string' && REASONS[code]) return REASONS[code]
  return cause instanceof Error ? cause.message : String(cause)
}
