/**
 * The workflow-command reporter: the most important findings as `::error` and
 * `::warning` annotations, within what GitHub shows a step (10 errors and 10
 * warnings, the Action's own warnings and failure line counted), at most
 * `commandsPerFile` a file; what is left out is said once, as a notice and a
 * note of the summary.
 */
import {plural} from '../../reporters/common.js'
import {capAnnotations, commandsPerFile, stepLimit, type Annotation} from '../annotations.js'
import type {Output} from '../output.js'
import type {Note} from '../summary.js'

export interface CommandBudget {
  /** The step fails: its failure line takes one of the error slots. */
  failed: boolean
  /** Warnings the Action has issued itself so far. */
  warningsUsed: number
  /** The run asked for a check run (and fell back to commands). */
  checksAsked: boolean
}

/** Annotate through `out`; the note for the summary when some findings were left out. */
export function annotateWithCommands(
  annotations: Annotation[],
  budget: CommandBudget,
  out: Output
): Note | undefined {
  const {shown, omitted} = capAnnotations(annotations, {
    errors: stepLimit.errors - (budget.failed ? 1 : 0),
    warnings: stepLimit.warnings - budget.warningsUsed,
    perFile: commandsPerFile
  })
  for (const annotation of shown) out.annotate(annotation)
  if (omitted.errors + omitted.warnings === 0) return undefined
  const left = [
    omitted.errors > 0 ? plural(omitted.errors, 'error') : '',
    omitted.warnings > 0 ? plural(omitted.warnings, 'warning') : ''
  ]
    .filter(Boolean)
    .join(' and ')
  const message =
    `${left} not annotated: GitHub shows at most ${stepLimit.errors} error and ${stepLimit.warnings} warning annotations a step` +
    ` (here at most ${commandsPerFile} a file), so the most important come first. Every finding is in the job summary and the log` +
    (budget.checksAsked ? '.' : '; with annotations: checks they all go on a check run.')
  out.notice(message)
  return {text: message}
}
