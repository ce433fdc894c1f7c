import type { LintSettings, RuleSetting } from '../engine/lint.js';
import type { StyleSettings } from '../suite/model.js';
import { type JsonSchema } from './schema.js';
export declare const configNames: string[];
export { ignoreName } from '../io/files.js';
/** No suite patterns: every folder that holds prompt files, at any depth. */
export declare const defaultSuites: string[];
export declare const schemaUrl = "https://raw.githubusercontent.com/tdd-prompt-lint/tdd-prompt-lint/main/config.schema.json";
export interface Config {
    $schema?: string;
    /** Glob patterns (relative to the configuration's folder) of suite folders. */
    suites?: string[];
    /** Extra ignore patterns, gitignore syntax. */
    ignore?: string[];
    /** Folder → preprompt, both relative to the configuration's folder. */
    preprompts?: Record<string, string>;
    /** The house style: inferred from the repository unless `infer` is false. */
    style?: StyleSettings;
    rules?: Record<string, RuleSetting>;
    /** Rule settings for some files: each block whose `files` match a file is merged over `rules`, in order. */
    overrides?: Override[];
}
export interface Override {
    /** Glob patterns relative to the configuration's folder; one without a `/` matches a file name in any folder. */
    files: string[];
    rules?: Record<string, RuleSetting>;
}
export interface ResolvedConfig {
    /** Absolute path of the configuration file, if one was found. */
    file: string | undefined;
    /** Folder that patterns and paths in the configuration are relative to. */
    dir: string;
    suites: string[];
    ignore: string[];
    /** What the engine takes: rules and preprompts (absolute paths), before `overrides`. */
    settings: LintSettings;
    /** The configuration's `overrides`, in order (see `settingsFor`). */
    overrides: Override[];
}
/** A configuration problem: its message names the file and the key path. */
export declare class ConfigError extends Error {
    name: string;
}
/** The JSON Schema of the configuration file, built from the rules' option schemas. */
export declare function configSchema(): JsonSchema;
/**
 * Find the configuration file: the one named, else the first at `cwd` or above,
 * else the first at or above `near` (a path linted from a folder outside its
 * repository gets its repository's configuration, as from inside it).
 */
export declare function findConfig(cwd: string, explicit?: string, near?: string): string | undefined;
/** Read, validate and resolve the configuration (see `findConfig`). Throws `ConfigError`. */
export declare function loadConfig(cwd: string, explicit?: string, near?: string): ResolvedConfig;
/**
 * Where a JSON or YAML syntax error is (1-based line and column) and why, in one
 * line: the yaml parser gives the place (`linePos`); for JSON it is computed from
 * the offset in V8's message (`at position N`), or the end of the text when the
 * message has none (`Unexpected end of JSON input`); a YAML error found while
 * resolving the document (an alias bomb) has no place.
 */
export declare function describeSyntaxError(error: unknown, text: string, json: boolean): {
    line?: number;
    column?: number;
    reason: string;
};
/** Resolve a validated configuration object against its folder. */
export declare function resolveConfig(config: Config, file: string | undefined, dir: string): ResolvedConfig;
/**
 * The settings that apply to one file: `rules`, then every override block whose
 * `files` match the file's path relative to the configuration's folder, in
 * order. A block's setting replaces the rule's setting, except that a severity
 * alone (`"warn"`, `["warn"]`) keeps the options set before it, as in eslint.
 */
export declare function settingsFor(config: ResolvedConfig, file: string): LintSettings;
