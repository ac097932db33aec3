import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { printNix, str } from '../../src/nix/syntax.js';
import { evalNixFile, evaluateFlakes, requireNix } from '../support/nix.js';
import { tempDir } from '../support/temp.js';

const nixMissing = requireNix();

function flakeWith(image: string): string {
  return `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/0000000000000000000000000000000000000000";
  outputs = { self, nixpkgs }:
    let forAllSystems = f: nixpkgs.lib.genAttrs [ "x86_64-linux" ] (system: f nixpkgs.legacyPackages.\${system});
    in {
      packages = forAllSystems (pkgs: { default = ${image}; });
      devShells = forAllSystems (pkgs: { default = pkgs.mkShell { packages = [ pkgs.curl ]; }; });
    };
}
`;
}

describe.skipIf(nixMissing)('the stub nixpkgs rejects what real nixpkgs would', () => {
  const cases: Record<string, string> = {
    good: 'pkgs.dockerTools.buildLayeredImage { name = "x"; contents = [ pkgs.curl ]; config.Cmd = [ "curl" ]; }',
    misspeltAttr: 'pkgs.dockerTools.buildLayeredImage { name = "x"; contents = [ pkgs.curlz ]; }',
    unknownArg: 'pkgs.dockerTools.buildLayeredImage { name = "x"; content = [ pkgs.curl ]; }',
    wrongType: 'pkgs.dockerTools.buildLayeredImage { name = "x"; config.Cmd = "curl"; }',
    unknownConfigKey: 'pkgs.dockerTools.buildLayeredImage { name = "x"; config.Command = [ "curl" ]; }',
    missingName: 'pkgs.dockerTools.buildLayeredImage { contents = [ ]; }',
    unknownPython: '(pkgs.python3.withPackages (ps: [ ps.no-such-module-xyz ]))',
    badHash: 'pkgs.buildGoModule { pname = "x"; version = "1"; src = ./.; vendorHash = "abc"; }',
    badDerivationName: 'pkgs.buildGoModule { pname = "my app"; version = "1"; src = ./.; vendorHash = pkgs.lib.fakeHash; }',
  };
  test('each broken flake fails and the good one evaluates', () => {
    const dir = tempDir('nix-stub');
    const files = Object.entries(cases).map(([name, image]) => {
      const file = path.join(dir, name, 'flake.nix');
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, flakeWith(image));
      return file;
    });
    const failed = evaluateFlakes(files).map((failure) => path.basename(path.dirname(failure.file)));
    expect(failed.sort()).toEqual(Object.keys(cases).filter((name) => name !== 'good').sort());
  });
});

describe.skipIf(nixMissing)('Nix string printing', () => {
  test('any text survives printing: Nix reads back exactly the original string', () => {
    const samples = fc.sample(
      fc.oneof(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '$', '{', '}', "'", '"', '\\', '\t', '\r', 'é', '#', '[') }),
        fc.string({ unit: 'grapheme' }).map((s) => `${s}\n${s}\n`),
        fc.string(),
      ),
      { numRuns: 400, seed: 42 },
    ).filter((value) => !value.includes('\0')); // Nix strings cannot hold NUL at all
    const cases = [...samples, "a''b\n", "x'${y}\n", "''${\n", "'''\n", '  indented\n  both\n', 'a\n  b\n', '${x}\n$${y}\n', "trailing '\n"];
    const dir = tempDir('nix-strings');
    const file = path.join(dir, 'strings.nix');
    fs.writeFileSync(file, `[\n${cases.map((value) => `  (${printNix(str(value), '  ')})`).join('\n')}\n]\n`);
    const printed = JSON.parse(evalNixFile(file)) as string[];
    expect(printed).toEqual(cases);
  });
});
