export declare const generatorVersion: number

/** What `generateTree` wrote: every prompt file (relative, sorted) and every planted defect. */
export interface Manifest {
  version: number
  seed: number
  size: number
  files: string[]
  defects: Array<{kind: string; suite: string; where: string}>
  packages: number
}

export declare function generateTree(root: string, size: number, seed?: number): Manifest

export declare function ensureTree(
  dir: string,
  size: number,
  seed?: number
): {root: string; manifest: Manifest; manifestPath: string; reused: boolean}

/** A git repository of a generated tree with requirement documents and citations (or one package of it). */
export declare function repositoryTree(
  root: string,
  target: string,
  manifest: Manifest,
  only?: string
): string[]
