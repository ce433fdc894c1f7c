/**
 * Fixtures of the contract tests beside `../cli-fixtures.ts`: the methodology
 * layout as examples/ holds it, and the messages the defects planted in the
 * small suite give.
 */
import {cleanSuite, exampleSuite} from '../cli-fixtures.js'

/** examples/<folder> as relative path → content (see `exampleSuite`): lints clean, with a house style. */
export const methodologySuite = exampleSuite

/** `pair` on a red prompt whose green is missing. */
export function missingGreen(green: string): string {
  return `Expected a green prompt \`${green}\` to pair with this red prompt`
}

/** `pair` on a red prompt whose green is missing. */
export const lonelyRedFinding = missingGreen('prompt_03b_conductor_green.md')

/**
 * The small suite with the green of pair 02 renamed (`preflight_check`): `pair`
 * reports it once, on the green, with the red as related location.
 */
export const renamedGreen = {
  path: 'orchestration/prompt_02b_preflight_check_green.md',
  red: 'orchestration/prompt_02_preflight_validator_red.md',
  message:
    'Unexpected slug `preflight_check` in this green prompt, expected `preflight_validator` as in its red prompt `prompt_02_preflight_validator_red.md`'
}

export const renamedGreenSuite: Record<string, string> = Object.fromEntries(
  Object.entries(cleanSuite).map(([name, text]) => [
    name === 'orchestration/prompt_02b_preflight_validator_green.md' ? renamedGreen.path : name,
    text
  ])
)

/** Remove `pattern` from `text`, failing when it is not there (a fixture that silently stopped planting its defect). */
export function without(text: string, pattern: RegExp | string): string {
  const out = text.replace(pattern, '')
  if (out === text) throw new Error(`fixture: ${String(pattern)} not found`)
  return out
}
