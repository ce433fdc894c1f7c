export interface Entry {
    name: string;
    folder: boolean;
}
export interface SuiteFs {
    /** Entries of a folder (symbolic links count as files); `undefined` when it is not a readable folder. */
    list(dir: string): Entry[] | undefined;
    /** A file's UTF-8 text, at most `maxBytes`; `undefined` when it cannot or may not be read. */
    read(file: string): string | undefined;
}
/** Largest file the model reads (the engine's own limit). */
export declare const maxTextBytes: number;
/**
 * The disk. Reads are bounded (regular files up to 1 MiB, valid UTF-8, no NUL),
 * and a file whose real path leaves `root` (a symbolic link out of the
 * repository) is not read.
 */
export declare function diskFs(root: string | undefined): SuiteFs;
/** Files in memory: absolute path → text (folders are implied by the paths). */
export declare function memoryFs(files: Record<string, string>): SuiteFs;
/** A path's real path (symbolic links resolved), `undefined` when it does not exist. */
export declare function realpath(file: string): string | undefined;
/**
 * Real paths of files, each folder's resolved once while it is kept: a file that
 * is no symbolic link itself costs one `lstat`, where resolving its whole path
 * asks every folder above it again (a run asks for each file it reads).
 */
export declare class RealPaths {
    private readonly folders;
    /** The real path of a folder (absolute), resolved once while it is kept. */
    folder(dir: string): string | undefined;
    /** The real path of `file` (absolute), `undefined` when it does not exist. */
    of(file: string): string | undefined;
}
