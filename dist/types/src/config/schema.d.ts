export type JsonSchema = Record<string, unknown>;
/** Compile a schema once; the returned function gives a sentence for the first problem, or `undefined`. */
export declare function createValidator(schema: JsonSchema): (value: unknown) => string | undefined;
/** `/sections/red/2` → `sections.red[2]`. */
export declare function keyPath(pointer: string): string;
