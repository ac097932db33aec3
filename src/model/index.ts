/**
 * The Dockerfile model: stages, instructions, image references and variables, each pointing back
 * at exact spans of the text, and the questions rules ask of it. Building a model needs
 * the Dockerfile reader and the shell grammar, so the parser loads on demand (`loadDockerfileParser()`);
 * the rest of the model is free to import.
 */
export type * from './types.js';
import { loadPowerShellGrammar, PowerShellGrammarNeeded } from '../shell/index.js';
import type { ParseOptions } from './parse.js';
import type { DockerfileModel } from './types.js';

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

/**
 * `parseDockerfile` for a command that reads one file now and then, with every RUN's script read:
 * the PowerShell grammar (only Windows RUNs and `powershell -Command` strings need it) is loaded
 * when the file turns out to need it, then the file read again. The audit engine does the same over
 * many files at once (`auditFilesOnce`).
 */
export async function parseDockerfileText(text: string, file: string, options: ParseOptions = {}): Promise<DockerfileModel> {
  const { parseDockerfile } = await loadDockerfileParser();
  const parse = () => {
    const model = parseDockerfile(text, file, options);
    // Scripts are read on first use: read them now, while a missing grammar can still be loaded.
    for (const instruction of model.instructions) void instruction.script;
    return model;
  };
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof PowerShellGrammarNeeded)) throw error;
    await loadPowerShellGrammar();
    return parse();
  }
}
