/**
 * The maps as one self-contained HTML page (`map --format html`): no script, no
 * request, only inline CSS. Each suite is a row of boxes in order (preprompt,
 * then each step), a step's references (requirements, plan entries) listed under
 * it; marked boxes have a red border. Every piece of text is HTML-escaped.
 */
import type {Maps, MapNode, SuiteMap} from './map.js'

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char]!)
}

const css = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}
section{margin:0 0 2em}h2{font-size:1.1em}
.row{display:flex;flex-wrap:wrap;gap:.5em;align-items:flex-start}
.node{border:1px solid #888;border-radius:4px;padding:.3em .6em;background:#fff}
.node ul{margin:.3em 0 0;padding-left:1.2em;font-size:.9em}
.preprompt{background:#eef}.red{background:#fee}.green{background:#efe}.plan{background:#ffd}
.missing,.stale{border-style:dashed}.marked{border:3px solid #d00}
span.marked{border-width:0 0 2px;color:#b00}
.arrow{align-self:center;color:#888}`

export function html({maps, more}: Maps, title = 'tdd-prompt-lint map'): string {
  const sections = maps.map(section).join('\n')
  const rest = more > 0 ? `<p>${more} more suites not drawn.</p>\n` : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections}
${rest}</body>
</html>
`
}

function section(map: SuiteMap): string {
  const byId = new Map(map.nodes.map((node) => [node.id, node]))
  const referenced = new Set(map.edges.filter((edge) => edge.dotted).map((edge) => edge.to))
  const refsOf = (node: MapNode) =>
    map.edges
      .filter((edge) => edge.dotted && edge.from === node.id)
      .map((edge) => byId.get(edge.to))
      .filter((each): each is MapNode => each !== undefined)
  // A node and what it refers to (a plan's stale entries under the plan), each once.
  const shown = new Set<string>()
  const item = (node: MapNode): string => {
    shown.add(node.id)
    const refs = refsOf(node).filter((ref) => !shown.has(ref.id))
    const list = refs.length
      ? `<ul>${refs.map((ref) => `<li>${item(ref)}</li>`).join('')}</ul>`
      : ''
    return `<span class="${classOf(node)}">${escapeHtml(node.label)}</span>${list}`
  }
  const boxes = map.nodes
    .filter((node) => !referenced.has(node.id))
    .map((node) => `<div class="node ${classOf(node)}">${item(node)}</div>`)
  return `<section>
<h2>${escapeHtml(map.label)}</h2>
<div class="row">${boxes.join('<span class="arrow">→</span>')}</div>
</section>`
}

function classOf(node: MapNode): string {
  return node.marked ? `${node.kind} marked` : node.kind
}
