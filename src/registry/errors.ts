/** Why a registry request failed; callers pick messages and exit codes from it. */
export type RegistryErrorKind =
  | 'not-found'
  | 'unauthorized'
  | 'unreachable'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'malformed'
  | 'platform-not-found'
  | 'credentials'
  | 'download';

/** A failure talking to a registry, with a message meant for the user as is (no stack trace needed). */
export class RegistryError extends Error {
  readonly kind: RegistryErrorKind;

  constructor(kind: RegistryErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RegistryError';
    this.kind = kind;
  }
}
