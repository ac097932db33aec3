import { code, defineFileRule, flakeHubFlake, nixpkgsLockInputs } from '../src/rules/kit.js';

/** Channel branches that are always maintained. */
const ROLLING = new Set(['nixos-unstable', 'nixos-unstable-small', 'nixpkgs-unstable']);
/** Release channel branches: `nixos-24.11`, `nixos-24.11-small`, `nixpkgs-24.11-darwin`. */
const RELEASE = /^(?:nixos-(\d\d)\.(05|11)(?:-small)?|nixpkgs-(\d\d)\.(05|11)-darwin)$/;

/**
 * A release's support window, by NixOS's schedule: YY.05 comes out at the end of May and is
 * maintained until the end of December, YY.11 at the end of November until the end of June.
 */
function supportOf(year: number, month: number): { released: number; endOfLife: number } {
  const full = 2000 + year;
  return month === 5
    ? { released: Date.UTC(full, 4, 31), endOfLife: Date.UTC(full, 11, 31, 23, 59, 59) }
    : { released: Date.UTC(full, 10, 30), endOfLife: Date.UTC(full + 1, 5, 30, 23, 59, 59) };
}

/**
 * The channel a FlakeHub version requirement of NixOS/nixpkgs follows. FlakeHub publishes nixpkgs
 * as release streams, not branches: `0.1` (versions `0.1.N`) is the rolling nixpkgs-unstable
 * channel, which is why flake-checker accepts it; `0.YYMM` (`0.2405.*`) is the release YY.MM.
 * Undefined for another requirement (`*`, the newest stable release, or an unknown shape): the
 * rule cannot name the branch, and does not guess `master`.
 */
function flakeHubChannel(version: string): string | undefined {
  const stream = /^[=~^]?0\.(\d+)(?:\.|$)/.exec(version)?.[1];
  if (stream === '1') return 'nixpkgs-unstable';
  const release = stream === undefined ? undefined : /^(\d\d)(05|11)$/.exec(stream);
  return release ? `nixos-${release[1]}.${release[2]}` : undefined;
}

/** The newest release out at `now`. */
function currentRelease(now: number): string {
  const year = new Date(now).getUTCFullYear() % 100;
  for (const [y, m] of [[year, 11], [year, 5], [year - 1, 11]] as const) {
    if (supportOf(y, m).released <= now) return `nixos-${String(y).padStart(2, '0')}.${m === 5 ? '05' : '11'}`;
  }
  return 'nixos-unstable';
}

export default defineFileRule('flake-lock', {
  id: 'RA606',
  name: 'flake-lock-unsupported-branch',
  summary: 'flake.lock follows a nixpkgs branch that is not a maintained channel (end of life, master, a fork)',
  severity: 'warning',
  tags: ['nix', 'flake', 'lockfile', 'channel'],
  precision: 'high',
  docs: {
    why: [
      'The nixpkgs branches worth locking to are its channels: `nixos-unstable`, `nixpkgs-unstable` and the',
      'releases still maintained (each `YY.05` until December, each `YY.11` until June). Their commits passed',
      'Hydra\'s tests and get security fixes. A release past its end of life gets none; `master` and other',
      'branches are commits nobody tested; a fork is someone else\'s nixpkgs. The lock is still exact, but what',
      'it pins is unmaintained or untested. Like DeterminateSystems\' flake-checker, this rule looks at the',
      'nixpkgs inputs of the root flake. FlakeHub\'s `NixOS/nixpkgs/0.1` is the rolling nixpkgs-unstable',
      'channel and `0.YYMM` the release YY.MM (`0.2405` is `nixos-24.05`).',
    ].join(' '),
    failing: JSON.stringify(
      {
        nodes: {
          nixpkgs: {
            locked: { lastModified: 1701388800, narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', owner: 'NixOS', repo: 'nixpkgs', rev: '0d534853a55b5d02a4ababa1d71921ce8f0aee4c', type: 'github' },
            original: { owner: 'NixOS', ref: 'nixos-23.05', repo: 'nixpkgs', type: 'github' },
          },
          root: { inputs: { nixpkgs: 'nixpkgs' } },
        },
        root: 'root',
        version: 7,
      },
      null,
      2,
    ),
    passing: JSON.stringify(
      {
        nodes: {
          nixpkgs: {
            locked: { lastModified: 1701388800, narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', owner: 'NixOS', repo: 'nixpkgs', rev: '0d534853a55b5d02a4ababa1d71921ce8f0aee4c', type: 'github' },
            original: { owner: 'NixOS', ref: 'nixos-unstable', repo: 'nixpkgs', type: 'github' },
          },
          root: { inputs: { nixpkgs: 'nixpkgs' } },
        },
        root: 'root',
        version: 7,
      },
      null,
      2,
    ),
    fix: 'Point the input at a maintained channel (`github:NixOS/nixpkgs/nixos-24.11` or `nixos-unstable`) and run `nix flake update nixpkgs`.',
    nix: 'Channels are the branches Hydra tests and the security team maintains: lock to one of them.',
  },
  check({ document: lock, report, settings }) {
    for (const { name, node } of nixpkgsLockInputs(lock)) {
      const original = node.original;
      if (!original) continue;
      const url = original.get('url');
      const flakeHub = url ? flakeHubFlake(String(url.value)) : undefined;
      const owner = String(original.get('owner')?.value ?? node.locked?.get('owner')?.value ?? flakeHub?.owner ?? '');
      const ref = original.get('ref') ?? (flakeHub && url ? { value: flakeHubChannel(flakeHub.version), span: url.span } : undefined);
      const where = lock.positions.regionOf(ref?.span ?? node.originalSpan ?? node.keySpan);
      const base = { region: where, anchor: lock.positions.regionOf(node.keySpan) };
      const advice = `a maintained channel (\`${currentRelease(settings.now)}\` or \`nixos-unstable\`)`;
      if (owner && owner.toLowerCase() !== 'nixos') {
        report({ ...base, message: `The input ${code(name)} locks nixpkgs from ${code(owner)}'s fork, not NixOS/nixpkgs: its commits are neither tested by Hydra nor maintained by the NixOS security team. Use ${advice} of NixOS/nixpkgs.`, nix: { summary: 'Lock upstream nixpkgs; carry your changes as an overlay.' } });
        continue;
      }
      if (!ref) {
        if (original.has('rev')) continue;
        report({ ...base, message: `The input ${code(name)} follows nixpkgs' default branch (\`master\`): commits nobody tested yet. Use ${advice}.`, nix: { summary: 'Lock a channel branch; its commits passed Hydra.' } });
        continue;
      }
      if (ref.value === undefined) continue;
      const branch = String(ref.value);
      if (ROLLING.has(branch)) continue;
      const release = RELEASE.exec(branch);
      if (!release) {
        report({ ...base, message: `The input ${code(name)} follows the nixpkgs branch ${code(branch)}, which is not a channel: its commits are not tested as a release. Use ${advice}.`, nix: { summary: 'Lock a channel branch; its commits passed Hydra.' } });
        continue;
      }
      const shown = original.has('ref') || !flakeHub ? code(branch) : `FlakeHub's ${code(`${flakeHub.owner}/${flakeHub.project}/${flakeHub.version}`)} (${code(branch)})`;
      const { endOfLife } = supportOf(Number(release[1] ?? release[3]), Number(release[2] ?? release[4]));
      if (endOfLife >= settings.now) continue;
      report({
        ...base,
        message: `The input ${code(name)} follows ${shown}, which reached its end of life on ${new Date(endOfLife).toISOString().slice(0, 10)}: it gets no security fixes. Move to ${advice}.`,
        nix: { summary: 'Move the input to a maintained release and run `nix flake update`.' },
      });
    }
  },
});
