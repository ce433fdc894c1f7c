#!/usr/bin/env node
/**
 * The language server over stdio (`tdd-prompt-lint-lsp --stdio`): the CLI's
 * linter on the editor's text. Each check resolves the file as the CLI does from
 * the workspace folder (`.tddpromptlintrc.*`, `overrides`), then applies what
 * remark's data configuration says of this package's rules
 * (src/config/remarkrc.ts), and builds a new linter, so a new suite model: a
 * file created on disk since the last check is seen at the next. Findings that
 * carry an `expected` replacement are offered as quick fixes, a misnamed
 * prompt as a rename with the edits to the files that name it (the plan
 * `--fix` makes); a finding's related file is related information.
 *
 * Only data is read from the workspace: no `.remarkrc.js`/`.mjs`, no workspace
 * remark, no plugin module; the bundled remark parses.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import ignore from 'ignore'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  RenameFile,
  TextDocumentEdit,
  TextDocumentSyncKind,
  TextEdit,
  type Diagnostic,
  type Range
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ignoreName, loadConfig, settingsFor} from './config/config.js'
import {remarkRuleSettings} from './config/remarkrc.js'
import {tuneHeap} from './engine/heap.js'
import {createLinter, type Linter} from './engine/lint.js'
import {diskReader, isConflict, planFixes} from './fix/plan.js'
import {maxDataBytes, readRegularFile} from './io/files.js'
import {placeOf, relatedOf, type Place} from './reporters/common.js'

tuneHeap()
const connection = createConnection(ProposedFeatures.all)
const documents = new TextDocuments(TextDocument)
const workspaces: string[] = []

connection.onInitialize((event) => {
  for (const folder of event.workspaceFolders ?? []) workspaces.push(fileURLToPath(folder.uri))
  if (workspaces.length === 0 && event.rootUri) workspaces.push(fileURLToPath(event.rootUri))
  // The closest folder first.
  workspaces.sort((a, b) => b.length - a.length)
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Full,
      codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
    }
  }
})

/** The workspace folder that holds `file`, else the nearest folder above it with `.git` or `package.json`. */
function rootOf(file: string): string {
  const inside = workspaces.find((dir) => !path.relative(dir, file).startsWith('..'))
  if (inside) return inside
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (['.git', 'package.json'].some((name) => fs.existsSync(path.join(dir, name)))) return dir
    if (path.dirname(dir) === dir) return path.dirname(file)
  }
}

/** Whether `.tddpromptlintignore`, the configuration's `ignore` or `.remarkignore` at the root leave `file` out. */
function ignored(file: string, root: string, patterns: string[]): boolean {
  const relative = path.relative(root, file).split(path.sep).join('/')
  if (relative.startsWith('..')) return false
  const ig = ignore().add(patterns)
  for (const name of [ignoreName, '.remarkignore']) {
    const bytes = readRegularFile(path.join(root, name), maxDataBytes)
    if (Buffer.isBuffer(bytes)) ig.add(bytes.toString('utf8'))
  }
  return ig.ignores(relative)
}

/** Lint an open document as the CLI would lint its file; `undefined` when the ignore files leave it out. */
async function lintDocument(
  document: TextDocument
): Promise<{result: VFile; linter: Linter} | undefined> {
  const file = fileURLToPath(document.uri)
  const root = rootOf(file)
  const config = loadConfig(root)
  if (ignored(file, root, config.ignore)) return undefined
  const settings = settingsFor(config, file)
  const rules = {...settings.rules, ...remarkRuleSettings(file, root)}
  const linter = createLinter({...settings, rules}, root)
  return {result: await linter.lintText(document.getText(), file), linter}
}

async function check(document: TextDocument): Promise<void> {
  let diagnostics: Diagnostic[]
  try {
    const linted = await lintDocument(document)
    diagnostics = linted ? linted.result.messages.map(toDiagnostic) : []
  } catch (error) {
    // A bad configuration: one error at the top of the file, as the CLI's one line.
    const reason = error instanceof Error ? error.message : String(error)
    diagnostics = [
      {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        message: `tdd-prompt-lint: ${reason.split('\n')[0]}`,
        severity: DiagnosticSeverity.Error,
        source: 'tdd-prompt-lint'
      }
    ]
  }
  await connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics})
}

function range(place: Place): Range {
  const start = {line: place.line - 1, character: place.column - 1}
  const end =
    place.endLine === undefined
      ? start
      : {line: place.endLine - 1, character: (place.endColumn ?? place.column) - 1}
  return {start, end}
}

function toDiagnostic(message: VFileMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    range: range(placeOf(message)),
    message: message.reason.trimEnd(),
    severity: message.fatal === true ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    ...(message.ruleId ? {code: message.ruleId} : {}),
    source: message.source ?? 'tdd-prompt-lint'
  }
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.expected) diagnostic.data = {expected: message.expected}
  const related = relatedOf(message)
  if (related) {
    diagnostic.relatedInformation = [
      {
        location: {uri: pathToFileURL(related.file).href, range: range(related)},
        message: related.message || path.basename(related.file)
      }
    ]
  }
  return diagnostic
}

documents.onDidChangeContent((event) => void check(event.document))
documents.onDidClose((event) => {
  void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
})
connection.onDidChangeWatchedFiles(() => {
  for (const document of documents.all()) void check(document)
})

/**
 * The rename `--fix` would make for a misnamed prompt, as one workspace edit:
 * the files that name it rewritten (open editors' text where a file is open),
 * then the file renamed. `undefined` when there is no evident name or the
 * rename conflicts with another file.
 */
async function renameAction(
  document: TextDocument,
  diagnostic: Diagnostic
): Promise<CodeAction | undefined> {
  const linted = await lintDocument(document)
  if (!linted) return undefined
  // Only the rename and what follows from it: the document's other findings have their own fixes.
  linted.result.messages = linted.result.messages.filter((each) => each.ruleId === 'file-name')
  const read = (file: string) =>
    documents.get(pathToFileURL(file).href)?.getText() ?? diskReader(file)
  const plan = planFixes([linted.result], linted.linter.model, {read})
  const own = fileURLToPath(document.uri)
  const rename = isConflict(plan) ? undefined : plan.renames.find((each) => each.from === own)
  if (isConflict(plan) || !rename) return undefined
  const changes: Array<TextDocumentEdit | RenameFile> = []
  for (const [file, text] of plan.edits) {
    const lines = (read(file) ?? '').split('\n')
    const end = {line: lines.length - 1, character: lines.at(-1)!.length}
    const whole = {start: {line: 0, character: 0}, end}
    const uri = pathToFileURL(file).href
    changes.push(TextDocumentEdit.create({uri, version: null}, [TextEdit.replace(whole, text)]))
  }
  changes.push(RenameFile.create(document.uri, pathToFileURL(rename.to).href))
  const action = CodeAction.create(
    `Rename to \`${path.basename(rename.to)}\``,
    {documentChanges: changes},
    CodeActionKind.QuickFix
  )
  action.diagnostics = [diagnostic]
  action.isPreferred = true
  return action
}

// A quick fix for each replacement a finding states (a title's number, a phase label, a link's
// target), and the rename of a misnamed prompt.
connection.onCodeAction(async (event) => {
  const document = documents.get(event.textDocument.uri)
  if (!document) return []
  const actions: CodeAction[] = []
  for (const diagnostic of event.context.diagnostics) {
    if (diagnostic.code === 'file-name') {
      const action = await renameAction(document, diagnostic).catch(() => undefined)
      if (action) actions.push(action)
    }
    const expected = (diagnostic.data as {expected?: unknown} | undefined)?.expected
    if (!Array.isArray(expected)) continue
    const actual = document.getText(diagnostic.range)
    for (const replacement of expected) {
      if (typeof replacement !== 'string') continue
      const title = replacement
        ? actual
          ? `Replace \`${actual}\` with \`${replacement}\``
          : `Insert \`${replacement}\``
        : `Remove \`${actual}\``
      const action = CodeAction.create(
        title,
        {changes: {[document.uri]: [TextEdit.replace(diagnostic.range, replacement)]}},
        CodeActionKind.QuickFix
      )
      action.diagnostics = [diagnostic]
      if (expected.length === 1) action.isPreferred = true
      actions.push(action)
    }
  }
  return actions
})

documents.listen(connection)
connection.listen()
