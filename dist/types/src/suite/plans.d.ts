import type { VFileMessage } from 'vfile-message';
import type { Span } from './facts.js';
import { type Missing } from './missing.js';
import type { SuiteModel } from './model.js';
import { type PromptName } from './names.js';
export interface PlanEntry extends Span {
    /** The name as written, folder included, escapes removed (`testdata/x_red.md`). */
    written: string;
    /** The file name alone. */
    name: string;
    /** The name read as a prompt name. */
    prompt: PromptName;
    /** The prompt file it names, absolute, when it exists. */
    file: string | undefined;
    /** The suite folder the name belongs to (absolute): where it is, or where it was expected. */
    folder: string | undefined;
    /** For a name not on disk: the prompt it evidently means now (absolute), and whether another rule reports its absence. */
    missing: (Omit<Missing, 'meant'> & {
        meant: string | undefined;
    }) | undefined;
    /** What the plan says of the file (`"Red" prompt for the ConfigGenerator unit test.`). */
    description: string;
}
export interface Plan {
    /** Absolute path of the plan. */
    file: string;
    dir: string;
    entries: PlanEntry[];
}
/** A run of prompts a plan does not list: a pair (red and green) or one prompt. */
export interface Unlisted {
    folder: string;
    prompts: PromptName[];
    /** The entry the run would follow in the list (the nearest listed prompt before it), else the suite's first entry. */
    near: PlanEntry;
    /** How many prompts of the suite the plan lists, of how many. */
    listed: number;
    total: number;
}
/** Prompt names below a folder: name → absolute paths, nearest folder first. */
export type NameIndex = ReadonlyMap<string, string[]>;
/** Prompt files in `dir` and the folders below it, by name (breadth first, bounded). */
export declare function indexBelow(model: SuiteModel, dir: string): Map<string, string[]>;
/** The plan a document is, or `undefined` when it is no plan. */
export declare function readPlan(model: SuiteModel, file: string): Plan | undefined;
/** Whether a file may be a plan: a markdown document, or a preprompt (which may list the suite's pairs). */
export declare function isPlanName(name: string): boolean;
/** The file an entry stands for: the file it names, else the one it evidently means. */
export declare function standsFor(entry: PlanEntry): string | undefined;
/**
 * The prompts of the suites a plan lists most of (more than half) that it does
 * not list, a red and its green together. A preprompt that is not the one in
 * force (`preprompt` reports it) is not expected in the plan.
 */
export declare function unlistedIn(model: SuiteModel, plan: Plan): Unlisted[];
/** The entries of plans in `dir` or a folder above it (within its scope) that name `file` or stand for it. */
export declare function entriesFor(model: SuiteModel, file: string): Array<{
    plan: Plan;
    entry: PlanEntry;
}>;
/** The first plan entry naming `file` (which may not exist), as a related location for a rule's finding on a prompt. */
export declare function planMention(model: SuiteModel, file: string, reason: string): VFileMessage | undefined;
/** A component a suite's red and green titles name (`… for <Component>`). */
export interface Component {
    /** As the title writes it. */
    name: string;
    /** Its words joined, lower case (`remotedirectorclient`, `publisher`). */
    key: string;
    /** A prompt whose title names it, absolute. */
    file: string;
}
/** The components the judged red and green titles of a suite folder name, each once. */
export declare function componentsOf(model: SuiteModel, dir: string): Component[];
/** Lower-case words, without possessives, articles and words like `service`. */
export declare function componentWords(text: string): string[];
/** `Publisher Service` → `publisher`; `RemoteDirectorClient` → `remotedirectorclient`. */
export declare function componentKey(name: string): string;
/** Whether consecutive words of `list` join to `key` (`remote director client` names `remotedirectorclient`). */
export declare function mentions(list: string[], key: string): boolean;
