export { attributeDiff, type AttributionOptions } from './findings.js';
export { RULE_OF_CLASS, DIFFERENCE_CLASSES, type DifferenceClass } from './rules.js';
export { cpuDiffers, type ProbePair } from './classify.js';
export { stepsOfTarget, type BuildStep, type TargetSteps } from './steps.js';
export { compareImageArchives, compareIndexes, compareManifests, type Comparison, type CompareArchivesOptions, type CompareIndexesOptions } from './compare.js';
export { compareRecords, type FleetComparison, type RecordGroup, type RecordedBuild } from './fleet.js';
