/**
 * The requirements trace limited to some suites (the job summary's table, the
 * map's requirement nodes): a view of `traceMatrix` over the run's suite model,
 * so that a run that lints one suite does not show another package's
 * requirements.
 */
import path from 'node:path'
import type {SuiteModel} from './model.js'
import {traceRows, type TraceRow} from './trace.js'

/**
 * The requirements trace of the suites in scope, from the run's suite model: the
 * requirements a prompt of these suites cites, and the ones no prompt covers that
 * are defined in the requirement documents nearest above each suite (its own
 * folder's, else the nearest folder above that has some), with the citing
 * prompts of these suites. Other packages' requirements and prompts are neither
 * shown nor read.
 */
export function traceInScope(
  model: SuiteModel,
  suites: string[],
  words?: readonly string[]
): TraceRow[] {
  const inScope = new Set(suites)
  const rows = new Map<string, TraceRow>()
  for (const root of new Set(suites.map((dir) => model.root(dir)))) {
    // Only the scopes these suites' prompts resolve IDs in: another package's
    // requirements, and the prompts that cite them, are not read.
    const here = suites.filter((dir) => model.root(dir) === root)
    const requirements = model.requirements(root, words)
    const resolved = new Set(here.flatMap((dir) => requirements.resolving(dir)))
    const matrix = traceRows(requirements.scopes.filter((scope) => resolved.has(scope)))
    if (matrix.length === 0) continue
    const documentFolders = new Set(
      matrix.flatMap((row) => (row.definition ? [path.dirname(row.definition.document)] : []))
    )
    const nearest = new Set<string>()
    for (const dir of here) {
      for (let at = dir; ; at = path.dirname(at)) {
        if (documentFolders.has(at)) {
          nearest.add(at)
          break
        }
        if (at === root || path.dirname(at) === at) break
      }
    }
    for (const row of matrix) {
      const cited = row.prompts.some((file) => inScope.has(path.dirname(file)))
      const local =
        row.status !== 'covered' &&
        row.definition !== undefined &&
        nearest.has(path.dirname(row.definition.document))
      if ((cited || local) && !rows.has(row.id)) {
        rows.set(row.id, {
          ...row,
          prompts: row.prompts.filter((file) => inScope.has(path.dirname(file)))
        })
      }
    }
  }
  return [...rows.values()]
}
