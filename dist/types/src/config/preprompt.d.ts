/**
 * The `preprompts` option: the preprompt of a folder that has none of its own and
 * neither an ancestor's nor a linked one to work under.
 */
import type { JsonSchema } from './schema.js';
export interface PrepromptOptions {
    /** Folder → preprompt file, both relative to the working directory (or absolute). */
    preprompts: Record<string, string>;
}
export declare const prepromptsSchema: JsonSchema;
/** Schema and defaults of the rules that take `preprompts`. */
export declare const prepromptOptions: {
    schema: JsonSchema;
    defaults: PrepromptOptions;
};
