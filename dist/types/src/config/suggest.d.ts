/**
 * "Did you mean": the closest of some known names to a mistyped one, by edit
 * distance (Damerau–Levenshtein, optimal string alignment: a swap of two
 * neighbouring letters is one edit).
 */
/** Edits (insert, delete, replace, swap neighbours) that turn `a` into `b`. */
export declare function editDistance(a: string, b: string): number;
/**
 * The known name closest to `name` (case-insensitively), when it is close
 * enough to be a typo: at most a third of its length in edits (at least 1, at
 * most 3), else the one name a `-word` apart. `undefined` when none is, and for
 * names too long to compare cheaply.
 */
export declare function closest(name: string, known: Iterable<string>): string | undefined;
/** ` (did you mean \`x\`?)`, or `''` when nothing is close. */
export declare function didYouMean(name: string, known: Iterable<string>): string;
