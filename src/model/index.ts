export { parseDockerfile, type ParseOptions } from './parse.js';
export { parseImageName, isFullSha256Digest, DOCKER_HUB } from './image-name.js';
export { expandVariables } from './variables.js';
export type * from './types.js';
export { instructionsWithTriggers, shellCommands } from './queries.js';
