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
export interface WebClientCall {
  method: string;
  /** The word holding the call (`.DownloadFile`, `$wc.DownloadString`, or an `iex` argument with the whole call). */
  word: ShellWord;
  /** The call's first argument when it is a quoted URL (a word with the call's word's place, its value the URL). */
  url?: ShellWord;
}

const WEB_CLIENT_METHOD = /\.(Download(?:String|File|Data)(?:Async|TaskAsync)?)\s*(\(|$)/i;
const QUOTED_URL = /^\s*\(?\s*(['"])((?:https?|ftp):\/\/[^'"]*)\1/i;

/**
 * `(New-Object Net.WebClient).DownloadFile('URL', 'C:\f')`, `$wc.DownloadString("URL")`,
 * `iex ((New-Object Net.WebClient).DownloadString('URL'))`: a Windows RUN is read with the bash
 * grammar, which splits PowerShell member calls by their parentheses (`(New-Object ...)` becomes a
 * subshell, `.DownloadFile` a command of its own, `((...))` one word). What survives every shape is
 * a word of the command holding `.DownloadString(` (`DownloadFile`, `DownloadData`, their `Async`
 * forms), with the call's arguments in that word or the next. Only the words are read, never the
 * RUN's text. Limits: a URL held in a variable (`.DownloadFile($url, ...)`) is a download without a
 * URL; a WebClient kept under another name and called in ways bash turns into something else
 * (`$wc.'DownloadFile'(...)`, a script block) is not seen.
 */
export function webClientCall(command: ShellCommand): WebClientCall | undefined {
  const words = command.words;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const match = WEB_CLIENT_METHOD.exec(word.raw);
    if (!match) continue;
    // `.DownloadFile` alone: the arguments are the next word, `('URL', 'C:\f')`.
    const argsWord = match[2] === '(' ? word : words[index + 1];
    const args = argsWord ? (argsWord === word ? word.raw.slice(match.index + match[0].length - 1) : argsWord.raw) : '';
    const url = QUOTED_URL.exec(args)?.[2];
    return { method: match[1]!, word, url: url !== undefined && argsWord ? { ...argsWord, raw: url, value: url } : undefined };
  }
  return undefined;
}
