/**
 * Data safety of `new` and `init` (issue #14): atomic writes, a failed write
 * undone, a BOM and line endings kept, no symbolic link followed out of the
 * working folder, bounded reads. The file-size limit and signals, which need a
 * process, are in contract/scaffold-safety.test.ts.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {main} from '../src/cli/main.js'
import {initSuite, newPair, ScaffoldError, type WriteFs} from '../src/scaffold/scaffold.js'
import {capture, cleanSuite, makeTree, removeTrees} from './cli-fixtures.js'

afterAll(removeTrees)

const preprompt = 'orchestration/prompt_00_orchestration_preprompt.md'

/** Every file under `dir` (links as links) → its sha256, or the link's target. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, {recursive: true}) as string[]) {
    const file = path.join(dir, name)
    const stat = fs.lstatSync(file)
    if (stat.isSymbolicLink()) out[name] = '-> ' + fs.readlinkSync(file)
    else if (stat.isFile()) {
      out[name] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    }
  }
  return out
}

/** node:fs with one operation that throws (after `after` calls go through). */
function failing(operation: keyof WriteFs, after = 0): WriteFs {
  let calls = 0
  const io: WriteFs = {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    linkSync: fs.linkSync,
    renameSync: fs.renameSync,
    unlinkSync: fs.unlinkSync
  }
  const real = io[operation] as (...args: unknown[]) => unknown
  ;(io as unknown as Record<string, unknown>)[operation] = (...args: unknown[]) => {
    if (calls++ >= after) throw Object.assign(new Error(`EIO: ${operation} failed`), {code: 'EIO'})
    return real(...args)
  }
  return io
}

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ScaffoldError)
    return (error as Error).message
  }
  throw new Error('expected a ScaffoldError')
}

describe('a write that fails leaves every original byte-identical and no new file', () => {
  test.each([
    ['writing the first new file', failing('writeSync')],
    ['syncing the second new file', failing('fsyncSync', 1)],
    ['linking the second new file into place', failing('linkSync', 1)],
    ['renaming the edited preprompt over the original', failing('renameSync')]
  ])('%s', (_label, io) => {
    const dir = makeTree(cleanSuite)
    const before = snapshot(dir)
    expect(() => newPair({slug: 'conductor', suite: 'orchestration', cwd: dir, fs: io})).toThrow(
      /EIO/
    )
    expect(snapshot(dir)).toEqual(before)
  })

  test('init: a failed write leaves no preprompt and no temporary file', () => {
    const dir = makeTree({})
    expect(() =>
      initSuite({folder: 'pkg', packageName: 'pkg', cwd: dir, fs: failing('linkSync')})
    ).toThrow(/EIO/)
    expect(fs.readdirSync(path.join(dir, 'pkg'))).toEqual([])
  })

  test('a file that appears meanwhile is not overwritten', () => {
    const dir = makeTree(cleanSuite)
    const green = path.join(dir, 'orchestration/prompt_03b_conductor_green.md')
    const io = failing('openSync', 99)
    io.linkSync = (from, to) => {
      // Someone else creates the green prompt between the checks and the write.
      if (String(to) === green) fs.writeFileSync(green, 'theirs\n')
      fs.linkSync(from, to)
    }
    const before = snapshot(dir)
    expect(
      refusal(() => newPair({slug: 'conductor', suite: 'orchestration', cwd: dir, fs: io}))
    ).toBe('`prompt_03b_conductor_green.md` already exists, not overwriting it')
    expect(fs.readFileSync(green, 'utf8')).toBe('theirs\n')
    const after = snapshot(dir)
    delete after['orchestration/prompt_03b_conductor_green.md']
    expect(after).toEqual(before)
  })
})

describe('an edited preprompt keeps its BOM and line endings', () => {
  const plain = cleanSuite[preprompt]!
  const edited = (text: string | Buffer) => {
    const dir = makeTree({...cleanSuite, [preprompt]: ''})
    fs.writeFileSync(path.join(dir, preprompt), text)
    newPair({slug: 'conductor', suite: 'orchestration', cwd: dir})
    return fs.readFileSync(path.join(dir, preprompt))
  }
  const expected = edited(plain).toString('utf8')

  test('a BOM stays, and does not shift the insertion', () => {
    const result = edited('\uFEFF' + plain).toString('utf8')
    expect(result).toBe('\uFEFF' + expected)
  })

  test('CRLF stays CRLF, with or without a BOM', () => {
    const crlf = plain.replace(/\n/g, '\r\n')
    expect(edited(crlf).toString('utf8')).toBe(expected.replace(/\n/g, '\r\n'))
    expect(edited('\uFEFF' + crlf).toString('utf8')).toBe(
      '\uFEFF' + expected.replace(/\n/g, '\r\n')
    )
  })

  test('the file mode stays', () => {
    const dir = makeTree(cleanSuite)
    fs.chmodSync(path.join(dir, preprompt), 0o640)
    newPair({slug: 'conductor', suite: 'orchestration', cwd: dir})
    expect(fs.statSync(path.join(dir, preprompt)).mode & 0o777).toBe(0o640)
  })
})

describe('symbolic links out of the working folder are not followed', () => {
  const outside = () => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tdd-outside-')))

  test('a preprompt that links outside: refused, naming it, the target unchanged', () => {
    const dir = makeTree(cleanSuite)
    const away = path.join(outside(), 'secret.md')
    fs.writeFileSync(away, cleanSuite[preprompt]!)
    fs.rmSync(path.join(dir, preprompt))
    fs.symlinkSync(away, path.join(dir, preprompt))
    const before = snapshot(dir)
    expect(refusal(() => newPair({slug: 'conductor', suite: 'orchestration', cwd: dir}))).toBe(
      `\`${preprompt}\` leads outside the working folder (a symbolic link): not following it`
    )
    expect(fs.readFileSync(away, 'utf8')).toBe(cleanSuite[preprompt])
    expect(snapshot(dir)).toEqual(before)
  })

  test('a preprompt that links inside: the file it leads to is edited, the link kept', () => {
    const dir = makeTree(cleanSuite)
    fs.renameSync(path.join(dir, preprompt), path.join(dir, 'real-preprompt.md'))
    fs.symlinkSync('../real-preprompt.md', path.join(dir, preprompt))
    newPair({slug: 'conductor', suite: 'orchestration', cwd: dir})
    expect(fs.lstatSync(path.join(dir, preprompt)).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'real-preprompt.md'), 'utf8')).toContain('conductor')
  })

  test('a suite folder that links outside: refused for new and init, exit 2 and one line', async () => {
    const dir = makeTree({})
    const away = outside()
    fs.symlinkSync(away, path.join(dir, 'suite'))
    for (const argv of [
      ['new', 'conductor', '--suite', 'suite'],
      ['init', 'suite', '--package', 'pkg'],
      ['init', 'suite/deeper', '--package', 'pkg']
    ]) {
      const out = capture()
      expect(await main(argv, dir, out.streams)).toBe(2)
      expect(out.stderr()).toMatch(
        /^tdd-prompt-lint: `suite(\/deeper)?` leads outside the working folder \(a symbolic link\): not following it\n$/
      )
      expect(out.stdout()).toBe('')
    }
    expect(fs.readdirSync(away)).toEqual([])
  })
})

describe('bounded reads: a clean refusal, no endless read, no stack overflow', () => {
  test('a preprompt linked to /dev/zero', () => {
    const dir = makeTree(cleanSuite)
    fs.rmSync(path.join(dir, preprompt))
    fs.symlinkSync('/dev/zero', path.join(dir, preprompt))
    // /dev/zero is outside the working folder: refused before any read.
    expect(refusal(() => newPair({slug: 'conductor', suite: 'orchestration', cwd: dir}))).toMatch(
      /leads outside the working folder/
    )
  })

  test('a preprompt over 1 MiB', () => {
    const dir = makeTree(cleanSuite)
    fs.appendFileSync(path.join(dir, preprompt), 'x'.repeat(1024 * 1024))
    const before = snapshot(dir)
    expect(refusal(() => newPair({slug: 'conductor', suite: 'orchestration', cwd: dir}))).toBe(
      `cannot edit \`${preprompt}\`: larger than 1 MiB`
    )
    expect(snapshot(dir)).toEqual(before)
  })

  test('a deeply nested preprompt: edited or refused in one line, never a crash', () => {
    const dir = makeTree(cleanSuite)
    fs.appendFileSync(path.join(dir, preprompt), '\n' + '>'.repeat(10_000) + ' deep\n')
    const before = snapshot(dir)
    let message: string | undefined
    try {
      newPair({slug: 'conductor', suite: 'orchestration', cwd: dir})
    } catch (error) {
      message = (error as Error).message
    }
    if (message !== undefined) {
      expect(message).toBe(`cannot edit \`${preprompt}\`: its markdown is nested too deeply`)
      expect(snapshot(dir)).toEqual(before)
    } else {
      expect(fs.readFileSync(path.join(dir, preprompt), 'utf8')).toContain('conductor')
    }
  })

  test('a preprompt too slow to parse: refused when the time is up', () => {
    const dir = makeTree(cleanSuite)
    fs.appendFileSync(path.join(dir, preprompt), '\n' + '> -\n\n'.repeat(100_000))
    const before = snapshot(dir)
    expect(
      refusal(() => newPair({slug: 'conductor', suite: 'orchestration', cwd: dir, timeout: 200}))
    ).toBe(`cannot edit \`${preprompt}\`: its markdown takes longer than 0.2 s to parse`)
    expect(snapshot(dir)).toEqual(before)
  })
})
