/**
 * The rebuild harness as a library: build one Dockerfile twice under controlled variations, compare
 * the images, blame each difference on an instruction. Commands live in src/cli (rebuild, compare).
 */
export { rebuild, type RebuildOptions, type RebuildOutcome } from './rebuild.js';
export { AXES, AXIS_INFO, isAxis, unsupportedAxes, type Axis, type BuilderKind } from './variation/axes.js';
export { checkCpuBuilderRequirements } from './cpu/requirements.js';
export { EnvironmentError, RebuildInputError } from './errors.js';
export { DockerfileError } from './dockerfile/instrument.js';
export { InterruptedError } from './run/cleanup.js';
export { createProgress, type Progress } from './run/progress.js';
export { compareManifests, compareRecords, type FleetComparison, type RecordGroup } from './attribution/index.js';
export { ImageArchiveError, manifestText } from './image/index.js';
