/**
 * The applier: makes a plan's renames and edits all or not at all, and never
 * leaves a prompt that exists only under a temporary name, whenever the process
 * stops (even SIGKILL).
 *
 * 1. Every new text is written to a temporary file beside its file (same folder,
 *    so the final rename is atomic), with the file's mode.
 * 2. Renamed files move to their new names without ever replacing a file: `link`
 *    then `unlink` (`link` refuses an existing name; between the two the file
 *    has both names); where a file system has no hard links, a check then
 *    `rename`. Chains (`renumber`: 04 → 05, 03 → 04) run from their free end;
 *    only a cycle (two files swapping names) parks one file under a temporary
 *    name. A case-only rename on a case-insensitive file system is one `rename`.
 * 3. Each edited file is replaced by its temporary file (`rename`).
 *
 * Every step records its inverse before it runs; when a step throws, the
 * inverses run in reverse order (removing a half-written temporary file too)
 * and the error is thrown again: every file is as it was. The same inverses undo
 * a completed plan (`Applied.undo`). The file system is a parameter so that
 * tests can make any step fail.
 */
import crypto from 'node:crypto'
import nodeFs from 'node:fs'
import path from 'node:path'
import type {FixPlan} from './plan.js'

/** What the applier does to the disk. */
export interface FixFs {
  readFileSync(file: string): Buffer
  writeFileSync(file: string, data: string | Buffer, options: {flag: 'wx'; mode?: number}): void
  renameSync(from: string, to: string): void
  linkSync(existing: string, created: string): void
  unlinkSync(file: string): void
  lstatSync(file: string): {mode: number; ino: number; dev: number}
}

export const diskFixFs: FixFs = {
  readFileSync: (file) => nodeFs.readFileSync(file),
  writeFileSync: (file, data, options) => nodeFs.writeFileSync(file, data, options),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  linkSync: (existing, created) => nodeFs.linkSync(existing, created),
  unlinkSync: (file) => nodeFs.unlinkSync(file),
  lstatSync: (file) => nodeFs.lstatSync(file)
}

export interface Applied {
  /** Files renamed, in the plan's order. */
  renamed: Array<{from: string; to: string}>
  /** Files whose text changed, by their final names. */
  edited: string[]
  /** Put every file back as it was before the plan. */
  undo(): void
}

/** Thrown when a plan could not be applied; the disk is as it was unless `restored` is false. */
export class ApplyError extends Error {
  override name = 'ApplyError'
  constructor(
    message: string,
    readonly restored: boolean,
    options?: ErrorOptions
  ) {
    super(message, options)
  }
}

/** Apply a plan atomically. Throws `ApplyError`. */
export function applyPlan(plan: FixPlan, fs: FixFs = diskFixFs): Applied {
  const inverses: Array<() => void> = []
  const finalName = new Map(plan.renames.map((each) => [each.from, each.to]))
  const vacated = new Set(plan.renames.map((each) => each.from))
  try {
    // Refuse before touching anything: a new name must be free (or vacated by this plan).
    for (const {from, to} of plan.renames) {
      if (!vacated.has(to) && exists(fs, to) && !sameFile(fs, from, to)) {
        throw new Error(`\`${to}\` exists, not overwriting it`)
      }
    }
    // 1. New texts beside their files.
    const staged: Array<{temp: string; target: string; original: Buffer}> = []
    for (const [file, text] of plan.edits) {
      const original = fs.readFileSync(file)
      const mode = fs.lstatSync(file).mode & 0o7777
      const target = finalName.get(file) ?? file
      const temp = tempName(target, 'new')
      inverses.push(() => ignoreMissing(() => fs.unlinkSync(temp)))
      fs.writeFileSync(temp, text, {flag: 'wx', mode})
      staged.push({temp, target, original})
    }
    // 2. Renames, each chain from its free end.
    for (const {from, to} of ordered(plan.renames)) {
      if (sameFile(fs, from, to)) fs.renameSync(from, to)
      else moveNoOverwrite(fs, from, to)
      inverses.push(() => fs.renameSync(to, from))
    }
    // 3. Edited files replaced.
    for (const {temp, target, original} of staged) {
      fs.renameSync(temp, target)
      inverses.push(() => restore(fs, target, original))
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const failed = rollBack(inverses)
    throw new ApplyError(
      failed.length === 0
        ? `nothing changed: ${reason}`
        : `${reason}; and restoring failed (${failed.join('; ')})`,
      failed.length === 0,
      {cause: error}
    )
  }
  return {
    renamed: plan.renames.map((each) => ({...each})),
    edited: [...plan.edits.keys()].map((file) => finalName.get(file) ?? file),
    undo() {
      const failed = rollBack(inverses)
      if (failed.length > 0) throw new ApplyError(`cannot undo: ${failed.join('; ')}`, false)
    }
  }
}

/**
 * The renames in an order where each new name is free when its turn comes: a
 * chain `a → b → c` (c free) runs `b → c`, then `a → b`; a cycle first parks one
 * of its files under a temporary name.
 */
function ordered(renames: FixPlan['renames']): Array<{from: string; to: string}> {
  const pending = new Map(renames.map(({from, to}) => [from, to]))
  const out: Array<{from: string; to: string}> = []
  for (const {from: start} of renames) {
    if (!pending.has(start)) continue
    const chain: string[] = []
    const seen = new Set<string>()
    for (let at = start; pending.has(at) && !seen.has(at); at = pending.get(at)!) {
      chain.push(at)
      seen.add(at)
    }
    const end = pending.get(chain.at(-1)!)!
    // A cycle: `end` (its first file) waits under a temporary name until the others moved.
    const parked = seen.has(end) ? tempName(end, 'move') : undefined
    if (parked) out.push({from: end, to: parked})
    for (const from of chain.reverse()) {
      out.push({from: from === end && parked ? parked : from, to: pending.get(from)!})
      pending.delete(from)
    }
  }
  return out
}

/** Run inverses in reverse order; the reasons of those that failed. */
function rollBack(inverses: Array<() => void>): string[] {
  const failed: string[] = []
  for (const inverse of inverses.splice(0).reverse()) {
    try {
      inverse()
    } catch (error) {
      failed.push(error instanceof Error ? error.message : String(error))
    }
  }
  return failed
}

/** Move `from` to `to`, never replacing a file at `to`. */
function moveNoOverwrite(fs: FixFs, from: string, to: string): void {
  try {
    fs.linkSync(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (
      code === 'EEXIST' ||
      !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS'].includes(code ?? '')
    ) {
      throw error
    }
    // No hard links here: check, then rename.
    if (exists(fs, to)) throw new Error(`\`${to}\` exists, not overwriting it`, {cause: error})
    fs.renameSync(from, to)
    return
  }
  try {
    fs.unlinkSync(from)
  } catch (error) {
    ignoreMissing(() => fs.unlinkSync(to))
    throw error
  }
}

/** Put a file's original bytes back, atomically (no temporary file left when that fails). */
function restore(fs: FixFs, file: string, original: Buffer): void {
  const temp = tempName(file, 'restore')
  try {
    fs.writeFileSync(temp, original, {flag: 'wx', mode: fs.lstatSync(file).mode & 0o7777})
    fs.renameSync(temp, file)
  } catch (error) {
    ignoreMissing(() => fs.unlinkSync(temp))
    throw error
  }
}

function tempName(file: string, what: string): string {
  const id = crypto.randomBytes(6).toString('hex')
  return path.join(path.dirname(file), `.${path.basename(file)}.${what}-${id}.tmp`)
}

function exists(fs: FixFs, file: string): boolean {
  try {
    fs.lstatSync(file)
    return true
  } catch {
    return false
  }
}

/** Whether two paths are one file (a case-only rename on a case-insensitive file system). */
function sameFile(fs: FixFs, a: string, b: string): boolean {
  try {
    const left = fs.lstatSync(a)
    const right = fs.lstatSync(b)
    return left.ino === right.ino && left.dev === right.dev
  } catch {
    return false
  }
}

function ignoreMissing(run: () => void): void {
  try {
    run()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
