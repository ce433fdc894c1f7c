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
import {ConfigError, loadConfig} from '../config.js'
import {collectFiles, findSuites} from '../files.js'
import {lintFiles, resolveConcurrency} from '../parallel.js'
import {sarif} from '../reporters/sarif.js'
import {OptionsError} from '../rule.js'
import {
  capAnnotations,
  countFindings,
  stepLimit,
  toAnnotations,
  type Annotation
} from './annotations.js'
import {describeApiError} from './api-errors.js'
import {listChangedFiles} from './changed-files.js'
import {CheckRunError, publishCheckRun, type Conclusion} from './checks.js'
import {readEventContext} from './event.js'
import type {Client} from './github.js'
import {InputError, parseInputs, shouldFail} from './inputs.js'
import {chooseScope} from './scope.js'
import {buildSummary} from './summary.js'
import {filesLinkingInto, promptFilesIn, suiteFilesIn, suitePatterns, touchedSuites} from './suites.js'

/** The check run's name (annotations mode `checks`). */
export const checkName = 'tdd-prompt-lint'

export async function run(): Promise<void> {
  try {
    await lintAndReport()
  } catch (error) {
    core.setFailed(failureMessage(error))
  }
}

/** One line for a failure of the run itself. */
export function failureMessage(error: unknown): string {
  if (error instanceof InputError) return `Invalid input ${error.message}`
  if (error instanceof ConfigError) return `Invalid configuration: ${error.message}`
  if (error instanceof OptionsError) return `Invalid configuration: ${error.message}`
  if (error instanceof Error) return `tdd-prompt-lint failed: ${oneLine(error.message)}`
  return `tdd-prompt-lint failed: ${oneLine(String(error))}`
}

/** Notices and warnings the Action issues itself; its warnings count against the per-step limit. */
class Announcer {
  warnings = 0
  warning(text: string, properties?: core.AnnotationProperties) {
    this.warnings++
    core.warning(text, properties)
  }
  notice(text: string) {
    core.notice(text)
  }
}

async function lintAndReport(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name))
  const env = process.env
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const context = readEventContext(env)
  const config = loadConfig(workspace, inputs.config)
  const patterns = suitePatterns(inputs.paths, config.suites)
  const say = new Announcer()

  let client: Client | undefined
  const getClient = async () => {
    if (!client) {
      // Loaded on demand: no API client (nor its event parsing) for runs that need none.
      const {createClient} = await import('./github.js')
      client = createClient({
        token: inputs.token,
        baseUrl: env.GITHUB_API_URL,
        retries: 3,
        retryDelayMs: number(env.TDD_PROMPT_LINT_RETRY_DELAY_MS, 1000),
        timeoutMs: number(env.TDD_PROMPT_LINT_API_TIMEOUT_MS, 30_000),
        onRetry: (text) => core.info(`GitHub API: ${text}`)
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
      return listChangedFiles(await getClient(), {
        owner: context.owner,
        repo: context.repo,
        pullNumber: context.pull.number
      })
    }
  })
  if (scope.kind === 'all' && scope.level) say[scope.level](`${scope.why}.`)

  const suites = await findSuites(workspace, patterns)
  const selected = scope.kind === 'changed' ? touchedSuites(suites, workspace, scope.paths) : suites
  const shown = (dirs: string[]) =>
    dirs.map((dir) => '`' + (relative(workspace, dir) || '.') + '`').join(', ')

  if (selected.length === 0) {
    const text =
      scope.kind === 'changed'
        ? `Nothing to lint: none of the ${scope.paths.length} files pull request #${scope.pullNumber} changes lies in a suite folder (${patterns.join(', ')}).`
        : `Nothing to lint: no suite folder matches ${patterns.join(', ')}.`
    say.notice(text)
    setOutputs({errors: 0, warnings: 0, files: 0, sarif: ''})
    await writeSummary(`## tdd-prompt-lint\n\n${text}\n`, say)
    return
  }

  // Prompt files elsewhere that link into a touched suite (a preprompt indexing the
  // pairs of a folder that borrows it): a change there can break their links too.
  const linking =
    scope.kind === 'changed'
      ? filesLinkingInto(promptFilesIn(suites.filter((dir) => !selected.includes(dir))), selected)
      : []
  const scopeText =
    scope.kind === 'changed'
      ? `the suite folders pull request #${scope.pullNumber} touches (${shown(selected)})` +
        (linking.length > 0
          ? ` and the ${plural(linking.length, 'prompt file')} elsewhere that link into them (${shown(linking)})`
          : '')
      : `${scope.why} (${shown(selected)})`
  core.info(`Scope: ${scopeText}.`)

  // Plans and requirement documents beside the prompts are linted with them: a pull request touches them too.
  const {files, problems} = await collectFiles([...suiteFilesIn(selected), ...linking], {
    cwd: workspace,
    config
  })
  for (const problem of problems) say.warning(`${problem.path}: ${problem.reason}`)
  // Worker threads (dist/worker.js beside the bundle) for 400 files or more, as the CLI's default.
  const results: VFile[] = await lintFiles(files, config.settings, workspace, {
    concurrency: resolveConcurrency('auto', files.length)
  })

  const annotations = toAnnotations(results, workspace)
  const counts = countFindings(annotations)
  const failed = shouldFail(counts, inputs.failOn)
  logFindings(annotations, results.length)

  const notes: string[] = []
  let viaCommands = inputs.annotations === 'commands'
  if (inputs.annotations === 'checks') {
    const missing = !inputs.token
      ? 'no `github-token`'
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
      try {
        const published = await publishCheckRun(await getClient(), {
          owner: context.owner!,
          repo: context.repo!,
          headSha: context.headSha!,
          name: checkName,
          title: title(counts),
          summary: `${title(counts)} in ${plural(results.length, 'file')}.\n\nScope: ${scopeText}.`,
          conclusion: conclusion(counts, failed),
          annotations
        })
        const where = published.url ? `[${checkName}](${published.url})` : `\`${checkName}\``
        notes.push(`Every finding (${annotations.length}) is annotated on the check run ${where}.`)
        core.info(
          `Published ${plural(annotations.length, 'annotation')} on check run ${published.id} in ${plural(published.requests, 'request')}.`
        )
      } catch (error) {
        const text = error instanceof CheckRunError ? error.message : describeApiError(error)
        const status = error instanceof CheckRunError ? error.status : undefined
        // A 403 for a rate limit is no permission problem.
        if ((status === 403 && !/rate limit/i.test(text)) || status === 404) {
          say.notice(
            `${text}. The token cannot write checks (a pull request from a fork gets a read-only token, or \`checks: write\` is missing); annotating through workflow commands instead.`
          )
        } else {
          say.warning(`${text}; annotating through workflow commands instead.`)
        }
        viaCommands = true
      }
    }
  }

  if (viaCommands) {
    const budget = {
      // When the step fails, its failure message takes one of the error slots.
      errors: stepLimit.errors - (failed ? 1 : 0),
      warnings: stepLimit.warnings - say.warnings
    }
    const {shown: annotated, omitted} = capAnnotations(annotations, budget)
    for (const annotation of annotated) {
      core[annotation.severity](annotation.message, properties(annotation))
    }
    if (omitted.errors + omitted.warnings > 0) {
      const left = [
        omitted.errors > 0 ? plural(omitted.errors, 'error') : '',
        omitted.warnings > 0 ? plural(omitted.warnings, 'warning') : ''
      ]
        .filter(Boolean)
        .join(' and ')
      const text =
        `${left} not annotated: GitHub shows at most ${stepLimit.errors} error and ${stepLimit.warnings} warning annotations a step,` +
        ' so the most important come first. Every finding is in the job summary and the log' +
        (inputs.annotations === 'checks'
          ? '.'
          : '; with `annotations: checks` they all go on a check run.')
      say.notice(text)
      notes.push(text)
    }
  }

  const sarifPath = writeSarif(results, workspace)
  setOutputs({...counts, files: results.length, sarif: sarifPath})
  await writeSummary(
    buildSummary({
      results,
      workspace,
      annotations,
      suites: selected,
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
  for (const annotation of annotations) {
    core.info(
      oneLine(
        `${annotation.file}:${annotation.startLine}:${annotation.startColumn ?? 1}  ${annotation.severity}  ${annotation.message}  ${annotation.title}`
      )
    )
  }
  core.endGroup()
}

function properties(annotation: Annotation): core.AnnotationProperties {
  return {
    title: annotation.title,
    file: annotation.file,
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
    say.warning(
      `Cannot write the job summary: ${oneLine(error instanceof Error ? error.message : String(error))}`
    )
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

function number(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed >= 0
    ? parsed
    : fallback
}
