import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, type CliIO } from '../../src/cli/index.js';
import { tempDir } from '../support/temp.js';

/** `repro-audit nixify` on the shared command layer: the audit's Dockerfile reader, -o through the safe writer. */
describe('repro-audit nixify (the command)', () => {
  async function nixify(args: string[], files: Record<string, string | Buffer>) {
    const cwd = tempDir('nixify-cli');
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(cwd, name), content);
    const out = { stdout: '', stderr: '' };
    const io: CliIO = { stdout: (text) => void (out.stdout += text), stderr: (text) => void (out.stderr += text), cwd, env: {}, stdoutIsTTY: false };
    return { code: await run(['nixify', ...args], io), ...out, cwd };
  }

  test('writes the flake with -o and lists untranslated steps on stderr', async () => {
    const { code, stderr, cwd } = await nixify(['Dockerfile', '-o', 'flake.nix'], { Dockerfile: 'FROM golang:1.26\nRUN go install example.com/tool@v1\n' });
    expect(code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'flake.nix'), 'utf8')).toContain('pkgs.go_1_26');
    expect(stderr).toContain('wrote flake.nix\n');
    expect(stderr).toContain('line 2: no indexed nixpkgs attribute for go package(s) example.com/tool');
  });

  test('prints to stdout without -o, and with -o -', async () => {
    const files = { Dockerfile: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n' };
    for (const args of [['Dockerfile'], ['Dockerfile', '-o', '-']]) {
      const { code, stdout } = await nixify(args, files);
      expect(code).toBe(0);
      expect(stdout).toContain('pkgs.dockerTools.buildLayeredImage');
    }
  });

  test('Cargo.toml is read with the TOML parser, loaded when a cargo install --path needs it', async () => {
    const files = { Dockerfile: 'FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["hello"]\n', 'Cargo.toml': '[package]\nname = "hello"\nversion = "0.1.0"\n' };
    const { code, stdout, stderr } = await nixify(['Dockerfile'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('Cmd = [ "${stage0Rust}/bin/hello" ];');
    expect(stderr).not.toMatch(/could not translate|Cargo\.toml/);
  });

  test("the Dockerfile's directory is the build context: a copied script's shebang is read there", async () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nCOPY run.sh /run.sh\nENTRYPOINT ["/run.sh"]\n', 'run.sh': '#!/bin/sh\nexec "$@"\n' };
    const { code, stdout, stderr } = await nixify(['Dockerfile'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('pkgs.dockerTools.binSh');
    expect(stdout).toContain('#   Dockerfile:2  /run.sh starts with #!/bin/sh: added pkgs.dockerTools.binSh');
    expect(stderr).toBe('');
  });

  test('--build-arg values reach the model, as in every command that reads a Dockerfile', async () => {
    const files = { Dockerfile: 'ARG GO=1.22\nFROM golang:${GO}\nRUN go build ./...\n' };
    const { stdout } = await nixify(['Dockerfile', '--build-arg', 'GO=1.26'], files);
    expect(stdout).toContain('pkgs.go_1_26');
  });

  test('bad input: the file and line as every command says them, no stack trace', async () => {
    const binary = await nixify(['binary'], { binary: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]) });
    expect(binary).toMatchObject({ code: 2, stdout: '', stderr: 'binary:1: binary file (contains NUL bytes), not a Dockerfile\n' });
    const missing = await nixify(['missing'], {});
    expect(missing).toMatchObject({ code: 2, stderr: 'missing: no such file\n' });
    const none = await nixify([], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('repro-audit: no Dockerfile given\nRun `repro-audit nixify --help` for usage.\n');
    for (const result of [binary, missing, none]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
