import { code, commandName, defineRule, downloadUrls, isDownloader, isInterpreter, isVerificationInput, isVerifier, nixForDownload, shellCommands, urlText, type ShellCommand } from '../src/rules/kit.js';

/** Whether the download's bytes are kept or passed on (a file, a redirect, a pipe), not just fetched. */
function isUsed(command: ShellCommand): boolean {
  const name = commandName(command);
  const args = command.argv.slice(1).map((word) => word.value ?? '');
  if (args.some((arg) => arg === '--spider' || arg === '-I' || arg === '--head')) return false;
  const next = command.pipeline[command.pipelineIndex + 1];
  if (next && /^out-null$/i.test(commandName(next) ?? '')) return false;
  if (next) return true;
  if (command.redirects.some((redirect) => redirect.operator.startsWith('>') && redirect.target?.value !== '/dev/null')) return true;
  if (name === 'wget' || name === 'aria2c' || name === 'fetch' || /^start-bitstransfer$/i.test(name ?? '')) return true;
  // PowerShell's Invoke-WebRequest keeps what it fetches with -OutFile.
  if (args.some((arg) => /^-outf(ile?)?$/i.test(arg))) return true;
  // curl writes to stdout unless told otherwise.
  return args.some((arg) => /^(-[a-zA-Z]*[oO][a-zA-Z]*|--output|--remote-name|--remote-name-all|--output-dir)$/.test(arg) || arg.startsWith('--output='));
}

export default defineRule({
  id: 'RA402',
  name: 'unverified-download',
  summary: 'File downloaded in RUN and used without a checksum or signature check',
  severity: 'warning',
  tags: ['download', 'supply-chain', 'checksum'],
  precision: 'high',
  docs: {
    why: [
      'A `curl -o` or `wget` in a RUN fetches whatever the server returns at build time. Release files get',
      're-uploaded, mirrors serve stale or tampered copies, and `latest` URLs move. Without a checksum or',
      'signature check (in the same RUN or a later one), nothing tells the build that the bytes changed.',
    ].join(' '),
    failing: 'FROM debian:bookworm\nRUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz\n',
    passing: [
      'FROM debian:bookworm',
      'RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz \\',
      ' && echo "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0  /tmp/go.tgz" | sha256sum -c - \\',
      ' && tar -C /usr/local -xzf /tmp/go.tgz',
      '',
    ].join('\n'),
    fix: 'Record the file\'s sha256 next to its URL (an ARG or ENV) and check it in the same RUN: `echo "$SHA256  file" | sha256sum -c -`, or verify a detached signature with `gpg --verify`. For a single file, `ADD --checksum=sha256:... <url> <dest>` does both. A file of a GitHub repository fetched at a full commit id (`raw.githubusercontent.com/owner/repo/<40-hex commit>/path`) is addressed by git and not flagged; a branch or tag there is.',
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` (or the nixpkgs package, when the download is a known tool): the hash is part of the derivation, so changed bytes fail the build.',
  },
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!isDownloader(command) || !isUsed(command)) continue;
      // In a cmd or PowerShell RUN that bash could not follow, a check may hide where it could not
      // read (`if ((Get-FileHash x).Hash -ne $sha) { exit 1 }`): say nothing rather than guess.
      if (unit.script.dialect && unit.script.errors.length > 0) continue;
      // Piped into an interpreter is RA401's (worse) finding.
      if (command.pipeline.slice(command.pipelineIndex + 1).some(isInterpreter)) continue;
      const urls = downloadUrls(command).filter((word) => !isVerificationInput(urlText(word)) && !isCommitAddressed(urlText(word)));
      if (urls.length === 0) continue;
      // A check later in the same RUN, or in a later RUN (the build fails there if the bytes changed).
      const later = [...shellCommands(units)].filter(({ command: other }) => other.span.start >= command.span.start || other.pipeline === command.pipeline);
      if (later.some(({ command: other }) => isVerifier(other))) continue;
      for (const url of urls) {
        report({
          region: url.region,
          instruction,
          unit,
          message: `${code(urlText(url))} is downloaded by \`${commandName(command)}\` and used without a checksum or signature check in this RUN: if the server's bytes change, the build silently changes too.`,
          nix: nixForDownload(urlText(url)),
        });
      }
    }
  },
});

/**
 * A file of a GitHub repository at a full commit id (`raw.githubusercontent.com/o/r/<40 hex>/path`,
 * `github.com/o/r/raw/<40 hex>/path`): git addresses its bytes by that commit, so they cannot change.
 */
function isCommitAddressed(url: string): boolean {
  return /^https:\/\/(?:raw\.githubusercontent\.com\/[^/]+\/[^/]+\/|github\.com\/[^/]+\/[^/]+\/raw\/)[0-9a-f]{40}\//.test(url);
}
