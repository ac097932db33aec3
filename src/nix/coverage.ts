/**
 * How much of a set of Dockerfiles the Nix bridge can express in nixpkgs attributes: the share of
 * package installs that map to an indexed attribute, and of base images whose runtime maps.
 */
import { compareText } from '../findings/index.js';
import { loadDockerfileParser, type DockerfileModel } from '../model/index.js';
import { loadPowerShellGrammar, managersOf, packageOperations } from '../shell/index.js';
import { mapImage, type ImageMapping } from './images.js';
import { mapPackage, splitPackageNames } from './mapping.js';
import { formatNixifyCoverage, measureNixify, type NixifyCoverage } from './nixify-coverage.js';

// A batch over many files: the PowerShell grammar (Windows RUNs) is loaded once, up front.
const { parseDockerfile } = await loadDockerfileParser();
await loadPowerShellGrammar();

export interface ManagerCoverage {
  /** Package names installed (one per occurrence). */
  installs: number;
  /** Mapped to an indexed attribute. */
  mapped: number;
  /** Not needed in a Nix image (apt plumbing, meta-packages); counted as covered. */
  notNeeded: number;
  /** Unmapped names with their occurrence counts. */
  unmapped: Map<string, number>;
  /** Words that are not package names (partly unresolved variables, shell artefacts); not counted. */
  skipped: number;
}

export interface NixCoverage {
  files: number;
  /** Keyed by manager; npm/yarn/pnpm/bun globals are keyed `npm -g` etc., project installs are left out. */
  packages: Map<string, ManagerCoverage>;
  images: Map<ImageMapping['kind'], number>;
  /** Files that could not be read or parsed, with the reason. */
  errors: { file: string; message: string }[];
  /** The generated flakes against the check pass. */
  nixify: NixifyCoverage;
}

const PACKAGE_NAME = /^[@a-z0-9][a-z0-9+._/@:-]*[a-z0-9+]$|^[a-z0-9]$/i;
const JS_MANAGERS = managersOf('javascript');

export function measureNixCoverage(files: { file: string; text: string }[]): NixCoverage {
  const coverage: NixCoverage = { files: files.length, packages: new Map(), images: new Map(), errors: [], nixify: measureNixify([]) };
  const models: DockerfileModel[] = [];
  for (const { file, text } of files) {
    try {
      const model = parseDockerfile(text, file);
      models.push(model);
      for (const stage of model.stages) {
        if (stage.image.kind === 'stage') continue;
        const kind = mapImage(stage.image.name, stage.image.raw).kind;
        coverage.images.set(kind, (coverage.images.get(kind) ?? 0) + 1);
      }
      for (const instruction of model.instructions) {
        const script = instruction.script;
        if (!script) continue;
        for (const operation of packageOperations(script)) {
          if (operation.action !== 'install') continue;
          // Project dependencies of JS package managers are locked by buildNpmPackage, not mapped.
          if (JS_MANAGERS.has(operation.manager) && !operation.global) continue;
          const key = JS_MANAGERS.has(operation.manager) ? `${operation.manager} -g` : operation.manager;
          let entry = coverage.packages.get(key);
          if (!entry) coverage.packages.set(key, (entry = { installs: 0, mapped: 0, notNeeded: 0, unmapped: new Map(), skipped: 0 }));
          for (const name of splitPackageNames(operation.packages.map((spec) => spec.name))) {
            if (!PACKAGE_NAME.test(name)) {
              entry.skipped++;
              continue;
            }
            entry.installs++;
            const mapping = mapPackage(operation.manager, name);
            if (mapping.attrs.length > 0) entry.mapped++;
            else if (mapping.how === 'not-needed') entry.notNeeded++;
            else entry.unmapped.set(name, (entry.unmapped.get(name) ?? 0) + 1);
          }
        }
      }
    } catch (error) {
      coverage.errors.push({ file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  coverage.nixify = measureNixify(models);
  return coverage;
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

/** Covered share of installs (mapped or not needed) for the given managers together. */
export function packageShare(coverage: NixCoverage, managers: string[]): { covered: number; installs: number } {
  let covered = 0;
  let installs = 0;
  for (const manager of managers) {
    const entry = coverage.packages.get(manager);
    if (!entry) continue;
    covered += entry.mapped + entry.notNeeded;
    installs += entry.installs;
  }
  return { covered, installs };
}

/** Base images whose runtime (or lack of need for one) maps: runtime, base OS, scratch. */
export function imageShare(coverage: NixCoverage): { mapped: number; linux: number } {
  const count = (kind: ImageMapping['kind']) => coverage.images.get(kind) ?? 0;
  const mapped = count('runtime') + count('base-os') + count('scratch');
  const linux = [...coverage.images.entries()].filter(([kind]) => kind !== 'windows' && kind !== 'unresolved').reduce((sum, [, n]) => sum + n, 0);
  return { mapped, linux };
}

export function formatNixCoverage(coverage: NixCoverage, topUnmapped = 10): string {
  const lines: string[] = [`Nix bridge coverage over ${coverage.files} Dockerfiles`];
  const distro = packageShare(coverage, ['apt', 'apk']);
  lines.push(`apt+apk installs mapped to indexed nixpkgs attributes: ${distro.covered}/${distro.installs} (${percent(distro.covered, distro.installs)})`);
  for (const [manager, entry] of [...coverage.packages.entries()].sort(([a], [b]) => compareText(a, b))) {
    const covered = entry.mapped + entry.notNeeded;
    const top = [...entry.unmapped.entries()]
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .slice(0, topUnmapped)
      .map(([name, n]) => `${name}×${n}`)
      .join(' ');
    lines.push(
      `  ${manager.padEnd(9)} ${String(covered).padStart(5)}/${String(entry.installs).padEnd(5)} ${percent(covered, entry.installs).padStart(6)}` +
        `  (not needed ${entry.notNeeded}; unreadable names skipped ${entry.skipped})${top ? `  top unmapped: ${top}` : ''}`,
    );
  }
  const images = imageShare(coverage);
  lines.push(`Linux base images mapped (runtime, base OS or scratch): ${images.mapped}/${images.linux} (${percent(images.mapped, images.linux)})`);
  lines.push(
    `  ${[...coverage.images.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
  );
  lines.push('(an unmapped name may still be in nixpkgs: the shipped attribute index is incomplete; see src/nix/data/REVISION.md)');
  lines.push(formatNixifyCoverage(coverage.nixify));
  for (const { file, message } of coverage.errors) lines.push(`error: ${file}: ${message}`);
  return lines.join('\n');
}
