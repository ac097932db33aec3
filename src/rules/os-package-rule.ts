import { code, type RuleDocs } from '../findings/index.js';
import { nixOncePerInstall } from '../nix/index.js';
import { readPackageLists } from '../build-context/index.js';
import { instructionLocation } from '../model/index.js';
import { osPackageSpec, writtenName, type PackageManager, type PackageSpec } from '../shell/index.js';
import { packageOperationsOf } from './packages.js';
import { unknownValueNote } from './unknown-values.js';
import { defineRule, type Rule } from './rule.js';
import { repositoryPinOf } from './snapshots.js';

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
    check({ model, units, context, report }) {
      for (const { unit, instruction, operation } of packageOperationsOf(units, managers)) {
        if (operation.action !== 'install') continue;
        const pin = repositoryPinOf(model, unit, operation);
        if (pin?.level === 'snapshot') continue;
        // A release repository pins at the release level only: said in a note.
        const severity = pin ? ('note' as const) : undefined;
        const problem = (subject: string, spec: PackageSpec, name: string, unknown = '') =>
          pin
            ? `${subject} ${whyLoose(spec)}${unknown}, but comes from ${pin.named}, a repository of one release: it stays within ${pin.release ?? 'that release'}, yet security rebuilds replace it in place (the mirror keeps only the newest build of each package, which is also why a per-package pin such as ${code(options.pinExample(name))} breaks the build once the mirror drops that build).`
            : `${subject} ${whyLoose(spec)}${unknown}: each build installs whatever the mirror serves that day. Pin it (${code(options.pinExample(name))}).`;
        const lists = readPackageLists(model, unit, operation, context);
        const listed = lists.listed.flatMap((entry) => {
          const spec = osPackageSpec(operation.manager, entry.word);
          return spec && !spec.exact ? [{ ...entry, spec }] : [];
        });
        const loose = operation.packages.filter((spec) => !spec.exact);
        const nix = nixOncePerInstall(operation.manager, [...loose, ...listed.map(({ spec }) => spec)]);
        const manager = options.managers.length > 1 ? `\`${operation.manager}\` package` : 'Package';
        for (const { spec, file, shown } of listed) {
          report({
            region: spec.word.region,
            file,
            instruction,
            unit,
            severity,
            message: problem(`${manager} ${code(spec.name)} in ${shown}`, spec, spec.name),
            related: [{ file: unit.file, region: operation.subcommand?.region ?? spec.word.region, message: `installed by ${operation.manager}` }],
            nix: nix.of(spec),
          });
        }
        for (const item of lists.unreadable) {
          report({
            region: item.word.region,
            instruction,
            unit,
            severity: 'note',
            message: `The packages listed in ${code(item.written)} could not be checked for pins: ${item.reason}.`,
            ...(item.via ? { related: [instructionLocation(model, item.via, `the ${item.via.keyword} it speaks of`)] } : {}),
          });
        }
        for (const spec of loose) {
          const name = writtenName(spec);
          report({
            region: spec.word.region,
            instruction,
            unit,
            severity,
            message: problem(`${manager} ${code(name)}`, spec, name, unknownValueNote(model, instruction, spec.word)),
            nix: nix.of(spec),
          });
        }
      }
    },
  });
}

function whyLoose(spec: PackageSpec): string {
  return spec.version === undefined ? 'has no version' : `has ${code(spec.version)}, which is not one exact version`;
}
