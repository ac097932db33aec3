/**
 * The Dockerfile model: stages, instructions, image references and variables, each pointing back
 * at exact spans of the text, and the questions rules ask of it. Building a model needs
 * the Dockerfile reader and the shell grammar, so the parser loads on demand (`loadDockerfileParser()`);
 * the rest of the model is free to import.
 */
export type * from './types.js';
export type { ParseOptions } from './parse.js';
export { DOCKER_HUB, isFullSha256Digest, isWindowsImage, parseImageName } from './image-name.js';
export { expandVariables } from './variables.js';
export { createPositionMapper } from './positions.js';
export { imagePinProblem, type ImagePinProblem } from './image-pin.js';
export {
  argumentsSource,
  argumentsText,
  findStage,
  instructionLocation,
  instructionRef,
  instructionText,
  instructionsWithTriggers,
  onbuildOf,
  regionOfWords,
  runUnits,
  shellCommands,
  variablesOf,
  stageChain,
  stageLabel,
} from './queries.js';

export function loadDockerfileParser(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}
