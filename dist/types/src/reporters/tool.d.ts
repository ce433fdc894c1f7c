export declare const toolName: string;
export declare const toolVersion: string;
export declare const informationUri: string;
/** One line per rule, for SARIF's `shortDescription`, plus the engine's own findings. */
export declare const ruleDescriptions: Record<string, string>;
