import type { SuiteModel } from '../suite/model.js';
import type { TraceRow } from '../suite/trace.js';
export type NodeKind = 'preprompt' | 'red' | 'green' | 'foundation' | 'missing' | 'plan' | 'stale' | 'requirement' | 'more';
export interface MapNode {
    id: string;
    kind: NodeKind;
    label: string;
    /** Marked: a finding on its file, or a finding in itself (missing, stale, uncovered). */
    marked: boolean;
}
export interface MapEdge {
    from: string;
    to: string;
    /** A reference (plan entry, requirement) rather than the order of steps. */
    dotted: boolean;
}
export interface SuiteMap {
    /** The folder, relative to the working folder. */
    label: string;
    nodes: MapNode[];
    edges: MapEdge[];
}
export interface MapLimits {
    suites: number;
    steps: number;
    requirements: number;
}
export declare const defaultLimits: MapLimits;
/** Characters of a label shown. */
export declare const maxLabel = 60;
export interface MapInput {
    model: SuiteModel;
    /** Suite folders to draw (absolute). */
    suites: string[];
    /** Shown paths are relative to this folder. */
    cwd: string;
    /** Files with a finding (absolute). */
    flagged: ReadonlySet<string>;
    /** The requirements trace of the suites (`traceInScope`), for uncovered and undefined ones. */
    trace?: TraceRow[];
    limits?: Partial<MapLimits>;
}
export interface Maps {
    maps: SuiteMap[];
    /** Suites not drawn (beyond the limit). */
    more: number;
}
export declare function suiteMaps(input: MapInput): Maps;
/** A label in Mermaid's quotes: anything but letters, digits, space and `_.,:/()-` as an entity code. */
export declare function mermaidLabel(label: string): string;
/** The maps as a Mermaid flowchart (without a code fence). */
export declare function mermaid({ maps, more }: Maps): string;
