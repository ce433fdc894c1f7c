/**
 * The Action: read the inputs and the event, choose the suites (those a pull
 * request touches, else every suite), lint them, then report: annotations
 * (workflow commands, capped to what GitHub shows, or every one on a check run),
 * the job summary, the outputs and a SARIF file. Every failure ends in
 * `core.setFailed` with one clear line, never a stack trace.
 *
 * Nothing from the workspace is executed, required or imported: the
 * configuration is read as data, prompt files as text.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import type {VFile} from 'vfile'
import {ConfigError, loadConfig} from '../config/config.js'
import {SuiteModel} from '../suite/model.js'
import {traceMatrix} from '../suite/trace.js'
import {collectFiles, requirementWords} from '../io/files.js'
import {escapeControls, safeLine} from '../io/escape.js'
import {lintFiles, resolveConcurrency} from '../engine/parallel.js'
import {plural, relativePath} from '../reporters/common.js'
import {sarif} from '../reporters/sarif.js'
import {OptionsError} from '../engine/rule.js'
import {
  capAnnotations,
  checkLimit,
  commandsPerFile,
  countFindings,
  stepLimit,
  toAnnotations,
  type Annotation
} from './annotations.js'
import {describeApiError} from './api-errors.js'
import {listChangedFiles} from './changed-files.js'
import {CheckRunError, publishCheckRun, type Conclusion} from './checks.js'
import {readEventContext} from './event.js'
import type {Client, ClientOptions} from './github.js'
import {InputError, parseInputs, shouldFail} from './inputs.js'
import {chooseScope} from './scope.js'
import {buildSummary, text, type Note} from './summary.js'
import {folderInside, foldersOf, outsideWorkspace, selectFiles, suitePatterns} from './suites.js'

/** The check run's name (annotations mode `checks`). */
export const checkName = 'tdd-prompt-lint'

/** Lines of the log a file's findings take at most (the SARIF file has every one). */
export const logLinesPerFile = 100
/** Folders named in the scope sentence. */
const scopeFolders = 20

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

/** A line of the log: controls escaped, never a workflow command. */
function log(line: string) {
  core.info(safeLine(line))
}

/** Notices and warnings the Action issues itself; its warnings count against the per-step limit. */
class Announcer {
  warnings = 0
  warning(message: string, properties?: core.AnnotationProperties) {
    this.warnings++
    core.warning(escapeControls(message), properties)
  }
  notice(message: string) {
    core.notice(escapeControls(message))
  }
}

async function lintAndReport(options: RunOptions): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name))
  const env = process.env
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const context = readEventContext(env)
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
  const config = {...loaded, suites: patterns}
  const say = new Announcer()
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com'

  let client: Client | undefined
  const getClient = async () => {
    if (!client) {
      // Loaded on demand: no API client (nor its event parsing) for runs that need none.
      const {createClient} = await import('./github.js')
      client = createClient({
        token: inputs.token,
        baseUrl,
        onRetry: (line) => log(`GitHub API: ${line}`),
        ...options.client
      })
    }
    return client
  }

  const scope = await chooseScope(context, {
    token: inputs.token,
    list: async () => {
      if (!context.owner || !context.repo || !context.pull) {
        throw new Error('GITHUB_REPOSITORY does not name the repository')
      }
      return listChangedFiles(
        await getClient(),
        {owner: context.owner, repo: context.repo, pullNumber: context.pull.number},
        baseUrl
      )
    }
  })
  if (scope.kind === 'all' && scope.level) say[scope.level](`${scope.why}.`)

  // Every prompt file of every suite, by the engine's discovery (names only, nothing read).
  const found = await collectFiles([], {cwd: workspace, config})
  const all = found.files.filter((file) => folderInside(path.dirname(file), workspace))
  const selection =
    scope.kind === 'changed'
      ? selectFiles(all, workspace, scope.paths, config.settings.preprompts)
      : {files: all, suites: foldersOf(all)}
  const shown = (dirs: string[]) =>
    dirs
      .slice(0, scopeFolders)
      .map((dir) => relativePath(workspace, dir) || '.')
      .join(', ') + (dirs.length > scopeFolders ? ` and ${dirs.length - scopeFolders} more` : '')

  if (selection.files.length === 0) {
    const message =
      scope.kind === 'changed'
        ? `Nothing to lint: none of the ${plural(scope.paths.length, 'file')} pull request #${scope.pullNumber} changes lies in or next to a suite folder (${patterns.join(', ')}).`
        : `Nothing to lint: no suite folder with prompt files matches ${patterns.join(', ')}.`
    say.notice(message)
    setOutputs({errors: 0, warnings: 0, files: 0, sarif: ''})
    await writeSummary(`## tdd-prompt-lint\n\n${text(message)}\n`, say)
    return
  }
  const inSelection = new Set(selection.suites.map((dir) => relativePath(workspace, dir)))
  const problems = found.problems.filter(
    (problem) => scope.kind === 'all' || inSelection.has(path.posix.dirname(problem.path))
  )
  for (const [index, problem] of problems.entries()) {
    const line = `${problem.path}: ${problem.reason}`
    if (index < 3) say.warning(line)
    else log(`Cannot lint ${line}`)
  }

  const scopeText =
    scope.kind === 'changed'
      ? `the suite folders pull request #${scope.pullNumber} touches, with their parent and child suites: ${shown(selection.suites)}`
      : `${scope.why}: ${shown(selection.suites)}`
  log(`Scope: ${scopeText}.`)

  // Through the engine only: every read bounded (size, depth, time, regular files).
  // Worker threads (dist/worker.js beside the bundle) for 400 files or more, as the CLI's default.
  const results: VFile[] = await lintFiles(selection.files, config.settings, workspace, {
    concurrency: resolveConcurrency('auto', selection.files.length)
  })

  const annotations = toAnnotations(results, workspace)
  const counts = countFindings(annotations)
  const failed = shouldFail(counts, inputs.failOn)
  logFindings(annotations, results.length)

  const notes: Note[] = []
  let viaCommands = inputs.annotations === 'commands'
  if (inputs.annotations === 'checks') {
    const missing = !inputs.token
      ? 'no github-token'
      : !context.owner || !context.repo
        ? 'no repository in GITHUB_REPOSITORY'
        : !context.headSha
          ? 'no commit SHA in the event or GITHUB_SHA'
          : undefined
    if (missing) {
      say.warning(
        `Cannot publish a check run (${missing}); annotating through workflow commands instead.`
      )
      viaCommands = true
    } else {
      const capped = capAnnotations(annotations, {
        errors: checkLimit.total,
        warnings: checkLimit.total,
        perFile: checkLimit.perFile
      })
      const published = capped.shown.slice(0, checkLimit.total)
      const left = annotations.length - published.length
      try {
        const run = await publishCheckRun(await getClient(), {
          owner: context.owner!,
          repo: context.repo!,
          headSha: context.headSha!,
          name: checkName,
          title: title(counts),
          summary: `${title(counts)} in ${plural(results.length, 'file')}.\n\nScope: ${text(scopeText)}.`,
          conclusion: conclusion(counts, failed),
          annotations: published
        })
        notes.push({
          text:
            `${published.length} of ${plural(annotations.length, 'finding')} annotated on the check run` +
            (left > 0
              ? ` (at most ${checkLimit.perFile} a file and ${checkLimit.total} in all; every finding is in the log and the SARIF file)`
              : ''),
          link: run.url ? {label: checkName, url: run.url} : undefined
        })
        log(
          `Published ${plural(published.length, 'annotation')} on check run ${run.id} in ${plural(run.requests, 'request')}.`
        )
      } catch (error) {
        const message = error instanceof CheckRunError ? error.message : describeApiError(error)
        const status = error instanceof CheckRunError ? error.status : undefined
        // A 403 for a rate limit is no permission problem.
        if ((status === 403 && !/rate limit/i.test(message)) || status === 404) {
          say.notice(
            `${message}. The token cannot write checks (a pull request from a fork gets a read-only token, or checks: write is missing); annotating through workflow commands instead.`
          )
        } else {
          say.warning(`${message}; annotating through workflow commands instead.`)
        }
        viaCommands = true
      }
    }
  }

  if (viaCommands) {
    const budget = {
      // When the step fails, its failure message takes one of the error slots.
      errors: stepLimit.errors - (failed ? 1 : 0),
      warnings: stepLimit.warnings - say.warnings,
      perFile: commandsPerFile
    }
    const {shown: annotated, omitted} = capAnnotations(annotations, budget)
    for (const annotation of annotated) {
      core[annotation.severity](escapeControls(annotation.message), properties(annotation))
    }
    if (omitted.errors + omitted.warnings > 0) {
      const left = [
        omitted.errors > 0 ? plural(omitted.errors, 'error') : '',
        omitted.warnings > 0 ? plural(omitted.warnings, 'warning') : ''
      ]
        .filter(Boolean)
        .join(' and ')
      const message =
        `${left} not annotated: GitHub shows at most ${stepLimit.errors} error and ${stepLimit.warnings} warning annotations a step` +
        ` (here at most ${commandsPerFile} a file), so the most important come first. Every finding is in the job summary and the log` +
        (inputs.annotations === 'checks'
          ? '.'
          : '; with annotations: checks they all go on a check run.')
      say.notice(message)
      notes.push({text: message})
    }
  }

  const sarifPath = writeSarif(results, workspace)
  setOutputs({...counts, files: results.length, sarif: sarifPath})
  const model = new SuiteModel({
    root: workspace,
    preprompts: config.settings.preprompts ?? {},
    ignore: config.settings.ignore ?? [],
    ignoreBase: config.dir
  })
  await writeSummary(
    buildSummary({
      results,
      workspace,
      annotations,
      suites: selection.suites,
      model,
      blob: blobBase(env, context.headSha),
      trace: traceMatrix(model, workspace, requirementWords(config.settings)),
      scope: scopeText,
      failOn: inputs.failOn,
      failed,
      notes
    }),
    say
  )
  if (failed) {
    core.setFailed(
      `${title(counts)} in ${plural(results.length, 'file')} (fail-on: ${inputs.failOn}).`
    )
  }
}

function logFindings(annotations: Annotation[], files: number) {
  core.startGroup(`${title(countFindings(annotations))} in ${plural(files, 'file')}`)
  const perFile = new Map<string, number>()
  for (const annotation of annotations) {
    const seen = (perFile.get(annotation.file) ?? 0) + 1
    perFile.set(annotation.file, seen)
    if (seen > logLinesPerFile) continue
    log(
      `${annotation.file}:${annotation.startLine}:${annotation.startColumn ?? 1}  ${annotation.severity}  ${annotation.message}  ${annotation.title}`
    )
  }
  for (const [file, seen] of perFile) {
    if (seen > logLinesPerFile) {
      log(`${file}: ${plural(seen - logLinesPerFile, 'more finding')} (see the SARIF file)`)
    }
  }
  core.endGroup()
}

/** Properties of an annotation (@actions/core escapes `%`, line breaks, `:` and `,` in them). */
function properties(annotation: Annotation): core.AnnotationProperties {
  return {
    title: escapeControls(annotation.title),
    file: escapeControls(annotation.file),
    startLine: annotation.startLine,
    endLine: annotation.endLine,
    ...(annotation.startColumn === undefined
      ? {}
      : {startColumn: annotation.startColumn, endColumn: annotation.endColumn})
  }
}

/** The SARIF file, under RUNNER_TEMP (never in the workspace); its path. */
function writeSarif(results: VFile[], workspace: string): string {
  const dir = process.env.RUNNER_TEMP || os.tmpdir()
  const step = (process.env.GITHUB_ACTION || 'run').replace(/[^\w.-]+/g, '_')
  const file = path.join(dir, `tdd-prompt-lint-${step}.sarif`)
  fs.mkdirSync(dir, {recursive: true})
  fs.writeFileSync(file, sarif(results, {cwd: workspace}))
  return file
}

function setOutputs(outputs: {errors: number; warnings: number; files: number; sarif: string}) {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value))
}

async function writeSummary(text: string, say: Announcer) {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(text).write()
  } catch (error) {
    say.warning(`Cannot write the job summary: ${oneLine(error)}`)
  }
}

function title(counts: {errors: number; warnings: number}): string {
  if (counts.errors + counts.warnings === 0) return 'No findings'
  return `${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}`
}

function conclusion(counts: {errors: number; warnings: number}, failed: boolean): Conclusion {
  if (failed) return 'failure'
  return counts.errors + counts.warnings > 0 ? 'neutral' : 'success'
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return escapeControls(message.replace(/\s*[\r\n]+\s*/g, ' ').trim())
}

/** `https://github.com/<owner>/<repo>/blob/<sha>`: files as they are at the commit linted, for the summary's line links. */
function blobBase(env: NodeJS.ProcessEnv, sha: string | undefined): string | undefined {
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
