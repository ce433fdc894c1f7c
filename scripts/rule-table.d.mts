export declare const start: string
export declare const end: string
export declare function ruleDocs(): {id: string; summary: string; header: string}[]
export declare function rulePage(doc: {id: string; header: string}): string
export declare function ruleTable(): string
