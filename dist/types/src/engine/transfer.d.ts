/**
 * Lint results across threads: a worker sends each linted file as plain data
 * (what the reporters read of it), and the main thread rebuilds a real `VFile`
 * with real `VFileMessage`s, made the way the engine and the rules make them, so
 * that every reporter gets the same objects whichever thread linted the file.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Dependency } from './record.js';
type Place = VFileMessage['place'];
/** The related location of a cross-file finding (a message's `cause`). */
export interface TransferredCause {
    /** Absolute path of the other file. */
    file: string;
    reason: string;
    place: Place;
}
export interface TransferredMessage {
    reason: string;
    line: number | undefined;
    column: number | undefined;
    place: Place;
    ruleId: string | undefined;
    source: string | undefined;
    url: string | undefined;
    fatal: boolean | null | undefined;
    /** The replacement for the message's range, when it has one (a quick fix, `--fix`). */
    expected?: string[];
    cause?: TransferredCause;
}
export interface TransferredFile {
    /** Absolute path. */
    path: string;
    messages: TransferredMessage[];
    /** What the findings depend on outside the file, when its linter recorded it (`--cache`). */
    dependencies?: Dependency[];
}
/** A linted file as plain, structured-clone-safe data. */
export declare function toTransfer(file: VFile): TransferredFile;
/** Rebuild the `VFile` a worker linted, as the engine would have returned it. */
export declare function fromTransfer(data: TransferredFile, cwd: string): VFile;
export {};
