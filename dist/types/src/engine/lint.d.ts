import { VFile } from 'vfile';
import { SuiteModel, type ModelSettings, type StyleSettings } from '../suite/model.js';
import { type Dependency } from './record.js';
import { type RuleSetting } from './plugins.js';
export type { Level, RuleSetting } from './plugins.js';
export interface LintSettings {
    /** Rule id → severity, or severity and options. Rules not named run as errors with defaults. */
    rules?: Record<string, RuleSetting>;
    /** Folder → preprompt, absolute or relative to `cwd`; passed to every rule with a `preprompts` option. */
    preprompts?: Record<string, string>;
    /** House styles computed already (by the main thread, for the workers): scope root → style. */
    styles?: ModelSettings['styles'];
    /** How the house style is inferred (default: on, 80%, at least 5 prompts of a kind). */
    style?: StyleSettings;
    /** gitignore patterns relative to `ignoreBase`: left out of the suites' scope. */
    ignore?: string[];
    ignoreBase?: string;
    /** Bounds on one file (defaults: `defaultLimits`). */
    limits?: Partial<Limits>;
    /** Leave out of every scope what `.gitignore` files exclude (default true; `--no-gitignore`: false). */
    gitignore?: boolean;
    /** Keep with each linted file what its findings depend on outside it (`dependenciesOf`): for `--cache`. */
    record?: boolean;
}
/** What the engine accepts of one file; beyond these, one finding and no check. */
export interface Limits {
    /** Largest file read, in bytes. */
    maxBytes: number;
    /** Deepest markdown tree checked, in levels below the root. */
    maxDepth: number;
    /** Longest that parsing and checking one file may take, in milliseconds. */
    timeout: number;
    /** Most findings reported for one file; the rest are counted in one more finding. */
    maxFindings: number;
    /** Most lines checked in one file (a markdown tree of 100,000 headings outgrows a 512 MB heap). */
    maxLines: number;
}
export declare const defaultLimits: Limits;
/** The findings the engine itself gives, not a rule: id → what it means. */
export declare const engineFindings: Record<string, string>;
export interface Linter {
    /** Lint one file; read problems become a finding on that file, never an exception. */
    lint(filePath: string): Promise<VFile>;
    /**
     * Lint files in order, as `lint` does each: the linted files. `started(index)` is
     * called before each file is checked. A file whose linting throws (a bug, not a
     * finding) is named by the `LintManyError` thrown.
     */
    lintMany(filePaths: readonly string[], started?: (index: number) => void): VFile[];
    /** Lint a text as the file at `filePath` (standard input, an editor's buffer): the same bounds and rules. */
    lintText(text: string, filePath: string): Promise<VFile>;
    /** The run's suite model. */
    model: SuiteModel;
}
/** The suite model's settings for a run with these lint settings (paths resolved against `cwd`). */
export declare function modelSettings(settings: LintSettings, cwd: string): ModelSettings;
/** Build the processor once for a run. Throws for an unknown rule or bad options. */
export declare function createLinter(settings: LintSettings, cwd: string): Linter;
/** Linting the file at `index` of a `lintMany` call threw: a bug, not a finding. */
export declare class LintManyError extends Error {
    name: string;
    readonly index: number;
    constructor(index: number, cause: unknown);
}
/** What a file's findings depend on outside its own text, when its linter recorded it (`record`). */
export declare function dependenciesOf(file: VFile): Dependency[] | undefined;
/** Keep what a file's findings depend on with it (a file rebuilt from another thread). */
export declare function setDependencies(file: VFile, found: Dependency[]): void;
