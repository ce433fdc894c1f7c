import type { Heading, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
export interface Section {
    /** Heading text, trimmed. */
    text: string;
    depth: number;
    node: Heading;
    /** Content nodes under the heading, up to the next heading of the same or a higher level. */
    content: RootContent[];
    /** No content but headings and comments before the next heading of the same or a higher level. */
    empty: boolean;
}
export interface Outline {
    title: Heading | undefined;
    sections: Section[];
}
/** The title (a first heading of depth 1) and the sections below it; computed once per tree. */
export declare function outline(tree: Root): Outline;
export interface Link {
    url: string;
    /** Absolute path of the target for a relative link to a file, else `undefined`. */
    target: string | undefined;
    position: Position | undefined;
}
/** Links and link definitions, with relative file targets resolved against `dir`; computed once per tree. */
export declare function links(tree: Root, dir: string): Link[];
/** The absolute file a relative link points at, or `undefined` for urls, anchors and absolute paths. */
export declare function linkTarget(url: string, dir: string): string | undefined;
