import type { VFile } from 'vfile';
import { linkTarget } from './markdown.js';
import { type Facts } from './facts.js';
import { type SuiteFs } from './fs.js';
import { type Component, type NameIndex, type Plan, type PlanEntry, type Unlisted } from './plans.js';
import { type Requirements } from './requirements.js';
import { type Kind, type PromptName } from './names.js';
export interface ModelSettings {
    /** Files in memory (absolute path → text) instead of the disk. */
    files?: Record<string, string>;
    /** The folder a scope falls back to when no repository marker is found above a file. */
    root?: string;
    /** Folder → preprompt, both absolute: for a folder that has none of its own. */
    preprompts?: Record<string, string>;
    /** gitignore patterns relative to `ignoreBase` (default `root`): left out of every scope. */
    ignore?: string[];
    ignoreBase?: string;
    /** House styles already computed (by another thread of the run): scope root → style. */
    styles?: Record<string, SharedStyle>;
    /** The house style: inferred from the scope (default) when at least `minimum` prompts of a kind exist, a part counting when `threshold` of them have it. */
    style?: StyleSettings;
}
export interface StyleSettings {
    infer?: boolean;
    threshold?: number;
    minimum?: number;
}
/** The evidence for a part of the house style: how many prompts of the kind have it, of how many. */
export interface Evidence {
    count: number;
    total: number;
    /** How the part is most often written. */
    display: string;
}
export interface Folder {
    dir: string;
    /** Every entry name (files and folders). */
    names: ReadonlySet<string>;
    /** Prompt files, sorted by name. */
    prompts: PromptName[];
    byName: ReadonlyMap<string, PromptName>;
    /** The prefix most prompts share (`testdata`), `''` for none. */
    prefix: string;
    /** Preprompts in the folder, the one in force first. */
    preprompts: PromptName[];
    /** Numbered prompts (red, green, foundation) by number. */
    byNumber: ReadonlyMap<number, PromptName[]>;
    /** Markdown files that are not prompts. */
    documents: string[];
    /** Sub-folders. */
    folders: string[];
}
export interface Resolved {
    /** Absolute path of the preprompt. */
    file: string;
    how: 'own' | 'ancestor' | 'linked' | 'configured';
}
/** How often each part occurs among the prompts of one kind in a scope. */
export interface KindStyle {
    /** Prompts counted (non-empty, their phase agreeing with their name). */
    total: number;
    /** Part → number of prompts that have it. */
    counts: Map<string, number>;
    /** Part → how it is most often written (`Prompt Changelog`). */
    display: Map<string, string>;
}
export type Style = Record<Kind, KindStyle>;
/** A style as plain data, to hand to another thread. */
export type SharedStyle = Record<Kind, {
    total: number;
    counts: Array<[string, number]>;
    display: Array<[string, string]>;
}>;
/** A style as plain data. */
export declare function shareStyle(style: Style): SharedStyle;
export interface Scope {
    root: string;
    /** Prompt files, absolute, sorted. */
    prompts: string[];
    /** Folders that hold prompts. */
    folders: string[];
    /** Markdown files in scope whose name contains `requirement`. */
    requirementDocuments: string[];
    /** Every markdown file in scope that is not a prompt, sorted. */
    documents: string[];
}
export declare class SuiteModel {
    readonly fs: SuiteFs;
    readonly settings: ModelSettings;
    private readonly folderCache;
    private readonly factsCache;
    private ownFacts;
    private readonly rootCache;
    private readonly scopeCache;
    private readonly styleCache;
    private readonly prepromptCache;
    private readonly planCache;
    private readonly belowCache;
    private readonly suitesCache;
    private readonly unlistedCache;
    private readonly requirementsCache;
    private readonly componentsCache;
    private readonly ignoreRules;
    constructor(settings?: ModelSettings);
    /** A folder, listed once per run. */
    folder(dir: string): Folder;
    /** The folder of a file, with the file itself in it even when it is not on disk (an unsaved buffer). */
    folderOf(file: string): Folder;
    /** The prompt a path names, if it is a prompt file. */
    prompt(file: string): PromptName | undefined;
    /** Whether a file exists, by its folder's listing. */
    exists(file: string): boolean;
    /** The facts of a file on disk, read once per run; `undefined` when it cannot be read. */
    facts(file: string): Facts | undefined;
    /** The facts of a file, from the cache when it is there, else read and not kept. */
    peek(file: string): Facts | undefined;
    /** The facts of the file being linted: from its own text (the buffer), not the disk; read once per file. */
    own(file: VFile): Facts;
    /** The repository a folder belongs to. */
    root(dir: string): string;
    /** Everything a scope holds: its prompt files and folders, found once per run. */
    scope(root: string): Scope;
    /** Whether the configured ignore patterns leave a file (or, with a trailing `/`, a folder) out of every scope. */
    ignored(file: string): boolean;
    /** Prompt files in `dir` and the folders below it, by name, nearest first: what a plan's bare names resolve to. */
    promptsBelow(dir: string): NameIndex;
    /** Folders that hold prompts: `dir` and those below it, nearest first. */
    suitesBelow(dir: string): string[];
    /** The plan a markdown file is (a document in a folder with prompts that names two or more prompt files), else `undefined`. */
    plan(file: string): Plan | undefined;
    /** The plans in a folder. */
    plans(dir: string): Plan[];
    /** The prompts of the suites a plan lists most of that it does not list (a pair together). */
    unlisted(plan: Plan): Unlisted[];
    /** The components the red and green titles of a suite folder name (what a plan entry may name). */
    components(dir: string): Component[];
    /** Plan entries, in the file's folder or above it, that name a prompt file (whether or not it exists). */
    planEntries(file: string): Array<{
        plan: Plan;
        entry: PlanEntry;
    }>;
    /** The requirement documents of a scope, the IDs they define and the prompts' citations (`words`: what a document's name contains). */
    requirements(root: string, words?: readonly string[]): Requirements;
    private isIgnored;
    /** The preprompt a folder works under. */
    preprompt(dir: string): Resolved | undefined;
    private resolvePreprompt;
    /** The nearest folder above `dir` (inside its scope) that holds prompts. */
    parentSuite(dir: string): string | undefined;
    /** The prompt of the other kind that pairs with a red or green one. */
    partner(folder: Folder, prompt: PromptName): PromptName | undefined;
    /** Whether a prompt's phase label contradicts its name (a red file holding a green prompt). */
    mismatched(prompt: PromptName, facts: Facts | undefined): boolean;
    /** Whether a prompt's content can be judged: readable, not blank, its phase agreeing with its name. */
    judged(prompt: PromptName, facts: Facts | undefined): facts is Facts;
    /** Whether a green refers to its red: links it, or cites a test file the red names. */
    refersToRed(folder: Folder, green: PromptName, facts: Facts): boolean | undefined;
    /** The house style of a scope: for each kind, how many of its prompts have each part. */
    style(root: string): Style;
    /**
     * Where a folder's house style is inferred from: the top-level folder of its
     * repository that holds it (`prompts/` apart from `promptplan/`, two
     * generations of one project), or the whole repository when that folder is
     * itself a suite (packages side by side at the top) or the suite is at the root.
     */
    styleScope(dir: string): string;
    /** The evidence that the house style of a folder's scope expects a part of every prompt of a kind, or `undefined`. */
    expects(dir: string, kind: Kind, part: string): Evidence | undefined;
    /** Every part the house style of a folder's scope expects of a kind. */
    expected(dir: string, kind: Kind): Map<string, Evidence>;
    /** The parts of one prompt that the house style counts: part → how it is written. */
    parts(folder: Folder, prompt: PromptName, facts: Facts): Map<string, string>;
}
/** `red`, `green` or `foundation` for a phase's first word; other words (`refactor`) say nothing. */
export declare function phaseKind(word: string | undefined): Kind | undefined;
export { linkTarget };
