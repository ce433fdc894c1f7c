import type { Point } from 'unist';
import { VFileMessage } from 'vfile-message';
/** Where a finding about a whole file lands: its first line. */
export declare const start: Point;
/**
 * A related location: the other file a finding concerns, carried as the
 * message's `cause` so reporters can point at both.
 */
export declare function related(dirOrSuite: string | {
    dir: string;
}, name: string, reason: string, place?: Point): VFileMessage;
