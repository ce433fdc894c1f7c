import type { Facts, Span } from './facts.js';
import type { SuiteModel } from './model.js';
import type { JsonSchema } from '../config/schema.js';
export interface Definition extends Span {
    /** Full ID: `L1-1.1`. */
    id: string;
    /** The requirement document, absolute. */
    document: string;
    /** The requirement's text, plain. */
    text: string;
    /** Says `shall` or `must`. */
    binding: boolean;
    /** The word that makes it binding (`shall`, `must`), as written first. */
    keyword: string | undefined;
}
export interface Citation extends Span {
    id: string;
    /** The prompt that cites it, absolute. */
    file: string;
}
export interface Requirements {
    root: string;
    /** Requirement documents in scope, absolute, sorted. */
    documents: string[];
    /** Definitions in document order (a document's rows top to bottom, documents by path). */
    definitions: Definition[];
    /** ID → its definitions (one, unless two documents define it). */
    byId: ReadonlyMap<string, Definition[]>;
    /** Levels some document defines (`L1`). */
    levels: ReadonlySet<string>;
    /** ID → the prompts' citations of it, by file and line. */
    citations: ReadonlyMap<string, Citation[]>;
}
/** Words a requirement document's file name contains, by default. */
export declare const defaultDocumentWords: readonly string[];
/** Whether a file name is a requirement document's for these words (case-insensitive; markdown, not checked here). */
export declare function isRequirementName(name: string, words?: readonly string[]): boolean;
/** The level a requirement document carries in its title or file name (`L1`), if any. */
export declare function documentLevel(file: string, facts: Facts | undefined): string | undefined;
/** The definitions of one requirement document. */
export declare function definitionsIn(file: string, facts: Facts | undefined): Definition[];
/** Everything a scope says of requirements. */
export declare function buildRequirements(model: SuiteModel, root: string, words: readonly string[]): Requirements;
/** The level of an ID (`L1-2.2` → `L1`). */
export declare function levelOf(id: string): string;
export interface RequirementOptions {
    /** Words a requirement document's file name contains (case-insensitive). */
    documents: string[];
}
/** Schema and defaults of the rules that read requirement documents. */
export declare const requirementOptions: {
    schema: JsonSchema;
    defaults: RequirementOptions;
};
