import type { Concurrency } from '../engine/parallel.js';
import { type FormatName } from '../reporters/index.js';
import type { RuleSetting } from '../engine/lint.js';
import type { ResolvedConfig } from '../config/config.js';
export interface CliOptions {
    /** Files and folders to lint; none: every suite folder under the working directory. */
    paths: string[];
    /** Paths given as `!pattern`: gitignore patterns that leave files out (`!**\/vendor/**`). */
    exclude: string[];
    /** Whether `.gitignore` files leave files out (`--no-gitignore`: no). */
    gitignore: boolean;
    /** `--rule 'id: level'` / `--rule 'id: [level, {options}]'`, over the configuration's. */
    rules: Record<string, RuleSetting>;
    format: FormatName;
    output: string | undefined;
    config: string | undefined;
    ignorePath: string | undefined;
    /** Exit 1 when there are more warnings than this. */
    maxWarnings: number | undefined;
    quiet: boolean;
    printConfig: string | undefined;
    /** `--cache`: the last run's findings of each file whose inputs did not change (src/engine/cache.ts). */
    cache: boolean;
    cacheLocation: string | undefined;
    /** Threads to lint on (the main one included), or `auto`: one per core (at most 4) for 400 files or more. */
    concurrency: Concurrency;
    debug: boolean;
    /** Lint standard input as the file `stdinFilename`. */
    stdin: boolean;
    stdinFilename: string | undefined;
    /** Lint the suites that the changes staged in git touch, deletions included, and those of `paths` (src/cli/staged.ts). */
    staged: boolean;
    /** `--fix` (apply), `--fix-dry-run` (print the plan), or neither (src/cli/fix-command.ts). */
    fix: 'apply' | 'dry-run' | undefined;
    /** `--color` (true), `--no-color` (false), or neither (undefined: decided by the environment and the terminal). */
    color: boolean | undefined;
    help: boolean;
    version: boolean;
}
/** A bad command line: its message is the one-line reason. */
export declare class UsageError extends Error {
    name: string;
}
/** Every flag, for "did you mean". */
export declare const flagNames: string[];
export declare const usage = "Usage: tdd-prompt-lint [options] [paths...]\n       tdd-prompt-lint init [options]    start a suite (see `init --help`)\n       tdd-prompt-lint new [options]     add a red/green pair (see `new --help`)\n       tdd-prompt-lint renumber [folder] close gaps, or --insert-at N (see `renumber --help`)\n       tdd-prompt-lint trace [paths]     requirement \u2192 prompts citing it (see `trace --help`)\n       tdd-prompt-lint map [paths]       draw each suite, Mermaid or HTML (see `map --help`)\n\nLint suites of TDD prompt files (preprompt, red, green and foundation prompts,\ntheir plans and requirement documents). With no paths, every folder under the\ncurrent folder that holds prompt files (or the configured `suites`); a file\nis linted with its suite and its repository's house style in view; what\n.gitignore files exclude is left out. A path with wildcards ('orchestration/**/*_red.md', quoted so that\nthe shell leaves it alone) is expanded; one that starts with `!`\n('!**/vendor/**') leaves files out.\n\nOptions:\n  -f, --format NAME        stylish (default), json, sarif or github\n  -o, --output FILE        write the report to FILE instead of standard output\n  -c, --config FILE        configuration file (default: the first\n                           .tddpromptlintrc.json, .yaml or .yml here or above)\n      --ignore-path FILE   ignore file (default: .tddpromptlintignore here)\n      --max-warnings N     exit 1 when there are more than N warnings\n      --quiet              report errors only\n      --print-config FILE  print the configuration that applies to FILE (JSON)\n      --concurrency N      lint on N threads; auto (default): one per core, at\n                           most 4, for 400 files or more; off: one thread\n      --cache              print the last run's findings when nothing they\n                           depend on changed (any change in a repository\n                           lints all of its files again)\n      --cache-location PATH\n                           the cache file, or the folder it goes in\n                           (default: .tddpromptlintcache here)\n      --stdin              lint standard input, as the file --stdin-filename names\n      --stdin-filename PATH\n                           the path standard input is linted as (its folder is\n                           in view, as for a file given on the command line)\n      --no-gitignore       lint what .gitignore files leave out too\n      --rule 'ID: LEVEL'   set a rule's level (off, warn, error) or\n                           'ID: [LEVEL, {options}]', over the configuration\n      --staged [files]     lint the suites that the changes staged in git touch,\n                           deletions and renames included, and those of the\n                           files given (a pre-commit hook: every suite under\n                           `pre-commit run --all-files`; the changes between\n                           PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF when set)\n      --fix                fix what is mechanical (renames with their references,\n                           title numbers, phase labels, evident links), then\n                           report what is left\n      --fix-dry-run        print the renames and a diff of what --fix would do\n      --color, --no-color  force colour on or off (default: on for a terminal,\n                           off with NO_COLOR; FORCE_COLOR=1 forces it on)\n      --debug              show stack traces and timings\n  -h, --help               show this help\n  -v, --version            show the version\n\nExit codes: 0 no errors (warnings allowed up to --max-warnings), 1 lint\nerrors or too many warnings, 2 the run failed (bad flag, configuration or path).\n";
/** Parse the arguments after the command name. Throws `UsageError`. */
export declare function parseCliArgs(argv: string[]): CliOptions;
/** A one-line reason for a `parseArgs` error; an unknown flag close to one of `known` gets "did you mean". */
export declare function describeParseError(error: unknown, known?: string[]): string;
/** `--rule` settings over the configuration's, overrides included (the command line wins). */
export declare function withCommandLineRules(config: ResolvedConfig, rules: CliOptions['rules']): ResolvedConfig;
