/**
 * A cache of the values used last: at most `max` kept, the one used longest ago
 * going first. The suite model keeps what a run asks again and again (the folder
 * of the file being linted, its neighbours' facts, the plans above it) and lets
 * the rest of a large repository go: its memory follows the work at hand, not
 * the size of the repository. Asking the key asked last costs no reordering.
 */
export declare class Recent<V> {
    private readonly max;
    private readonly values;
    private lastKey;
    private lastValue;
    constructor(max: number);
    /** The value of `key`, made by `make` and kept when it is not there. */
    get(key: string, make: () => V): V;
    /** The value of `key` when it is kept, without making it last to go. */
    peek(key: string): V | undefined;
}
