/**
 * What the Action's steps may do to the runner, as plain functions: log a line,
 * announce a notice or a warning, annotate a finding, set an output. main.ts
 * implements it with @actions/core; the reporters and tests take any `Output`,
 * so that no module below main.ts touches @actions/core.
 */
import type {Annotation} from './annotations.js'

export interface Output {
  /** A line of the log (escaped by the implementation, never a workflow command). */
  log(line: string): void
  /** A notice of the Action's own (no file). */
  notice(message: string): void
  /** A warning of the Action's own (no file): it counts against the step's warning annotations. */
  warning(message: string): void
  /** A finding as a workflow-command annotation. */
  annotate(annotation: Annotation): void
  /** A collapsed group of log lines. */
  group(title: string, body: () => void): void
}

/** An `Output` that records what it is told (for tests, and to count warnings). */
export interface Recorded {
  log: string[]
  notices: string[]
  warnings: string[]
  annotations: Annotation[]
}

export function recordingOutput(): Output & {recorded: Recorded} {
  const recorded: Recorded = {log: [], notices: [], warnings: [], annotations: []}
  return {
    recorded,
    log: (line) => recorded.log.push(line),
    notice: (message) => recorded.notices.push(message),
    warning: (message) => recorded.warnings.push(message),
    annotate: (annotation) => recorded.annotations.push(annotation),
    group: (_title, body) => body()
  }
}
