export const DEFAULT_SOURCE_DIR: string;
export const OUTPUT_DIR: string;
/** The generated files of src/nix/data/, as { fileName: content }. */
export function generateNixData(sourceDir?: string): Record<string, string>;
