/** Run `command` with the signals held; the first stopping signal that arrived meanwhile, if any. */
export declare function holdSignals<T>(command: () => T | Promise<T>): Promise<{
    value: T;
    signal: NodeJS.Signals | undefined;
}>;
/** The exit code of a run stopped by `signal` (128+n). */
export declare function signalExitCode(signal: NodeJS.Signals): number;
/** The line that reports a held signal. */
export declare function heldSignalLine(signal: NodeJS.Signals): string;
