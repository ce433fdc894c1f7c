import type { VFile } from 'vfile';
import { linkTarget } from './markdown.js';
import { type Facts } from './facts.js';
import { RealPaths, type SuiteFs } from './fs.js';
import { type Component, type NameIndex, type Plan, type PlanEntry, type Unlisted } from './plans.js';
import { type Requirements } from './requirements.js';
import { type Kind, type LearnedScheme, type NameSettings, type PromptName } from './names.js';
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
    /** Leave out of every scope what the repository's `.gitignore` files exclude (default true). */
    gitignore?: boolean;
    /** The house style: inferred from the scope (default) when at least `minimum` prompts of a kind exist, a part counting when `threshold` of them have it. */
    style?: StyleSettings;
}
export interface StyleSettings {
    infer?: boolean;
    threshold?: number;
    minimum?: number;
    /** The naming scheme, pinned part by part (the rest is learned from the names). */
    names?: NameSettings;
}
/** The evidence for a part of the house style: how many prompts of the kind have it, of how many. */
export interface Evidence {
    count: number;
    total: number;
    /** How the part is most often written. */
    display: string;
    /** The prompts counted, when not those of the kind (`red and green prompts`). */
    of?: string;
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
    /** Preprompts named for their role (`meta-prompt.md`, `context.md`), absolute, by name. */
    roles: string[];
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
/** A style as plain data, to hand to another thread: the kinds worked out so far. */
export type SharedStyle = Partial<Record<Kind, {
    total: number;
    counts: Array<[string, number]>;
    display: Array<[string, string]>;
}>>;
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
    /** Real paths of the files read (a file is read only from within its repository). */
    readonly realPaths: RealPaths;
    private readonly entriesCache;
    private readonly folderCache;
    private readonly factsCache;
    private ownFacts;
    private readonly rootCache;
    private readonly scopeCache;
    /** Scope root → the kinds of its house style worked out so far (each kind read only when asked). */
    private readonly styleCache;
    private readonly schemeCache;
    private readonly sequenceCache;
    private readonly pairedCache;
    private readonly folderStyleCache;
    private readonly prepromptCache;
    private readonly planCache;
    private readonly belowCache;
    private readonly suitesCache;
    private readonly unlistedCache;
    private readonly requirementsCache;
    private readonly outlineCache;
    private readonly componentsCache;
    private readonly namesCache;
    private readonly ignoreRules;
    /** Folder → the rules of its own `.gitignore`, `null` when it has none. */
    private readonly gitignoreCache;
    constructor(settings?: ModelSettings);
    /** A folder: listed again only when the folders used since have pushed it out (`maxCachedFolders`). */
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
    /** A file's facts read from the disk, with its text when it is short (see `own`). */
    private load;
    /** The facts of the file being linted: from its own text (the buffer), not the disk; read once per file. */
    own(file: VFile): Facts;
    /**
     * The repository a folder belongs to: the nearest folder above it that holds a
     * marker (`.git`, a configuration file); without one, the folder of suites it
     * is part of (see `unmarkedRoot`). Never the working folder: a file has one
     * scope whatever folder the linter runs in.
     */
    root(dir: string): string;
    /**
     * The scope of a folder no marker is above (a copy of a suite, an unpacked
     * tarball): climb while the folder above holds prompts, a shared document (a
     * role-named preprompt, requirements) or other suite folders beside this one.
     */
    private unmarkedRoot;
    /** A file's text, from within its repository only (a symbolic link out of it is not followed). */
    private read;
    /** Everything a scope holds: its prompt files and folders, found once per run. */
    scope(root: string): Scope;
    /**
     * What a scope's requirement documents need of it, from the listings alone:
     * the folders that hold prompts and the markdown documents a name of which
     * contains one of `words`, sorted. The scope's own answer when it is known;
     * else no prompt's name is parsed beyond the first of each folder.
     */
    outline(root: string, words: readonly string[]): {
        folders: string[];
        documents: string[];
    };
    /** The folders of a scope, breadth first (each with its listing), as far as the bounds go. */
    private walk;
    /** A folder's entries (kept as its `Folder` is). */
    private entries;
    /** Whether the configured ignore patterns leave a file (or, with a trailing `/`, a folder) out of every scope. */
    ignored(file: string): boolean;
    /** Prompt files in `dir` and the folders below it, by name, nearest first: what a plan's bare names resolve to. */
    promptsBelow(dir: string): NameIndex;
    /** Folders that hold prompts: `dir` and those below it, nearest first. */
    suitesBelow(dir: string): string[];
    /** The plan a markdown file is (a document or a preprompt that names two or more prompt files), else `undefined`. */
    plan(file: string): Plan | undefined;
    /** The plans in a folder. */
    plans(dir: string): Plan[];
    /** The prompts of the suites a plan lists most of that it does not list (a pair together). */
    unlisted(plan: Plan): Unlisted[];
    /** The markdown files of a scope (prompts and documents) by lower-case name: what a bare name in prose may mean. */
    markdownByName(root: string): ReadonlyMap<string, string[]>;
    /**
     * The markdown files of a scope with this name, in any case: what a bare name in
     * prose may mean. (One name's files, not the whole listing: a run with `--cache`
     * keeps the answer, and another name added to the repository does not change it.)
     */
    markdownNamed(root: string, name: string): readonly string[];
    /** The folders of a scope that hold prompts. */
    suiteFolders(root: string): readonly string[];
    /** Whether a scope holds any prompt. */
    hasPrompts(root: string): boolean;
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
    /**
     * Whether the `.gitignore` files of the folders from a file's repository down to
     * its own folder leave it out (a folder: with a trailing `/`), the nearest file
     * with a say deciding, as git reads them.
     */
    private isGitIgnored;
    /** The rules of a folder's own `.gitignore`, read once per run. */
    private gitignoreOf;
    /** The preprompt a folder works under. */
    preprompt(dir: string): Resolved | undefined;
    /**
     * Nearest first, up to the repository: a folder's own numbered preprompt, else
     * its role-named one (`meta-prompt.md`, `context.md`); then the one its prompts
     * link (a preprompt-named file, or the markdown file most of them link or name);
     * then the configured one.
     */
    private resolvePreprompt;
    /**
     * The context a folder's prompts link or name: a preprompt-named file one of
     * them links, else the one markdown file (not a prompt, not a requirement
     * document) that more than half of them link or name.
     */
    private linkedContext;
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
    /**
     * The house style of a scope (a folder and every folder below it): for each
     * kind, how many of its prompts have each part. Summed from each folder's own
     * counts, so a prompt is read once per run whatever the scopes it falls in.
     */
    style(root: string): Style;
    /**
     * The house style of a scope for one kind: only the prompts of that kind are
     * read (a red prompt's style reads no preprompt, and the one preprompt of each
     * suite decides no red prompt's style).
     */
    kindStyle(root: string, kind: Kind): KindStyle;
    /**
     * The house styles worked out so far, as plain data for another thread of the
     * run: those of the kinds and scopes `sent` does not name yet (each then named in it).
     */
    sharedStyles(sent?: Set<string>): Record<string, SharedStyle>;
    /** The counts of the prompts of one kind in one folder alone. */
    private folderStyle;
    /**
     * Work out ahead the house style a file's rules ask for: that of its own kind
     * (the rules of a red prompt ask the red style, never the preprompts').
     */
    prepareStyle(file: string): void;
    /** The scopes a folder's house style may come from, narrowest first: the folder, each folder above it, its repository. */
    styleScopes(dir: string): string[];
    /**
     * The scope that decides a folder's house style for a kind: the narrowest one
     * (the suite folder, the folder of its plan or of its generation, the
     * repository) that holds at least `minimum` prompts of the kind; two suites
     * of one repository written differently are each held to their own style.
     */
    styleScope(dir: string, kind: Kind): string;
    /**
     * The naming scheme of a folder (red and green letters, separator, case),
     * learned from names only (listings, once per folder and scope per run) unless
     * the configuration pins it: a part the folder's own names decide (a choice at
     * least `threshold` of at least `minimum` of them make, or the one known choice
     * they all make), else its style scope's, else the default.
     */
    names(dir: string): LearnedScheme;
    /** The narrowest style scope of a folder holding at least `minimum` prompt names. */
    private namesScope;
    /** The red and green prompts of a scope, counted once per run (every folder of the scope asks). */
    private paired;
    private scopeNames;
    /**
     * The folders numbered in one sequence with `dir`, in their order: its sibling
     * package folders when their numbers continue each other (`api/` 01–02,
     * `store/` 03–05: only the first starts at 01, each starts at or after the end
     * of the one before), else `dir` alone. From the listings only.
     */
    numberingDomain(dir: string): string[];
    private sharedSequence;
    /**
     * Whether another finding already explains the missing numbers `from`–`to` of a
     * numbering domain: a prompt whose title still carries one of them (`title`
     * reports it), or a plan in or above the domain's folders that lists a prompt
     * of that number which is not there (`plan-entries` reports it).
     */
    gapExplained(domain: readonly string[], from: number, to: number): boolean;
    /** The evidence that the house style of a folder's scope expects a part of every prompt of a kind, or `undefined`. */
    expects(dir: string, kind: Kind, part: string): Evidence | undefined;
    /**
     * Whether a section this kind mostly has holds over the reds and greens of the scope
     * together, where the other kind has it too (in at least half of its prompts): a section
     * both write in about three quarters of them (a Persona) is no house style, even where
     * one kind happens to have it in 8 of 9. A section of this kind alone is decided by it.
     */
    private shared;
    /**
     * A section reds and greens alike have (a changelog, a dependency list), counted over
     * both kinds of the scope: "a few prompts missing what the rest of the suite has",
     * when at least half of this kind have it.
     */
    private pooled;
    /**
     * A scope's counts of this kind and of the other, for a section that reds and greens may
     * both write (read per kind: no preprompt or foundation prompt is counted for it);
     * `undefined` for any other kind or part.
     */
    private redAndGreen;
    /** Every part the house style of a folder's scope expects of a kind. */
    expected(dir: string, kind: Kind): Map<string, Evidence>;
    /** The parts of one prompt that the house style counts: part → how it is written. */
    parts(folder: Folder, prompt: PromptName, facts: Facts): Map<string, string>;
}
/** `red`, `green` or `foundation` for a phase's first word; other words (`refactor`) say nothing. */
export declare function phaseKind(word: string | undefined): Kind | undefined;
export { linkTarget };
