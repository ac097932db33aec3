import { code, defineFileRule, nixBuiltinName, nixText, nixWalk } from '../src/rules/kit.js';

/** What each impure builtin reads, and the pure way to get the same. */
const IMPURE = new Map<string, { reads: string; pure: string; snippet: string }>(Object.entries({
  currentTime: {
    reads: 'the clock of the evaluating machine: every evaluation differs',
    pure: 'use a fixed date: the source\'s own time (`self.lastModified` in a flake) or `SOURCE_DATE_EPOCH`',
    snippet: 'outputs = { self, nixpkgs }: {\n  # seconds since the epoch of the locked commit: the same on every machine\n  buildDate = self.lastModified;\n};',
  },
  currentSystem: {
    reads: 'the platform of the evaluating machine: an ARM laptop and an x86 CI runner evaluate different derivations',
    pure: 'take `system` as an argument; a flake gives one output per system',
    snippet: 'outputs = { self, nixpkgs }:\n  let forAllSystems = nixpkgs.lib.genAttrs [ "x86_64-linux" "aarch64-linux" ];\n  in { packages = forAllSystems (system: { default = nixpkgs.legacyPackages.${system}.hello; }); };',
  },
  getEnv: {
    reads: 'an environment variable of the evaluating shell: builds differ with whoever runs them (and pure evaluation reads "")',
    pure: 'pass the value as an argument (`--argstr`) or a flake input',
    snippet: '{ version ? "1.2.3" }:  # nix-build --argstr version 1.2.4\n# not: version = builtins.getEnv "VERSION";',
  },
  storePath: {
    reads: 'a store path that must already exist on the evaluating machine: it is not fetched or checked anywhere else',
    pure: 'fetch the source with a fetcher and its hash, or make it a flake input',
    snippet: 'src = builtins.fetchTarball { url = "https://example.org/src-1.2.3.tar.gz"; sha256 = "<hash>"; };',
  },
}));

export default defineFileRule('nix', {
  id: 'RA603',
  name: 'nix-impure-builtin',
  summary: 'Nix file reads the evaluating machine (`builtins.currentTime`, `currentSystem`, `getEnv`, `storePath`)',
  severity: 'warning',
  tags: ['nix', 'impure', 'evaluation'],
  precision: 'very-high',
  docs: {
    why: [
      'A Nix expression is reproducible because its result depends only on its inputs. `builtins.currentTime`,',
      '`builtins.currentSystem`, `builtins.getEnv` and `builtins.storePath` read the machine that evaluates it',
      'instead: the clock, its platform, the shell\'s environment, its store. The same file then evaluates to',
      'different derivations on different machines and days, and pure evaluation (flakes,',
      '`--pure-eval`) refuses them.',
    ].join(' '),
    failing: '{ system ? builtins.currentSystem }:\nlet version = builtins.getEnv "VERSION";\nin { inherit system version; }\n',
    passing: '{ system, version ? "1.2.3" }:\n{ inherit system version; }\n',
    fix: 'Make the value an argument (`{ system }:`, `--argstr version 1.2.3`) or, in a flake, derive it from the inputs (`self.lastModified`, one output per system).',
    nix: 'Flakes evaluate in pure mode, where these builtins are refused: every input is named and locked.',
  },
  check({ document: nix, report }) {
    for (const node of nixWalk(nix.root)) {
      if (node.type !== 'select_expression' && node.type !== 'variable_expression') continue;
      const builtin = nixBuiltinName(nix, node);
      const impure = builtin === undefined ? undefined : IMPURE.get(builtin);
      if (!impure) continue;
      report({
        region: nix.positions.regionOf(node.span),
        message: `${code(nixText(nix, node))} reads ${impure.reads}. Instead, ${impure.pure}.`,
        nix: { summary: `${impure.pure[0]!.toUpperCase()}${impure.pure.slice(1)}.`, snippet: impure.snippet },
      });
    }
  },
});
