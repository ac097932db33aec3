/** Reads files from the build context (e.g. `requirements.txt`). Never escapes the context. */
export interface BuildContextReader {
  /** Directory of the context, absolute. */
  readonly root: string;
  /** Text of a file relative to the context, or undefined when missing/unreadable/outside. */
  readText(relativePath: string): string | undefined;
  exists(relativePath: string): boolean;
}
