import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir, NO_FILES_POLICIES, nothingAuditedMessage, runAudit, type AuditOptions, type NoFilesPolicy } from '../engine/index.js';
import { readSourceFromDisk, terminalText } from '../report/index.js';
import { EXIT, fileErrorLine, findingsExit, UsageError, type CliIO } from './io.js';
import {
  AUDIT_INPUT_OPTIONS,
  BUILD_ARG_HELP,
  checkPlatformOption,
  CONFIG_HELP,
  HELP_OPTION,
  MAX_FILE_SIZE_HELP,
  parseAuditInput,
  parseByteSize,
  parseFailOn,
  parseFormat,
  parseNixDetail,
  registryOptionsHelp,
  REPORT_OPTIONS,
  reportOptionsHelp,
} from './options.js';
import { writeReport } from './output.js';

export const LINT_USAGE = `Usage: repro-audit [lint] <paths...> [options]

Audits Dockerfiles for what makes builds non-reproducible, and the files around them: Nix files
and flake.lock, GitHub workflows and action.yml (their run: steps with the same shell rules), and
Compose files. A path is a file, or a directory searched for Dockerfile, Containerfile,
*.Dockerfile, *.Containerfile, Dockerfile.<variant> (not Dockerfile.md, Dockerfile.sh, ...: see the
README), *.nix, flake.lock, .github/workflows/*.yml, action.yml and compose.yaml /
docker-compose*.yml files.

Options:
${reportOptionsHelp('error', true)}
      --no-files <what>     when the paths hold no Dockerfile: error (exit 2), warn (exit 0)
                            or ok (default: error)
${CONFIG_HELP}
      --context <dir>       build context (default: each Dockerfile's directory)
${BUILD_ARG_HELP}
      --rules <module>      load extra rules from a local JS module or directory (repeatable)
      --category <id>       SARIF automationDetails.id (default: repro-audit/lint/)
      --include-suppressed  keep suppressed findings in SARIF, marked with suppressions (left
                            out by default: code scanning would open alerts for them)
${MAX_FILE_SIZE_HELP}
      --resolve-digests     ask each image's registry for its digest now, so unpinned-image
                            findings carry the exact pin (SARIF fixes); network required
${registryOptionsHelp('with --resolve-digests or --fix: ')}
      --fix                 apply fixes (see \`repro-audit fix --help\`); prints a diff unless --write
      --write               with --fix, write the fixed files
      --no-cache            audit every file afresh (results of unchanged files are reused by default)
      --cache-dir <dir>     where results are kept (default: $REPRO_AUDIT_CACHE_DIR, else ~/.cache/repro-audit);
                            at most $REPRO_AUDIT_CACHE_MAX_SIZE of them (default: 256MiB)
      --color / --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage error, a file that cannot be
audited, or (--no-files error) paths that hold no Dockerfile.
`;

export async function runLint(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...REPORT_OPTIONS,
      ...AUDIT_INPUT_OPTIONS,
      context: { type: 'string' },
      rules: { type: 'string', multiple: true },
      category: { type: 'string' },
      'include-suppressed': { type: 'boolean' },
      'no-files': { type: 'string' },
      fix: { type: 'boolean' },
      write: { type: 'boolean' },
      'resolve-digests': { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      'cache-dir': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      ...HELP_OPTION,
    },
  });
  if (values.help) {
    io.stdout(LINT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('no Dockerfile or directory given');
  const format = parseFormat(values.format);
  const failOnFlag = parseFailOn(values['fail-on']);
  const nixFlag = parseNixDetail(values.nix);
  const noFiles = parseNoFiles(values['no-files']);
  if (values.context && !fs.existsSync(path.resolve(io.cwd, values.context))) throw new UsageError(`--context ${values.context}: no such directory`);
  const input = parseAuditInput(values, io.env);
  if (values.fix) return (await import('./fix.js')).runFixCommand({ paths: positionals, write: values.write ?? false, ...input }, io);

  if (values['resolve-digests']) await checkPlatformOption(input.platform);
  let run = await runAudit({
    paths: positionals,
    cwd: io.cwd,
    configFile: input.configFile,
    context: values.context,
    buildArgs: input.buildArgs,
    rulesModules: values.rules,
    maxFileBytes: input.maxFileBytes,
    applyIgnorePaths: input.applyIgnorePaths,
    cache: cacheOptions(values['no-cache'] === true, values['cache-dir'], io),
  });
  if (values['resolve-digests']) run = await (await import('../fix/index.js')).attachDigestPins(run, input);

  for (const notice of run.notices) io.stderr(`repro-audit: ${terminalText(notice)}\n`);
  const sources = new Map([...run.sources].map(([file, source]) => [path.resolve(io.cwd, file), source]));
  const readSource = (file: string) => sources.get(file) ?? readSourceFromDisk(file);
  const color = values['no-color'] ? false : values.color;
  const output = { format, output: values.output, color, readSource, nix: nixFlag ?? run.config.nix, includeSuppressed: values['include-suppressed'] };
  if (!(await writeReport(io, { ...run, category: values.category }, output))) return EXIT.usage;

  if (run.errors.length > 0) {
    // Errors were reported in the chosen format; repeat them on stderr when stdout is machine-readable.
    if (format !== 'text' || values.output) for (const error of run.errors) io.stderr(fileErrorLine(error));
    return EXIT.usage;
  }
  // Paths whose Dockerfiles the config ignores (pre-commit names them) audited nothing on purpose.
  if (run.files.length === 0 && run.ignored.length === 0 && noFiles !== 'ok') {
    io.stderr(`repro-audit: ${noFiles === 'warn' ? 'warning: ' : ''}${terminalText(nothingAuditedMessage(positionals, input.applyIgnorePaths && run.config.ignorePaths.length > 0))}\n`);
    if (noFiles === 'error') return EXIT.usage;
  }
  // Warnings are reported everywhere (annotations, SARIF) but fail nothing by default, as in the Action.
  return findingsExit(run.findings, failOnFlag ?? run.failOn ?? 'error');
}

function parseNoFiles(value: string | undefined): NoFilesPolicy {
  if (value === undefined) return 'error';
  if (!(NO_FILES_POLICIES as readonly string[]).includes(value)) throw new UsageError(`unknown --no-files ${value} (use ${NO_FILES_POLICIES.join(', ')})`);
  return value as NoFilesPolicy;
}

declare const __REPRO_AUDIT_BUILD_ID__: string | undefined;

/**
 * The result cache is keyed by the build: the bundle knows a hash of the sources it was built from.
 * Run from sources (tests), there is no such id, so nothing is cached.
 */
function cacheOptions(disabled: boolean, dir: string | undefined, io: CliIO): AuditOptions['cache'] {
  const id = typeof __REPRO_AUDIT_BUILD_ID__ === 'string' ? __REPRO_AUDIT_BUILD_ID__ : undefined;
  if (disabled || !id) return undefined;
  const maxSize = io.env.REPRO_AUDIT_CACHE_MAX_SIZE;
  return {
    dir: path.resolve(io.cwd, dir ?? defaultCacheDir(io.env)),
    id,
    limits: maxSize ? { maxBytes: parseByteSize(maxSize, 'REPRO_AUDIT_CACHE_MAX_SIZE=') } : undefined,
  };
}
