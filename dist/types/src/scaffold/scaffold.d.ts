/**
 * Scaffolding: the files `tdd-prompt-lint init` and `tdd-prompt-lint new` write.
 *
 * Templates come from the configuration the rules read (required sections per
 * kind, test kinds, component-list sections, preprompts), so a fresh scaffold
 * satisfies every structural rule and only its empty sections are left to fill
 * in. Plain logic: no process, no console; refusals throw `ScaffoldError` with a
 * one-line reason, and nothing is written before every check has passed.
 *
 * Data safety: every write is atomic — a new file is written to a temporary file
 * beside it (created exclusively) and hard-linked into place, which fails rather
 * than overwrite; an edited file is written to a temporary file and renamed over
 * the original. An edited file keeps its BOM and line endings. Nothing is read
 * or written through a symbolic link that leads out of the working folder, no
 * read is unbounded (1 MiB), and when any step fails the new files are removed
 * and the originals are untouched, byte for byte.
 */
import fs from 'node:fs';
import type { LintSettings } from '../engine/lint.js';
import { type Kind } from '../suite/names.js';
import { SuiteModel } from '../suite/model.js';
import type { Plan } from '../suite/plans.js';
/** A refusal: nothing was written; the message is the one-line reason. */
export declare class ScaffoldError extends Error {
    name: string;
}
/** What the templates are made of, resolved from the lint configuration. */
export interface ScaffoldConfig {
    /** Sections pinned per kind (`required-sections`); a kind not pinned follows the house style. */
    sections: Partial<Record<Kind, string[]>>;
    /** Configured preprompts: absolute folder → absolute preprompt file. */
    preprompts: Record<string, string>;
    /** The day written into a new prompt's changelog (`RV_YYYYMMDD`). Default: today. */
    today?: Date;
}
/** Resolve the templates' configuration the way the rules resolve their options. */
export declare function scaffoldConfig(settings: LintSettings, cwd: string): ScaffoldConfig;
/** The file operations the writes use; tests pass one that fails. */
export type WriteFs = Pick<typeof fs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'linkSync' | 'renameSync' | 'unlinkSync'>;
export interface InitOptions {
    /** Suite folder, relative to `cwd` or absolute; created if missing. */
    folder: string;
    /** Package name: lower snake case, or a name that converts to it (`MyPackage`, `my-package`). */
    packageName: string;
    cwd: string;
    /** Default: the rules' defaults. */
    config?: ScaffoldConfig;
    /** Default: node:fs. */
    fs?: WriteFs;
}
export interface ScaffoldResult {
    /** Files written, absolute paths. */
    written: string[];
    /** Existing files changed (a preprompt whose component list grew), absolute paths. */
    updated: string[];
}
/**
 * Write `<folder>/[prefix_]prompt_00_<package>_preprompt.md`, shaped like the
 * repository's other preprompts (else the methodology's template).
 */
export declare function initSuite(options: InitOptions): ScaffoldResult;
export interface NewOptions {
    /** The pair's slug, lower snake case. */
    slug: string;
    /** Suite folder, relative to `cwd` or absolute. Default: `cwd`. */
    suite?: string;
    /** Test kind: unit, integration, pre-flight, end-to-end… Default: `unit`. */
    kind?: string;
    /** The pair's number, free in the suite (`renumber --insert-at` makes room). Default: the next one. */
    number?: number;
    cwd: string;
    /** Default: the rules' defaults. */
    config?: ScaffoldConfig;
    /** Default: node:fs. */
    fs?: WriteFs;
    /** Longest that parsing and editing the preprompt may take, in milliseconds (default 10 s). */
    timeout?: number;
}
export interface NewResult extends ScaffoldResult {
    /** The preprompt the suite works under, absolute path. */
    preprompt: string;
}
/**
 * Write the next red/green pair of a suite, shaped like the suite's other red and
 * green prompts (else the methodology's template): the red names the test file
 * it generates, the green cites it under Dependencies. A preprompt that keeps a
 * component list linking the folder's prompts gets the pair added.
 */
export declare function newPair(options: NewOptions): NewResult;
/**
 * A plan that lists the folder's prompts gets entries for a new pair, after the
 * entries of the step before it (else after the folder's last entry), written as
 * that entry is: its list marker, its escaping (`prompt\_07\_…`), its separator.
 */
export declare function addToPlan(text: string, plan: Plan, dir: string, number: number, pair: Record<'red' | 'green', {
    name: string;
    description: string;
}>): string;
/**
 * Append a list item to a preprompt's component list: the list under the first
 * section named like one of `sections` that links the folder's own prompts (else
 * its last list), keeping the list's marker, numbering, indent and spacing. A
 * section without a list gets one; a preprompt without the section gets both.
 */
export declare function addToComponentList(text: string, entry: string, sections: string[]): string;
/** A section of a template: a heading (`depth` 1-6) or a bold label (`depth` 0). */
export interface TemplateSection {
    name: string;
    depth: number;
}
/**
 * The sections a new prompt of a kind gets: the pinned ones, else those of the
 * most recent prompt of that kind in the folder (then in the repository) that has
 * every part the house style expects, else the methodology's template.
 */
export declare function templateSections(model: SuiteModel, dir: string, kind: Kind, config: ScaffoldConfig): TemplateSection[];
/** A prompt of the methodology's shape: title, sections with placeholders, a first changelog entry. */
export declare function renderPrompt(options: {
    kind: Kind;
    title: string;
    sections: TemplateSection[];
    /** Sentences with links (to the preprompt, to the red): under a `Context` section, else after the title. */
    links?: string[];
    testFile?: string;
    today?: Date | undefined;
}): string;
/** A slug the naming rule accepts as is. Throws with a suggestion. */
export declare function checkSlug(slug: string): string;
