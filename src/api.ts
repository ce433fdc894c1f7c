/** The programmatic API: the engine, configuration, file discovery, the rules, the preset, the reporters and the command. */
export {
  createLinter,
  type Linter,
  type LintSettings,
  type RuleSetting,
  type Level
} from './engine/lint.js'
export {
  configSchema,
  loadConfig,
  ConfigError,
  type Config,
  type ResolvedConfig
} from './config/config.js'
export {rules} from '../rules/index.js'
export {default as preset} from './preset.js'
export {SuiteModel, type ModelSettings, type Folder, type Scope} from './suite/model.js'
export {readFacts, type Facts} from './suite/facts.js'
export {
  formatName,
  parsePromptName,
  isPromptFileName,
  type Kind,
  type PromptName
} from './suite/names.js'
export {collectFiles, findSuites, type Collected, type PathProblem} from './io/files.js'
export {
  reporters,
  stylish,
  json,
  sarif,
  github,
  formatNames,
  type FormatName,
  type Reporter,
  type ReportContext
} from './reporters/index.js'
export {main, type Streams} from './cli/main.js'
export {
  traceMatrix,
  traceCounts,
  formatTrace,
  formatTraceMarkdown,
  type TraceRow,
  type TraceStatus,
  type TraceCounts
} from './suite/trace.js'
