import {
  checksFingerprint,
  code,
  commandName,
  contains,
  defineRule,
  downloadedFiles,
  downloaderName,
  downloadUrls,
  fileKey,
  isDownloader,
  isInterpreter,
  isVerificationInput,
  isVerifier,
  keysFetchedBy,
  nixForDownload,
  operandKeys,
  shellCommands,
  treatment,
  trustedOnArrival,
  trustLabel,
  trustsKey,
  urlText,
  webClientCall,
  type ShellCommand,
} from '../src/rules/kit.js';

/** Whether the download's bytes are kept or passed on (a file, a redirect, a pipe), not just fetched. */
function isUsed(command: ShellCommand): boolean {
  const name = commandName(command);
  const args = command.argv.slice(1).map((word) => word.value ?? '');
  // PowerShell's WebClient: `DownloadFile` writes a file, and `DownloadString`'s string is what the call is for.
  if (webClientCall(command)) return true;
  if (args.some((arg) => arg === '--spider' || arg === '-I' || arg === '--head')) return false;
  // `V=$(curl -fsSL https://dl.k8s.io/release/stable.txt)`: what it prints becomes part of the build.
  if (command.inSubstitution) return true;
  const next = command.pipeline[command.pipelineIndex + 1];
  if (next && /^out-null$/i.test(commandName(next) ?? '')) return false;
  if (next) return true;
  if (command.redirects.some((redirect) => redirect.operator.startsWith('>') && redirect.target?.value !== '/dev/null')) return true;
  if (name === 'wget' || name === 'aria2c' || name === 'fetch' || /^start-bitstransfer$/i.test(name ?? '')) return true;
  // Saved to a file it names (PowerShell's `Invoke-WebRequest -OutFile`, WebClient's `DownloadFile`).
  if (downloadedFiles(command).length > 0) return true;
  // curl writes to stdout unless told otherwise.
  return args.some((arg) => /^(-[a-zA-Z]*[oO][a-zA-Z]*|--output|--remote-name|--remote-name-all|--output-dir)$/.test(arg) || arg.startsWith('--output='));
}

export default defineRule({
  id: 'RA402',
  shell: true,
  name: 'unverified-download',
  summary: 'File downloaded in RUN and used without a checksum or signature check',
  severity: 'warning',
  tags: ['download', 'supply-chain', 'checksum'],
  precision: 'high',
  docs: {
    why: [
      'A `curl -o`, a `wget` or (in PowerShell) `Invoke-WebRequest -OutFile` and `(New-Object Net.WebClient).DownloadFile(...)` in a RUN fetches whatever the server returns at build time. Release files get',
      're-uploaded, mirrors serve stale or tampered copies, and `latest` URLs move. Without a checksum or',
      'signature check (in the same RUN or a later one), nothing tells the build that the bytes changed.',
      'A check counts only for the file it checks (by name: the `-o`/`-O` target, `wget`\'s default name, a variable',
      'holding it, renamed by `mv`/`cp`) and only before the file is unpacked, installed or run. A signing key or',
      'CA certificate fetched the same way is worse: trusted without a fingerprint check (`curl ... | gpg --dearmor`,',
      '`apt-key add`, saved to a keyring or the CA store), it lets whoever serves it choose what the build accepts.',
      'Tools that fetch a key themselves trust it the same way (`rpm --import https://...`, `apt-key adv',
      '--fetch-keys https://...`, `gpg --fetch-keys`), and so does asking a key server for a key id of 8 or 16 hex',
      'digits (`--recv-keys ACCC4CF8`): keys with the same short id are easy to make.',
    ].join(' '),
    failing: 'FROM debian:bookworm\nRUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz\n',
    passing: [
      'FROM debian:bookworm',
      'RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz \\',
      ' && echo "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0  /tmp/go.tgz" | sha256sum -c - \\',
      ' && tar -C /usr/local -xzf /tmp/go.tgz',
      '',
    ].join('\n'),
    fix: 'Record the file\'s sha256 next to its URL (an ARG or ENV) and check it in the same RUN: `echo "$SHA256  file" | sha256sum -c -`, or verify a detached signature with `gpg --verify`. For a single file, `ADD --checksum=sha256:... <url> <dest>` does both. A checksum counts when it checks: `sha256sum -c`, or a printed sum that is compared (`[ "$(sha256sum f | cut -d\' \' -f1)" = "$SHA" ]`); a bare `sha256sum f` only prints, and `curl ... | tar x` uses the bytes before any check. A version read at build time (`$(curl .../stable.txt)`, `releases/latest`) moves with each release: put it in an ARG. The check must name the downloaded file: `echo "<sum>  other.tgz" | sha256sum -c -` does not verify `tool.tgz`, nor does a check after `tar` unpacked it. For a signing key or certificate, compare its fingerprint before trusting it (`gpg --show-keys --with-colons key.asc | grep -q "^fpr:::::::::$FINGERPRINT:"`), check its sha256 like any download, keep only the key of a full fingerprint from a throwaway keyring (`gpg --import KEYS && gpg --export <fingerprint> > keyring`), or fetch it by its full 40-hex fingerprint (`gpg --recv-keys <fingerprint>`, `apt-key adv --recv-keys <fingerprint>`). Instead of `rpm --import <url>`, copy the key into the build context (or download and check it as above) and import the local file; the base image\'s own keys (`rpm --import /etc/pki/rpm-gpg/...`) are not flagged. A file of a GitHub repository fetched at a full commit id (`raw.githubusercontent.com/owner/repo/<40-hex commit>/path`) is addressed by git and not flagged; a branch or tag there is.',
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` (or the nixpkgs package, when the download is a known tool): the hash is part of the derivation, so changed bytes fail the build.',
  },
  check({ units, report }) {
    const commands = [...shellCommands(units)];
    // Spans index each unit's own text, so units are ordered by their place in `units`.
    const placeOf = new Map(units.map((unit, place) => [unit, place]));
    for (const { unit, instruction, command } of commands) {
      for (const { word, by, label } of keysFetchedBy(command)) {
        report({
          region: word.region,
          instruction,
          unit,
          message:
            by === 'url'
              ? `${code(urlText(word))} is a key fetched and trusted by ${label} without a fingerprint check: whoever serves it decides which packages or signatures this build accepts.`
              : `${code(word.value ?? word.raw)} is a key id, not a fingerprint, fetched from a key server by ${label}: a key with the same ${(word.value ?? '').replace(/^0x/i, '').length}-hex id is easy to make, so the build may trust an impostor's key. Ask for the full 40-hex fingerprint.`,
          ...(by === 'url' ? { nix: nixForDownload(urlText(word)) } : {}),
        });
      }
      if (!isDownloader(command) || !isUsed(command)) continue;
      // In a cmd or PowerShell RUN that bash could not follow, a check may hide where it could not
      // read (`if ((Get-FileHash x).Hash -ne $sha) { exit 1 }`): say nothing rather than guess.
      if (unit.script.dialect && unit.script.errors.length > 0) continue;
      // Piped into an interpreter, or run as its code (`sh -c "$(curl ...)"`), is RA401's (worse) finding.
      if (command.pipeline.slice(command.pipelineIndex + 1).some(isInterpreter)) continue;
      if (command.inSubstitution && unit.script.commands.some((other) => isInterpreter(other) && contains(other, command))) continue;
      const fetched = downloadUrls(command).filter((word) => !isCommitAddressed(urlText(word)));
      // What runs after the download: later in the same RUN or step, or in a later one (the build fails
      // there if the bytes changed).
      const position = placeOf.get(unit)!;
      const later = commands
        .filter(({ unit: other, command: otherCommand }) => {
          const place = placeOf.get(other)!;
          return place > position || (place === position && (otherCommand.span.start >= command.span.start || otherCommand.pipeline === command.pipeline));
        })
        .map((entry) => entry.command)
        .filter((other) => other !== command);
      const here = unit.instruction ? 'RUN' : 'step';
      const trusted = trustedWithoutFingerprint(command, later);
      if (trusted) {
        for (const url of fetched) {
          report({
            region: url.region,
            instruction,
            unit,
            message: `${code(urlText(url))} is a key or certificate downloaded by \`${downloaderName(command)}\` and trusted (${trusted}) without a fingerprint check: whoever serves it decides which packages or signatures this build accepts.`,
            nix: nixForDownload(urlText(url)),
          });
        }
        continue;
      }
      const urls = fetched.filter((word) => !isVerificationInput(urlText(word)));
      if (urls.length === 0) continue;
      // Streamed into another program (`curl ... | tar x`), the bytes are used before anything could check them.
      const streamed = command.pipeline.slice(command.pipelineIndex + 1).some((next) => !isVerifier(next) && commandName(next) !== 'tee');
      const how = command.inSubstitution
        ? later.some(isVerifier) ? undefined : `and its output used as a value in this ${here} (a version pointer such as \`stable.txt\` or \`releases/latest\` moves with each release)`
        : streamed
          ? `and streamed into \`${commandName(command.pipeline[command.pipelineIndex + 1]!)}\` before any check could see it`
          : unverifiedUse(command, later, here);
      if (how === undefined) continue;
      for (const url of urls) {
        report({
          region: url.region,
          instruction,
          unit,
          message: `${code(urlText(url))} is downloaded by \`${downloaderName(command)}\` ${how}: if the server's bytes change, the build silently changes too.`,
          nix: nixForDownload(urlText(url)),
        });
      }
    }
  },
});

/**
 * How a saved download goes unchecked, or undefined when a check of that very file (by name, through
 * `mv`/`cp` too) comes before anything uses it. A download whose file name cannot be told is
 * checked by any later check, as the script cannot say otherwise.
 */
function unverifiedUse(command: ShellCommand, later: readonly ShellCommand[], here: string): string | undefined {
  const files = new Set(downloadedFiles(command).map(fileKey));
  const checks = later.filter(isVerifier);
  const unchecked = `and used without a checksum or signature check in this ${here}${checks.length > 0 && files.size > 0 ? ' (the checks that follow verify other files)' : ''}`;
  if (files.size === 0) return checks.length > 0 ? undefined : unchecked;
  for (const other of later) {
    const done = treatment(other, files);
    if (done === undefined) continue;
    if ('verifies' in done) return undefined;
    if ('uses' in done) {
      const checkedLater = checks.some((check) => check.span.start > other.span.start && treatment(check, files) !== undefined);
      return checkedLater ? `and used by \`${commandName(other)}\` before it is checked` : unchecked;
    }
    for (const renamed of done.renames) files.add(renamed);
  }
  return unchecked;
}

/**
 * How a downloaded key or certificate becomes trusted (streamed into `gpg --dearmor`, saved to a
 * keyring, imported later), when no fingerprint check of it (`gpg --show-keys KEY | grep FPR`, a
 * checksum of the key file) follows; undefined otherwise.
 */
function trustedWithoutFingerprint(command: ShellCommand, later: readonly ShellCommand[]): string | undefined {
  const keys = new Set(downloadedFiles(command).map(fileKey));
  // What the pipeline makes of the key (`| gpg --dearmor -o /usr/share/keyrings/x.gpg`).
  for (const next of command.pipeline.slice(command.pipelineIndex + 1)) {
    for (const key of operandKeys(next)) keys.add(key);
    for (const redirect of next.redirects) if (redirect.target?.value) keys.add(fileKey(redirect.target.value));
  }
  let how = trustedOnArrival(command);
  for (const other of later) {
    if (command.pipeline.includes(other)) continue;
    if (checksFingerprint(other, keys)) return undefined;
    if (how === undefined && trustsKey(other, keys)) how = trustLabel(other);
  }
  return how;
}

/**
 * A file of a GitHub repository at a full commit id (`raw.githubusercontent.com/o/r/<40 hex>/path`,
 * `github.com/o/r/raw/<40 hex>/path`): git addresses its bytes by that commit, so they cannot change.
 */
function isCommitAddressed(url: string): boolean {
  return /^https:\/\/(?:raw\.githubusercontent\.com\/[^/]+\/[^/]+\/|github\.com\/[^/]+\/[^/]+\/raw\/)[0-9a-f]{40}\//.test(url);
}
