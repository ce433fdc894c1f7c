/**
 * "Did you mean": the closest of some known names to a mistyped one, by edit
 * distance (Damerau–Levenshtein, optimal string alignment: a swap of two
 * neighbouring letters is one edit).
 */

/** Edits (insert, delete, replace, swap neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({length: rows}, (_, i) =>
    Array.from({length: cols}, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1)
      }
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/**
 * The known name closest to `name` (case-insensitively), when it is close
 * enough to be a typo: at most a third of its length in edits (at least 1, at
 * most 3), else the one name a `-word` apart. `undefined` when none is, and for
 * names too long to compare cheaply.
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  if (name.length > 100) return undefined
  const wanted = name.toLowerCase()
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    if (Math.abs(candidate.length - wanted.length) > limit) continue
    const distance = editDistance(wanted, candidate.toLowerCase())
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best ?? oneWordApart(wanted, known)
}

/**
 * The one known name that is `name` with a `-word` more or less (`--output-file`
 * for `--output`, `--print` for `--print-config`); none when several are.
 */
function oneWordApart(name: string, known: Iterable<string>): string | undefined {
  const found = [...known].filter((candidate) => {
    const other = candidate.toLowerCase()
    return name.startsWith(other + '-') || other.startsWith(name + '-')
  })
  return found.length === 1 ? found[0] : undefined
}

/** ` (did you mean \`x\`?)`, or `''` when nothing is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const found = closest(name, known)
  return found === undefined ? '' : ` (did you mean \`${found}\`?)`
}
