import type { Reporter } from './types.js';
import { type Place } from './common.js';
/** Where an annotation lands, as GitHub takes it. */
export interface AnnotationRange {
    startLine: number;
    endLine: number;
    /** Only on a one-line range: GitHub refuses columns on a range over several lines. */
    startColumn: number | undefined;
    /** The last column of the range (unist ends are one past it). */
    endColumn: number | undefined;
}
/** A message's place as an annotation's range: the one convention of the CLI's `github` format and the Action. */
export declare function annotationRange(place: Place): AnnotationRange;
/** Escape a workflow command's message (then any other control, visibly). */
export declare function escapeData(value: string): string;
/** Escape a workflow command's property value. */
export declare function escapeProperty(value: string): string;
export declare const github: Reporter;
