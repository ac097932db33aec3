import { programName, type ShellCommand, type ShellWord } from '../../shell/index.js';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'aria2c']);
/** Programs that execute what they read on stdin (or from a `-c "$(...)"` argument). */
export const INTERPRETERS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php', 'pwsh', 'powershell', 'iex']);

/** Files that verify other downloads (signatures, checksums, keys) need no checksum themselves. */
const VERIFICATION_INPUT = /\.(asc|sig|sign|minisig|gpg|pgp|sha1|sha256|sha512|sha256sum|sha512sum|md5|sum|pub|pem|crt|key)$|\/(KEYS|gpg|gpgkey)$|\/pks\/lookup$|SHA256SUMS|SHA512SUMS|checksums?\.txt$/i;

export function commandName(command: ShellCommand): string | undefined {
  return programName(command.argv[0]);
}

export function isDownloader(command: ShellCommand): boolean {
  const name = commandName(command);
  return name !== undefined && DOWNLOADERS.has(name);
}

export function isInterpreter(command: ShellCommand): boolean {
  const name = commandName(command)?.replace(/[0-9.]+$/, (suffix) => (suffix.startsWith('.') ? '' : suffix));
  return name !== undefined && (INTERPRETERS.has(name) || /^python[0-9.]*$/.test(name));
}

/** The URLs a download command fetches (literal or partly known words that look like URLs). */
export function downloadUrls(command: ShellCommand): ShellWord[] {
  return command.argv.slice(1).filter((word) => /^(https?|ftp):\/\//i.test(word.value ?? word.raw.replace(/^["']/, '')));
}

export function urlText(word: ShellWord): string {
  return word.value ?? word.raw.replace(/^["']|["']$/g, '');
}

export function isVerificationInput(url: string): boolean {
  return VERIFICATION_INPUT.test(url.replace(/[?#].*$/, ''));
}

/** True when `inner` lies inside `outer` (e.g. a `$(curl ...)` inside `sh -c "..."`). */
export function contains(outer: ShellCommand, inner: ShellCommand): boolean {
  return outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
}
