import { code, defineFileRule, nixpkgsLockInputs } from '../src/rules/kit.js';

const DAY_MS = 24 * 3600_000;
const DEFAULT_MAX_AGE_DAYS = 30;

export default defineFileRule('flake-lock', {
  id: 'RA605',
  name: 'flake-lock-outdated',
  summary: 'flake.lock pins nixpkgs to a commit older than the allowed age (30 days by default)',
  severity: 'warning',
  tags: ['nix', 'flake', 'lockfile', 'freshness'],
  precision: 'high',
  docs: {
    why: [
      'A lock makes builds reproducible, and an old lock makes them reproducibly old: nixpkgs takes security',
      'fixes every day, and a lock that has not moved for months builds with none of them. Like',
      'DeterminateSystems\' flake-checker, this rule looks at the nixpkgs inputs of the root flake and',
      'reports a locked commit older than the allowed age (`lastModified`, the commit\'s own date). The age is',
      'counted to `SOURCE_DATE_EPOCH` when it is set, else to the time of the audit; set the limit with',
      '`rules: { RA605: { maxAgeDays: 60 } }`.',
    ].join(' '),
    failing: JSON.stringify(
      {
        nodes: {
          nixpkgs: {
            locked: { lastModified: 1672531200, narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', owner: 'NixOS', repo: 'nixpkgs', rev: '0d534853a55b5d02a4ababa1d71921ce8f0aee4c', type: 'github' },
            original: { owner: 'NixOS', ref: 'nixos-22.11', repo: 'nixpkgs', type: 'github' },
          },
          root: { inputs: { nixpkgs: 'nixpkgs' } },
        },
        root: 'root',
        version: 7,
      },
      null,
      2,
    ),
    passing: '{\n  "nodes": {\n    "root": {}\n  },\n  "root": "root",\n  "version": 7\n}\n',
    fix: 'Move nixpkgs forward with `nix flake update nixpkgs` (or DeterminateSystems/update-flake-lock on a schedule), review the diff of flake.lock, and commit it.',
    nix: '`nix flake update` is the one explicit step that moves a flake\'s inputs; everything else stays pinned.',
  },
  check({ document: lock, report, settings, options }) {
    const maxAgeDays = typeof options.maxAgeDays === 'number' && options.maxAgeDays > 0 ? options.maxAgeDays : DEFAULT_MAX_AGE_DAYS;
    for (const { name, node } of nixpkgsLockInputs(lock)) {
      const lastModified = node.locked?.get('lastModified');
      if (typeof lastModified?.value !== 'number') continue;
      const days = Math.floor((settings.now - lastModified.value * 1000) / DAY_MS);
      if (days <= maxAgeDays) continue;
      const date = new Date(lastModified.value * 1000).toISOString().slice(0, 10);
      report({
        region: lock.positions.regionOf(lastModified.span),
        anchor: lock.positions.regionOf(node.keySpan),
        message: `The input ${code(name)} is locked to a nixpkgs commit of ${date}, ${days} days old (more than ${maxAgeDays}): it builds without the fixes since. Run \`nix flake update ${name}\` and commit flake.lock.`,
        nix: { summary: `\`nix flake update ${name}\` moves the lock to the branch's current commit; review and commit flake.lock.` },
      });
    }
  },
});
