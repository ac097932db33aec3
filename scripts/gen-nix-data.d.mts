export const DEFAULT_SOURCE_DIR: string;
export const OUTPUT_DIR: string;
/** scripts/nix-data/by-name-confirmed.tsv: pkgs/by-name packages confirmed one by one. */
export const BY_NAME_CONFIRMED: string;
/** The generated files of src/nix/data/, as { fileName: content }. */
export function generateNixData(sourceDir?: string, confirmedFile?: string): Record<string, string>;
