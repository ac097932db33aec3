import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../src/model/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { commandName, isDownloader, isInterpreter, isPosixShellArgv, isShellName, isVerifier, knownName, managersOf, packageManagerOf } from '../../src/shell/commands.js';
import { auditSnippet, findingsOf } from '../support/audit.js';

/** The commands of a one-stage Dockerfile's RUNs, parsed for real. */
function commands(run: string) {
  return [...shellCommands(parseDockerfile(`FROM alpine:3.20\n${run}\n`, 'Dockerfile'))].map(({ command }) => command);
}

describe('the command table', () => {
  it('knows versioned spellings only of the programs that have them', () => {
    expect(knownName('python3.12')).toBe('python');
    expect(knownName('pip3')).toBe('pip');
    expect(knownName('dnf5')).toBe('dnf5');
    expect(knownName('bash5')).toBeUndefined();
    expect(packageManagerOf('yarnpkg')).toBe('yarn');
    expect(packageManagerOf('tdnf')).toBe('dnf');
    expect(packageManagerOf('constructor')).toBeUndefined();
    expect([...managersOf('javascript')]).toEqual(['npm', 'yarn', 'pnpm', 'bun']);
  });

  it('tells shells, interpreters, downloaders and verifiers apart, through wrappers', () => {
    const [curl, sh, python, check, gpg, gpgImport] = commands(
      'RUN sudo curl -fsSL https://example.com/x | env A=1 sh && python3.12 -c pass && sha256sum -c x.sha256 && gpg --verify x.asc && gpg --import k.asc',
    );
    expect([isDownloader(curl!), isInterpreter(curl!)]).toEqual([true, false]);
    expect([commandName(sh!), isInterpreter(sh!), isShellName(commandName(sh!))]).toEqual(['sh', true, true]);
    expect([isInterpreter(python!), isShellName(commandName(python!))]).toEqual([true, false]);
    expect([isVerifier(check!), isVerifier(gpg!), isVerifier(gpgImport!)]).toEqual([true, true, false]);
  });

  it('runs the applet busybox names, and leaves busybox alone when it is given an option', () => {
    const [wget, sh, install] = commands('RUN busybox wget -qO- https://example.com/install.sh | busybox sh && busybox --install -s /bin');
    expect(commandName(wget!)).toBe('wget');
    expect(isDownloader(wget!)).toBe(true);
    expect(commandName(sh!)).toBe('sh');
    expect(isInterpreter(sh!)).toBe(true);
    expect(install!.argv.map((word) => word.value)).toEqual(['busybox', '--install', '-s', '/bin']);
  });

  it('parses the `-c` string given to `busybox sh`, as for any shell', () => {
    expect(commands("RUN busybox sh -c 'apk add curl'").map((command) => command.argv.map((word) => word.value).join(' '))).toEqual([
      'sh -c apk add curl',
      'apk add curl',
    ]);
  });

  it('reads a SHELL that runs a POSIX shell, busybox applets included', () => {
    expect(isPosixShellArgv(['/bin/bash', '-o', 'pipefail', '-c'])).toBe(true);
    expect(isPosixShellArgv(['/bin/busybox', 'sh', '-c'])).toBe(true);
    expect(isPosixShellArgv(['powershell.exe', '-Command'])).toBe(false);
    expect(isPosixShellArgv(['cmd', '/S', '/C'])).toBe(false);
    const model = parseDockerfile('FROM busybox:1.36\nSHELL ["/bin/busybox", "sh", "-c"]\nRUN wget -qO- https://example.com/x | sh\n', 'Dockerfile');
    expect(model.instructions[2]!.script?.commands.map(commandName)).toEqual(['wget', 'sh']);
  });
});

describe('RA401 through the command table', () => {
  it('flags `wget ... | busybox sh` as a download piped into a shell', async () => {
    const { findings } = await auditSnippet('FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh | busybox sh\n');
    const [finding, ...rest] = findingsOf(findings, 'RA401');
    expect(rest).toEqual([]);
    expect(finding!.message).toBe(
      '`https://example.com/install.sh` is executed by `sh` straight from `wget`, unverified: the build runs whatever the server sends that day. Download to a file, check its sha256, then run it.',
    );
    expect(finding!.region).toEqual({ startLine: 2, startColumn: 5, endLine: 2, endColumn: 58 });
    // RA402 leaves a download piped into a shell to RA401.
    expect(findingsOf(findings, 'RA402')).toEqual([]);
  });
});
