// The builds a Dockerfile runs in the image's own stages or in build stages, as derivations the
// final image's config refers to: `cargo install --path`, the Maven jar, postgres' PATH and users.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContextParsers } from '../../src/build-context/index.js';
import { createContextReader } from '../../src/engine/context.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { loadNixify } from '../../src/nix/index.js';
import { evaluateFlakes, parseNixFiles, requireNix } from '../support/nix.js';

const { nixify } = await loadNixify();
const nixMissing = requireNix();
beforeAll(loadContextParsers);

function fixture(dir: string, withContext = true) {
  const file = path.join('fixtures/nix/builds', dir, 'Dockerfile');
  return nixify(parseDockerfile(fs.readFileSync(file, 'utf8'), file), withContext ? createContextReader(path.dirname(file)) : undefined);
}

/** The flake of a Dockerfile with a build context of the given files. */
function inContext(dockerfile: string, files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-builds-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  try {
    return nixify(parseDockerfile(dockerfile, path.join(dir, 'Dockerfile')), createContextReader(dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const FIXTURES = ['rust-cargo-install', 'rust-cargo-install-stage'];

describe('cargo install --path', () => {
  test('in the final stage: a buildRustPackage in contents, Cmd runs its binary named by Cargo.toml', () => {
    const { flake, failures, untranslated } = fixture('rust-cargo-install');
    expect(flake).toContain('stage0Rust = pkgs.rustPlatform.buildRustPackage {');
    expect(flake).toContain('cargoLock.lockFile = ./Cargo.lock;');
    expect(flake).toMatch(/contents = \[[^\]]*stage0Rust/);
    expect(flake).toContain('Cmd = [ "${stage0Rust}/bin/hello-server" "--port" "8080" ];');
    expect(failures).toEqual([]);
    expect(untranslated.map((step) => step.reason).join('\n')).not.toMatch(/cargo/);
  });

  test('without the build context the header says what to check, and Cmd fails the check', () => {
    const { flake, failures } = fixture('rust-cargo-install', false);
    expect(flake).toContain('stage0Rust = pkgs.rustPlatform.buildRustPackage {');
    expect(flake).toMatch(/cargo install --path \. is built by stage0Rust .*Cargo\.toml's \[package\] name or \[\[bin\]\] names, and Cargo\.toml was not read \(the build context was not given\)/);
    expect(failures.map((failure) => failure.subject)).toEqual(['hello-server']);
  });

  test('in a build stage with --root and --path DIR: the copied binary, renamed by COPY, is the derivation\'s', () => {
    const { flake, failures } = fixture('rust-cargo-install-stage');
    expect(flake).toContain('buildAndTestSubdir = "server";');
    expect(flake).toContain('Entrypoint = [ "${buildRust}/bin/api-server" ];');
    expect(failures).toEqual([]);
  });

  test('[[bin]] names, --bin and the install root under CARGO_HOME; names are Nix strings', () => {
    const toml = '[package]\nname = "pkg"\n\n[[bin]]\nname = "tool-${x}"\npath = "src/tool.rs"\n\n[[bin]]\nname = "other"\npath = "src/other.rs"\n';
    const { flake } = inContext('FROM debian:bookworm\nENV CARGO_HOME=/opt/cargo\nCOPY . /src\nWORKDIR /src\nRUN cargo install --path . --bin \'tool-${x}\'\nCMD ["/opt/cargo/bin/tool-${x}"]\n', { 'Cargo.toml': toml });
    expect(flake).toContain('Cmd = [ "${stage0Rust}/bin/tool-\\${x}" ];');
    const bare = inContext('FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["other"]\n', { 'Cargo.toml': toml, 'src/main.rs': 'fn main() {}\n' });
    expect(bare.flake).toContain('Cmd = [ "${stage0Rust}/bin/other" ];');
    expect(bare.failures).toEqual([]);
    // src/main.rs with [[bin]] targets: the package's own binary too.
    const main = inContext('FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["pkg"]\n', { 'Cargo.toml': toml, 'src/main.rs': 'fn main() {}\n' });
    expect(main.failures).toEqual([]);
    const noMain = inContext('FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["pkg"]\n', { 'Cargo.toml': toml });
    expect(noMain.failures.map((failure) => failure.subject)).toEqual(['pkg']);
  });
});

test.skipIf(nixMissing)('the fixtures\' flakes parse and evaluate against the stub nixpkgs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-builds-flakes-'));
  try {
    const files = FIXTURES.map((name) => {
      const file = path.join(dir, `${name}.nix`);
      fs.writeFileSync(file, fixture(name).flake);
      return file;
    });
    expect(parseNixFiles(files)).toEqual([]);
    expect(evaluateFlakes(files)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
