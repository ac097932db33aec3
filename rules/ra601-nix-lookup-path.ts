import { code, defineFileRule, nixBuiltinName, nixText, nixWalk } from '../src/rules/kit.js';

const PURE_NIXPKGS = [
  '# flake.nix: nixpkgs is an input, and flake.lock pins it (commit and narHash)',
  '{',
  '  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";',
  '  outputs = { self, nixpkgs }: { /* nixpkgs.legacyPackages.x86_64-linux.hello */ };',
  '}',
  '',
  '# without flakes: a tarball of one commit, checked against its hash',
  'pkgs = import (builtins.fetchTarball {',
  '  url = "https://github.com/NixOS/nixpkgs/archive/<commit>.tar.gz";',
  '  sha256 = "<nix-prefetch-url --unpack of that URL>";',
  '}) { };',
].join('\n');

export default defineFileRule('nix', {
  id: 'RA601',
  name: 'nix-lookup-path',
  summary: 'Nix file reads a lookup path (`<nixpkgs>`, NIX_PATH): whatever channel the machine has today',
  severity: 'warning',
  tags: ['nix', 'nixpkgs', 'channel'],
  precision: 'very-high',
  docs: {
    why: [
      '`<nixpkgs>` is not a version: Nix looks the name up in `NIX_PATH`, which points at the channel the',
      'evaluating machine last downloaded. The classic `{ pkgs ? import <nixpkgs> {} }:` of `shell.nix` and',
      '`default.nix` therefore builds against a different nixpkgs on a colleague\'s laptop, on CI, and on',
      'this machine after `nix-channel --update`. `builtins.nixPath` and `builtins.findFile` read the same',
      'search path. Pure evaluation (flakes) refuses all of them.',
    ].join(' '),
    failing: '{ pkgs ? import <nixpkgs> { } }:\npkgs.mkShell { packages = [ pkgs.hello ]; }\n',
    passing: [
      '{ pkgs ? import (builtins.fetchTarball {',
      '    url = "https://github.com/NixOS/nixpkgs/archive/0d534853a55b5d02a4ababa1d71921ce8f0aee4c.tar.gz";',
      '    sha256 = "1g6cc4wq1d1fmvl8w8g8vv9lllyb0f0ffbmxa1i4f7bfvfpf8lll";',
      '  }) { } }:',
      'pkgs.mkShell { packages = [ pkgs.hello ]; }',
      '',
    ].join('\n'),
    fix: 'Take nixpkgs as a flake input (`flake.lock` records its commit and `narHash`), or import a tarball of one commit with its `sha256`; pass the package set to the other files instead of having each look it up.',
    nix: 'This is the Nix way already; `<nixpkgs>` is the one part of it that is not pinned. A flake input is.',
  },
  check({ document: nix, report }) {
    for (const node of nixWalk(nix.root)) {
      if (node.type === 'spath_expression') {
        const name = nixText(nix, node).slice(1, -1);
        const entry = name.split('/')[0]!;
        report({
          region: nix.positions.regionOf(node.span),
          message: `${code(nixText(nix, node))} is looked up in \`NIX_PATH\`: it is whatever ${entry === 'nixpkgs' ? 'nixpkgs channel' : `\`${entry}\` entry`} the evaluating machine has today, so other machines build against something else. Take it as a flake input, or import a tarball of one commit with its \`sha256\`.`,
          nix: { summary: `Pin ${entry} instead of looking it up: a flake input (locked by flake.lock), or \`fetchTarball\` of one commit with its \`sha256\`.`, snippet: PURE_NIXPKGS },
        });
      } else if ((node.type === 'select_expression' || node.type === 'variable_expression') && ['nixPath', 'findFile'].includes(nixBuiltinName(nix, node) ?? '')) {
        report({
          region: nix.positions.regionOf(node.span),
          message: `${code(nixText(nix, node))} reads \`NIX_PATH\`, the search path of the machine that evaluates this file; what it finds differs between machines. Pass what you need as an argument or a flake input.`,
          nix: { summary: 'Pass the sources as flake inputs (locked by flake.lock) instead of searching NIX_PATH.', snippet: PURE_NIXPKGS },
        });
      }
    }
  },
});
