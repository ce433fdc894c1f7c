/**
 * What the suite model reads: folder listings and bounded file texts, from the
 * disk or from memory (the rule docs' examples and tests describe a suite as a
 * map of paths to texts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {decodeText, readRegularFile} from '../io/files.js'
import {Recent} from './recent.js'

export interface Entry {
  name: string
  folder: boolean
}

export interface SuiteFs {
  /** Entries of a folder (symbolic links count as files); `undefined` when it is not a readable folder. */
  list(dir: string): Entry[] | undefined
  /** A file's UTF-8 text, at most `maxBytes`; `undefined` when it cannot or may not be read. */
  read(file: string): string | undefined
}

/** Largest file the model reads (the engine's own limit). */
export const maxTextBytes = 1024 * 1024

/**
 * The disk. Reads are bounded (regular files up to 1 MiB, valid UTF-8, no NUL),
 * and a file whose real path leaves `root` (a symbolic link out of the
 * repository) is not read.
 */
export function diskFs(root: string | undefined): SuiteFs {
  const realRoot = root ? realpath(root) : undefined
  return {
    list(dir) {
      try {
        return fs
          .readdirSync(dir, {withFileTypes: true})
          .map((entry) => ({name: entry.name, folder: entry.isDirectory()}))
      } catch {
        return undefined
      }
    },
    read(file) {
      if (realRoot) {
        const real = realpath(file)
        const inside = real === undefined ? '..' : path.relative(realRoot, real)
        if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined
      }
      const bytes = readRegularFile(file, maxTextBytes)
      return Buffer.isBuffer(bytes) ? decodeText(bytes) : undefined
    }
  }
}

/** Files in memory: absolute path → text (folders are implied by the paths). */
export function memoryFs(files: Record<string, string>): SuiteFs {
  const folders = new Map<string, Map<string, boolean>>()
  for (const file of Object.keys(files)) {
    let child = path.resolve(file)
    for (let dir = path.dirname(child); ; dir = path.dirname(dir)) {
      const entries = folders.get(dir) ?? new Map<string, boolean>()
      entries.set(path.basename(child), child !== path.resolve(file))
      folders.set(dir, entries)
      if (path.dirname(dir) === dir) break
      child = dir
    }
  }
  return {
    list(dir) {
      const entries = folders.get(path.resolve(dir))
      return entries && [...entries].map(([name, folder]) => ({name, folder}))
    },
    read(file) {
      return files[path.resolve(file)]
    }
  }
}

/** A path's real path (symbolic links resolved), `undefined` when it does not exist. */
export function realpath(file: string): string | undefined {
  try {
    return fs.realpathSync.native(file)
  } catch {
    return undefined
  }
}

/**
 * Real paths of files, each folder's resolved once while it is kept: a file that
 * is no symbolic link itself costs one `lstat`, where resolving its whole path
 * asks every folder above it again (a run asks for each file it reads).
 */
export class RealPaths {
  private readonly folders = new Recent<string | undefined>(256)

  /** The real path of a folder (absolute), resolved once while it is kept. */
  folder(dir: string): string | undefined {
    return this.folders.get(dir, () => realpath(dir))
  }

  /** The real path of `file` (absolute), `undefined` when it does not exist. */
  of(file: string): string | undefined {
    const real = this.folder(path.dirname(file))
    if (real === undefined) return undefined
    try {
      if (fs.lstatSync(file).isSymbolicLink()) return realpath(file)
    } catch {
      return undefined
    }
    return path.join(real, path.basename(file))
  }
}
