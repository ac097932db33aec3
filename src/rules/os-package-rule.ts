import { code, type RuleDocs } from '../findings/index.js';
import { nixOncePerInstall } from '../nix/index.js';
import type { PackageManager } from '../shell/index.js';
import { packageOperationsOf } from './packages.js';
import { defineRule, type Rule } from './rule.js';

/** What differs between the OS package rules (RA201-RA204): their metadata, managers and pin syntax. */
export interface OsPackageRuleOptions {
  id: string;
  name: string;
  summary: string;
  managers: PackageManager[];
  hadolint: string[];
  tags: string[];
  docs: RuleDocs;
  /** How to write an exact pin for this manager, e.g. `curl=8.5.0-2` (shown in messages). */
  pinExample: (name: string) => string;
}

/**
 * apt, apk, dnf/yum and zypper rules share one check: every requested package must name one exact
 * version; globs, ranges and release selectors are not pins. Only the manager-specific parts differ.
 */
export function unpinnedOsPackageRule(options: OsPackageRuleOptions): Rule {
  const managers = new Set(options.managers);
  return defineRule({
    id: options.id,
    shell: true,
    name: options.name,
    summary: options.summary,
    severity: 'warning',
    tags: options.tags,
    precision: 'high',
    hadolint: options.hadolint,
    docs: options.docs,
    check({ units, report }) {
      for (const { unit, instruction, operation } of packageOperationsOf(units, managers)) {
        if (operation.action !== 'install') continue;
        const loose = operation.packages.filter((spec) => !spec.exact);
        if (loose.length === 0) continue;
        const nix = nixOncePerInstall(operation.manager, loose);
        for (const spec of loose) {
          const why = spec.version === undefined ? 'has no version' : `has ${code(spec.version)}, which is not one exact version`;
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${options.managers.length > 1 ? `\`${operation.manager}\` package` : 'Package'} ${code(spec.name)} ${why}: each build installs whatever the mirror serves that day. Pin it (${code(options.pinExample(spec.name))}).`,
            nix: nix.of(spec),
          });
        }
      }
    },
  });
}
