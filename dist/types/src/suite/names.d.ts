/**
 * Prompt file names: what counts as a prompt file, how a name is read, and the
 * canonical name it should have.
 *
 * A prompt file is a markdown file whose name holds `prompt` followed by a number
 * (`prompt_04_…`, `testdata_prompt_01b_…`, `Prompt-1-…`). Other markdown files
 * that merely mention prompts (`meta_prompt.md`, `prompt_plan.md`,
 * `0_prompt_plan.md`) are documents, not prompts.
 *
 * Names are read leniently (any case, `-` or `_`, any number of digits) so that
 * rules can say what is wrong and what was expected, and so that pairing and
 * numbering still work on a file whose name has a small defect.
 */
/**
 * - `preprompt`: the package's master context, `prompt_00_<package>_preprompt.md`;
 * - `red`: writes the failing test, `prompt_NN_<slug>_red.md`;
 * - `green`: makes it pass, `prompt_NNb_<slug>_green.md`;
 * - `foundation`: a numbered step with no red/green suffix
 *   (`prompt_01_deployment_interfaces.md`): an interface, a plan or a schema.
 */
export type Kind = 'preprompt' | 'red' | 'green' | 'foundation';
export declare const kinds: readonly Kind[];
export interface PromptName {
    /** The file name as found. */
    name: string;
    /** Lower-case prefix before `prompt_` (`testdata`), `''` when none. */
    prefix: string;
    /** Prefix as written (case kept). */
    rawPrefix: string;
    /** The number (`1` for `01`); `NaN` beyond what a name can sensibly hold. */
    number: number;
    /** Digits as written (`1`, `01`, `001`). */
    digits: string;
    /** Letter after the digits as written (`b`, `B`, `a`, `''`). */
    letter: string;
    /** A numbered variant of the step (`1` in `prompt_00_1_goal_simplified.md`), `''` when none. */
    variant: string;
    /** Slug, lower snake case (`config_generator`). */
    slug: string;
    /** Slug as written (`config-generator`, `ConfigGenerator`). */
    rawSlug: string;
    kind: Kind;
    /** A preprompt named the older way, `…_context.md`. */
    legacy: boolean;
    /** The extension as written (`.md`). */
    extension: string;
}
/** Numbers beyond this are not numbers a suite uses (and beyond 2^53 not numbers at all). */
export declare const maxNumber = 9999;
/** Whether a file name is markdown. */
export declare function isMarkdownName(name: string): boolean;
/** Whether a file name is a prompt file: markdown with `prompt` and a number in its name. */
export declare function isPromptFileName(name: string): boolean;
/**
 * Turn `ConfigGenerator`, `config-generator` or `Config Generator` into
 * `config_generator` (and `Konfigurätor` into `konfigurator`: accents dropped).
 */
export declare function toSnakeCase(value: string): string;
/** Read a prompt file name; `undefined` when it is not a prompt file at all. */
export declare function parsePromptName(name: string): PromptName | undefined;
/** Two-digit number as used in names (`4` → `04`). */
export declare function formatNumber(value: number): string;
/**
 * How a suite spells its prompt names: the letter after a red's and a green's
 * number (`NN`/`NNb` by default, `NNa`/`NNb` in some suites), the separator and
 * whether names are lower case.
 */
export interface NameScheme {
    /** Letter after a red prompt's number: `''` (`NN`) or `a` (`NNa`). */
    red: string;
    /** Letter after a green prompt's number: `b` (`NNb`). */
    green: string;
    separator: '_' | '-';
    /** Whether names are lower case (`false`: the suite writes them in other cases). */
    lower: boolean;
}
export declare const defaultScheme: NameScheme;
/** The canonical name for a prompt: `[prefix_]prompt_NN[b]_[variant_]slug[_kind].md`, spelled as the scheme says. */
export declare function formatName(parts: {
    prefix: string;
    number: number;
    slug: string;
    kind: Kind;
    variant?: string;
}, scheme?: NameScheme): string;
/** The canonical form of a parsed name, with the folder's prefix, in the suite's naming scheme. */
export declare function canonicalName(prompt: PromptName, prefix: string, scheme?: NameScheme): string;
/** `NN`, `NNa`, `NNb`: how a letter scheme is shown. */
export declare function letterScheme(letter: string): string;
/** `red` → `green` and back. */
export declare function partnerKind(kind: 'red' | 'green'): 'red' | 'green';
/**
 * The steps among prompts of one number: by slug, except that a lone red and a
 * lone green with different slugs are one pair, and that the numbered variants
 * of a step (`prompt_00_0_goal.md`, `prompt_00_1_goal_simplified.md`) are one step.
 */
export declare function stepsOf(prompts: PromptName[]): PromptName[][];
/**
 * The step numbers of a folder (`01` up), sorted: a folder keeps `byNumber` in
 * number order, and a number beyond `maxNumber` is `NaN`, never a key.
 */
export declare function stepNumbers(folder: {
    byNumber: ReadonlyMap<number, unknown>;
}): number[];
/** The file that stands for a step: its red (or foundation), else its first. */
export declare function representative(step: PromptName[]): PromptName;
/** A part of the naming scheme. */
export type SchemePart = 'red' | 'green' | 'separator' | 'case';
/** How many names of a scope follow the scheme's choice for a part, of how many. */
export interface SchemeEvidence {
    count: number;
    total: number;
    /** The choice as shown (`NNa`, `-`, `lower case`). */
    display: string;
}
/** A naming scheme and, for each part, where it comes from. */
export interface LearnedScheme {
    scheme: NameScheme;
    /** A part learned from the names (by the majority rule, or the one known choice a few names all make), with its evidence. */
    evidence: Partial<Record<SchemePart, SchemeEvidence>>;
    /** Parts the configuration pins. */
    pinned: SchemePart[];
}
/** The scheme parts a configuration can pin (`style.names`). */
export interface NameSettings {
    red?: string;
    green?: string;
    separator?: '_' | '-';
    case?: 'lower' | 'any';
}
export interface LearnSettings {
    /** Learn from the names at all (default true). */
    infer?: boolean;
    threshold?: number;
    minimum?: number;
    names?: NameSettings;
}
/**
 * The naming scheme of a scope's prompts, part by part: a choice at least
 * `threshold` of at least `minimum` names make; with fewer names, the one known
 * choice they all make (`NNa` reds, `-` separators); else the default. A part the
 * configuration pins is not learned.
 */
export declare function learnScheme(prompts: PromptName[], settings?: LearnSettings): LearnedScheme;
/** Part by part, the scheme a narrower scope's names decide, else the wider one's. */
export declare function narrowest(narrow: LearnedScheme, wide: LearnedScheme): LearnedScheme;
/** The scheme in force as `--print-config` shows it: each part, how it is written and where it comes from. */
export declare function describeScheme(learned: LearnedScheme): Record<SchemePart, {
    scheme: string;
    from: string;
}>;
