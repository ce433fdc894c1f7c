/** The output formats, by the name `--format` takes. */
import type { Reporter } from './types.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
export declare const reporters: {
    stylish: Reporter;
    json: Reporter;
    sarif: Reporter;
    github: Reporter;
};
export type FormatName = keyof typeof reporters;
export declare const formatNames: FormatName[];
export { github, json, sarif, stylish };
export type { Reporter, ReportContext } from './types.js';
