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
  'markdown file names': (n) => 'x\\_y.md '.repeat(n / 8)
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
      const small = cost(make, 1024, 100)
      const medium = cost(make, 10 * 1024, 10)
      // Stop before 100 KB when 10 KB is already far slower per byte (a cubic pattern would take minutes).
      expect(medium / small).toBeLessThan(12)
      const large = cost(make, 100 * 1024, 1)
      expect(Math.max(small, medium, large) / Math.min(small, medium, large)).toBeLessThan(12)
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
})
