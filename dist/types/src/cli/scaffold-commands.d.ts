import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Streams } from './main.js';
export declare const initUsage = "Usage: tdd-prompt-lint init <folder> --package <name>\n\nWrite <folder>/prompt_00_<name>_preprompt.md with every section the\nconfiguration requires of a preprompt, each with a one-line comment to replace.\nThe folder is created if missing; a folder that has a preprompt is refused.\n\nOptions:\n  -p, --package NAME   package name, lower snake case (MyPackage and my-package\n                       are converted)\n  -c, --config FILE    configuration file (default: the first found from the\n                       working directory up)\n      --debug          show stack traces\n  -h, --help           show this help\n";
export declare const newUsage = "Usage: tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>]\n\nWrite the suite's next red/green pair, [prefix_]prompt_NN_<slug>_red.md and\n[prefix_]prompt_NNb_<slug>_green.md, linking the suite's preprompt (and, in the\ngreen, its red), and add the pair to the component list of the suite's own\npreprompt. Prints the files written, then the preprompt updated. Never\noverwrites a file.\n\nOptions:\n  -s, --suite FOLDER   suite folder (default: the working directory)\n  -k, --kind KIND      test kind the red prompt asks for, one of the configured\n                       kinds (default: unit)\n  -c, --config FILE    configuration file (default: the first found from the\n                       working directory up)\n      --debug          show stack traces\n  -h, --help           show this help\n";
export declare const common: {
    readonly config: {
        readonly type: "string";
        readonly short: "c";
    };
    readonly debug: {
        readonly type: "boolean";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
    };
};
/** `tdd-prompt-lint init <folder> --package <name>`. */
export declare function runInit(argv: string[], cwd: string, streams: Streams): Promise<number>;
/** `tdd-prompt-lint new <slug> [--suite <folder>] [--kind <kind>]`. */
export declare function runNew(argv: string[], cwd: string, streams: Streams): Promise<number>;
/** Run a command that writes files (signals held until it is done); any failure is one line on stderr and exit 2. */
export declare function guard(argv: string[], streams: Streams, command: () => number): Promise<number>;
/** What `parse` gives: node's `parseArgs` result for these options. */
export type Parsed<Options extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{
    args: string[];
    options: Options;
    allowPositionals: true;
    strict: true;
}>>;
/** `parseArgs` with positionals, strict, its errors as one-line sentences; empty values refused. */
export declare function parse<Options extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: Options): Parsed<Options>;
