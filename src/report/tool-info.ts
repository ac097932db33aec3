import packageJson from '../../package.json' with { type: 'json' };

/** How the tool names itself in SARIF, JSON and comments. The version is the package's, fixed at build time. */
export const TOOL_NAME = 'repro-audit';
export const TOOL_VERSION: string = packageJson.version;
export const TOOL_INFORMATION_URI = 'https://github.com/repro-audit/repro-audit';
