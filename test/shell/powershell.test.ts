import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfileText, shellCommands } from '../../src/model/index.js';
import { auditSnippet, findingsOf } from '../support/audit.js';
import { runBundledCli } from '../support/bundle.js';

const WINDOWS = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n';
const POWERSHELL = `${WINDOWS}SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]\n`;

/** Each command of the file's RUNs as its argv's values (`?raw` where the value is not known) and how it is nested. */
async function commandsOf(text: string) {
  const model = await parseDockerfileText(text, 'Dockerfile');
  return [...shellCommands(model)].map(({ command }) => ({
    argv: command.argv.map((word) => word.value ?? `?${word.raw}`),
    nested: command.inSubstitution,
    inString: command.parent !== undefined,
    piped: command.pipeline.length > 1 ? command.pipelineIndex : undefined,
    webClient: command.webClient && { method: command.webClient.method, url: command.webClient.url?.value },
  }));
}

describe('PowerShell RUNs, read with the PowerShell grammar', () => {
  it('reads commands, parameters, quoted and $env: values, through continuations and control flow', async () => {
    const commands = await commandsOf(
      `${POWERSHELL}ENV TOOL_SHA=0123abcd\nRUN Invoke-WebRequest -Uri 'https://example.com/a.zip' -OutFile:C:\\a.zip; \`\n    if ((Get-FileHash C:\\a.zip -Algorithm sha256).Hash -ne $env:TOOL_SHA) { exit 1 }; \`\n    foreach ($p in @('x', 'y')) { pip install "flask==$env:TOOL_SHA" $p }\n`,
    );
    expect(commands.map((command) => command.argv)).toEqual([
      ['Invoke-WebRequest', '-Uri', 'https://example.com/a.zip', '-OutFile', 'C:\\a.zip'],
      ['Get-FileHash', 'C:\\a.zip', '-Algorithm', 'sha256'],
      ['pip', 'install', '?"flask==$env:TOOL_SHA"', '?$p'],
    ]);
  });

  it('makes a WebClient call a download of its own, in a pipeline or in an argument', async () => {
    const commands = await commandsOf(
      `${POWERSHELL}RUN (New-Object Net.WebClient).DownloadString('https://example.com/i.ps1') | iex\nRUN iex ((New-Object System.Net.WebClient).DownloadString("https://example.com/j.ps1"))\n`,
    );
    expect(commands.filter((command) => command.webClient || command.argv[0] === 'iex')).toEqual([
      { argv: [expect.stringContaining('DownloadString')], nested: false, inString: false, piped: 0, webClient: { method: 'DownloadString', url: 'https://example.com/i.ps1' } },
      { argv: ['iex'], nested: false, inString: false, piped: 1, webClient: undefined },
      { argv: ['iex', expect.stringContaining('DownloadString')], nested: false, inString: false, piped: undefined, webClient: undefined },
      { argv: [expect.stringContaining('DownloadString')], nested: true, inString: false, piped: undefined, webClient: { method: 'DownloadString', url: 'https://example.com/j.ps1' } },
    ]);
  });

  it('reads `powershell -Command` strings of cmd RUNs and of POSIX shells as PowerShell', async () => {
    const windows = await commandsOf(`${WINDOWS}RUN powershell -NoProfile -Command "Invoke-WebRequest https://example.com/t.zip -OutFile C:\\t.zip; Expand-Archive C:\\t.zip C:\\t"\n`);
    expect(windows.filter((command) => command.inString).map((command) => command.argv)).toEqual([
      ['Invoke-WebRequest', 'https://example.com/t.zip', '-OutFile', 'C:\\t.zip'],
      ['Expand-Archive', 'C:\\t.zip', 'C:\\t'],
    ]);
    const linux = await commandsOf(`FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nRUN pwsh -c 'Install-Module PSReadLine -Force' && echo done\n`);
    expect(linux.map((command) => [command.argv[0], command.inString])).toEqual([
      ['pwsh', false],
      ['Install-Module', true],
      ['echo', false],
    ]);
  });
});

describe('shell rules over PowerShell', () => {
  it('sees a download checked by Get-FileHash before use, and one that is not', async () => {
    const { findings, errors } = await auditSnippet(
      `${POWERSHELL}RUN Invoke-WebRequest -Uri https://example.com/a.zip -OutFile C:\\a.zip; \`\n    if ((Get-FileHash C:\\a.zip -Algorithm sha256).Hash -ne '0123') { exit 1 }; \`\n    Expand-Archive C:\\a.zip -DestinationPath C:\\a\nRUN Invoke-WebRequest -Uri https://example.com/b.zip -OutFile C:\\b.zip; Expand-Archive C:\\b.zip -DestinationPath C:\\b\n`,
    );
    expect(errors).toEqual([]);
    expect(findingsOf(findings, 'RA402').map((finding) => finding.message)).toEqual([expect.stringContaining('https://example.com/b.zip')]);
  });

  it('reads a cmd RUN’s powershell -Command string: its unverified download is found', async () => {
    const { findings } = await auditSnippet(`${WINDOWS}RUN powershell -Command "Invoke-WebRequest -Uri https://example.com/t.zip -OutFile C:\\t.zip; Expand-Archive C:\\t.zip -DestinationPath C:\\t"\n`);
    expect(findingsOf(findings, 'RA402').map((finding) => [finding.region.startLine, finding.region.startColumn])).toEqual([[3, 49]]);
  });

  it('takes no brace of a script block for a package name', async () => {
    const { findings } = await auditSnippet(`${POWERSHELL}RUN foreach ($p in @('flask', 'requests')) { pip install $p }\nRUN pip install flask\n`);
    expect(findingsOf(findings, 'RA301').map((finding) => finding.message)).toEqual([expect.stringContaining('`flask`')]);
  });

  it('reports a WebClient download executed by iex (RA401), not again as an unverified download', async () => {
    const { findings } = await auditSnippet(`${POWERSHELL}RUN iex ((New-Object System.Net.WebClient).DownloadString('https://chocolatey.org/install.ps1')); choco install git -y\n`);
    expect(findingsOf(findings, 'RA401').map((finding) => finding.message)).toEqual([expect.stringContaining('`https://chocolatey.org/install.ps1` is executed by `iex` straight from `DownloadString`')]);
    expect(findingsOf(findings, 'RA402')).toEqual([]);
    expect(findingsOf(findings, 'RA209')).toHaveLength(1);
  });
});

describe('PowerShell through the bundle (dist/cli.js), the grammar loaded on demand', () => {
  it('audits a Windows Dockerfile and a Windows workflow in one run, next to a Linux one that needs no grammar', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-powershell-'));
    try {
      fs.writeFileSync(path.join(dir, 'Dockerfile'), `${POWERSHELL}RUN Invoke-WebRequest -Uri https://example.com/b.zip -OutFile C:\\b.zip; Expand-Archive C:\\b.zip -DestinationPath C:\\b\n`);
      fs.mkdirSync(path.join(dir, 'linux'));
      fs.writeFileSync(path.join(dir, 'linux', 'Dockerfile'), 'FROM debian:bookworm\nRUN curl -fsSL https://example.com/i.sh | sh\n');
      fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\njobs:\n  win:\n    runs-on: windows-latest\n    steps:\n      - run: iex ((New-Object System.Net.WebClient).DownloadString(\'https://example.com/setup.ps1\'))\n');
      const run = runBundledCli(['.', '--format', 'json', '--no-cache'], { cwd: dir, env: { REPRO_AUDIT_CACHE_DIR: path.join(dir, '.cache') } });
      expect(run.stderr).toBe('');
      const findings = (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; file: string; message: string }> }).findings;
      const shown = findings.filter((finding) => finding.ruleId.startsWith('RA40')).map((finding) => `${finding.ruleId} ${path.relative(dir, path.resolve(dir, finding.file))}`).sort();
      expect(shown).toEqual(['RA401 .github/workflows/ci.yml', 'RA401 linux/Dockerfile', 'RA402 Dockerfile']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
