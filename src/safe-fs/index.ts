/**
 * The one reader and the one writer for files repro-audit did not create itself: Dockerfiles,
 * configs, build-context files, reports, fixed files, flakes. Both refuse what is not a regular
 * file instead of following, replacing or truncating it.
 */
export { describeFileKind, describeReadProblem, formatBytes, readRegularFile, type ReadOutcome, type ReadProblem } from './read.js';
export { WriteError, writeFileSafely, type WriteOptions } from './write.js';
