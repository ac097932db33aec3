/** A problem with the machine or engine, not with the user's build: exit code 2. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/** The request cannot be carried out as given (unreadable Dockerfile, context not a directory, ...). */
export class RebuildInputError extends Error {
  override name = 'RebuildInputError';
}
