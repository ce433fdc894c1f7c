/**
 * The Action, a host over the engine: inputs and event → scope → selection →
 * lint (one suite model for the run) → reporters (the log, annotations as
 * workflow commands or on a check run, `--fix`'s fixes as suggested changes in
 * a review, SARIF, outputs, the job summary). Every
 * failure ends in `core.setFailed` with one clear line, never a stack trace.
 * This is the one module that touches @actions/core: the steps get an `Output`.
 *
 * Nothing from the workspace is executed, required or imported: the
 * configuration is read as data, prompt files as text.
 */
import path from 'node:path'
import * as core from '@actions/core'
import type {VFile} from 'vfile'
import {ConfigError, loadConfig, type ResolvedConfig} from '../config/config.js'
import {fromCache, openCache} from '../engine/cache.js'
import {createLinter} from '../engine/lint.js'
import {lintFiles, resolveConcurrency} from '../engine/parallel.js'
import {OptionsError} from '../engine/rule.js'
import {requirementWords} from '../io/files.js'
import {mermaid, suiteMaps} from '../map/map.js'
import {traceInScope} from '../suite/scoped-trace.js'
import {escapeControls, safeLine} from '../io/escape.js'
import {plural, relativePath} from '../reporters/common.js'
import {toolVersion} from '../reporters/tool.js'
import {countFindings, findingsTitle, toAnnotations} from './annotations.js'
import {listChangedFiles} from './changed-files.js'
import {readEventContext, type EventContext} from './event.js'
import type {Client, ClientOptions} from './github.js'
import {cachePath, InputError, parseInputs, shouldFail, type Inputs} from './inputs.js'
import type {Output} from './output.js'
import {reportCheckRun} from './reporters/check-run.js'
import {annotateWithCommands} from './reporters/commands.js'
import {logFindings} from './reporters/log.js'
import {reportSuggestions} from './reporters/review.js'
import {writeSarifFile} from './reporters/sarif.js'
import {chooseScope} from './scope.js'
import {selectRun} from './selection.js'
import {planSuggestions} from './suggestions.js'
import {buildSummary, text, type Note} from './summary.js'
import {outsideWorkspace, suitePatterns} from './suites.js'

export {checkName} from './reporters/check-run.js'
export {logLinesPerFile} from './reporters/log.js'

export interface RunOptions {
  /** Client settings over the defaults (in-process tests: short delays and timeouts). */
  client?: Partial<ClientOptions>
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    await lintAndReport(options)
  } catch (error) {
    core.setFailed(failureMessage(error))
  }
}

/** One line for a failure of the run itself. */
export function failureMessage(error: unknown): string {
  if (error instanceof InputError) return `Invalid input ${oneLine(error.message)}`
  if (error instanceof ConfigError) return `Invalid configuration: ${oneLine(error.message)}`
  if (error instanceof OptionsError) return `Invalid configuration: ${oneLine(error.message)}`
  if (error instanceof Error) return `tdd-prompt-lint failed: ${oneLine(error.message)}`
  return `tdd-prompt-lint failed: ${oneLine(String(error))}`
}

/** The runner, through @actions/core; counts the Action's own warnings (they take annotation slots). */
function runnerOutput(): Output & {warnings: number} {
  return {
    warnings: 0,
    log: (line) => core.info(safeLine(line)),
    notice: (message) => core.notice(escapeControls(message)),
    warning(message) {
      this.warnings++
      core.warning(escapeControls(message))
    },
    annotate: (annotation) =>
      // @actions/core escapes `%`, line breaks, `:` and `,` in the properties.
      core[annotation.severity](escapeControls(annotation.message), {
        title: escapeControls(annotation.title),
        file: escapeControls(annotation.file),
        startLine: annotation.startLine,
        endLine: annotation.endLine,
        ...(annotation.startColumn === undefined
          ? {}
          : {startColumn: annotation.startColumn, endColumn: annotation.endColumn})
      }),
    group(title, body) {
      core.startGroup(safeLine(title))
      try {
        body()
      } finally {
        core.endGroup()
      }
    }
  }
}

async function lintAndReport(options: RunOptions): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name))
  const env = process.env
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const context = readEventContext(env)
  const {config, patterns} = suiteConfig(workspace, inputs)
  const out = runnerOutput()
  const client = lazyClient(inputs.token, env.GITHUB_API_URL, out, options)

  // Scope → selection.
  const scope = await chooseScope(context, {
    token: inputs.token,
    list: async () => {
      if (!context.owner || !context.repo || !context.pull) {
        throw new Error('GITHUB_REPOSITORY does not name the repository')
      }
      const pull = {owner: context.owner, repo: context.repo, pullNumber: context.pull.number}
      return listChangedFiles(await client.get(), pull, client.baseUrl)
    }
  })
  if (scope.kind === 'all' && scope.level) out[scope.level](`${scope.why}.`)
  const selection = await selectRun(workspace, config, patterns, scope)
  if (selection.files.length === 0) {
    out.notice(`${selection.scope}.`)
    setOutputs({errors: 0, warnings: 0, files: 0, sarif: ''})
    await writeSummary(`## tdd-prompt-lint\n\n${text(selection.scope)}.\n`, out)
    return
  }
  for (const [index, problem] of selection.problems.entries()) {
    if (index < 3) out.warning(problem)
    else out.log(`Cannot lint ${problem}`)
  }
  out.log(`Scope: ${selection.scope}.`)

  // Lint: through the engine only (every read bounded), one suite model for the run;
  // worker threads for 400 files or more, as the CLI's default.
  // With `cache`, the files whose inputs did not change since the run that wrote it are not linted again.
  const settings = inputs.cache ? {...config.settings, record: true} : config.settings
  const linter = createLinter(settings, workspace)
  const cache = inputs.cache
    ? openCache({
        file: cachePath(inputs.cache, workspace),
        cwd: workspace,
        roots: selection.files.map((file) => linter.model.root(path.dirname(file))),
        inputs: JSON.stringify([toolVersion, config.settings]),
        leaveOut: []
      })
    : undefined
  const {found, todo} = fromCache(selection.files, cache, () => ({key: '', settings, linter}))
  const linted = await lintFiles(
    selection.files.filter((_file, index) => !found[index]),
    settings,
    workspace,
    {concurrency: resolveConcurrency('auto', todo), linter}
  )
  let next = 0
  const results = found.map((each) => each ?? linted[next++]!)
  try {
    cache?.store(results)
  } catch (error) {
    out.warning(
      `Cannot write the cache: ${oneLine(error instanceof Error ? error.message : String(error))}`
    )
  }
  const annotations = toAnnotations(results, workspace)
  const counts = countFindings(annotations)
  const failed = shouldFail(counts, inputs.failOn)

  // Reporters.
  logFindings(annotations, results.length, out)
  const notes: Note[] = []
  // The review first: a warning of its own takes an annotation slot.
  const fixes = planSuggestions(results, linter.model, workspace, annotations)
  if (inputs.suggestions && scope.kind === 'changed') {
    const review = {suggestions: fixes.suggestions, diff: scope.diff, pullNumber: scope.pullNumber}
    notes.push(...(await reportSuggestions({...review, context, client: client.get}, out)))
  }
  let viaCommands = inputs.annotations === 'commands'
  if (inputs.annotations === 'checks') {
    const outcome = await reportCheckRun(
      {
        annotations,
        counts,
        files: results.length,
        scope: selection.scope,
        failed,
        token: inputs.token,
        context,
        client: client.get
      },
      out
    )
    if (outcome.fallback) viaCommands = true
    else notes.push(outcome.note)
  }
  if (viaCommands) {
    const budget = {
      failed,
      warningsUsed: out.warnings,
      checksAsked: inputs.annotations === 'checks'
    }
    const note = annotateWithCommands(annotations, budget, out)
    if (note) notes.push(note)
  }
  const sarif = writeSarifFile(results, workspace, env)
  setOutputs({...counts, files: results.length, sarif})
  const trace = traceInScope(linter.model, selection.suites, requirementWords(config.settings))
  const flagged = new Set(withFindings(results))
  const maps = suiteMaps({
    model: linter.model,
    suites: selection.suites,
    cwd: workspace,
    flagged,
    trace
  })
  await writeSummary(
    buildSummary({
      results,
      workspace,
      annotations,
      suites: selection.suites,
      model: linter.model,
      blob: blobBase(env, context),
      trace,
      map: mermaid(maps),
      scope: selection.scope,
      failOn: inputs.failOn,
      failed,
      notes,
      renames: fixes.renames
    }),
    out
  )
  if (failed) {
    core.setFailed(
      `${findingsTitle(counts)} in ${plural(results.length, 'file')} (fail-on: ${inputs.failOn}).`
    )
  }
}

/** The configuration, with the suite patterns of the `paths` input (each checked to stay in the workspace). */
function suiteConfig(
  workspace: string,
  inputs: Inputs
): {config: ResolvedConfig; patterns: string[]} {
  const loaded = loadConfig(workspace, inputs.config)
  const patterns = suitePatterns(inputs.paths, loaded.suites)
  for (const pattern of patterns) {
    const why = outsideWorkspace(pattern, workspace)
    if (!why) continue
    if (inputs.paths.length > 0) throw new InputError(`paths: \`${pattern}\` ${why}`)
    throw new ConfigError(
      `${loaded.file ? relativePath(workspace, loaded.file) : 'configuration'}: suite pattern \`${pattern}\` ${why}`
    )
  }
  return {config: {...loaded, suites: patterns}, patterns}
}

/** The API client, created on first use: no client (nor its event parsing) for runs that need none. */
function lazyClient(
  token: string,
  apiUrl: string | undefined,
  out: Output,
  options: RunOptions
): {baseUrl: string; get: () => Promise<Client>} {
  const baseUrl = apiUrl || 'https://api.github.com'
  let client: Client | undefined
  return {
    baseUrl,
    async get() {
      if (!client) {
        const {createClient} = await import('./github.js')
        client = createClient({
          token,
          baseUrl,
          onRetry: (line) => out.log(`GitHub API: ${line}`),
          ...options.client
        })
      }
      return client
    }
  }
}

/** The files with a finding (absolute). */
function withFindings(results: VFile[]): string[] {
  return results
    .filter((file) => file.messages.length > 0)
    .map((file) => path.resolve(file.cwd, file.path))
}

function setOutputs(outputs: {errors: number; warnings: number; files: number; sarif: string}) {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value))
}

async function writeSummary(text: string, out: Output) {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(text).write()
  } catch (error) {
    out.warning(`Cannot write the job summary: ${oneLine(error)}`)
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return escapeControls(message.replace(/\s*[\r\n]+\s*/g, ' ').trim())
}

/** `https://github.com/<owner>/<repo>/blob/<sha>`: files as they are at the commit linted, for the summary's line links. */
function blobBase(env: NodeJS.ProcessEnv, context: EventContext): string | undefined {
  const sha = context.headSha
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY
  if (
    !sha ||
    !/^[0-9a-f]{7,64}$/i.test(sha) ||
    !repository ||
    !/^[\w.-]+\/[\w.-]+$/.test(repository)
  ) {
    return undefined
  }
  return `${server}/${repository}/blob/${sha}`
}
