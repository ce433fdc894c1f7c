import type { Reporter } from './types.js';
export declare const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
export declare const sarif: Reporter;
