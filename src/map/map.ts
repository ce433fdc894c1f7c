/**
 * A picture of each suite, from the run's suite model: its preprompt, its steps
 * in order (each pair red → green, foundation prompts in line), the plans of
 * its folder and their stale entries, and the requirements each step cites;
 * what has a finding is marked (a file with a finding, a missing green, a stale
 * plan entry, an uncovered or undefined requirement).
 *
 * `suiteMaps` builds the pictures as plain data; `mermaid` draws them as a
 * Mermaid flowchart (the job summary, `tdd-prompt-lint map`), `html` as a
 * self-contained page (`map --format html`). Bounded whatever the repository:
 * at most `limits.suites` suites, `limits.steps` steps and `limits.requirements`
 * requirements a suite, each label cut to `maxLabel` characters; the rest is
 * counted. Node ids are generated, never taken from the repository, and every
 * label is written with Mermaid's entity codes for anything but plain
 * characters, so no name can end a label, a node or the diagram.
 */
import path from 'node:path'
import type {SuiteModel} from '../suite/model.js'
import type {TraceRow} from '../suite/trace.js'
import {relativePath} from '../reporters/common.js'

export type NodeKind =
  | 'preprompt'
  | 'red'
  | 'green'
  | 'foundation'
  | 'missing'
  | 'plan'
  | 'stale'
  | 'requirement'
  | 'more'

export interface MapNode {
  id: string
  kind: NodeKind
  label: string
  /** Marked: a finding on its file, or a finding in itself (missing, stale, uncovered). */
  marked: boolean
}

export interface MapEdge {
  from: string
  to: string
  /** A reference (plan entry, requirement) rather than the order of steps. */
  dotted: boolean
}

export interface SuiteMap {
  /** The folder, relative to the working folder. */
  label: string
  nodes: MapNode[]
  edges: MapEdge[]
}

export interface MapLimits {
  suites: number
  steps: number
  requirements: number
}

export const defaultLimits: MapLimits = {suites: 20, steps: 40, requirements: 30}
/** Characters of a label shown. */
export const maxLabel = 60

export interface MapInput {
  model: SuiteModel
  /** Suite folders to draw (absolute). */
  suites: string[]
  /** Shown paths are relative to this folder. */
  cwd: string
  /** Files with a finding (absolute). */
  flagged: ReadonlySet<string>
  /** The requirements trace of the suites (`traceInScope`), for uncovered and undefined ones. */
  trace?: TraceRow[]
  limits?: Partial<MapLimits>
}

export interface Maps {
  maps: SuiteMap[]
  /** Suites not drawn (beyond the limit). */
  more: number
}

export function suiteMaps(input: MapInput): Maps {
  const limits = {...defaultLimits, ...input.limits}
  let next = 0
  const id = () => `n${++next}`
  const maps = input.suites.slice(0, limits.suites).map((dir) => suiteMap(dir, input, limits, id))
  return {maps, more: Math.max(input.suites.length - limits.suites, 0)}
}

function suiteMap(dir: string, input: MapInput, limits: MapLimits, id: () => string): SuiteMap {
  const {model, flagged} = input
  const nodes: MapNode[] = []
  const edges: MapEdge[] = []
  const add = (kind: NodeKind, label: string, marked: boolean): string => {
    const node = {id: id(), kind, label: cut(label), marked}
    nodes.push(node)
    return node.id
  }
  const link = (from: string, to: string, dotted = false) => edges.push({from, to, dotted})

  const preprompt = model.preprompt(dir)
  let last: string | undefined = preprompt
    ? add(
        'preprompt',
        `preprompt${path.dirname(preprompt.file) === dir ? '' : ' (borrowed)'}: ${path.basename(preprompt.file)}`,
        flagged.has(preprompt.file)
      )
    : add('missing', 'no preprompt', true)

  const folder = model.folder(dir)
  const numbers = [...folder.byNumber.keys()].sort((a, b) => a - b)
  const requirementNodes = new Map<string, string>()
  let requirementsLeft = 0
  const cite = (from: string, file: string) => {
    for (const mention of model.facts(file)?.requirements ?? []) {
      let node = requirementNodes.get(mention.value)
      if (!node) {
        if (requirementNodes.size >= limits.requirements) {
          requirementsLeft++
          continue
        }
        const row = input.trace?.find((each) => each.id === mention.value)
        node = add('requirement', mention.value, row?.status === 'undefined')
        requirementNodes.set(mention.value, node)
      }
      link(from, node, true)
    }
  }
  for (const number of numbers.slice(0, limits.steps)) {
    const prompts = folder.byNumber.get(number) ?? []
    const two = String(number).padStart(2, '0')
    const step = (kind: 'red' | 'green' | 'foundation') =>
      prompts
        .filter((prompt) =>
          kind === 'foundation' ? !['red', 'green'].includes(prompt.kind) : prompt.kind === kind
        )
        .map((prompt) => {
          const file = path.join(dir, prompt.name)
          const node = add(kind, `${two} ${kind}: ${prompt.slug}`, flagged.has(file))
          cite(node, file)
          return node
        })
    const reds = step('red')
    const foundations = step('foundation')
    const greens = step('green')
    if (reds.length > 0 && greens.length === 0)
      greens.push(add('missing', `${two} green missing`, true))
    const first = reds[0] ?? foundations[0] ?? greens[0]
    if (last && first) link(last, first)
    for (const red of reds) for (const green of greens) link(red, green)
    last = greens.at(-1) ?? foundations.at(-1) ?? reds.at(-1) ?? last
  }
  if (numbers.length > limits.steps) {
    const more = add('more', `${numbers.length - limits.steps} more steps`, false)
    if (last) link(last, more)
  }
  if (requirementsLeft > 0) add('more', `${requirementsLeft} more requirement citations`, false)

  for (const row of input.trace ?? []) {
    if (row.status !== 'uncovered' || requirementNodes.has(row.id)) continue
    if (!row.definition || !isAtOrAbove(path.dirname(row.definition.document), dir)) continue
    if (requirementNodes.size >= limits.requirements) break
    requirementNodes.set(row.id, add('requirement', `${row.id} uncovered`, true))
  }

  for (const plan of model.plans(dir)) {
    const node = add('plan', `plan: ${path.basename(plan.file)}`, flagged.has(plan.file))
    if (preprompt && nodes[0]) link(nodes[0].id, node, true)
    const stale = plan.entries.filter((entry) => entry.file === undefined)
    for (const entry of stale.slice(0, limits.steps)) {
      link(node, add('stale', `stale entry: ${entry.written}`, true), true)
    }
    if (stale.length > limits.steps)
      add('more', `${stale.length - limits.steps} more stale entries`, true)
  }
  return {label: relativePath(input.cwd, dir) || '.', nodes, edges}
}

function isAtOrAbove(folder: string, dir: string): boolean {
  const relative = path.relative(folder, dir)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function cut(label: string): string {
  const chars = [...label]
  return chars.length > maxLabel ? chars.slice(0, maxLabel - 1).join('') + '…' : label
}

/** A label in Mermaid's quotes: anything but letters, digits, space and `_.,:/()-` as an entity code. */
export function mermaidLabel(label: string): string {
  return [...label]
    .map((char) => (/^[\p{L}\p{N} _.,:/()-]$/u.test(char) ? char : `#${char.codePointAt(0)};`))
    .join('')
}

const styles: Partial<Record<NodeKind, string>> = {
  preprompt: 'fill:#eef,stroke:#558',
  red: 'fill:#fee,stroke:#a55',
  green: 'fill:#efe,stroke:#5a5',
  foundation: 'fill:#f6f6f6,stroke:#888',
  plan: 'fill:#ffd,stroke:#aa5',
  requirement: 'fill:#fff,stroke:#888',
  missing: 'fill:#fff,stroke:#d00,stroke-dasharray:4 3',
  stale: 'fill:#fff,stroke:#d00,stroke-dasharray:4 3',
  more: 'fill:#fff,stroke:#bbb'
}

/** The maps as a Mermaid flowchart (without a code fence). */
export function mermaid({maps, more}: Maps): string {
  const lines = ['flowchart LR']
  for (const [kind, style] of Object.entries(styles)) lines.push(`  classDef ${kind} ${style}`)
  lines.push('  classDef marked stroke:#d00,stroke-width:3px')
  maps.forEach((map, index) => {
    lines.push(`  subgraph s${index + 1}["${mermaidLabel(map.label)}"]`, '    direction LR')
    for (const node of map.nodes) {
      lines.push(`    ${node.id}["${mermaidLabel(node.label)}"]:::${node.kind}`)
    }
    for (const edge of map.edges) {
      lines.push(`    ${edge.from} ${edge.dotted ? '-.->' : '-->'} ${edge.to}`)
    }
    lines.push('  end')
    const marked = map.nodes.filter((node) => node.marked).map((node) => node.id)
    if (marked.length > 0) lines.push(`  class ${marked.join(',')} marked`)
  })
  if (more > 0) lines.push(`  more["${more} more suites not drawn"]:::more`)
  return lines.join('\n') + '\n'
}
