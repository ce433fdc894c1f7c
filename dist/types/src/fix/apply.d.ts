import type { FixPlan } from './plan.js';
/** What the applier does to the disk. */
export interface FixFs {
    readFileSync(file: string): Buffer;
    writeFileSync(file: string, data: string | Buffer, options: {
        flag: 'wx';
        mode?: number;
    }): void;
    renameSync(from: string, to: string): void;
    linkSync(existing: string, created: string): void;
    unlinkSync(file: string): void;
    lstatSync(file: string): {
        mode: number;
        ino: number;
        dev: number;
    };
}
export declare const diskFixFs: FixFs;
export interface Applied {
    /** Files renamed, in the plan's order. */
    renamed: Array<{
        from: string;
        to: string;
    }>;
    /** Files whose text changed, by their final names. */
    edited: string[];
    /** Put every file back as it was before the plan. */
    undo(): void;
}
/** Thrown when a plan could not be applied; the disk is as it was unless `restored` is false. */
export declare class ApplyError extends Error {
    readonly restored: boolean;
    name: string;
    constructor(message: string, restored: boolean, options?: ErrorOptions);
}
/** Apply a plan atomically. Throws `ApplyError`. */
export declare function applyPlan(plan: FixPlan, fs?: FixFs): Applied;
