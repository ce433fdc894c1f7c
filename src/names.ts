/**
 * Prompt file names: what counts as a prompt file, how a name is read, and the
 * canonical name it should have.
 *
 * Names are read leniently (any case, `-` or `_`, any number of digits) so that
 * rules can say what is wrong and what was expected, and so that pairing and
 * numbering still work on a file whose name has a small defect.
 */

export type Kind = 'preprompt' | 'red' | 'green'

export interface PromptName {
  /** The file name as found. */
  name: string
  /** Lower-case prefix before `prompt_` (`testdata`), `''` when none. */
  prefix: string
  /** Prefix as written (case kept). */
  rawPrefix: string
  /** The number (`1` for `01`). */
  number: number
  /** Digits as written (`1`, `01`, `001`). */
  digits: string
  /** Letter after the digits as written (`b`, `B`, `a`, `''`). */
  letter: string
  /** Slug, lower snake case (`config_generator`). */
  slug: string
  /** Slug as written (`config-generator`, `ConfigGenerator`). */
  rawSlug: string
  kind: Kind
  /** Separators or extension as written differ from the canonical form. */
  extension: string
}

const markdownExtension = /\.(md|markdown|mdown|mkd|mkdn)$/i

// The prefix and the slug neither start nor end with a separator, so a run of
// separators has one way to split and a long name cannot make the pattern
// backtrack for long (a lazy group next to `[_-]+` is polynomial on `____…`).
const lenient =
  /^(?:(?<prefix>(?:.*?[^_-])?)[_-]+)?prompt[_-]*(?<digits>\d+)(?<letter>[a-z]?)[_-]+(?<slug>(?:[^_-](?:.*?[^_-])?)?)[_-]+(?<kind>red|green|preprompt)(?<extension>\.[a-z]+)$/i

const preprompt =
  /^(?:(?<prefix>(?:.*?[^_-])?)[_-]+)?prompt[_-]*(?<digits>\d+)(?<letter>[a-z]?)[_-]+(?<kind>preprompt)(?<extension>\.[a-z]+)$/i

/** Whether a file name is markdown. */
export function isMarkdownName(name: string): boolean {
  return markdownExtension.test(name)
}

/** Whether a file name is a prompt file: markdown whose name contains `prompt` (any case). */
export function isPromptFileName(name: string): boolean {
  return isMarkdownName(name) && /prompt/i.test(name)
}

/**
 * Turn `ConfigGenerator`, `config-generator` or `Config Generator` into
 * `config_generator` (and `Konfigurätor` into `konfigurator`: accents dropped).
 */
export function toSnakeCase(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
}

/** Read a prompt file name; `undefined` when it is not of the prompt shape at all. */
export function parsePromptName(name: string): PromptName | undefined {
  const match = lenient.exec(name) ?? preprompt.exec(name)
  const groups = match?.groups
  if (!groups || !isMarkdownName(name)) return undefined
  const rawPrefix = groups.prefix ?? ''
  const rawSlug = groups.slug ?? ''
  const digits = groups.digits ?? ''
  return {
    name,
    prefix: toSnakeCase(rawPrefix),
    rawPrefix,
    number: Number.parseInt(digits, 10),
    digits,
    letter: groups.letter ?? '',
    slug: toSnakeCase(rawSlug),
    rawSlug,
    kind: (groups.kind ?? '').toLowerCase() as Kind,
    extension: groups.extension ?? ''
  }
}

/** Two-digit number as used in names (`4` → `04`). */
export function formatNumber(value: number): string {
  return String(value).padStart(2, '0')
}

/** The canonical name for a prompt: `[prefix_]prompt_NN[b]_slug_kind.md`. */
export function formatName(parts: {
  prefix: string
  number: number
  slug: string
  kind: Kind
}): string {
  const head = parts.prefix ? parts.prefix + '_prompt_' : 'prompt_'
  const number = parts.kind === 'preprompt' ? '00' : formatNumber(parts.number)
  const letter = parts.kind === 'green' ? 'b' : ''
  const slug = parts.slug ? parts.slug + '_' : ''
  return head + number + letter + '_' + slug + parts.kind + '.md'
}

/** The canonical name of the partner of a red or green prompt. */
export function partnerName(prompt: PromptName): string {
  return formatName({...prompt, kind: prompt.kind === 'red' ? 'green' : 'red'})
}
