/**
 * The language server as an editor drives it: the bundled `dist/lsp.js` over
 * stdio, a client from vscode-languageserver-protocol. One server process sees
 * the disk as it is at each check.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, beforeEach, expect, it} from 'vitest'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection
} from 'vscode-languageserver-protocol/node'

const server = path.join(import.meta.dirname, '..', '..', 'dist', 'lsp.js')
let root: string
let child: ChildProcess
let connection: ProtocolConnection
const published: Array<{uri: string; diagnostics: Diagnostic[]}> = []

beforeEach(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-')))
  fs.mkdirSync(path.join(root, '.git'))
  fs.mkdirSync(path.join(root, 'pkg'))
  fs.writeFileSync(path.join(root, 'pkg', 'prompt_00_pkg_preprompt.md'), '# Pkg\n\nContext.\n')
  child = spawn(process.execPath, [server, '--stdio'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit']
  })
  connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!)
  )
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: {uri: string; diagnostics: Diagnostic[]}) => {
      published.push(params)
    }
  )
  connection.onRequest('workspace/configuration', () => [{}] as unknown as never)
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{uri: pathToFileURL(root).href, name: 'root'}]
  })
  await connection.sendNotification('initialized', {})
})

afterEach(() => {
  connection.dispose()
  child.kill()
  fs.rmSync(root, {recursive: true, force: true})
  published.length = 0
})

async function diagnostics(uri: string, count: number): Promise<Diagnostic[]> {
  for (let tries = 0; tries < 200; tries++) {
    const found = published.filter((each) => each.uri === uri)
    if (found.length >= count) return found[count - 1]!.diagnostics
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no diagnostics #${count} for ${uri}`)
}

/** The widget red on disk, and a green beside it written and opened in the editor. */
async function openGreen(name: string, text: string) {
  fs.writeFileSync(
    path.join(root, 'pkg', 'prompt_01_widget_red.md'),
    '# Prompt 01: Unit Tests for Widget\n\nGenerate `widget/widget_test.go`.\n'
  )
  const green = path.join(root, 'pkg', name)
  fs.writeFileSync(green, text)
  const uri = pathToFileURL(green).href
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text}
  })
  return {green, text, uri}
}

it('reports a missing green, then clears it once the green exists, in one server process', async () => {
  const red = path.join(root, 'pkg', 'prompt_01_widget_red.md')
  const text = '# Prompt 01: Unit Tests for Widget\n\nGenerate `widget/widget_test.go`.\n'
  fs.writeFileSync(red, text)
  const uri = pathToFileURL(red).href
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text}
  })
  const first = await diagnostics(uri, 1)
  expect(first.map((each) => each.code)).toEqual(['pair'])

  fs.writeFileSync(
    path.join(root, 'pkg', 'prompt_01b_widget_green.md'),
    '# Prompt 01: Implementation for Widget\n\nMake `widget/widget_test.go` pass.\n'
  )
  await connection.sendNotification('textDocument/didChange', {
    textDocument: {uri, version: 2},
    contentChanges: [{text: text + '\n'}]
  })
  const second = await diagnostics(uri, 2)
  expect(second).toEqual([])
})

it('offers a quick fix for a wrong title number, and applying it clears the finding', async () => {
  const {text, uri} = await openGreen(
    'prompt_01b_widget_green.md',
    '# Prompt 05: Implementation for Widget\n\nMake `widget/widget_test.go` pass.\n'
  )
  const [diagnostic] = await diagnostics(uri, 1)
  expect(diagnostic?.code).toBe('title')
  const actions = (await connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: diagnostic!.range,
    context: {diagnostics: [diagnostic]}
  })) as Array<{
    title: string
    edit: {changes: Record<string, Array<{range: Diagnostic['range']; newText: string}>>}
  }>
  expect(actions.map((action) => action.title)).toEqual(['Replace `05` with `01`'])
  const [edit] = actions[0]!.edit.changes[uri]!
  const lines = text.split('\n')
  const line = lines[edit!.range.start.line]!
  lines[edit!.range.start.line] =
    line.slice(0, edit!.range.start.character) +
    edit!.newText +
    line.slice(edit!.range.end.character)
  await connection.sendNotification('textDocument/didChange', {
    textDocument: {uri, version: 2},
    contentChanges: [{text: lines.join('\n')}]
  })
  expect(await diagnostics(uri, 2)).toEqual([])
})

/** Open a red prompt whose green is missing; the diagnostics of its first check. */
async function openLonelyRed(): Promise<Diagnostic[]> {
  const red = path.join(root, 'pkg', 'prompt_01_widget_red.md')
  const text = '# Prompt 01: Unit Tests for Widget\n\nGenerate `widget/widget_test.go`.\n'
  fs.writeFileSync(red, text)
  const uri = pathToFileURL(red).href
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text}
  })
  return diagnostics(uri, 1)
}

it('reads `.tddpromptlintrc.*` as the CLI does: `pair: warn` makes the finding a warning', async () => {
  fs.writeFileSync(path.join(root, '.tddpromptlintrc.json'), '{"rules": {"pair": "warn"}}\n')
  const found = await openLonelyRed()
  expect(found.map((each) => [each.code, each.severity])).toEqual([['pair', 2]])
})

it('honours a rule turned off in `.remarkrc`, the preset not put back on top', async () => {
  fs.writeFileSync(
    path.join(root, '.remarkrc'),
    JSON.stringify({plugins: [['tdd-prompt-lint/rules/pair', false]]})
  )
  expect(await openLonelyRed()).toEqual([])
})

it('never runs code from the workspace: no `.remarkrc.mjs`, no workspace remark, no listed plugin', async () => {
  const marker = (name: string) => path.join(root, `ran-${name}`)
  const writes = (name: string) =>
    `import fs from 'node:fs'\nfs.writeFileSync(${JSON.stringify(marker(name))}, 'ran')\n`
  fs.writeFileSync(path.join(root, '.remarkrc.mjs'), writes('rc') + 'export default {}\n')
  for (const name of ['remark', 'remark-evil']) {
    const dir = path.join(root, 'node_modules', name)
    fs.mkdirSync(dir, {recursive: true})
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({name, type: 'module', exports: './index.js'})
    )
    fs.writeFileSync(
      path.join(dir, 'index.js'),
      writes(name) + 'export const remark = () => {}\nexport default function () {}\n'
    )
  }
  fs.writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({remarkConfig: {plugins: ['evil']}})
  )
  const found = await openLonelyRed()
  expect(found.map((each) => each.code)).toEqual(['pair'])
  expect(['rc', 'remark', 'remark-evil'].filter((name) => fs.existsSync(marker(name)))).toEqual([])
})

it('a finding with a related file: the place as related information, no stray newline in the message', async () => {
  const {uri} = await openGreen(
    'prompt_01b_gadget_green.md',
    '# Prompt 01: Implementation for Widget\n\nMake `widget/widget_test.go` pass.\n'
  )
  const found = await diagnostics(uri, 1)
  expect(found.length).toBeGreaterThan(0)
  for (const each of found) expect(each.message).not.toMatch(/\s$/)
  const related = found.flatMap((each) => each.relatedInformation ?? [])
  expect(related.map((each) => each.location.uri)).toContain(
    pathToFileURL(path.join(root, 'pkg', 'prompt_01_widget_red.md')).href
  )
})

it('offers to rename a misnamed prompt, with the edits to the files that name it, as --fix would', async () => {
  fs.writeFileSync(
    path.join(root, 'pkg', 'prompt_01_widget_red.md'),
    '# Prompt 01: Unit Tests for Widget\n\nGenerate `widget/widget_test.go`.\n'
  )
  const green = path.join(root, 'pkg', 'Prompt_01b_widget_green.md')
  const text = '# Prompt 01: Implementation for Widget\n\nMake `widget/widget_test.go` pass.\n'
  fs.writeFileSync(green, text)
  const plan = path.join(root, 'pkg', 'readme.md')
  fs.writeFileSync(
    plan,
    '# Plan\n\n1. [prompt_01_widget_red.md](prompt_01_widget_red.md)\n2. [Prompt_01b_widget_green.md](Prompt_01b_widget_green.md)\n'
  )
  const uri = pathToFileURL(green).href
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text}
  })
  const found = await diagnostics(uri, 1)
  const diagnostic = found.find((each) => each.code === 'file-name')
  expect(diagnostic).toBeDefined()
  const actions = (await connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: diagnostic!.range,
    context: {diagnostics: [diagnostic]}
  })) as Array<{
    title: string
    edit: {
      documentChanges: Array<
        | {kind: 'rename'; oldUri: string; newUri: string}
        | {textDocument: {uri: string}; edits: Array<{newText: string}>}
      >
    }
  }>
  const rename = actions.find((action) => action.title.startsWith('Rename'))
  expect(rename?.title).toBe('Rename to `prompt_01b_widget_green.md`')
  const changes = rename!.edit.documentChanges
  // The plan's entry is rewritten, then the file renamed.
  const edited = changes.flatMap((change) => ('textDocument' in change ? [change] : []))
  expect(edited.map((change) => change.textDocument.uri)).toEqual([pathToFileURL(plan).href])
  expect(edited[0]!.edits[0]!.newText).toBe(
    '# Plan\n\n1. [prompt_01_widget_red.md](prompt_01_widget_red.md)\n2. [prompt_01b_widget_green.md](prompt_01b_widget_green.md)\n'
  )
  expect(changes.at(-1)).toEqual({
    kind: 'rename',
    oldUri: uri,
    newUri: pathToFileURL(path.join(root, 'pkg', 'prompt_01b_widget_green.md')).href
  })
})
