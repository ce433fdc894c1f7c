import type { Streams } from './main.js';
export declare const renumberUsage = "Usage: tdd-prompt-lint renumber [folder] [--insert-at N] [--dry-run]\n\nRenumber the red, green and foundation prompts of a suite folder (default: the\nworking directory): close the gaps (01, 02, 03\u2026 in order), or with --insert-at\nN make room at N (N and every number above move up by one). The preprompt\nstays 00. Files are renamed with only their numbers changed; titles\n(`Prompt NN`), links, the preprompt's component list and the plan's entries\nfollow. Prints what changed.\n\nOptions:\n      --insert-at N    make room at N instead of closing gaps\n      --dry-run        print the renames and a diff; change nothing\n  -c, --config FILE    configuration file (default: the first found from the\n                       working directory up)\n      --debug          show stack traces\n  -h, --help           show this help\n";
/** `tdd-prompt-lint renumber [folder] [--insert-at N] [--dry-run]`. */
export declare function runRenumber(argv: string[], cwd: string, streams: Streams): Promise<number>;
/** `tdd-prompt-lint new <slug> --at N [--suite <folder>] [--kind <kind>]` (parsed by `new`): make room at N, then write the pair there. */
export declare function newAt(values: {
    at: string;
    suite?: string;
    kind?: string;
    config?: string;
}, positionals: string[], cwd: string, streams: Streams): number;
