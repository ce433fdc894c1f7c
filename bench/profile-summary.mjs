#!/usr/bin/env node
/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time by function and by
 * package, and inclusive time of the functions that matter most.
 *
 *     node bench/profile-summary.mjs <file.cpuprofile> [--top 25]
 */
import fs from 'node:fs'

const [file, , topArg] = process.argv.slice(2)
const top = Number(topArg ?? 25)
const profile = JSON.parse(fs.readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const self = new Map()
const dt = profile.timeDeltas
for (let i = 0; i < profile.samples.length; i++) {
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0))
}
const total = [...self.values()].reduce((a, b) => a + b, 0)
const where = (n) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '')
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  return m ? m[1] : url.split('/').slice(-2).join('/') || '(native)'
}
const label = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`
const selfBy = new Map()
const pkgBy = new Map()
const inclusive = new Map()
for (const [id, t] of self) {
  const n = byId.get(id)
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t)
  pkgBy.set(where(n), (pkgBy.get(where(n)) ?? 0) + t)
  const seen = new Set()
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur))
    if (seen.has(l)) continue
    seen.add(l)
    inclusive.set(l, (inclusive.get(l) ?? 0) + t)
  }
}
const pct = (t) =>
  `${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms`
const show = (title, map, n) => {
  console.log(`\n${title}`)
  for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${pct(t)}  ${k}`)
}
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`)
show('self time by package / file', pkgBy, top)
show('self time by function', selfBy, top)
show('inclusive time by function', inclusive, top)
