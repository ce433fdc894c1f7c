/**
 * What the workflow run is about, from the runner's environment and the event
 * payload (read as JSON, nothing else): the repository, the pull request if any,
 * and the commit a check run belongs on.
 */
import fs from 'node:fs'

export interface PullRequest {
  number: number
  /** `pull_request.head.sha`: the commit the PR's checks show on. */
  headSha: string | undefined
  /** `pull_request.changed_files`, when the payload has it. */
  changedFiles: number | undefined
}

export interface EventContext {
  eventName: string
  /** `pull_request` or `pull_request_target`. */
  isPullRequestEvent: boolean
  owner: string | undefined
  repo: string | undefined
  pull: PullRequest | undefined
  /** Where a check run goes: the PR's head commit, else `GITHUB_SHA`. */
  headSha: string | undefined
}

export const pullRequestEvents = ['pull_request', 'pull_request_target']

type Env = Record<string, string | undefined>

export function readEventContext(env: Env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const repository = record(payload.repository)
  const isPullRequestEvent = pullRequestEvents.includes(eventName)
  const pr = record(payload.pull_request)
  // A pull request number is a positive integer; anything else names no pull request.
  const number =
    Number.isSafeInteger(pr.number) && (pr.number as number) > 0 ? (pr.number as number) : undefined
  const headSha = stringOr(record(pr.head).sha)
  const pull =
    isPullRequestEvent && number !== undefined
      ? {
          number,
          headSha,
          changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined
        }
      : undefined
  return {
    eventName,
    isPullRequestEvent,
    owner: owner || stringOr(record(repository.owner).login),
    repo: repo || stringOr(repository.name),
    pull,
    headSha: pull ? pull.headSha : env.GITHUB_SHA || undefined
  }
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {}
  try {
    return record(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    return {}
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}
