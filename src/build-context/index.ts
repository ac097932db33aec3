export type { BuildContextReader } from './reader.js';
export { locateContextFile, presenceInStage, shellDirectoryBefore, type LocatedFile, type Presence } from './locate.js';
export { parseRequirementsFile, readPipRequirements, type FileRequirement, type PipRequirements, type RequirementsEntry, type UnreadableRequirements } from './requirements.js';
export { workdirAt } from './copies.js';
export { readCondaFiles, type CondaFiles, type CondaFileSpec } from './conda.js';
export { commandsBefore } from './history.js';
export { contextParsers, ContextParsersNeeded, loadContextParsers, type ContextParsers } from './parsers.js';
export { readToolchainFile, type ToolchainFile } from './toolchain-files.js';
