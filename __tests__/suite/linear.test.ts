/**
 * The line scanner (src/suite/facts.ts) is linear: adversarial repeats (blanks,
 * dots, brackets, parentheses, line separators) at 1 KB, 10 KB and 100 KB take
 * the same time per byte, within a generous factor (a quadratic pattern is 100
 * times slower per byte at 100 KB than at 1 KB, a cubic one far more). Each size
 * is read for the same number of bytes in all (100 × 1 KB, 10 × 10 KB, 1 × 100
 * KB), the best of three rounds; only ratios are compared, never a time.
 * The linear rewrites read ordinary text as the patterns they replace did.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {atxHeading, linkDestinations, readFacts, sectionKey} from '../../src/suite/facts.js'
import {idWords} from '../../src/suite/ids.js'

const shapes: Record<string, (bytes: number) => string> = {
  'a heading, blanks, a word': (n) => '## x' + ' '.repeat(n) + 'y',
  'a line of `](`': (n) => ']('.repeat(n / 2),
  "a line of `](a '`": (n) => "](a '".repeat(n / 5),
  'a heading of dots': (n) => '# ' + '.'.repeat(n) + 'x',
  'a heading of ` (a)`': (n) => '# x' + ' (a)'.repeat(n / 4),
  'an ID line ending in U+2028': (n) => '* **L1-1.1**' + ' '.repeat(n) + 'x\u2028',
  'bold labels ending in U+2028': (n) => '**a**'.repeat(n / 5) + '\u2028',
  'a table row ending in U+2028': (n) => '| 1.1 |' + ' '.repeat(n) + '\u2028',
  'a label then comment openers': (n) => '**Objective:** ' + '<!--'.repeat(n / 4),
  'links to markdown files': (n) => '[a](b.md) '.repeat(n / 10),
  'markdown file names': (n) => 'x\\_y.md '.repeat(n / 8),
  'code spans': (n) => '`a` '.repeat(n / 4),
  'code spans naming test files': (n) => '`a_test.go` '.repeat(n / 12),
  'one word of tests': (n) => 'test'.repeat(n / 4),
  'test file names in prose': (n) => 'a/b\\_test.go '.repeat(n / 14),
  'ID-shaped words': (n) => 'L1-1.1 '.repeat(n / 7),
  'one ID-shaped word of joins': (n) => 'A' + '-1'.repeat(n / 2)
}

/** The best of three rounds of reading `runs` texts of `bytes` (milliseconds). */
function cost(make: (bytes: number) => string, bytes: number, runs: number): number {
  const text = make(bytes) + '\n'
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    for (let run = 0; run < runs; run++) readFacts(text)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('linear growth', () => {
  it.each(Object.entries(shapes))(
    '%s: the same time per byte at 1 KB, 10 KB and 100 KB',
    (_name, make) => {
      cost(make, 1024, 20) // warm up
      // The smallest of three measurements of the spread: a pause of the collector or of a
      // loaded machine can spoil one, a quadratic pattern spoils every one.
      let spread = Number.POSITIVE_INFINITY
      for (let attempt = 0; attempt < 3 && spread >= 12; attempt++) {
        const small = cost(make, 1024, 100)
        const medium = cost(make, 10 * 1024, 10)
        // Stop before 100 KB when 10 KB is already far slower per byte (a cubic pattern would take minutes).
        expect(medium / small).toBeLessThan(120)
        const large = cost(make, 100 * 1024, 1)
        spread = Math.min(spread, Math.max(small, medium, large) / Math.min(small, medium, large))
      }
      expect(spread).toBeLessThan(12)
    }
  )
})

describe('the linear rewrites read ordinary text as the patterns they replace', () => {
  const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/
  const link = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g
  const line = (alphabet: string[]) =>
    fc.array(fc.constantFrom(...alphabet), {maxLength: 24}).map((parts) => parts.join(''))

  it('ATX headings', () => {
    fc.assert(
      fc.property(line(['#', '##', ' ', '\t', 'x', 'Title', '.', ':', '(a)']), (raw) => {
        const old = atx.exec(raw)
        const now = atxHeading(raw)
        expect(now).toEqual(old ? {depth: old[1]!.length, text: old[2] ?? ''} : undefined)
      }),
      {numRuns: 2000}
    )
  })

  it('link destinations (no `]` inside one)', () => {
    fc.assert(
      fc.property(
        line(['](', '[a', 'x.md', ' ', ')', '<', '>', '"t"', "'", '(', '#a', 'b']),
        (raw) => {
          const old = [...raw.matchAll(link)].map((match) => ({
            value: match[1]!,
            index: match.index,
            end: match.index + match[0].length
          }))
          fc.pre(!old.some((each) => raw.slice(each.index + 2, each.end).includes(']')))
          expect(linkDestinations(raw)).toEqual(old)
        }
      ),
      {numRuns: 2000}
    )
  })

  it('section keys', () => {
    const key = (text: string) => {
      let out = text
      for (let previous = ''; previous !== out;) {
        previous = out
        out = out
          .replace(/[\s:.]+$/, '')
          .replace(/\s*\([^()]*\)$/, '')
          .trim()
      }
      return out
    }
    fc.assert(
      fc.property(line(['Primary', ' ', 'Prompt', '(', ')', '(Concise)', ':', '.', 'x']), (raw) => {
        // sectionKey also folds case and strips numbering and emphasis first.
        const plain = raw.replace(/\s+/g, ' ').trim().toLowerCase()
        fc.pre(!/^(?:\d|[ivx]+\.|[a-z]\))/.test(plain))
        expect(sectionKey(raw)).toBe(key(plain))
      }),
      {numRuns: 2000}
    )
  })

  it('ID-shaped words', () => {
    // The character loop the pattern replaced.
    const word = /[A-Za-z0-9_]/
    const alnum = /[A-Za-z0-9]/
    const loop = (raw: string) => {
      const found: Array<{value: string; column: number}> = []
      for (let at = 0; at < raw.length;) {
        if (!/[A-Z]/.test(raw[at]!) || (at > 0 && word.test(raw[at - 1]!))) {
          at++
          continue
        }
        let end = at
        let digit = false
        while (end < raw.length) {
          const char = raw[end]!
          if (alnum.test(char)) {
            if (/[0-9]/.test(char)) digit = true
            end++
          } else if ('-_.'.includes(char) && alnum.test(raw[end + 1] ?? ' ')) end++
          else break
        }
        if (digit && end - at <= 48) found.push({value: raw.slice(at, end), column: at + 1})
        at = end
      }
      return found
    }
    fc.assert(
      fc.property(
        line(['L', '1', '-', '.', '_', 'a', 'FR', ' ', 'x2', 'REQ', '--', '1.1']),
        (raw) => {
          expect(idWords(raw)).toEqual(loop(raw))
        }
      ),
      {numRuns: 3000}
    )
  })

  it('test files in prose (the runs of path characters that name one)', () => {
    const testFile =
      /(?:^|\/)(?:[\w.-]+_test\.(?:go|py|rs|exs|dart|cc|cpp|c)|[\w.-]+\.(?:test|spec)\.[cm]?[jt]sx?|test_[\w.-]+\.py|[\w.-]+_spec\.rb|[\w.-]+Tests?\.(?:java|kt|cs|swift)|[\w.-]+_tests?\.rs)$/
    // Every run of path characters, as the scan did before it looked only around `test`/`spec`.
    const every = (raw: string) =>
      [...raw.matchAll(/[\w.\\/-]+/g)].flatMap((match) => {
        if (raw[match.index - 1] === ':') return []
        const source = match[0].replace(/[.\\]+$/, '')
        const name = source.replace(/\\(.)/g, '$1').replace(/^\.\//, '')
        return testFile.test(name) ? [{value: name, column: match.index + 1}] : []
      })
    fc.assert(
      fc.property(
        line([
          'a',
          '_test',
          '.go',
          'test',
          'spec',
          '.',
          '/',
          '\\_',
          ' ',
          ':',
          'Test',
          '.java',
          'x.spec.ts'
        ]),
        (raw) => {
          const found = readFacts(raw).testFiles.map(({value, column}) => ({value, column}))
          expect(found).toEqual(every(raw))
        }
      ),
      {numRuns: 3000}
    )
  })
})
