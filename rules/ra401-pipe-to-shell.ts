import { code, commandName, contains, defineRule, downloaderName, downloadUrls, isDownloader, isInterpreter, nixForDownload, shellCommands, urlText } from '../src/rules/kit.js';

export default defineRule({
  id: 'RA401',
  shell: true,
  name: 'pipe-to-shell',
  summary: 'Script downloaded and executed in one step (curl | sh)',
  severity: 'error',
  tags: ['download', 'supply-chain', 'curl'],
  precision: 'very-high',
  docs: {
    why: [
      '`curl -fsSL https://example.com/install.sh | sh` runs whatever the server returns at build time, unread',
      'and unverified. Installer scripts change without notice and usually install "the latest" of something',
      'themselves, so the image differs from build to build, and a compromised server owns the build.',
      'The same holds for `sh -c "$(curl ...)"` and `bash <(curl ...)`, and in PowerShell for `irm URL | iex` and',
      '`iex ((New-Object Net.WebClient).DownloadString(URL))` (Chocolatey\'s and Scoop\'s usual installers).',
    ].join(' '),
    failing: 'FROM debian:bookworm\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n',
    passing: [
      'FROM debian:bookworm',
      'RUN curl -fsSLo /tmp/setup.sh https://deb.nodesource.com/setup_20.x \\',
      ' && echo "6b5d8e2e8c4a0a3f27e5c4f5d3b6c1e0a9f8e7d6c5b4a39281706f5e4d3c2b1a  /tmp/setup.sh" | sha256sum -c - \\',
      ' && bash /tmp/setup.sh',
      '',
    ].join('\n'),
    fix: 'Download the script to a file, verify it against a checksum you recorded (`sha256sum -c`), then run it; better, install the tool it installs from a pinned package or release archive with a checksum.',
    nix: 'Installers are replaced by the nixpkgs package (`pkgs.nodejs_20`, `pkgs.rustup`, ...); anything else is fetched with `pkgs.fetchurl { url = ...; hash = "sha256-..."; }`, which fails the build if the bytes change.',
  },
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!isInterpreter(command)) continue;
      // `curl ... | sh`: a downloader earlier in the same pipeline feeds this interpreter.
      const piped = command.pipeline.slice(0, command.pipelineIndex).find(isDownloader);
      // `sh -c "$(curl ...)"`, `bash <(curl ...)`, PowerShell's `iex ((New-Object Net.WebClient).DownloadString(u))`:
      // a download in its arguments.
      const substituted = piped
        ? undefined
        : unit.script.commands.find((other) => other.inSubstitution && isDownloader(other) && contains(command, other));
      const downloader = piped ?? substituted;
      if (!downloader) continue;
      const url = downloadUrls(downloader)[0];
      const start = Math.min(downloader.span.start, command.span.start);
      const end = Math.max(downloader.span.end, command.span.end);
      report({
        region: unit.positions.regionOf({ start, end }),
        instruction,
        unit,
        message: `${url ? code(urlText(url)) : 'A download'} is executed by \`${commandName(command)}\` straight from \`${downloaderName(downloader)}\`, unverified: the build runs whatever the server sends that day. Download to a file, check its sha256, then run it.`,
        nix: nixForDownload(url ? urlText(url) : undefined, commandName(command)),
      });
    }
  },
});
