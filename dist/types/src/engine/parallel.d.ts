import type { VFile } from 'vfile';
import { type Linter, type LintSettings } from './lint.js';
import { type TransferredFile } from './transfer.js';
import type { SharedStyle } from '../suite/model.js';
/** Files handed out at a time, at least. */
export declare const chunkSize = 50;
/** `auto` uses more than one thread from this many files on (below, a worker's start-up costs more than it saves). */
export declare const autoMinFiles = 400;
/** `auto` uses at most this many threads. */
export declare const autoMaxThreads = 4;
export type Concurrency = number | 'auto';
export interface LintFilesOptions {
    /** Threads, the main one included; 1 lints in this thread only. */
    concurrency: number;
    /** The main thread's linter, when the caller has built it already (from the same settings and cwd). */
    linter?: Linter;
    /** The worker module (default: `worker.js` beside this module). For tests. */
    workerUrl?: URL;
    /** Called on the main thread each time files are done (the count done since the last call): for a progress line. */
    onProgress?: (done: number) => void;
}
/** Linting one file threw (a bug, not a finding): the message names the file. */
export declare class LintFileError extends Error {
    name: string;
    /** Absolute path of the file. */
    readonly file: string;
    constructor(file: string, cwd: string, reason: string, options?: ErrorOptions);
}
/** What a worker is given. */
export interface WorkerData {
    settings: LintSettings;
    cwd: string;
    files: string[];
    /** Where each chunk starts in `files`, and `files.length` last. */
    chunks: number[];
    /** Int32Array[1]: the next chunk to take, shared by every thread. */
    queue: SharedArrayBuffer;
    /** Int32Array[workers]: the index of the file each worker is linting, −1 when none. */
    current: SharedArrayBuffer;
    /** This worker's index in `current`. */
    slot: number;
}
/**
 * What the main thread sends each worker, chunk by chunk: the house styles worked
 * out for the files of the chunks up to `chunk` that it has not sent before.
 */
export interface StylesMessage {
    type: 'styles';
    styles: Record<string, SharedStyle>;
    chunk: number;
}
/** What a worker sends back. */
export type WorkerMessage = {
    type: 'chunk';
    start: number;
    results: TransferredFile[];
} | {
    type: 'error';
    index: number;
    message: string;
    stack: string | undefined;
} | {
    type: 'done';
};
/** The threads `auto` means for this many files: the cores (at most `autoMaxThreads`) for a large run, else 1. */
export declare function resolveConcurrency(value: Concurrency, fileCount: number): number;
/**
 * The threads `lintFiles` uses: the concurrency asked for, but never more than
 * there are chunks of work, and 1 when the worker module is not there.
 */
export declare function threadCount(fileCount: number, concurrency: number, workerUrl?: URL): number;
/**
 * Lint `files` (absolute, or relative to `cwd`) with `settings`: the linted files
 * in the same order. Throws what `createLinter` throws for bad settings, and a
 * `LintFileError` when linting a file throws or a worker thread fails; every
 * worker is stopped before it returns or throws.
 */
export declare function lintFiles(files: string[], settings: LintSettings, cwd: string, options: LintFilesOptions): Promise<VFile[]>;
/**
 * Where the chunks of `files` start (and `files.length` last): each holds at least
 * `chunkSize` files, then runs on to the end of its package folder (the folder
 * above the file's folder: a suite's `orchestration/` and `testdata/` and the plans
 * beside them), at most `maxChunkSize` files.
 */
export declare function chunkStarts(files: string[]): number[];
