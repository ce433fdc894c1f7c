#!/usr/bin/env node
/**
 * The language server: unified-language-server with the preset, over stdio
 * (`tdd-prompt-lint-lsp --stdio`). Each check builds a new processor, so a new
 * suite model: a file created on disk since the last check is seen at the next.
 * Findings that carry an `expected` replacement are offered as quick fixes.
 *
 * Configuration files are remark's (`.remarkrc*`, `remarkConfig` in
 * `package.json`); the preset is always on, so do not list it there too.
 */
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {createUnifiedLanguageServer} from 'unified-language-server'
import preset from './preset.js'

createUnifiedLanguageServer({
  configurationSection: 'tddPromptLint',
  // The workspace's own remark, when it has one; else ours.
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: unified().use(remarkParse).use(remarkStringify),
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  plugins: [preset]
})
