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
/** The canonical name for a prompt: `[prefix_]prompt_NN[b]_slug[_kind].md`. */
export declare function formatName(parts: {
    prefix: string;
    number: number;
    slug: string;
    kind: Kind;
}): string;
/** The canonical form of a parsed name, with the folder's prefix. */
export declare function canonicalName(prompt: PromptName, prefix: string): string;
/** `red` → `green` and back. */
export declare function partnerKind(kind: 'red' | 'green'): 'red' | 'green';
/**
 * The steps among prompts of one number: by slug, except that a lone red and a
 * lone green with different slugs are one pair.
 */
export declare function stepsOf(prompts: PromptName[]): PromptName[][];
/** The file that stands for a step: its red (or foundation), else its first. */
export declare function representative(step: PromptName[]): PromptName;
