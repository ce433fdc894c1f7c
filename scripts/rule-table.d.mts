export declare const start: string
export declare const end: string
export declare function ruleDocs(): {id: string; summary: string}[]
export declare function ruleTable(): string
