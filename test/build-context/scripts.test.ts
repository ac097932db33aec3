import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSnippet } from '../support/audit.js';
import { runBundledCli } from '../support/bundle.js';
import { contextWith, ruleFindings } from '../support/rules.js';

/** `file:line:column` of a finding and of each of its related locations, paths relative to the context. */
function placed(root: string, finding: { file: string; region: { startLine: number; startColumn: number }; related?: { file: string; region: { startLine: number; startColumn: number } }[] }) {
  const at = (file: string, region: { startLine: number; startColumn: number }) => `${path.isAbsolute(file) ? path.relative(root, file) : file}:${region.startLine}:${region.startColumn}`;
  return [at(finding.file, finding.region), ...(finding.related ?? []).map((related) => at(related.file, related.region))];
}

type SarifPlace = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };

describe('scripts of the build context that RUNs run', () => {
  const install = '#!/bin/sh\nset -eu\napt-get update\napt-get install -y curl\n';

  it('are audited with the same rules, each finding on the script line and naming the Dockerfile command that runs it', async () => {
    const files = { 'scripts/install.sh': install };
    const root = contextWith(files);
    const dockerfile = 'FROM debian:bookworm\nCOPY scripts/install.sh /tmp/\nRUN /tmp/install.sh\n';
    const { findings } = await auditSnippet(dockerfile, { contextDir: root });
    const apt = findings.filter((finding) => finding.ruleId === 'RA201');
    expect(apt.map((finding) => placed(root, finding))).toEqual([['scripts/install.sh:4:20', 'Dockerfile:3:5']]);
    expect(apt[0]!.related![0]!.message).toBe('the command that runs this script');
    // The finding belongs to the RUN: a suppression comment above it applies.
    expect(apt[0]!.instruction).toMatchObject({ keyword: 'RUN', startLine: 3 });
    const suppressed = await auditSnippet(dockerfile.replace('RUN /tmp', '# hadolint ignore=DL3008\nRUN /tmp'), { contextDir: root });
    expect(suppressed.findings.filter((finding) => finding.ruleId === 'RA201').map((finding) => Boolean(finding.suppressed))).toEqual([true]);
  });

  it('are found through `bash <file>`, `sh` of a bind mount, `. file`, WORKDIR and `cd`, and a heredoc the Dockerfile copies', async () => {
    const files = { 'setup/a.sh': 'pip install flask\n', 'b.sh': 'pip install httpx\n', 'env/c.sh': 'npm install -g typescript\n' };
    const dockerfile = [
      'FROM python:3.12',
      'WORKDIR /src',
      'COPY . .',
      'RUN bash ./setup/a.sh',
      'RUN --mount=type=bind,source=b.sh,target=/x.sh sh /x.sh',
      'RUN cd env && . ./c.sh',
      'COPY <<EOF /usr/local/bin/d.sh',
      'gem install rails',
      'EOF',
      'RUN sh /usr/local/bin/d.sh',
      '',
    ].join('\n');
    const root = contextWith(files);
    const { findings } = await auditSnippet(dockerfile, { contextDir: root });
    const shown = findings.filter((finding) => ['RA301', 'RA302', 'RA304'].includes(finding.ruleId)).map((finding) => [finding.ruleId, ...placed(root, finding)]);
    expect(shown).toEqual([
      ['RA301', 'setup/a.sh:1:13', 'Dockerfile:4:5'],
      ['RA301', 'b.sh:1:13', 'Dockerfile:5:48'],
      ['RA302', 'env/c.sh:1:16', 'Dockerfile:6:15'],
      // A heredoc's script is part of the Dockerfile: its finding is on the Dockerfile's own line.
      ['RA304', 'Dockerfile:8:13', 'Dockerfile:10:5'],
    ]);
  });

  it('are followed when a script runs another, naming the Dockerfile command at the start of the chain', async () => {
    const files = { 'ci/outer.sh': '#!/usr/bin/env bash\n./inner.sh\n', 'ci/inner.sh': '#!/bin/sh\napk add git\n' };
    const root = contextWith(files);
    const { findings } = await auditSnippet('FROM alpine:3.20\nCOPY ci/ /ci/\nWORKDIR /ci\nRUN ./outer.sh\n', { contextDir: root });
    expect(findings.filter((finding) => finding.ruleId === 'RA202').map((finding) => placed(root, finding))).toEqual([['ci/inner.sh:2:9', 'Dockerfile:4:5']]);
  });

  it('are not read when nothing brought them into the image, when they are not shell, or when only named in a string', async () => {
    const files = { 'install.sh': install, 'tool.py': 'import os\n', 'run': '#!/usr/bin/python3\nprint(1)\n' };
    const uncopied = await ruleFindings('RA201', 'FROM debian:bookworm\nRUN /usr/local/bin/install.sh\n', files);
    expect(uncopied).toEqual([]);
    const notShell = await auditSnippet('FROM python:3.12\nCOPY . /app/\nRUN /app/run && python /app/tool.py && echo /app/install.sh\n', { contextDir: contextWith(files) });
    expect(notShell.errors).toEqual([]);
    expect(notShell.findings.filter((finding) => finding.file !== 'Dockerfile')).toEqual([]);
  });

  it('on Windows, are PowerShell scripts found through `& C:\\path`, `.\\x.ps1`, `-File` (in cmd too), `powershell x.ps1` and `pwsh x.ps1`, in stages built FROM a Windows stage', async () => {
    const files = {
      'scripts/install.ps1': "$ErrorActionPreference = 'Stop'\nInvoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\\tool.zip\nchoco install git -y\n",
      'setup.ps1': 'pip install flask\n',
      'tools/cmd.ps1': 'npm install -g typescript\n',
      'tools/positional.ps1': 'gem install rails\n',
      'linux.ps1': 'Invoke-WebRequest https://example.com/x.tar.gz -OutFile /x.tar.gz\n',
    };
    const root = contextWith(files);
    const dockerfile = [
      '# escape=`',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base',
      'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
      'COPY scripts\\install.ps1 C:\\scripts\\',
      'RUN & C:\\scripts\\install.ps1 -Version 3',
      'FROM base',
      'WORKDIR C:\\app',
      'COPY setup.ps1 .',
      'RUN .\\setup.ps1',
      'SHELL ["cmd", "/S", "/C"]',
      'COPY tools/cmd.ps1 C:/tools/',
      'RUN powershell -NoProfile -ExecutionPolicy Bypass -File C:\\tools\\cmd.ps1 && powershell C:\\tools\\positional.ps1 && powershell Get-Date',
      'FROM ubuntu:24.04',
      'COPY linux.ps1 /opt/',
      'RUN pwsh /opt/linux.ps1',
      '',
    ].join('\n');
    const { findings, errors } = await auditSnippet(dockerfile, { contextDir: root });
    expect(errors).toEqual([]);
    const inScripts = findings.filter((finding) => finding.file !== 'Dockerfile').map((finding) => [finding.ruleId, ...placed(root, finding)]);
    expect(inScripts).toEqual([
      ['RA209', 'scripts/install.ps1:3:15', 'Dockerfile:5:5'],
      ['RA301', 'setup.ps1:1:13', 'Dockerfile:9:5'],
      ['RA302', 'tools/cmd.ps1:1:16', 'Dockerfile:12:5'],
      ['RA304', 'tools/positional.ps1:1:13', 'Dockerfile:12:77'],
      ['RA402', 'scripts/install.ps1:2:24', 'Dockerfile:5:5'],
      ['RA402', 'linux.ps1:1:19', 'Dockerfile:15:5'],
    ]);
  });

  it('through the bundle: a Windows script and a Linux pwsh script in SARIF, each result pointing back at its RUN', () => {
    const root = contextWith({
      'win/Dockerfile': '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY install.ps1 C:\\scripts\\\nRUN powershell -File C:\\scripts\\install.ps1\n',
      'win/install.ps1': 'Invoke-WebRequest https://example.com/a.zip -OutFile C:\\a.zip\n',
      // Nothing in this Dockerfile names PowerShell: the grammar loads when the script is met.
      'linux/Dockerfile': 'FROM ubuntu:24.04\nCOPY run.ps1 /opt/\nRUN /opt/run.ps1\n',
      'linux/run.ps1': '#!/usr/bin/env pwsh\nInvoke-WebRequest https://example.com/b.tgz -OutFile /b.tgz\n',
    });
    const run = runBundledCli(['win/Dockerfile', 'linux/Dockerfile', '--format', 'sarif', '--no-cache'], { cwd: root });
    expect(run.stderr).toBe('');
    const sarif = JSON.parse(run.stdout) as { runs: [{ results: Array<{ ruleId: string; locations: SarifPlace[]; relatedLocations?: SarifPlace[] }> }] };
    const at = (place: SarifPlace) => `${place.physicalLocation.artifactLocation.uri}:${place.physicalLocation.region.startLine}`;
    const inScripts = sarif.runs[0].results.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('.ps1'));
    expect(inScripts.map((result) => [result.ruleId, at(result.locations[0]!), ...(result.relatedLocations ?? []).map(at)]).sort()).toEqual([
      ['RA402', 'linux/run.ps1:2', 'linux/Dockerfile:3'],
      ['RA402', 'win/install.ps1:1', 'win/Dockerfile:4'],
    ]);
  });

  it('stop at a loop and at the bound on scripts per Dockerfile', async () => {
    const files: Record<string, string> = { 'loop.sh': 'sh /s/loop.sh\napt-get install -y jq\n' };
    for (let i = 0; i < 100; i++) files[`many/${i}.sh`] = `apt-get install -y pkg${i}\n`;
    const root = contextWith(files);
    const looped = await ruleFindings('RA201', 'FROM debian:bookworm\nCOPY loop.sh /s/\nRUN sh /s/loop.sh\n', files);
    expect(looped.map((finding) => path.basename(finding.file))).toEqual(['loop.sh']);
    const runs = Array.from({ length: 100 }, (_, i) => `sh /many/${i}.sh`).join(' && ');
    const { findings } = await auditSnippet(`FROM debian:bookworm\nCOPY many/ /many/\nRUN ${runs}\n`, { contextDir: root });
    expect(findings.filter((finding) => finding.ruleId === 'RA201')).toHaveLength(64);
  });
});
