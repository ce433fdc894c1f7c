/**
 * Prompt file names: what counts as a prompt file, how a name is read, and the
 * canonical name it should have.
 *
 * A prompt file is a markdown file whose name holds `prompt` followed by a number
 * (`prompt_04_…`, `testdata_prompt_01b_…`, `Prompt-1-…`). Other markdown files
 * that merely mention prompts (`meta_prompt.md`, `prompt_plan.md`,
 * `0_prompt_plan.md`) are documents, not prompts.
 *
 * Names are read leniently (any case, `-` or `_`, any number of digits) so that
 * rules can say what is wrong and what was expected, and so that pairing and
 * numbering still work on a file whose name has a small defect.
 */

/**
 * - `preprompt`: the package's master context, `prompt_00_<package>_preprompt.md`;
 * - `red`: writes the failing test, `prompt_NN_<slug>_red.md`;
 * - `green`: makes it pass, `prompt_NNb_<slug>_green.md`;
 * - `foundation`: a numbered step with no red/green suffix
 *   (`prompt_01_deployment_interfaces.md`): an interface, a plan or a schema.
 */
export type Kind = 'preprompt' | 'red' | 'green' | 'foundation'

export const kinds: readonly Kind[] = ['preprompt', 'red', 'green', 'foundation']

export interface PromptName {
  /** The file name as found. */
  name: string
  /** Lower-case prefix before `prompt_` (`testdata`), `''` when none. */
  prefix: string
  /** Prefix as written (case kept). */
  rawPrefix: string
  /** The number (`1` for `01`); `NaN` beyond what a name can sensibly hold. */
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
  /** A preprompt named the older way, `…_context.md`. */
  legacy: boolean
  /** The extension as written (`.md`). */
  extension: string
}

const markdownExtension = /\.(md|markdown|mdown|mkd|mkdn)$/i
// `prompt`, separators, digits and an optional letter, then a separator or the end.
// Linear: no nested quantifiers.
const numbered = /prompt[_-]*(\d+)([a-z]?)(?=[_-]|$)/i
const kindSuffix = /(?:^|[_-]+)(red|green|preprompt|context)$/i
const snakeSuffix = /(?:^|_)(red|green|preprompt|context)$/

/** Numbers beyond this are not numbers a suite uses (and beyond 2^53 not numbers at all). */
export const maxNumber = 9999

/** Whether a file name is markdown. */
export function isMarkdownName(name: string): boolean {
  return markdownExtension.test(name)
}

/** Whether a file name is a prompt file: markdown with `prompt` and a number in its name. */
export function isPromptFileName(name: string): boolean {
  return parsePromptName(name) !== undefined
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

/** Read a prompt file name; `undefined` when it is not a prompt file at all. */
export function parsePromptName(name: string): PromptName | undefined {
  const extension = markdownExtension.exec(name)?.[0]
  if (!extension || name.length > 255) return undefined
  const stem = name.slice(0, -extension.length)
  const match = numbered.exec(stem)
  if (!match) return undefined
  const before = stem.slice(0, match.index)
  // A prefix is a word followed by separators (`testdata_`); `xprompt_01` is not a prompt.
  if (before && !/[_-]$/.test(before)) return undefined
  const rawPrefix = before.replace(/[_-]+$/, '')
  const digits = match[1] ?? ''
  const letter = match[2] ?? ''
  const rest = stem.slice(match.index + match[0].length).replace(/^[_-]+/, '')
  const number = digits.length > 4 ? Number.NaN : Number.parseInt(digits, 10)
  // The kind is read from the slug's snake-case form, so a name and its canonical
  // form read the same (`…GenPrompt日本preprompt#` ends in `_preprompt` once snake-cased).
  const snake = toSnakeCase(rest)
  const suffix = snakeSuffix.exec(snake)
  let kind: Kind = 'foundation'
  let rawSlug = rest
  let slug = snake
  let legacy = false
  const word = suffix?.[1]
  if (suffix && word && (word !== 'context' || number === 0)) {
    kind = word === 'context' ? 'preprompt' : (word as Kind)
    legacy = word === 'context'
    const raw = kindSuffix.exec(rest)
    slug = snake.slice(0, suffix.index)
    rawSlug = raw ? rest.slice(0, raw.index) : slug && rest
  }
  if (kind === 'foundation' && !rest) return undefined
  return {
    name,
    prefix: toSnakeCase(rawPrefix),
    rawPrefix,
    number,
    digits,
    letter,
    slug,
    rawSlug,
    kind,
    legacy,
    extension
  }
}

/** Two-digit number as used in names (`4` → `04`). */
export function formatNumber(value: number): string {
  return String(value).padStart(2, '0')
}

/** The canonical name for a prompt: `[prefix_]prompt_NN[b]_slug[_kind].md`. */
export function formatName(parts: {
  prefix: string
  number: number
  slug: string
  kind: Kind
}): string {
  const head = parts.prefix ? parts.prefix + '_prompt_' : 'prompt_'
  const number = parts.kind === 'preprompt' ? '00' : formatNumber(parts.number)
  const letter = parts.kind === 'green' ? 'b' : ''
  const tail =
    parts.kind === 'foundation' ? parts.slug : (parts.slug ? parts.slug + '_' : '') + parts.kind
  return head + number + letter + '_' + tail + '.md'
}

/** The canonical form of a parsed name, with the folder's prefix. */
export function canonicalName(prompt: PromptName, prefix: string): string {
  return formatName({...prompt, prefix, slug: prompt.slug || placeholder(prompt.kind)})
}

function placeholder(kind: Kind): string {
  return kind === 'preprompt' ? '<package>' : '<slug>'
}

/** `red` → `green` and back. */
export function partnerKind(kind: 'red' | 'green'): 'red' | 'green' {
  return kind === 'red' ? 'green' : 'red'
}

/**
 * The steps among prompts of one number: by slug, except that a lone red and a
 * lone green with different slugs are one pair.
 */
export function stepsOf(prompts: PromptName[]): PromptName[][] {
  const reds = prompts.filter((each) => each.kind === 'red')
  const greens = prompts.filter((each) => each.kind === 'green')
  if (reds.length === 1 && greens.length === 1 && prompts.length === 2) return [prompts]
  const bySlug = new Map<string, PromptName[]>()
  for (const prompt of prompts) {
    const key = (prompt.kind === 'foundation' ? 'f:' : 'p:') + prompt.slug
    bySlug.set(key, [...(bySlug.get(key) ?? []), prompt])
  }
  return [...bySlug.values()].sort((a, b) =>
    representative(a).name < representative(b).name ? -1 : 1
  )
}

/** The file that stands for a step: its red (or foundation), else its first. */
export function representative(step: PromptName[]): PromptName {
  return step.find((each) => each.kind !== 'green') ?? step[0]!
}
