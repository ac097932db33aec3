import { describe, expect, it } from 'vitest';
import { isWindowsImage, parseImageName } from '../../src/model/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { mapImage } from '../../src/nix/images.js';
import { auditSnippet, findingsOf } from '../support/audit.js';

describe('isWindowsImage', () => {
  it.each([
    'mcr.microsoft.com/windows/servercore:ltsc2022',
    'mcr.microsoft.com/windows/nanoserver:1809',
    'mcr.microsoft.com/windows:1809',
    'microsoft/windowsservercore',
    'golang:1.26-windowsservercore-ltsc2025',
    'mcr.microsoft.com/powershell:lts-nanoserver-1809',
    'mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019@sha256:' + 'a'.repeat(64),
    'mcr.microsoft.com/windows/servercore:"${WINDOWS_VERSION}"',
  ])('%s is a Windows image', (reference) => {
    expect(isWindowsImage(reference)).toBe(true);
    const name = parseImageName(reference);
    if (name) expect(isWindowsImage(name)).toBe(true);
  });

  it.each(['dockcross/windows-static-x64', 'ghcr.io/acme/windows-cross:1.0', 'mingw-windows-builder:latest', 'debian:bookworm', 'node:20-alpine', 'ubuntu:noble', '${BASE}:1809'])(
    '%s is not',
    (reference) => {
      expect(isWindowsImage(reference)).toBe(false);
      const name = parseImageName(reference);
      if (name) expect(isWindowsImage(name)).toBe(false);
    },
  );

  it('is the one answer of the model and of the Nix bridge', () => {
    for (const reference of ['dockcross/windows-static-x64:latest', 'mcr.microsoft.com/windows/servercore:ltsc2022']) {
      const model = parseDockerfile(`FROM ${reference}\nRUN echo\n`, 'Dockerfile');
      const windows = model.stages[0]!.instructions[0]!.shell[0] === 'cmd';
      expect(windows, reference).toBe(isWindowsImage(reference));
      expect(mapImage(parseImageName(reference), reference).kind === 'windows', reference).toBe(windows);
    }
  });
});

describe('shell rules on images named after Windows', () => {
  it('a Linux image whose name contains "windows" keeps its shell rules', async () => {
    const { findings } = await auditSnippet('FROM dockcross/windows-static-x64:latest\nRUN curl -fsSL https://example.com/install.sh | sh && apt-get install -y curl\n');
    expect(findingsOf(findings, 'RA401')).toHaveLength(1);
    expect(findingsOf(findings, 'RA201')).toHaveLength(1);
  });

  it('a Windows image runs RUN in cmd: its simple commands (pip, npm, curl) are read, with no bash syntax errors', async () => {
    const { findings, errors } = await auditSnippet('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN python -m pip install setuptools && if exist C:\\x (echo yes)\nRUN npm install -g left-pad\n');
    expect(errors).toEqual([]);
    expect(findingsOf(findings, 'RA301')).toHaveLength(1);
    expect(findingsOf(findings, 'RA302')).toHaveLength(1);
  });
});
