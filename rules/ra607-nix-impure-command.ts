import { code, commandName, defineRule, regionOfWords, shellCommands, type ShellWord } from '../src/rules/kit.js';

/** Programs that evaluate flakes and take `--impure`. */
const FLAKE_TOOLS = new Set(['nix', 'nixos-rebuild', 'home-manager', 'darwin-rebuild', 'nix-fast-build', 'nom']);

export default defineRule({
  id: 'RA607',
  shell: true,
  name: 'nix-impure-command',
  summary: 'Nix run impurely: `--impure`, or packages from the machine\'s channels (`nix-shell -p`, `nix-env -i`)',
  severity: 'warning',
  tags: ['nix', 'impure', 'channel'],
  precision: 'high',
  docs: {
    why: [
      'A flake is evaluated in pure mode: only its locked inputs count. `--impure` turns that off, so',
      '`builtins.getEnv`, `<nixpkgs>` and unhashed fetches work again and the result depends on the machine',
      'and the day. `nix-shell -p`, `nix-env -i` and `nix-channel --update` take packages from the',
      'channels of the machine that runs them (`NIX_PATH`), which differ between machines and move on every',
      'update.',
    ].join(' '),
    failing: 'FROM nixos/nix:2.24.9@sha256:2c8b3d5c8e5f5ad0ac6e7b4ad6f8a4f6c93df5bb9c39a8b8b6cfd9f0ee6e3d5c\nRUN nix build --impure .#default\n',
    passing: 'FROM nixos/nix:2.24.9@sha256:2c8b3d5c8e5f5ad0ac6e7b4ad6f8a4f6c93df5bb9c39a8b8b6cfd9f0ee6e3d5c\nRUN nix build .#default\n',
    fix: 'Drop `--impure` and pass what the expression read from the environment as a flake input or an attribute; install packages from a flake (`nix shell nixpkgs#hello` with nixpkgs pinned in flake.lock, or `nix profile install .#tools`).',
    nix: 'Pure evaluation is the default of flakes: everything the build sees is an input in flake.lock.',
  },
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      const name = commandName(command);
      const args = command.argv.slice(1);
      const flagged = (word: ShellWord, message: string) => report({ region: regionOfWords(unit, word), instruction, unit, message, nix: { summary: 'Evaluate purely: every input of the build is locked in flake.lock.' } });
      if (name && FLAKE_TOOLS.has(name)) {
        const impure = args.find((word) => word.value === '--impure');
        if (impure) flagged(impure, `${code(`${name} ... --impure`)} evaluates with the machine's environment, NIX_PATH and unhashed fetches allowed: the result depends on where and when it runs. Remove \`--impure\` and pass those values as flake inputs.`);
        continue;
      }
      const option = (pattern: RegExp) => args.find((word) => pattern.test(word.value ?? ''));
      const packages = name === 'nix-shell' ? option(/^(-p|--packages)$/) : undefined;
      const install = name === 'nix-env' ? option(/^(-i|-iA|--install|-u|--upgrade)$/) : undefined;
      const channel = name === 'nix-channel' ? option(/^(--update|--add)$/) : undefined;
      if (packages) {
        flagged(packages, `${code('nix-shell -p')} takes the packages from the \`<nixpkgs>\` channel of the machine that runs it: another machine, or this one after a channel update, gets other versions. Use a flake input (\`nix shell github:NixOS/nixpkgs/<commit>#pkg\`, or a pinned flake).`);
      } else if (install) {
        flagged(install, `${code(`nix-env ${install.value}`)} installs from the machine's channels, which move with every update. Install from a pinned flake (\`nix profile install .#tools\`).`);
      } else if (channel) {
        flagged(channel, `${code(`nix-channel ${channel.value}`)} points the machine's \`<nixpkgs>\` at whatever the channel serves now: everything built afterwards depends on that day. Pin nixpkgs in a flake's lock instead.`);
      }
    }
  },
});
