/** The commands (entry: main.ts, bundled into dist/cli.js); `run` is what main.ts and tests call. */
export { run } from './run.js';
export { EXIT, UsageError, type CliIO } from './io.js';
