import type { ShellCommand, ShellWord } from './types.js';

/** Files that verify other downloads (signatures, checksums, keys) need no checksum themselves. */
const VERIFICATION_INPUT = /\.(asc|sig|sign|minisig|gpg|pgp|sha1|sha256|sha512|sha256sum|sha512sum|md5|sum|pub|pem|crt|key)$|\/(KEYS|gpg|gpgkey)$|\/pks\/lookup$|SHA256SUMS|SHA512SUMS|checksums?\.txt$/i;

/** The URLs a download command fetches (literal or partly known words that look like URLs). */
export function downloadUrls(command: ShellCommand): ShellWord[] {
  const call = webClientCall(command);
  if (call) return call.url ? [call.url] : [];
  return command.argv.slice(1).filter((word) => /^(https?|ftp):\/\//i.test(word.value ?? word.raw.replace(/^["']/, '')));
}

/** A URL word's text: its value when known, else as written without its quotes. */
export function urlText(word: ShellWord): string {
  return word.value ?? word.raw.replace(/^["']|["']$/g, '');
}

/** Whether a URL names a signature, checksum list or key, which verifies other downloads. */
export function isVerificationInput(url: string): boolean {
  return VERIFICATION_INPUT.test(url.replace(/[?#].*$/, ''));
}

/** True when `inner` lies inside `outer` (e.g. a `$(curl ...)` inside `sh -c "..."`). */
export function contains(outer: ShellCommand, inner: ShellCommand): boolean {
  return outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
}

/** A .NET WebClient download called from PowerShell: its method and the URL it fetches. */
export type WebClientCall = NonNullable<ShellCommand['webClient']>;

/**
 * `(New-Object Net.WebClient).DownloadFile('URL', 'C:\f')`, `$wc.DownloadString("URL")`: the
 * PowerShell reader makes each such call a command of its own (src/shell/powershell.ts). A URL
 * held in a variable (`.DownloadFile($url, ...)`) is a download without a URL.
 */
export function webClientCall(command: ShellCommand): WebClientCall | undefined {
  return command.webClient;
}
