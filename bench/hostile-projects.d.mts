// Types for the plain-ESM hostile project generators, so tests under src/ can import them.
/** [relative POSIX path, content] pairs. */
export declare function wrapperChainSources(count: number): Array<[string, string]>;
export declare function recursionRingSources(count: number): Array<[string, string]>;
