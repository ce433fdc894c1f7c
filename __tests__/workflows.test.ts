/**
 * docs/workflows.md: one complete example workflow per trigger (push,
 * pull_request, pull_request_target), each valid YAML that runs the Action, and
 * the pull_request_target one held to its own security caveats.
 */
import fs from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {parse} from 'yaml'

const doc = fs.readFileSync(path.join(import.meta.dirname, '..', 'docs', 'workflows.md'), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, {steps: Step[]}>
}

const workflows = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(
  (match) => parse(match[1]!) as Workflow
)

test('one workflow per trigger, each running the Action', () => {
  expect(workflows.map((workflow) => Object.keys(workflow.on))).toEqual([
    ['push'],
    ['pull_request'],
    ['pull_request_target']
  ])
  for (const workflow of workflows) {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    expect(steps.some((step) => step.uses?.startsWith('tdd-prompt-lint/tdd-prompt-lint@'))).toBe(
      true
    )
    expect(workflow.permissions.contents).toBe('read')
  }
})

test('pull_request_target: the head checked out without credentials, nothing run, checks the only write', () => {
  const target = workflows.find((workflow) => 'pull_request_target' in workflow.on)!
  const steps = Object.values(target.jobs).flatMap((job) => job.steps)
  const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'))
  expect(checkout?.with).toEqual({
    ref: '${{ github.event.pull_request.head.sha }}',
    'persist-credentials': false
  })
  expect(steps.filter((step) => step.run !== undefined || step.uses?.startsWith('./'))).toEqual([])
  expect(Object.entries(target.permissions).filter(([, level]) => level === 'write')).toEqual([
    ['checks', 'write']
  ])
  for (const caveat of ['persist-credentials: false', 'no other step', 'commit SHA']) {
    expect(doc).toContain(caveat)
  }
})
