export declare const generatorVersion: number

/** A planted defect and the file the linter is expected to report it on. */
export interface RealDefect {
  /** `missing-green`, `missing-section`, `gap`, `stale-reference` or `undefined-requirement`. */
  kind: string
  /** The file with the finding, relative to the tree's root (a red prompt, a prompt, a plan). */
  file: string
  /** What is wrong there: the missing green's name, the section dropped, the number after the gap, the stale name(s), the undefined ID. */
  where: string
  /** For `stale-reference`: the file(s) the stale name evidently means now, relative to the root. */
  meant?: string
}

/** What `generateRealTree` wrote: every prompt file (relative, sorted) and every planted defect. */
export interface RealManifest {
  version: number
  seed: number
  size: number
  /** Dialect-A package folders plus dialect-B groups (a role preprompt above two or three package folders). */
  packages: number
  dialects: {A: number; B: number}
  files: string[]
  defects: RealDefect[]
  /** Every markdown file of the tree (relative, sorted): written by `ensureRealTree`. */
  markdown?: string[]
}

/**
 * Write a synthetic monorepo of exactly `size` prompt files under `root` (emptied first), in the
 * style of real suites of the methodology, and return its manifest. The same seed and size give
 * the same bytes.
 */
export declare function generateRealTree(root: string, size: number, seed?: number): RealManifest

/** Generate (or reuse) `<dir>/real-<size>/`, with a `.git` folder, and its manifest beside it. */
export declare function ensureRealTree(
  dir: string,
  size: number,
  seed?: number
): {root: string; manifest: RealManifest; manifestPath: string; reused: boolean}
