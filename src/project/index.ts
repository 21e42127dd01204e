export { listProjectFiles, MAX_FILE_BYTES, TEST_FILE_GLOBS } from './list-files.js';
export type { ListOptions, ProjectFile, ProjectListing } from './list-files.js';
export { createDependencyLookup } from './packages.js';
export type { DependencyLookup } from './packages.js';
export { createGlobMatcher, toGlobRegExp } from './glob.js';
export { isInShard, parseShard } from './shard.js';
export type { Shard } from './shard.js';
