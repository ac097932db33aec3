export { diffImages } from './diff-images.js';
export type { Aspect, ConfigDifference, ImageDiff, PathDifference } from './types.js';
export { maskBuilderStamps, type BuildWindow, type MaskedStamps } from './builder-stamps.js';
