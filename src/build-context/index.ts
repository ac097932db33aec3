export type { BuildContextReader } from './reader.js';
export { locateContextFile, presenceInStage, shellDirectoryBefore, type LocatedFile, type Presence } from './locate.js';
export { workdirAt } from './copies.js';
