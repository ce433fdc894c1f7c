/**
 * A copy of examples/ for the tests that plant defects in the seed suites
 * (orchestration/, deployment/) and count what they find: the ledger suite,
 * written in another dialect and with its own requirement document, plan and
 * support documents, is left out unless asked for, so its names cannot stand
 * in for a file a test removes.
 */
import fs from 'node:fs'
import path from 'node:path'

export const examples = path.join(import.meta.dirname, '..', '..', 'examples')

export function copyExamples(target: string, {ledger = false}: {ledger?: boolean} = {}): void {
  fs.cpSync(examples, target, {
    recursive: true,
    filter: (source) => ledger || path.relative(examples, source).split(path.sep)[0] !== 'ledger'
  })
}
