/**
 * The one error the image readers throw for bad input (malformed, truncated, foreign or hostile
 * archives and manifests). Its message names the file, and the member inside it where there is one,
 * so callers can print it as is instead of a stack trace.
 */
export class ImageArchiveError extends Error {
  readonly file: string;
  readonly member?: string;

  constructor(file: string, problem: string, member?: string) {
    super(member ? `${file}: ${member}: ${problem}` : `${file}: ${problem}`);
    this.name = 'ImageArchiveError';
    this.file = file;
    this.member = member;
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
