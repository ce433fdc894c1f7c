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
  /** A numbered variant of the step (`1` in `prompt_00_1_goal_simplified.md`), `''` when none. */
  variant: string
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
// `prompt`, separators, digits and an optional letter, then a separator (a name that
// ends at its number, `prompt_01.md`, is no prompt). Linear: no nested quantifiers.
const numbered = /prompt[_-]*(\d+)([a-z]?)(?=[_-])/i
const kindSuffix = /(?:^|[_-]+)(red|green|preprompt|context)$/i
const snakeSuffix = /(?:^|_)(red|green|preprompt|context)$/
const variantPart = /^(\d{1,2})_(?=[a-z])/

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
  // Most names are snake case already (the rest of the work is five passes over the text).
  if (snake.test(value)) return value
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase()
}

const snake = /^[a-z0-9]+(?:_[a-z0-9]+)*$/

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
  const prefix = toSnakeCase(rawPrefix)
  // A prefix that reads as a prompt number once spelled canonically (`prompt #00_prompt1_…`)
  // would make the canonical name another step's: such a name is no prompt name.
  if (numbered.test(prefix + '_')) return undefined
  const digits = match[1]!
  const letter = match[2]!
  // Stryker disable next-line Regex: the look-ahead above puts the separators at the start
  const rest = stem.slice(match.index + match[0].length).replace(/^[_-]+/, '')
  const number = digits.length > 4 ? Number.NaN : Number.parseInt(digits, 10)
  // The kind is read from the slug's snake-case form, so a name and its canonical
  // form read the same (`…GenPrompt日本preprompt#` ends in `_preprompt` once snake-cased).
  const whole = toSnakeCase(rest)
  // A numbered variant of the step (`_0_`, `_1_` before the slug) is no part of the slug.
  const variant = variantPart.exec(whole)?.[1] ?? ''
  const snake = variant ? whole.slice(variant.length + 1) : whole
  const unvaried = variant ? rest.replace(/^\d{1,2}[^A-Za-z0-9]*/, '') : rest
  const suffix = snakeSuffix.exec(snake)
  let kind: Kind = 'foundation'
  let rawSlug = unvaried
  let slug = snake
  const word = suffix?.[1]
  const legacy = word === 'context' && number === 0
  if (suffix && (word !== 'context' || legacy)) {
    kind = legacy ? 'preprompt' : (word as Kind)
    const raw = kindSuffix.exec(unvaried)
    slug = snake.slice(0, suffix.index)
    rawSlug = raw ? unvaried.slice(0, raw.index) : slug && unvaried
  }
  if (!rest) return undefined
  return {
    name,
    prefix,
    rawPrefix,
    number,
    digits,
    letter,
    variant,
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

/**
 * How a suite spells its prompt names: the letter after a red's and a green's
 * number (`NN`/`NNb` by default, `NNa`/`NNb` in some suites), the separator and
 * whether names are lower case.
 */
export interface NameScheme {
  /** Letter after a red prompt's number: `''` (`NN`) or `a` (`NNa`). */
  red: string
  /** Letter after a green prompt's number: `b` (`NNb`). */
  green: string
  separator: '_' | '-'
  /** Whether names are lower case (`false`: the suite writes them in other cases). */
  lower: boolean
}

export const defaultScheme: NameScheme = {red: '', green: 'b', separator: '_', lower: true}

/** The canonical name for a prompt: `[prefix_]prompt_NN[b]_[variant_]slug[_kind].md`, spelled as the scheme says. */
export function formatName(
  parts: {
    prefix: string
    number: number
    slug: string
    kind: Kind
    variant?: string
  },
  scheme: NameScheme = defaultScheme
): string {
  const head = parts.prefix ? parts.prefix + '_prompt_' : 'prompt_'
  const number = parts.kind === 'preprompt' ? '00' : formatNumber(parts.number)
  const letter = parts.kind === 'green' ? scheme.green : parts.kind === 'red' ? scheme.red : ''
  const variant = parts.variant ? parts.variant + '_' : ''
  const tail =
    parts.kind === 'foundation' ? parts.slug : (parts.slug ? parts.slug + '_' : '') + parts.kind
  const name = head + number + letter + '_' + variant + tail
  return name.replaceAll('_', scheme.separator) + '.md'
}

/** The canonical form of a parsed name, with the folder's prefix, in the suite's naming scheme. */
export function canonicalName(
  prompt: PromptName,
  prefix: string,
  scheme: NameScheme = defaultScheme
): string {
  return formatName({...prompt, prefix, slug: prompt.slug || placeholder(prompt.kind)}, scheme)
}

/** `NN`, `NNa`, `NNb`: how a letter scheme is shown. */
export function letterScheme(letter: string): string {
  return 'NN' + letter
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
 * lone green with different slugs are one pair, and that the numbered variants
 * of a step (`prompt_00_0_goal.md`, `prompt_00_1_goal_simplified.md`) are one step.
 */
export function stepsOf(prompts: PromptName[]): PromptName[][] {
  const has = (kind: Kind) => prompts.some((each) => each.kind === kind)
  if (prompts.length === 2 && has('red') && has('green')) return [prompts]
  const bySlug = new Map<string, PromptName[]>()
  for (const prompt of prompts) {
    const slug = prompt.variant ? '#variants' : prompt.slug
    // Stryker disable next-line StringLiteral,EqualityOperator: `f:` and `p:` only keep foundation and pair keys apart (one empty, or swapped, they still are)
    const key = (prompt.kind === 'foundation' ? 'f:' : 'p:') + slug
    bySlug.set(key, [...(bySlug.get(key) ?? []), prompt])
  }
  return [...bySlug.values()].sort((a, b) =>
    // Stryker disable next-line EqualityOperator: two steps never have one representative name
    representative(a).name < representative(b).name ? -1 : 1
  )
}

/**
 * The step numbers of a folder (`01` up), sorted: a folder keeps `byNumber` in
 * number order, and a number beyond `maxNumber` is `NaN`, never a key.
 */
export function stepNumbers(folder: {byNumber: ReadonlyMap<number, unknown>}): number[] {
  return [...folder.byNumber.keys()].filter((each) => each >= 1)
}

/** The file that stands for a step: its red (or foundation), else its first. */
export function representative(step: PromptName[]): PromptName {
  return step.find((each) => each.kind !== 'green') ?? step[0]!
}

/** A part of the naming scheme. */
export type SchemePart = 'red' | 'green' | 'separator' | 'case'

/** How many names of a scope follow the scheme's choice for a part, of how many. */
export interface SchemeEvidence {
  count: number
  total: number
  /** The choice as shown (`NNa`, `-`, `lower case`). */
  display: string
}

/** A naming scheme and, for each part, where it comes from. */
export interface LearnedScheme {
  scheme: NameScheme
  /** A part learned from the names (by the majority rule, or the one known choice a few names all make), with its evidence. */
  evidence: Partial<Record<SchemePart, SchemeEvidence>>
  /** Parts the configuration pins. */
  pinned: SchemePart[]
}

/** The scheme parts a configuration can pin (`style.names`). */
export interface NameSettings {
  red?: string
  green?: string
  separator?: '_' | '-'
  case?: 'lower' | 'any'
}

export interface LearnSettings {
  /** Learn from the names at all (default true). */
  infer?: boolean
  threshold?: number
  minimum?: number
  names?: NameSettings
}

/**
 * The naming scheme of a scope's prompts, part by part: a choice at least
 * `threshold` of at least `minimum` names make; with fewer names, the one known
 * choice they all make (`NNa` reds, `-` separators); else the default. A part the
 * configuration pins is not learned.
 */
export function learnScheme(prompts: PromptName[], settings: LearnSettings = {}): LearnedScheme {
  const {infer = true, threshold = 0.8, minimum = 5, names = {}} = settings
  const scheme = {...defaultScheme}
  const evidence: LearnedScheme['evidence'] = {}
  // Stryker disable next-line ArrayDeclaration: only the four part names are ever looked up in it
  const pinned: SchemePart[] = []
  const numbered = prompts.filter((each) => !Number.isNaN(each.number))
  const parts: Array<{
    part: SchemePart
    pin: string | undefined
    values: string[]
    known: string[]
    show: (value: string) => string
    set: (value: string) => void
  }> = [
    {
      part: 'red',
      pin: names.red?.slice(2),
      values: lettersOf(numbered, 'red'),
      known: ['', 'a'],
      show: letterScheme,
      set: (value) => (scheme.red = value)
    },
    {
      part: 'green',
      pin: names.green?.slice(2),
      values: lettersOf(numbered, 'green'),
      known: ['b'],
      show: letterScheme,
      set: (value) => (scheme.green = value)
    },
    {
      part: 'separator',
      pin: names.separator,
      values: prompts.map((each) => separatorOf(each.name)),
      known: ['_', '-'],
      show: (value) => value,
      set: (value) => (scheme.separator = value as NameScheme['separator'])
    },
    {
      part: 'case',
      pin: names.case,
      values: prompts.map((each) => (each.name === each.name.toLowerCase() ? 'lower' : 'any')),
      known: ['lower'],
      // A name is only ever held to a learned lower case (no name breaks `any`).
      show: () => 'lower case',
      set: (value) => (scheme.lower = value === 'lower')
    }
  ]
  for (const {part, pin, values, known, show, set} of parts) {
    if (pin !== undefined) {
      set(pin)
      pinned.push(part)
      continue
    }
    if (!infer) continue
    const [value, count] = majority(values)
    // A name that mixes separators shows no separator to learn.
    if (value === 'mixed') continue
    if (values.length >= minimum) {
      if (count < threshold * values.length) continue
      set(value)
      evidence[part] = {count, total: values.length, display: show(value)}
    } else if (count === values.length && count >= 2 && known.includes(value)) {
      // Two names at least: one name alone shows no house style.
      set(value)
      evidence[part] = {count, total: values.length, display: show(value)}
    }
  }
  return {scheme, evidence, pinned}
}

/** Part by part, the scheme a narrower scope's names decide, else the wider one's. */
export function narrowest(narrow: LearnedScheme, wide: LearnedScheme): LearnedScheme {
  const scheme = {...wide.scheme}
  const evidence = {...wide.evidence}
  const own = narrow.evidence
  if (own.red) scheme.red = narrow.scheme.red
  if (own.green) scheme.green = narrow.scheme.green
  if (own.separator) scheme.separator = narrow.scheme.separator
  if (own.case) scheme.lower = narrow.scheme.lower
  return {scheme, evidence: {...evidence, ...own}, pinned: wide.pinned}
}

function lettersOf(prompts: PromptName[], kind: Kind): string[] {
  return prompts.filter((each) => each.kind === kind).map((each) => each.letter.toLowerCase())
}

/** `_`, `-`, or `mixed` for a name that uses both (or neither). */
function separatorOf(name: string): string {
  // The extension holds neither.
  const underscore = name.includes('_')
  const dash = name.includes('-')
  return underscore === dash ? 'mixed' : underscore ? '_' : '-'
}

/** The most frequent value and its count; on a tie, the first seen. */
function majority(values: string[]): [string, number] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  // Stryker disable next-line StringLiteral: any value counted replaces it, and a count of 0 is never learned
  let best: [string, number] = ['', 0]
  // Stryker disable next-line EqualityOperator: a tie never decides (80% of at least 5, or all of fewer)
  for (const [value, count] of counts) if (count > best[1]) best = [value, count]
  return best
}

/** The scheme in force as `--print-config` shows it: each part, how it is written and where it comes from. */
export function describeScheme(
  learned: LearnedScheme
): Record<SchemePart, {scheme: string; from: string}> {
  const {scheme, evidence, pinned} = learned
  const from = (part: SchemePart) => {
    const found = evidence[part]
    if (found) return `${found.count} of ${found.total} names`
    return pinned.includes(part) ? 'configuration' : 'default'
  }
  return {
    red: {scheme: letterScheme(scheme.red), from: from('red')},
    green: {scheme: letterScheme(scheme.green), from: from('green')},
    separator: {scheme: scheme.separator, from: from('separator')},
    case: {scheme: scheme.lower ? 'lower' : 'any', from: from('case')}
  }
}
