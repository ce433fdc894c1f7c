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
import {VFile} from 'vfile'
import {prepromptIndex, prepromptReference, requiredSections, testKind} from '../rules/index.js'
import {maxDataBytes, readRegularFile} from './files.js'
import type {LintSettings} from './lint.js'
import {links, outline, sectionKey} from './markdown.js'
import {formatName, isPromptFileName, parsePromptName, toSnakeCase, type Kind} from './names.js'
import {prepromptLinks, relativeTo} from './preprompt.js'
import {ruleOptions} from './rule.js'
import {clearSuiteCache, suiteOf, type Suite} from './suite.js'

/** A refusal: nothing was written; the message is the one-line reason. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError'
}

/** What the templates are made of, resolved from the lint configuration. */
export interface ScaffoldConfig {
  /** Required sections of each kind (`required-sections`). */
  sections: Record<Kind, string[]>
  /** Test kinds a red prompt may ask for (`test-kind`). */
  kinds: string[]
  /** Headings that hold a preprompt's component list (`preprompt-index`). */
  componentSections: string[]
  /** Configured preprompts: absolute folder → absolute preprompt file. */
  preprompts: Record<string, string>
}

/** Resolve the templates' configuration the way the rules resolve their options. */
export function scaffoldConfig(settings: LintSettings, cwd: string): ScaffoldConfig {
  const setting = (id: string) => settings.rules?.[id]
  const required = ruleOptions(requiredSections, setting('required-sections'))
  const kinds = ruleOptions(testKind, setting('test-kind'))
  const index = ruleOptions(prepromptIndex, setting('preprompt-index'))
  const reference = ruleOptions(prepromptReference, setting('preprompt-reference'))
  const preprompts: Record<string, string> = {}
  for (const [folder, target] of Object.entries({
    ...settings.preprompts,
    ...reference.preprompts
  })) {
    preprompts[path.resolve(cwd, folder)] = path.resolve(cwd, target)
  }
  return {
    sections: required.sections,
    kinds: kinds.kinds,
    componentSections: index.sections,
    preprompts
  }
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
  /** Existing files changed (the preprompt whose component list grew), absolute paths. */
  updated: string[]
}

/**
 * Write `<folder>/[prefix_]prompt_00_<package>_preprompt.md` with every required
 * preprompt section; pairs the folder already has go into its component list.
 */
export function initSuite(options: InitOptions): ScaffoldResult {
  const {cwd} = options
  const config = options.config ?? scaffoldConfig({}, cwd)
  const name = packageSlug(options.packageName)
  const dir = path.resolve(cwd, options.folder)
  const shown = display(cwd, dir)
  refuseOutside(cwd, dir)
  let prefix = ''
  let pairs: Suite['byNumber'] = new Map()
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`)
    const suite = readSuite(dir)
    const [existing] = suite.preprompts
    if (existing) {
      throw new ScaffoldError(`\`${shown}\` already has a preprompt \`${existing.name}\``)
    }
    prefix = suite.prefix
    pairs = suite.byNumber
  }
  const file = path.join(dir, formatName({prefix, number: 0, slug: name, kind: 'preprompt'}))
  refuseExisting(cwd, [file])
  let text = renderPreprompt(name, config)
  for (const group of pairs.values()) {
    const [first] = group
    if (!first) continue
    const linked = [...group]
      .sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'red' ? -1 : 1
      )
      .map((prompt) => `[${prompt.kind}](${linkUrl(prompt.name)})`)
    text = addToComponentList(
      text,
      `${words(first.slug)}: ${linked.join(', ')}`,
      config.componentSections
    )
  }
  fs.mkdirSync(dir, {recursive: true})
  writeAll([{file, text}], undefined, options.fs ?? fs)
  clearSuiteCache()
  return {written: [file], updated: []}
}

export interface NewOptions {
  /** The pair's slug, lower snake case. */
  slug: string
  /** Suite folder, relative to `cwd` or absolute. Default: `cwd`. */
  suite?: string
  /** Test kind, one of the configured kinds. Default: `unit` (or the first kind configured). */
  kind?: string
  cwd: string
  /** Default: the rules' defaults. */
  config?: ScaffoldConfig
  /** Default: node:fs. */
  fs?: WriteFs
  /** Longest that parsing and editing the preprompt may take, in milliseconds (default 10 s). */
  timeout?: number
}

export interface NewResult extends ScaffoldResult {
  /** The preprompt the pair links, absolute path. */
  preprompt: string
}

/**
 * Write the next red/green pair of a suite and add it to the component list of
 * the suite's own preprompt (a borrowed preprompt is linked, never edited).
 */
export function newPair(options: NewOptions): NewResult {
  const {cwd} = options
  const config = options.config ?? scaffoldConfig({}, cwd)
  const slug = checkSlug(options.slug)
  const kind = checkKind(options.kind, config.kinds)
  const dir = path.resolve(cwd, options.suite ?? '.')
  const shown = display(cwd, dir)
  if (!fs.existsSync(dir)) throw new ScaffoldError(`suite folder \`${shown}\` does not exist`)
  refuseOutside(cwd, dir)
  if (!fs.statSync(dir).isDirectory()) throw new ScaffoldError(`\`${shown}\` is not a folder`)

  const suite = readSuite(dir)
  const numbers = [...suite.byNumber.keys()]
  const number = Math.max(0, ...numbers) + 1
  if (number > 99) throw new ScaffoldError(`suite \`${shown}\` already has pair 99, the last one`)
  const red = path.join(dir, formatName({prefix: suite.prefix, number, slug, kind: 'red'}))
  const green = path.join(dir, formatName({prefix: suite.prefix, number, slug, kind: 'green'}))
  refuseExisting(cwd, [red, green])

  const own = suite.preprompts[0]
  const preprompt = own ? path.join(dir, own.name) : borrowedPreprompt(suite, config, cwd)
  const pairLinks: PairLinks = {
    preprompt: relativeTo(dir, preprompt),
    prepromptName: parsePromptName(path.basename(preprompt))?.slug ?? '',
    red: path.basename(red)
  }
  const files = [
    {file: red, text: renderRed({slug, kind, links: pairLinks, sections: config.sections.red})},
    {file: green, text: renderGreen({slug, links: pairLinks, sections: config.sections.green})}
  ]
  let update: Update | undefined
  if (own) {
    // The preprompt itself may be a link: the file written is the one it leads to,
    // which must be inside the working folder.
    const target = refuseOutside(cwd, preprompt)
    const original = readBounded(cwd, target)
    const {bom, text} = splitBom(original)
    const entry = `${words(slug)}: [red](${linkUrl(path.basename(red))}), [green](${linkUrl(path.basename(green))})`
    const edited = editText(
      cwd,
      target,
      () => addToComponentList(text, entry, config.componentSections),
      options.timeout ?? 10_000
    )
    update = {file: target, original, bytes: Buffer.from(bom + edited, 'utf8')}
  }
  writeAll(files, update, options.fs ?? fs)
  clearSuiteCache()
  return {written: [red, green], updated: update ? [preprompt] : [], preprompt}
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

/** The preprompt a folder without its own uses: the configured one, else the one its prompts link to. */
function borrowedPreprompt(suite: Suite, config: ScaffoldConfig, cwd: string): string {
  const shown = display(cwd, suite.dir)
  const configured = config.preprompts[suite.dir]
  if (configured) {
    if (!isFile(configured)) {
      throw new ScaffoldError(
        `the configured preprompt \`${display(cwd, configured)}\` of \`${shown}\` does not exist`
      )
    }
    return configured
  }
  for (const prompt of suite.prompts) {
    const file = path.join(suite.dir, prompt.name)
    let tree: Root
    try {
      if (insideOf(cwd, file) === undefined) continue
      const bytes = readRegularFile(file, maxDataBytes)
      if (!Buffer.isBuffer(bytes)) continue
      tree = parse(splitBom(bytes).text)
    } catch {
      continue
    }
    const link = prepromptLinks(tree, suite.dir).find((each) => each.target && isFile(each.target))
    if (link?.target) return link.target
  }
  throw new ScaffoldError(
    `no preprompt for \`${shown}\`: run \`tdd-prompt-lint init ${shown} --package <name>\` first, or configure \`preprompts\``
  )
}

// Templates.

const guidance: Record<Kind, Record<string, string>> = {
  preprompt: {
    context: 'What the package is for, who runs it, and how its files are laid out.',
    components:
      'One list item per red/green pair, in order, linking both prompts (`tdd-prompt-lint new` adds them).',
    conventions: 'Language, test framework, naming and error handling: rules every prompt follows.',
    workflow: 'How a red/green cycle runs: what to paste, what to run, when to commit.'
  },
  red: {
    context: 'What the component is for, what it depends on, and what earlier pairs built.',
    objective:
      'The one failing {kind} test to write: its file, its package, and the names it uses that do not exist yet.',
    'test cases': 'Concrete cases, one per item: the input and the expected result or error.',
    constraints: 'What the test must not do (network, clock, other files) and what it may assume.',
    'acceptance criteria': 'The command to run and the failure it must give, for the right reason.'
  },
  green: {
    context: 'What the test from the red prompt pins down, and the earlier code this builds on.',
    objective:
      'The smallest implementation that makes exactly that test pass: its files and names.',
    requirements: 'The behaviour the test requires, case by case.',
    constraints: 'The test file is frozen; say what else must stay untouched.',
    'acceptance criteria': 'The commands that must pass (tests, vet, linters).'
  }
}

/** A one-line HTML comment: under a heading it still counts as an empty section. */
function comment(kind: Kind, section: string, testKind = ''): string {
  const known = guidance[kind][sectionKey(section)]
  const text = known
    ? known.replace('{kind}', testKind)
    : `What belongs under ${section} in this ${kind === 'preprompt' ? 'preprompt' : kind + ' prompt'}.`
  return `<!-- ${text.replace(/-{2,}/g, '-').replace(/\s+/g, ' ')} -->`
}

function renderSections(
  kind: Kind,
  sections: string[],
  context: string | undefined,
  testKind?: string
): string[] {
  const blocks: string[] = []
  const hasContext = sections.some((name) => sectionKey(name) === 'context')
  if (context && !hasContext) blocks.push(context)
  for (const name of sections) {
    blocks.push(`## ${name}`)
    if (context && sectionKey(name) === 'context') blocks.push(context)
    blocks.push(comment(kind, name, testKind))
  }
  return blocks
}

/** The preprompt `init` writes. */
export function renderPreprompt(packageName: string, config: ScaffoldConfig): string {
  const blocks = [`# ${words(packageName)} preprompt`]
  blocks.push(...renderSections('preprompt', config.sections.preprompt, undefined))
  return blocks.join('\n\n') + '\n'
}

interface PairLinks {
  /** Link to the preprompt, relative to the suite folder. */
  preprompt: string
  /** The preprompt's package name (`orchestration`), `''` when its name has none. */
  prepromptName: string
  /** File name of the pair's red prompt. */
  red: string
}

function attach(links: PairLinks): string {
  const name = links.prepromptName
    ? `the ${words(links.prepromptName, false)} preprompt`
    : 'the preprompt'
  return `Attach [${name}](${linkUrl(links.preprompt)}) first: it holds the package context, the components and the conventions.`
}

/** The red prompt `new` writes: the title names the kind of test. */
export function renderRed(options: {
  slug: string
  kind: string
  links: PairLinks
  sections: string[]
}): string {
  const blocks = [`# Red: ${words(options.slug)} ${options.kind} test`]
  blocks.push(...renderSections('red', options.sections, attach(options.links), options.kind))
  return blocks.join('\n\n') + '\n'
}

/** The green prompt `new` writes: it links its red prompt. */
export function renderGreen(options: {slug: string; links: PairLinks; sections: string[]}): string {
  const context =
    attach(options.links) +
    ` Make the test from [the red prompt](${linkUrl(options.links.red)}) pass without changing it.`
  const blocks = [`# Green: ${words(options.slug)}`]
  blocks.push(...renderSections('green', options.sections, context))
  return blocks.join('\n\n') + '\n'
}

// Checks.

const snakeCase = /^[a-z0-9]+(?:_[a-z0-9]+)*$/

/** A slug the naming rule accepts as is. */
function checkSlug(slug: string): string {
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

/** One of the configured kinds, compared like the `test-kind` rule compares them. */
function checkKind(kind: string | undefined, kinds: string[]): string {
  if (kind === undefined) return kinds.includes('unit') ? 'unit' : (kinds[0] ?? 'unit')
  const wanted = normaliseKind(kind)
  const found = kinds.find((each) => normaliseKind(each) === wanted)
  if (found) return found
  const quoted = kinds.map((each) => `\`${each}\``)
  const list =
    quoted.length > 1 ? quoted.slice(0, -1).join(', ') + ' or ' + quoted.at(-1) : quoted.join('')
  throw new ScaffoldError(`unknown test kind \`${kind}\`, expected ${list}`)
}

function normaliseKind(kind: string): string {
  return kind.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

// Helpers.

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

function parse(text: string): Root {
  return processor.parse(text)
}

/** The suite model of a folder, read fresh from disk. */
function readSuite(dir: string): Suite {
  clearSuiteCache()
  const suite = suiteOf(new VFile({path: path.join(dir, '.tdd-prompt-lint-scaffold')}))
  clearSuiteCache()
  if (!suite) throw new ScaffoldError(`cannot read \`${dir}\``)
  return suite
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

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
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
  update: Update | undefined,
  io: WriteFs
): void {
  const written: string[] = []
  try {
    for (const {file, text} of files) {
      createAtomically(io, file, Buffer.from(text, 'utf8'))
      written.push(file)
    }
    if (update) {
      const now = readRegularFile(update.file, maxDataBytes)
      if (!Buffer.isBuffer(now) || !now.equals(update.original)) {
        throw new ScaffoldError(
          `\`${path.basename(update.file)}\` changed while it was being edited`
        )
      }
      replaceAtomically(io, update.file, update.bytes)
    }
  } catch (error) {
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
function editText(cwd: string, file: string, edit: () => string, timeout: number): string {
  context.run = edit
  try {
    return call.runInContext(context, {timeout}) as string
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
