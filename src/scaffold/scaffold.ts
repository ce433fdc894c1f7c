/**
 * Scaffolding: the files `tdd-prompt-lint init` and `tdd-prompt-lint new` write.
 *
 * Templates come from the configuration the rules read (required sections per
 * kind, test kinds, component-list sections, preprompts), so a fresh scaffold
 * satisfies every structural rule and only its empty sections are left to fill
 * in. Plain logic: no process, no console; refusals throw `ScaffoldError` with a
 * one-line reason, and nothing is written before every check has passed.
 *
 * Data safety: every write is atomic — a new file is written to a temporary file
 * beside it (created exclusively) and hard-linked into place, which fails rather
 * than overwrite; an edited file is written to a temporary file and renamed over
 * the original. An edited file keeps its BOM and line endings. Nothing is read
 * or written through a symbolic link that leads out of the working folder, no
 * read is unbounded (1 MiB), and when any step fails the new files are removed
 * and the originals are untouched, byte for byte.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import type {List, ListItem, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import requiredSections from '../../rules/required-sections.js'
import {maxDataBytes, readRegularFile} from '../io/files.js'
import type {LintSettings} from '../engine/lint.js'
import {links, outline} from '../suite/markdown.js'
import {
  formatName,
  isPromptFileName,
  parsePromptName,
  toSnakeCase,
  type Kind
} from '../suite/names.js'
import {ruleOptions} from '../engine/rule.js'
import {sectionKey, testKindNames, testKindsOf} from '../suite/facts.js'
import {didYouMean} from '../config/suggest.js'
import {placeholder as fillIn} from './placeholder.js'
import {SuiteModel, type Folder} from '../suite/model.js'
import type {Plan} from '../suite/plans.js'

/** A refusal: nothing was written; the message is the one-line reason. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError'
}

/** What the templates are made of, resolved from the lint configuration. */
export interface ScaffoldConfig {
  /** Sections pinned per kind (`required-sections`); a kind not pinned follows the house style. */
  sections: Partial<Record<Kind, string[]>>
  /** Configured preprompts: absolute folder → absolute preprompt file. */
  preprompts: Record<string, string>
  /** The day written into a new prompt's changelog (`RV_YYYYMMDD`). Default: today. */
  today?: Date
}

/** Resolve the templates' configuration the way the rules resolve their options. */
export function scaffoldConfig(settings: LintSettings, cwd: string): ScaffoldConfig {
  const required = ruleOptions(requiredSections, settings.rules?.['required-sections'])
  const preprompts: Record<string, string> = {}
  for (const [folder, target] of Object.entries(settings.preprompts ?? {})) {
    preprompts[path.resolve(cwd, folder)] = path.resolve(cwd, target)
  }
  return {sections: required.sections, preprompts}
}

/** The file operations the writes use; tests pass one that fails. */
export type WriteFs = Pick<
  typeof fs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'linkSync' | 'renameSync' | 'unlinkSync'
>

export interface InitOptions {
  /** Suite folder, relative to `cwd` or absolute; created if missing. */
  folder: string
  /** Package name: lower snake case, or a name that converts to it (`MyPackage`, `my-package`). */
  packageName: string
  cwd: string
  /** Default: the rules' defaults. */
  config?: ScaffoldConfig
  /** Default: node:fs. */
  fs?: WriteFs
}

export interface ScaffoldResult {
  /** Files written, absolute paths. */
  written: string[]
  /** Existing files changed (a preprompt whose component list grew), absolute paths. */
  updated: string[]
}

/**
 * Write `<folder>/[prefix_]prompt_00_<package>_preprompt.md`, shaped like the
 * repository's other preprompts (else the methodology's template).
 */
export function initSuite(options: InitOptions): ScaffoldResult {
  const {cwd} = options
  const config = options.config ?? scaffoldConfig({}, cwd)
  const name = packageSlug(options.packageName)
  const dir = path.resolve(cwd, options.folder)
  const shown = display(cwd, dir)
  refuseOutside(cwd, dir)
  let prefix = ''
  const model = new SuiteModel({root: cwd, preprompts: config.preprompts})
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`)
    const folder = model.folder(dir)
    const [existing] = folder.preprompts
    if (existing) {
      throw new ScaffoldError(`\`${shown}\` already has a preprompt \`${existing.name}\``)
    }
    prefix = folder.prefix
  }
  const file = path.join(dir, formatName({prefix, number: 0, slug: name, kind: 'preprompt'}))
  refuseExisting(cwd, [file])
  const text = renderPrompt({
    kind: 'preprompt',
    title: `Meta-Prompt: ${words(name)} Package Generation`,
    sections: templateSections(model, dir, 'preprompt', config),
    today: config.today
  })
  fs.mkdirSync(dir, {recursive: true})
  writeAll([{file, text}], [], options.fs ?? fs)
  return {written: [file], updated: []}
}

export interface NewOptions {
  /** The pair's slug, lower snake case. */
  slug: string
  /** Suite folder, relative to `cwd` or absolute. Default: `cwd`. */
  suite?: string
  /** Test kind: unit, integration, pre-flight, end-to-end… Default: `unit`. */
  kind?: string
  /** The pair's number, free in the suite (`renumber --insert-at` makes room). Default: the next one. */
  number?: number
  cwd: string
  /** Default: the rules' defaults. */
  config?: ScaffoldConfig
  /** Default: node:fs. */
  fs?: WriteFs
  /** Longest that parsing and editing the preprompt may take, in milliseconds (default 10 s). */
  timeout?: number
}

export interface NewResult extends ScaffoldResult {
  /** The preprompt the suite works under, absolute path. */
  preprompt: string
}

/**
 * Write the next red/green pair of a suite, shaped like the suite's other red and
 * green prompts (else the methodology's template): the red names the test file
 * it generates, the green cites it under Dependencies. A preprompt that keeps a
 * component list linking the folder's prompts gets the pair added.
 */
export function newPair(options: NewOptions): NewResult {
  const {cwd} = options
  const config = options.config ?? scaffoldConfig({}, cwd)
  const slug = checkSlug(options.slug)
  const kind = checkKind(options.kind)
  const dir = path.resolve(cwd, options.suite ?? '.')
  const shown = display(cwd, dir)
  if (!fs.existsSync(dir)) throw new ScaffoldError(`suite folder \`${shown}\` does not exist`)
  refuseOutside(cwd, dir)
  if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`)

  const model = new SuiteModel({root: cwd, preprompts: config.preprompts})
  const folder = model.folder(dir)
  // The next number of the folder's sequence (`api/` continuing `store/`): the domain's last
  // folder takes the domain's next number, any other folder its own.
  const domain = model.numberingDomain(dir)
  const numbered = domain.at(-1) === dir ? domain : [dir]
  const numbers = numbered.flatMap((each) => [...model.folder(each).byNumber.keys()])
  const number = options.number ?? Math.max(0, ...numbers) + 1
  if (options.number !== undefined && folder.byNumber.has(number)) {
    throw new ScaffoldError(
      `suite \`${shown}\` already has prompts numbered ${formatNumber2(number)}`
    )
  }
  if (number > 99) throw new ScaffoldError(`suite \`${shown}\` already has pair 99, the last one`)
  // Named in the suite's own scheme (`NNa` reds, kebab case…).
  const scheme = model.names(dir).scheme
  const red = path.join(dir, formatName({prefix: folder.prefix, number, slug, kind: 'red'}, scheme))
  const green = path.join(
    dir,
    formatName({prefix: folder.prefix, number, slug, kind: 'green'}, scheme)
  )
  refuseExisting(cwd, [red, green])

  const resolved = model.preprompt(dir)
  if (!resolved) {
    throw new ScaffoldError(
      `no preprompt for \`${shown}\`: run \`tdd-prompt-lint init ${shown} --package <name>\` first, or configure \`preprompts\``
    )
  }
  const preprompt = resolved.file
  const component = componentName(slug)
  const redSections = templateSections(model, dir, 'red', config)
  const greenSections = templateSections(model, dir, 'green', config)
  // Links the house style expects: the preprompt; in a green whose template cites no
  // test file (no Primary Prompt, no Dependencies), its red.
  const prepromptLink = `Read [the preprompt](${linkUrl(path.relative(dir, preprompt).split(path.sep).join('/'))}) first.`
  const links = (kind: 'red' | 'green', sections: TemplateSection[]) => {
    const found: string[] = []
    if (model.expects(dir, kind, 'link:preprompt')) found.push(prepromptLink)
    const cites = sections.some((section) =>
      ['primary prompt', 'dependencies'].includes(sectionKey(section.name))
    )
    if (kind === 'green' && !cites) {
      found.push(`Make the test from [the red prompt](${linkUrl(path.basename(red))}) pass.`)
    }
    return found
  }
  const testFile = `${testFolder(model, folder)}${slug}${kind === 'integration' ? '_integration' : ''}_test.go`
  const number2 = formatNumber2(number)
  const files = [
    {
      file: red,
      text: renderPrompt({
        kind: 'red',
        title: `Prompt ${number2}: ${testTitle(kind)} for ${component}`,
        sections: redSections,
        links: links('red', redSections),
        testFile,
        today: config.today
      })
    },
    {
      file: green,
      text: renderPrompt({
        kind: 'green',
        title: `Prompt ${number2}: Implementation for ${component}`,
        sections: greenSections,
        links: links('green', greenSections),
        testFile,
        today: config.today
      })
    }
  ]
  const updates: Update[] = []
  if (resolved.how === 'own') {
    // The preprompt itself may be a link: the file written is the one it leads to,
    // which must be inside the working folder.
    const target = refuseOutside(cwd, preprompt)
    const original = readBounded(cwd, target)
    const {bom, text} = splitBom(original)
    const entry = `${words(slug)}: [red](${linkUrl(path.basename(red))}), [green](${linkUrl(path.basename(green))})`
    // Finding the list parses the preprompt too: inside the time bound, like the edit.
    const edited = editText(
      cwd,
      target,
      () => {
        const list = componentList(text)
        return list ? addToComponentList(text, entry, [list]) : undefined
      },
      options.timeout ?? 10_000
    )
    if (edited !== undefined) {
      updates.push({file: target, original, bytes: Buffer.from(bom + edited, 'utf8')})
    }
  }
  for (const plan of model.plans(dir)) {
    // A preprompt that lists its suite is a plan too: its component list is edited above.
    if (model.prompt(plan.file)) continue
    const target = refuseOutside(cwd, plan.file)
    const original = readBounded(cwd, target)
    const {bom, text} = splitBom(original)
    const edited = addToPlan(text, plan, dir, number, {
      red: {
        name: path.basename(red),
        description: `"Red" prompt for the ${component} ${kind} test.`
      },
      green: {
        name: path.basename(green),
        description: `"Green" prompt for the ${component} implementation.`
      }
    })
    if (edited !== text)
      updates.push({file: target, original, bytes: Buffer.from(bom + edited, 'utf8')})
  }
  writeAll(files, updates, options.fs ?? fs)
  return {written: [red, green], updated: updates.map((update) => update.file), preprompt}
}

/**
 * A plan that lists the folder's prompts gets entries for a new pair, after the
 * entries of the step before it (else after the folder's last entry), written as
 * that entry is: its list marker, its escaping (`prompt\_07\_…`), its separator.
 */
export function addToPlan(
  text: string,
  plan: Plan,
  dir: string,
  number: number,
  pair: Record<'red' | 'green', {name: string; description: string}>
): string {
  const own = plan.entries.filter(
    (entry) => entry.folder === dir && entry.prompt.kind !== 'preprompt'
  )
  if (own.length === 0) return text
  const before = own.filter((entry) => entry.prompt.number < number)
  const anchor = (before.length > 0 ? before : own).at(-1)!
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  const line = lines[anchor.line - 1]
  if (line === undefined || anchor.endLine !== anchor.line) return text
  const head = line.slice(0, anchor.column - 1)
  const rest = line.slice(anchor.endColumn - 1)
  const at = anchor.description ? rest.indexOf(anchor.description) : -1
  const separator = at === -1 ? ': ' : rest.slice(0, at)
  const escaped = line.slice(anchor.column - 1, anchor.endColumn - 1).includes('\\_')
  const written = (name: string) => (escaped ? name.replace(/_/g, '\\_') : name)
  const added = (['red', 'green'] as const).map(
    (kind) => head + written(pair[kind].name) + separator + pair[kind].description
  )
  lines.splice(anchor.line, 0, ...added)
  return lines.join(eol)
}

/** The heading of a preprompt's section that lists the folder's prompts with links, if it has one. */
function componentList(text: string): string | undefined {
  const tree = parse(text)
  return outline(tree).sections.find((section) =>
    section.content.some((node) => node.type === 'list' && linksOwnPrompts(node))
  )?.text
}

/**
 * Append a list item to a preprompt's component list: the list under the first
 * section named like one of `sections` that links the folder's own prompts (else
 * its last list), keeping the list's marker, numbering, indent and spacing. A
 * section without a list gets one; a preprompt without the section gets both.
 */
export function addToComponentList(text: string, entry: string, sections: string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const tree = parse(text)
  const keys = new Set(sections.map(sectionKey))
  const section = outline(tree).sections.find((each) => keys.has(sectionKey(each.text)))
  if (!section) {
    const heading = sections[0] ?? 'Components'
    return text.replace(/\s*$/, '') + eol + eol + `## ${heading}` + eol + eol + `- ${entry}` + eol
  }
  const firstHeading = section.content.findIndex((node) => node.type === 'heading')
  const lead = firstHeading === -1 ? section.content : section.content.slice(0, firstHeading)
  const lists = lead.filter((node): node is List => node.type === 'list')
  const list = lists.filter(linksOwnPrompts).at(-1) ?? lists.at(-1)
  const item = list?.children.at(-1)
  if (list && item && list.position?.end.offset !== undefined) {
    const at = list.position.end.offset
    const separator = list.spread ? eol + eol : eol
    return text.slice(0, at) + separator + marker(text, item) + entry + text.slice(at)
  }
  const last = lead.at(-1) ?? section.node
  const at = last.position?.end.offset ?? text.length
  return text.slice(0, at) + eol + eol + `- ${entry}` + text.slice(at)
}

// Templates.

/** A section of a template: a heading (`depth` 1-6) or a bold label (`depth` 0). */
export interface TemplateSection {
  name: string
  depth: number
}

/** The methodology's template, for a repository with no house style of its own. */
const methodology: Record<Kind, TemplateSection[]> = {
  preprompt: [
    {name: 'Persona', depth: 0},
    {name: '1. Package Overview', depth: 2},
    {name: '2. Methodology & Guidelines', depth: 2},
    {name: 'Prompt Changelog', depth: 2}
  ],
  red: [
    {name: 'Objective', depth: 0},
    {name: 'TDD Phase', depth: 0},
    {name: 'Primary Prompt (Concise)', depth: 2},
    {name: 'Reinforcement Prompt (Detailed Context)', depth: 2},
    {name: 'Persona', depth: 0},
    {name: 'Your Specific Task', depth: 0},
    {name: 'Key Requirements to Fulfill', depth: 0},
    {name: 'Dependencies (Full source code to be provided)', depth: 0},
    {name: 'Prompt Changelog', depth: 2}
  ],
  green: [],
  foundation: []
}
methodology.green = methodology.red
methodology.foundation = methodology.red

/**
 * The sections a new prompt of a kind gets: the pinned ones, else those of the
 * most recent prompt of that kind in the folder (then in the repository) that has
 * every part the house style expects, else the methodology's template.
 */
export function templateSections(
  model: SuiteModel,
  dir: string,
  kind: Kind,
  config: ScaffoldConfig
): TemplateSection[] {
  const pinned = config.sections[kind]
  if (pinned) return pinned.map((name) => ({name, depth: 2}))
  const root = model.styleScope(dir, kind)
  const expected = [...model.expected(dir, kind).keys()].filter((part) =>
    part.startsWith('section:')
  )
  const candidates = [
    ...model
      .folder(dir)
      .prompts.map((prompt) => path.join(dir, prompt.name))
      .reverse(),
    ...model.scope(root).prompts.slice().reverse(),
    // A new folder has no scope of its own yet: its repository's prompts.
    ...model.scope(model.root(dir)).prompts.slice().reverse()
  ]
  for (const file of candidates) {
    const folder = model.folder(path.dirname(file))
    const prompt = folder.byName.get(path.basename(file))
    const facts = model.facts(file)
    if (!prompt || prompt.kind !== kind || !model.judged(prompt, facts)) continue
    const keys = new Set(facts.sections.map((section) => 'section:' + section.key))
    if (!expected.every((part) => keys.has(part))) continue
    // The sections the scope's prompts share (when it has a style), not this one's extras.
    const found = facts.sections.filter(
      (section) =>
        !/^rv[_-]?\d/.test(section.key) &&
        (expected.length === 0 || expected.includes('section:' + section.key))
    )
    if (found.length > 0)
      return found.map((section) => ({name: section.text.replace(/:$/, ''), depth: section.depth}))
  }
  return methodology[kind]
}

/** A prompt of the methodology's shape: title, sections with placeholders, a first changelog entry. */
export function renderPrompt(options: {
  kind: Kind
  title: string
  sections: TemplateSection[]
  /** Sentences with links (to the preprompt, to the red): under a `Context` section, else after the title. */
  links?: string[]
  testFile?: string
  today?: Date | undefined
}): string {
  const {kind, testFile} = options
  const phase = {red: 'Red', green: 'Green', foundation: 'Foundation', preprompt: ''}[kind]
  const blocks = [`# **${options.title}**`]
  const links = (options.links ?? []).join(' ')
  const context = options.sections.find((section) => sectionKey(section.name) === 'context')
  if (links && !context) blocks.push(links)
  let changelog = false
  for (const [index, section] of options.sections.entries()) {
    const key = sectionKey(section.name)
    // A heading whose next section is a label holds that label: no placeholder of its own.
    const holdsLabel = options.sections[index + 1]?.depth === 0
    const body =
      links && section === context ? {inline: links, block: ''} : placeholder(kind, key, testFile)
    if (section.depth === 0) {
      const value = key === 'tdd phase' ? phase : body.inline
      blocks.push(`**${section.name}:**${value ? ' ' + value : ''}`)
      if (key !== 'tdd phase' && body.block) blocks.push(body.block)
      continue
    }
    if (key === 'prompt changelog') {
      changelog = true
      blocks.push('---')
    }
    blocks.push(
      `${'#'.repeat(section.depth)} ${section.depth === 1 || changelog ? section.name : `**${section.name}**`}`
    )
    if (key === 'prompt changelog') {
      blocks.push(`### RV_${stamp(options.today ?? new Date())}`, 'First version of the prompt.')
    } else if (!holdsLabel && (body.block || body.inline)) {
      blocks.push(body.block || body.inline)
    }
  }
  return blocks.join('\n\n') + '\n'
}

/** What a new section holds: a placeholder to replace (`<!-- fill in: … -->`, which the `placeholder` rule reports), or known text. */
function placeholder(
  kind: Kind,
  key: string,
  testFile: string | undefined
): {inline: string; block: string} {
  const todo = fillIn
  if (key === 'primary prompt' && testFile) {
    return kind === 'green'
      ? {
          inline: '',
          block: `Your task is to generate the implementation that makes \`${testFile}\` pass. ${todo('Name the files to generate.')}`
        }
      : {
          inline: '',
          block: `Your task is to generate the failing test file \`${testFile}\`. ${todo('Say what it tests.')}`
        }
  }
  if (key === 'dependencies' && testFile && kind === 'green') {
    return {inline: '', block: `1.  \`${testFile}\` (The Specification)`}
  }
  const text = {
    objective: 'What this prompt generates, in one sentence.',
    persona: 'Who the model is while it writes this.',
    'your specific task': 'The files to generate, and what they must do.',
    'key requirements to fulfill': 'One bullet per requirement, with its ID: (L1-1.1).',
    dependencies: 'The source files to paste in with this prompt.'
  }[key]
  return {inline: todo(text), block: ''}
}

function stamp(day: Date): string {
  return day.toISOString().slice(0, 10).replace(/-/g, '')
}

/** `Unit Tests`, `Integration Test`, `Pre-flight Test`… for a test kind. */
function testTitle(kind: string): string {
  const known: Record<string, string> = {
    unit: 'Unit Tests',
    integration: 'Integration Test',
    'pre-flight': 'Pre-flight Test',
    'end-to-end': 'End-to-end Test',
    contract: 'Contract Tests',
    property: 'Property Tests'
  }
  return known[kind] ?? `${words(kind)} Tests`
}

/** `cache_warmer` → `CacheWarmer`. */
function componentName(slug: string): string {
  return slug
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

/** The folder of the suite's other test files (`conductor/`), from what its reds name. */
function testFolder(model: SuiteModel, folder: Folder): string {
  for (const prompt of [...folder.prompts].reverse()) {
    if (prompt.kind !== 'red') continue
    const named = model.facts(path.join(folder.dir, prompt.name))?.testFiles[0]?.value
    if (named?.includes('/')) return named.slice(0, named.lastIndexOf('/') + 1)
  }
  return ''
}

function formatNumber2(value: number): string {
  return String(value).padStart(2, '0')
}

// Checks.

const snakeCase = /^[a-z0-9]+(?:_[a-z0-9]+)*$/

/** A slug the naming rule accepts as is. Throws with a suggestion. */
export function checkSlug(slug: string): string {
  if (snakeCase.test(slug) && roundTrips(slug, 'red') && roundTrips(slug, 'green')) return slug
  const suggestion = toSnakeCase(slug)
  throw new ScaffoldError(
    `invalid slug \`${slug}\`, expected lower snake case ` +
      (suggestion && suggestion !== slug && snakeCase.test(suggestion)
        ? `(\`${suggestion}\`)`
        : '(lower-case letters and digits joined by single `_`)')
  )
}

/** A package name in lower snake case, converted from `MyPackage` or `my-package`. */
function packageSlug(name: string): string {
  const converted = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/.test(name) ? toSnakeCase(name) : ''
  if (snakeCase.test(converted) && roundTrips(converted, 'preprompt')) return converted
  throw new ScaffoldError(
    `invalid package name \`${name}\`, expected lower snake case (letters and digits joined by \`_\` or \`-\`)`
  )
}

/** The canonical file name reads back as the same slug and kind. */
function roundTrips(slug: string, kind: Kind): boolean {
  const name = formatName({prefix: '', number: kind === 'preprompt' ? 0 : 1, slug, kind})
  const parsed = parsePromptName(name)
  return parsed?.slug === slug && parsed.rawSlug === slug && parsed.kind === kind
}

/**
 * One of the test kinds the `test-kind` rule reads (`unit`, `integration`,
 * `pre-flight`, `end-to-end`, `contract`, `property`), however it is written
 * (`Pre-flight`, `preflight`, `e2e`).
 */
function checkKind(kind: string | undefined): string {
  if (kind === undefined) return 'unit'
  const plain = kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const [read, other] = plain ? testKindsOf(`${plain} test`) : []
  if (read !== undefined && other === undefined) return read
  const suggestion = didYouMean(plain, testKindNames)
  throw new ScaffoldError(
    `unknown test kind \`${kind}\`` +
      (suggestion || `, expected one of ${testKindNames.map((name) => `\`${name}\``).join(', ')}`)
  )
}

// Helpers.

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

function parse(text: string): Root {
  return processor.parse(text)
}

/** Whether a list links a prompt file in the preprompt's own folder. */
function linksOwnPrompts(list: List): boolean {
  const here = path.resolve('/')
  return links({type: 'root', children: [list as RootContent]}, here).some(
    (link) =>
      link.target !== undefined &&
      path.dirname(link.target) === here &&
      isPromptFileName(path.basename(link.target))
  )
}

/** The marker (and indent) the next item of a list starts with, after `item`. */
function marker(text: string, item: ListItem): string {
  const start = item.position?.start
  if (start?.offset === undefined) return '- '
  const indent = ' '.repeat(Math.max(0, start.column - 1))
  const head = text.slice(start.offset, start.offset + 16)
  const ordered = /^(\d{1,9})([.)])( +)/.exec(head)
  if (ordered) {
    const next = Number(ordered[1]) + 1
    return `${indent}${next}${ordered[2]}${ordered[3]}`
  }
  const bullet = /^([-*+])( +)/.exec(head)
  return bullet ? `${indent}${bullet[1]}${bullet[2]}` : `${indent}- `
}

/** `cache_warmer` → `Cache warmer`. */
function words(slug: string, capital = true): string {
  const text = slug.replace(/_/g, ' ')
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/** A relative path as a link destination: each segment percent-encoded where needed. */
function linkUrl(relative: string): string {
  return relative
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()]/g,
        (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()
      )
    )
    .join('/')
}

function display(cwd: string, file: string): string {
  return (path.relative(cwd, file) || '.').split(path.sep).join('/')
}

function refuseExisting(cwd: string, files: string[]): void {
  for (const file of files) {
    if (fs.existsSync(file) || isDanglingLink(file)) {
      throw new ScaffoldError(`\`${display(cwd, file)}\` already exists, not overwriting it`)
    }
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

interface Update {
  /** The file to replace (no link: the file a link leads to). */
  file: string
  /** Its bytes as read, to check that nobody changed it meanwhile. */
  original: Buffer
  bytes: Buffer
}

/**
 * Write new files (never over an existing one) and then the update, each
 * atomically; on a failure, remove the new files and any temporary file, and
 * leave the original of the update as it was.
 */
function writeAll(
  files: Array<{file: string; text: string}>,
  updates: Update[],
  io: WriteFs
): void {
  const written: string[] = []
  const replaced: Update[] = []
  try {
    for (const {file, text} of files) {
      createAtomically(io, file, Buffer.from(text, 'utf8'))
      written.push(file)
    }
    for (const update of updates) {
      const now = readRegularFile(update.file, maxDataBytes)
      if (!Buffer.isBuffer(now) || !now.equals(update.original)) {
        throw new ScaffoldError(
          `\`${path.basename(update.file)}\` changed while it was being edited`
        )
      }
      replaceAtomically(io, update.file, update.bytes)
      replaced.push(update)
    }
  } catch (error) {
    // Put back what was replaced, newest first, then remove the new files.
    for (const update of replaced.reverse()) {
      try {
        replaceAtomically(io, update.file, update.original)
      } catch {
        // Nothing more can be done for this file; the error below says what failed.
      }
    }
    for (const file of written) removeQuietly(io, file)
    throw error
  }
}

/** A temporary file beside `file`, created exclusively, holding `bytes`; its path. */
function writeTemporary(io: WriteFs, file: string, bytes: Buffer, mode = 0o666): string {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`
  )
  const fd = io.openSync(temporary, 'wx', mode)
  try {
    for (let offset = 0; offset < bytes.length;) {
      offset += io.writeSync(fd, bytes, offset, bytes.length - offset)
    }
    io.fsyncSync(fd)
  } catch (error) {
    io.closeSync(fd)
    removeQuietly(io, temporary)
    throw error
  }
  io.closeSync(fd)
  return temporary
}

/** A new file, whole or not at all: a temporary file linked into place (which fails if `file` exists). */
function createAtomically(io: WriteFs, file: string, bytes: Buffer): void {
  const temporary = writeTemporary(io, file, bytes)
  try {
    io.linkSync(temporary, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    throw new ScaffoldError(`\`${path.basename(file)}\` already exists, not overwriting it`, {
      cause: error
    })
  } finally {
    removeQuietly(io, temporary)
  }
}

/** An existing file replaced whole: a temporary file with its mode renamed over it. */
function replaceAtomically(io: WriteFs, file: string, bytes: Buffer): void {
  const temporary = writeTemporary(io, file, bytes, fs.statSync(file).mode & 0o7777)
  try {
    io.renameSync(temporary, file)
  } catch (error) {
    removeQuietly(io, temporary)
    throw error
  }
}

function removeQuietly(io: WriteFs, file: string): void {
  try {
    io.unlinkSync(file)
  } catch {
    // Already gone.
  }
}

/** A file's text without its BOM, and the BOM (`''` when none), so that offsets in the text are offsets in the markdown. */
function splitBom(bytes: Buffer): {bom: string; text: string} {
  const text = bytes.toString('utf8')
  return text.startsWith('\uFEFF') ? {bom: '\uFEFF', text: text.slice(1)} : {bom: '', text}
}

/** A file to edit, read whole but at most 1 MiB, and only a regular file. */
function readBounded(cwd: string, file: string): Buffer {
  const bytes = readRegularFile(file, maxDataBytes)
  if (!Buffer.isBuffer(bytes)) {
    throw new ScaffoldError(`cannot edit \`${display(cwd, file)}\`: ${bytes.reason}`)
  }
  return bytes
}

const context = vm.createContext({})
const call = new vm.Script('run()')

/**
 * Run an edit of parsed markdown, bounded in time (V8 interrupts it, as the
 * engine bounds a parse): markdown nested too deeply or too slow to parse is a
 * refusal, not a crash or a hang.
 */
function editText<T>(cwd: string, file: string, edit: () => T, timeout: number): T {
  context.run = edit
  try {
    return call.runInContext(context, {timeout}) as T
  } catch (error) {
    const code = (error as {code?: unknown} | undefined)?.code
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new ScaffoldError(
        `cannot edit \`${display(cwd, file)}\`: its markdown takes longer than ${timeout / 1000} s to parse`
      )
    }
    if (!(error instanceof RangeError) && (error as Error | undefined)?.name !== 'RangeError') {
      throw error
    }
    throw new ScaffoldError(
      `cannot edit \`${display(cwd, file)}\`: its markdown is nested too deeply`
    )
  } finally {
    context.run = undefined
  }
}

/** The real path of `file` (or of its nearest existing folder) when it is inside the working folder's real path. */
function insideOf(cwd: string, file: string): string | undefined {
  let root: string
  try {
    root = fs.realpathSync(cwd)
  } catch {
    root = path.resolve(cwd)
  }
  let real: string | undefined
  for (let at = path.resolve(cwd, file), rest = ''; ;) {
    try {
      real = path.join(fs.realpathSync(at), rest)
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || path.dirname(at) === at) {
        if (isDanglingLink(at)) return undefined
        if (code !== 'ENOENT') return undefined
        real = path.join(at, rest)
        break
      }
      if (isDanglingLink(at)) return undefined
      rest = path.join(path.basename(at), rest)
      at = path.dirname(at)
    }
  }
  const relative = path.relative(root, real)
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : real
}

/** The real path of `file`, refusing one that a symbolic link takes out of the working folder. */
function refuseOutside(cwd: string, file: string): string {
  const real = insideOf(cwd, file)
  if (real === undefined) {
    throw new ScaffoldError(
      `\`${display(cwd, file)}\` leads outside the working folder (a symbolic link): not following it`
    )
  }
  return real
}
