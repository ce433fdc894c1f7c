/** Whether a file name is a preprompt named for its role (`meta-prompt.md`). */
export declare function isRoleName(name: string): boolean;
/** Whether a file name names a preprompt: numbered (`prompt_00_x_preprompt.md`) or by role. */
export declare function isPrepromptName(name: string): boolean;
