/**
 * The files a pull request changes, through the REST API: 100 a page, at most the
 * 3000 files the API lists. Renamed files count under both names.
 */
import type {Client} from './github.js'

export interface ChangedFile {
  filename: string
  status: string
  previous_filename?: string | undefined
}

export interface Listing {
  /** Changed paths, relative to the repository root. */
  paths: string[]
  /** `false` when the API's cap was reached: there may be more. */
  complete: boolean
}

/** The most files the API lists for a pull request. */
export const fileCap = 3000

export async function listChangedFiles(
  client: Client,
  pull: {owner: string; repo: string; pullNumber: number}
): Promise<Listing> {
  const files: ChangedFile[] = []
  for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.pullNumber,
    per_page: 100
  })) {
    files.push(...page.data)
    if (files.length >= fileCap) break
  }
  return {paths: changedPaths(files), complete: files.length < fileCap}
}

/** Every path a change touches: the file, and the old name of a renamed one. */
export function changedPaths(files: ChangedFile[]): string[] {
  const paths = new Set<string>()
  for (const file of files) {
    paths.add(file.filename)
    if (file.previous_filename) paths.add(file.previous_filename)
  }
  return [...paths].sort()
}
