/** The programmatic API: the engine, configuration, the rules and the preset. */
export {createLinter, type Linter, type LintSettings, type RuleSetting, type Level} from './lint.js'
export {configSchema, loadConfig, ConfigError, type Config, type ResolvedConfig} from './config.js'
export {rules} from '../rules/index.js'
export {default as preset} from './preset.js'
export {clearSuiteCache} from './suite.js'
export {formatName, parsePromptName, isPromptFileName, type Kind, type PromptName} from './names.js'
