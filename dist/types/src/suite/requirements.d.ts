import type { Facts, Mention, Span } from './facts.js';
import type { SuiteModel } from './model.js';
import type { JsonSchema } from '../config/schema.js';
export interface Definition extends Span {
    /** Full ID: `L1-1.1`, `FR-3.2`. */
    id: string;
    /** The requirement document, absolute. */
    document: string;
    /** The requirement's text, plain. */
    text: string;
    /** Says `shall` or `must`. */
    binding: boolean;
    /** The word that makes it binding (`shall`, `must`), as written first. */
    keyword: string | undefined;
    /** `L1`, `FR`. */
    prefix: string;
    /** Between prefix and number: `-`, `_`. */
    separator: string;
    /** Defined in a table row (a column of IDs: no prose). */
    row: boolean;
    /** Of its document's level (`L1` in `l1_requirements.md`). */
    leveled: boolean;
}
export interface Citation extends Span {
    /** The ID as the prompt writes it. */
    id: string;
    /** The prompt that cites it, absolute. */
    file: string;
}
/** A citation of no ID of its scope. */
export interface Unresolved extends Citation {
    /** The ID it most likely means (`L2-1` for `L2.1`), if one is clear. */
    suggestion: string | undefined;
    /** Written in another form than the scheme's (`L2.1` for `L2-1.1`). */
    malformed: boolean;
    /** An ID of the same prefix as the documents write it (`L2-1.1`). */
    form: string | undefined;
    /** The document that defines it. */
    document: string | undefined;
    /** With no suggestion: the section the number falls in, if it is defined. */
    section: Section | undefined;
}
/** The requirements of one scope: the documents of a package (or of the repository). */
export interface RequirementScope {
    /** The package folder (or the repository) the documents belong to. */
    home: string;
    /** Its requirement documents, absolute, sorted. */
    documents: string[];
    /** Definitions in document order (a document's top to bottom, documents by path). */
    definitions: Definition[];
    /** ID → its first definition. */
    byId: ReadonlyMap<string, Definition>;
    /** A second definition of an ID, with the first. */
    duplicates: Array<{
        definition: Definition;
        first: Definition;
    }>;
    /** Prefix → separator: the scheme. */
    schemes: ReadonlyMap<string, string>;
    /** ID → the prompts' citations of it (a section's citations count for each ID in it). */
    citations: Map<string, Citation[]>;
    /** Citations this scope judged and no ID resolves. */
    unresolved: Unresolved[];
    /** Normalised `prefix number` (`L2 1`) → the ID or section written so. */
    normal: ReadonlyMap<string, string>;
    /** Sections: `L3-2` when `L3-2.1` is defined. */
    sections: ReadonlySet<string>;
}
export interface Requirements {
    root: string;
    /** Requirement documents in the repository, absolute, sorted. */
    documents: string[];
    /** Scopes, by home. */
    scopes: RequirementScope[];
    /** The scopes of a folder and of the folders above it, nearest first. */
    chain(dir: string): RequirementScope[];
    /**
     * The scopes a folder's prompts resolve IDs in: its chain; for a folder with
     * none, the repository's only scope when it has one (a package that keeps no
     * requirements of its own cites the ones the repository has), else none.
     */
    resolving(dir: string): RequirementScope[];
}
/** Words a requirement document's file name contains, by default. */
export declare const defaultDocumentWords: readonly string[];
/** Whether a file name is a requirement document's for these words (case-insensitive; markdown, not checked here). */
export declare function isRequirementName(name: string, words?: readonly string[]): boolean;
/** The level a requirement document carries in its title or file name (`L1`), if any. */
export declare function documentLevel(file: string, facts: Facts | undefined): string | undefined;
/** Every definition of one requirement document, before the scheme is learned. */
export declare function definitionsIn(file: string, facts: Facts | undefined): Definition[];
/**
 * The requirement documents, scopes and citations of a repository. What is
 * read follows what is asked: the listing of the repository says which
 * documents there are and which package each belongs to; a scope's documents
 * are read when its IDs are first asked for, and the prompts that cite them
 * (its package's, or the repository's when it is the only scope) when its
 * citations are: a prompt that cites IDs reads the documents of its chain, not
 * every prompt of the repository.
 */
export declare function buildRequirements(model: SuiteModel, root: string, words: readonly string[]): Requirements;
export type Resolution = {
    scope: RequirementScope;
    id: string;
    ids: string[];
} | {
    scope: RequirementScope;
    id: undefined;
    suggestion: string | undefined;
    malformed: boolean;
    /** The first definition of the prefix: how the documents write it, and where. */
    form: Definition | undefined;
    /** With no suggestion: the section the number falls in, if it is defined. */
    section: Section | undefined;
};
/**
 * What a word of a prompt cites, in the scopes of its folder (nearest first):
 * the first scope that defines it (the IDs of a section it names), else a
 * citation of no ID, judged by the nearest scope whose scheme it is written
 * in; `undefined` for a word that is no citation (no scope's prefix starts it).
 */
export declare function resolve(chain: RequirementScope[], word: string): Resolution | undefined;
/** A section of IDs: `L1-3`, from `L1-3.1` to `L1-3.3`. */
export interface Section {
    id: string;
    first: string;
    last: string;
}
/** The citations of a prompt's own text (its buffer) that no ID of its scopes resolves. */
export declare function unresolvedIn(chain: RequirementScope[], file: string, words: Mention[]): Unresolved[];
/** The scope whose documents include `file`. */
export declare function scopeOfDocument(requirements: Requirements, file: string): RequirementScope | undefined;
export interface RequirementOptions {
    /** Words a requirement document's file name contains (case-insensitive). */
    documents: string[];
}
/** Schema and defaults of the rules that read requirement documents. */
export declare const requirementOptions: {
    schema: JsonSchema;
    defaults: RequirementOptions;
};
/** Whether a scope's prompts cite a requirement: its ID, or a form of it that can only mean it (`L1.1.2`). */
export declare function isCited(scope: RequirementScope, id: string): boolean;
/**
 * Whether the prompts trace a requirement document: at least half of its binding
 * requirements are cited. One they barely cite serves other work.
 */
export declare function isTraced(scope: RequirementScope, document: string): boolean;
