import { commandName, factsOf, isDownloader, isVerifier, type KeyFetch } from './commands.js';
import { downloadUrls, urlText } from './downloads.js';
import type { ShellCommand, ShellWord } from './types.js';

/**
 * Which file a download writes and which file a check verifies, by name, so a check counts only for
 * the file it checks. Names are compared by their last path part (a RUN often `cd`s between the
 * download and the check), with `${X}` written `$X` so a name held in a variable the audit cannot
 * see still matches itself.
 */

/** The suffix of a checksum or signature file named for the file it verifies (`go.tgz.sha256`, `gosu.asc`). */
const CHECK_SUFFIX = /\.(asc|sig|sign|minisig|gpg|pgp|sha1|sha256|sha512|sha256sum|sha512sum|sha256sums|md5|sum)$/i;

/** A checksum list named for no one file (`SHA256SUMS`, `SHASUMS256.txt`, `checksums.txt`): it may list any file. */
const CHECKSUM_LIST = /(SUMS|checksums?)(\.txt)?$|\.(sha256sums|sha512sums)$/i;

/** Where a saved key or certificate is trusted as it is: apt keyrings, the CA store, rpm's keys. */
const TRUST_STORE = /^\/(etc\/apt\/(keyrings|trusted\.gpg\.d)\/|usr\/share\/keyrings\/|etc\/apt\/trusted\.gpg$|usr\/local\/share\/ca-certificates\/|usr\/share\/ca-certificates\/|etc\/ssl\/certs\/|etc\/pki\/(ca-trust\/source\/anchors|rpm-gpg|tls\/certs)\/|etc\/ca-certificates\/)/;

/** A word's text as the build sees it when known, else as written with its unknown expansions kept. */
function wordText(word: ShellWord): string {
  return word.value ?? word.partial ?? unquoted(word);
}

function unquoted(word: ShellWord): string {
  return word.raw.replace(/^["']|["']$/g, '');
}

/**
 * A word's texts to compare names by: its value and as written (`"$FILE"`), so a name held in a
 * variable matches where one place shows its value and another the variable.
 */
function wordForms(word: ShellWord): string[] {
  return [...new Set([word.value, word.partial, unquoted(word)].filter((text): text is string => text !== undefined))];
}

/** A file name as compared: its last path part, `${X}` as `$X`, without a `*` (binary mode in a sum line) or a grep anchor. */
export function fileKey(text: string): string {
  const name = text.replace(/\$\{(\w+)\}/g, '$$$1').replace(/\\?\$$/, '').split(/[\\/]/).pop() ?? '';
  return name.replace(/^\*/, '');
}

/** The files a download command writes, as written (`-o`, `-O`, `--output`, `wget`'s default name, `> file`, `| tee file`). */
export function downloadedFiles(command: ShellCommand): string[] {
  const name = commandName(command);
  const args = command.argv.slice(1);
  const files: string[] = [];
  let remoteName = name === 'wget';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!.value ?? '';
    const next = args[index + 1];
    if (name === 'curl') {
      if (arg === '--output' || /^-[a-zA-Z]*o$/.test(arg)) {
        if (next) files.push(...wordForms(next));
        index++;
      } else if (arg.startsWith('--output=')) files.push(arg.slice('--output='.length));
      else if (arg === '--remote-name' || arg === '--remote-name-all' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(arg)) remoteName = true;
    } else if (factsOf(command)?.savesWith?.test(arg)) {
      if (next) files.push(...wordForms(next));
      index++;
    } else if (name === 'wget') {
      if (arg === '--output-document' || /^-[a-zA-Z]*O$/.test(arg)) {
        if (next) files.push(...wordForms(next));
        index++;
        remoteName = false;
      } else if (arg.startsWith('--output-document=') || /^-[a-zA-Z]*O./.test(arg)) {
        // `-qO-`, `-O/tmp/x`: the name is attached.
        files.push(arg.startsWith('--') ? arg.slice('--output-document='.length) : arg.slice(arg.indexOf('O') + 1));
        remoteName = false;
      }
    }
  }
  if (command.webClient?.file) files.push(...wordForms(command.webClient.file));
  if (remoteName) files.push(...downloadUrls(command).map((url) => urlText(url).replace(/[?#].*$/, '').split('/').pop() ?? ''));
  for (const redirect of command.redirects) if (/^>>?$|^&>$/.test(redirect.operator) && redirect.target) files.push(...wordForms(redirect.target));
  for (const next of command.pipeline.slice(command.pipelineIndex + 1)) {
    if (commandName(next) === 'tee') files.push(...next.argv.slice(1).flatMap(wordForms).filter((arg) => !arg.startsWith('-')));
  }
  return files.filter((file) => file !== '' && file !== '-' && file !== '/dev/null' && file !== '/dev/stdout');
}

/**
 * The files a check verifies, by key, or `any` when what it checks cannot be told from the script
 * (`sha256sum -c SHA256SUMS` checks the files the list names; a list fed on stdin by a command of
 * no file name). Read from its own operands and from what it is fed: the commands before it in its
 * pipeline (`echo "<sum>  FILE" | sha256sum -c -`, `grep " FILE\$" SHASUMS256.txt | sha256sum -c -`)
 * and here-strings.
 */
export function checkedFiles(command: ShellCommand): ReadonlySet<string> | 'any' {
  const texts = command.argv.slice(1).flatMap(wordForms).filter((text) => text === '-' || !text.startsWith('-'));
  for (const before of command.pipeline.slice(0, command.pipelineIndex)) texts.push(...before.argv.slice(1).flatMap(wordForms));
  for (const redirect of command.redirects) if (redirect.operator.startsWith('<') && redirect.target) texts.push(...wordForms(redirect.target));
  const keys = texts.flatMap((text) => text.split(/\s+/)).map(fileKey).filter((key) => key !== '' && key !== '-');
  if (keys.length === 0 || keys.some((key) => !key.startsWith('$') && CHECKSUM_LIST.test(key.replace(CHECK_SUFFIX, '')))) return 'any';
  // `sha256sum -c /tmp/sums` reads a list of any name (written by `echo ... > /tmp/sums`): it may list any file.
  const args = command.argv.slice(1).map((word) => word.value ?? '');
  const listed = factsOf(command)?.printsSum && args.some((arg) => arg === '--check' || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg));
  if (listed && command.argv.slice(1).map(wordText).some((text) => !text.startsWith('-') && !CHECK_SUFFIX.test(text))) return 'any';
  return new Set(keys.flatMap((key) => [key, key.replace(CHECK_SUFFIX, '')]));
}

/** Whether a check verifies one of the files (by key). */
export function checksAnyOf(command: ShellCommand, keys: ReadonlySet<string>): boolean {
  const checked = checkedFiles(command);
  // `tool.sha256` is named for `tool.tgz` too.
  return checked === 'any' || [...keys].some((key) => checked.has(key) || [...checked].some((name) => key.startsWith(`${name}.`)));
}

/** The keys of the files a command names in its operands (not its options), and the program it runs when that is a path. */
export function operandKeys(command: ShellCommand): string[] {
  const program = command.argv[0] && wordText(command.argv[0]);
  const operands = command.argv.slice(1).flatMap(wordForms).filter((text) => !text.startsWith('-'));
  return [...(program?.includes('/') ? [program] : []), ...operands].map(fileKey);
}

/**
 * What a command does with the files (by key) downloaded before it: `verifies` them (a check of one
 * of them), `uses` them (unpacks, installs, runs or trusts one), `renames` them (`mv`/`cp`: the new
 * keys), or nothing.
 */
export function treatment(command: ShellCommand, keys: ReadonlySet<string>): { verifies: true } | { uses: true } | { renames: string[] } | undefined {
  if (isVerifier(command)) return checksAnyOf(command, keys) ? { verifies: true } : undefined;
  if (isDownloader(command)) return undefined;
  const facts = factsOf(command);
  const args = command.argv.slice(1).map((word) => word.value ?? '');
  const named = operandKeys(command).some((key) => keys.has(key));
  if (!named) return undefined;
  if (facts?.copiesFiles) {
    const operands = command.argv.slice(1).map(wordText).filter((text) => !text.startsWith('-'));
    return { renames: operands.slice(-1).map(fileKey) };
  }
  if (facts?.opensFiles || facts?.interpreter || facts?.packageManager || facts?.trustsKeys?.(args)) return { uses: true };
  // Run as a program (`/tmp/install.sh`, `./rustup-init -y`).
  if (command.argv[0] && keys.has(fileKey(wordText(command.argv[0]))) && wordText(command.argv[0]).includes('/')) return { uses: true };
  return undefined;
}

/**
 * Where a downloaded key or certificate becomes trusted, if it does: streamed into `gpg --dearmor`,
 * `gpg --import` or `apt-key add -`, or saved into a keyring or the CA store. Undefined for a key
 * merely saved (it may be a signature, or trusted later: see `trustsKey`).
 */
export function trustedOnArrival(command: ShellCommand): string | undefined {
  for (const next of command.pipeline.slice(command.pipelineIndex + 1)) {
    if (factsOf(next)?.trustsKeys?.(next.argv.slice(1).map((word) => word.value ?? ''))) return trustLabel(next);
  }
  const stored = downloadedFiles(command).find((file) => TRUST_STORE.test(file));
  return stored === undefined ? undefined : `saved to \`${stored}\``;
}

/**
 * The keys a command fetches and trusts in one step, with no file a check could see first: `rpm
 * --import URL`, `apt-key adv --fetch-keys URL`, `gpg --recv-keys` of a short key id. Each with its
 * word and how the command reads in a message (`` `rpm --import` ``).
 */
export function keysFetchedBy(command: ShellCommand): { word: ShellWord; by: KeyFetch['by']; label: string }[] {
  const words = command.argv.slice(1);
  const fetched = factsOf(command)?.fetchesKeys?.(words.map((word) => word.value ?? '')) ?? [];
  return fetched.map(({ index, by, via }) => ({
    word: words[index]!,
    by,
    label: `\`${[commandName(command), words[0]?.value === 'adv' ? 'adv' : undefined, via].filter(Boolean).join(' ')}\``,
  }));
}

/** How a trusting command reads in a message: `` `gpg --dearmor` ``, `` `apt-key add` ``. */
export function trustLabel(command: ShellCommand): string {
  const action = command.argv.slice(1).find((word) => ['add', '--import', '--dearmor', '--enarmor'].includes(word.value ?? ''));
  return `\`${[commandName(command), action?.value].filter(Boolean).join(' ')}\``;
}

/** Whether the command trusts a key file of these keys (`gpg --import KEYS`, `apt-key add key.asc`, `gpg --dearmor key.asc`). */
export function trustsKey(command: ShellCommand, keys: ReadonlySet<string>): boolean {
  return factsOf(command)?.trustsKeys?.(command.argv.slice(1).map((word) => word.value ?? '')) === true && operandKeys(command).some((key) => keys.has(key));
}

/**
 * Whether the command checks the fingerprint of a key file of these keys: `gpg --show-keys KEY` or
 * `gpg --with-fingerprint KEY` whose output is compared (piped on, or in `$(...)`), a checksum of it,
 * or keeps only the key of a full fingerprint (`gpg --export <fingerprint>`).
 */
export function checksFingerprint(command: ShellCommand, keys: ReadonlySet<string>): boolean {
  // A checksum of the key file itself (`echo "<sum>  key.asc" | sha256sum -c -`); a signature check only uses the key.
  if (factsOf(command)?.printsSum && isVerifier(command)) {
    const checked = checkedFiles(command);
    return checked !== 'any' && [...keys].some((key) => checked.has(key));
  }
  const facts = factsOf(command);
  if (facts?.showsFingerprint === undefined) return false;
  // `gpg --export <40-hex fingerprint> > keyring` after importing a KEYS file: only the key of that fingerprint is kept
  // (a fingerprint in a variable, `for key in <fingerprints>`, cannot be read: taken as one).
  if (command.argv.some((word) => word.value === '--export')) {
    return command.argv.slice(1).some((word) => word.value === undefined || /^(0x)?[0-9A-Fa-f]{40}$/.test(word.value));
  }
  if (!facts.showsFingerprint(command.argv.slice(1).map((word) => word.value ?? ''))) return false;
  if (!command.inSubstitution && command.pipelineIndex === command.pipeline.length - 1) return false;
  return [command, ...command.pipeline.slice(0, command.pipelineIndex)].some((named) => operandKeys(named).some((key) => keys.has(key)));
}
