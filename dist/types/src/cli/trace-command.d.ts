import type { Streams } from './main.js';
export declare const traceUsage = "Usage: tdd-prompt-lint trace [options] [folders...]\n\nPrint the requirements traceability matrix of each folder (default: the\ncurrent one): every requirement its requirement documents define (markdown\nfiles whose name contains `requirement`, or the words of\n`requirement-coverage`'s `documents` option), with the prompts that cite\nit. Uncovered \"shall\"/\"must\" requirements come first; IDs that prompts cite\nand no document defines come last.\n\nOptions:\n  -f, --format NAME    text (default), markdown or json\n  -c, --config FILE    configuration file (default: the first found from the\n                       working directory up)\n      --debug          show stack traces\n  -h, --help           show this help\n";
declare const formats: readonly ["text", "markdown", "json"];
type Format = (typeof formats)[number];
/** Run `trace` with the arguments after the sub-command; returns the exit code. */
export declare function runTrace(argv: string[], cwd: string, streams: Streams): Promise<number>;
/** The report of `trace` for the given folders. Throws for a folder that cannot be read. */
export declare function traceReport(paths: string[], cwd: string, format?: Format, configFile?: string): string;
export {};
