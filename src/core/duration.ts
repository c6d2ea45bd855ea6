// Lengths of audio, in seconds in the model, written for machines and for people.

/** Whole seconds, or `undefined` for anything else (input that skipped validation). */
function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

/**
 * A length in seconds as an ISO 8601 duration (`PT1H2M5S`), as JSON-LD and
 * HTML's `<time datetime>` take it; `undefined` if it is not a positive
 * whole number.
 *
 * @internal
 */
export function isoDuration(value: unknown): string | undefined {
  const total = seconds(value)
  if (total === undefined) return undefined
  const [hours, minutes, rest] = parts(total)
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`
}

/**
 * A length in seconds as a player shows it (`25:30`, `1:02:05`);
 * `undefined` if it is not a positive whole number.
 *
 * @internal
 */
export function clockDuration(value: unknown): string | undefined {
  const total = seconds(value)
  if (total === undefined) return undefined
  const [hours, minutes, rest] = parts(total)
  const two = (n: number) => String(n).padStart(2, '0')
  return hours ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`
}

function parts(total: number): [number, number, number] {
  return [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
}
