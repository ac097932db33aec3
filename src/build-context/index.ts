export type { BuildContextReader } from './reader.js';
export { locateContextFile, presenceInStage, shellDirectoryBefore, type ContextText, type LocatedFile, type Presence } from './locate.js';
export { parseRequirementsFile, readPipRequirements, type FileRequirement, type PipRequirements, type RequirementsEntry, type UnreadableRequirements } from './requirements.js';
export { workdirAt } from './copies.js';
export { contextScriptUnits } from './scripts.js';
export { readPackageLists, type ListedPackage, type UnreadableList } from './package-lists.js';
