import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContextParsers } from '../build-context/index.js';
import { auditModel, createContextReader, prepareAudit } from '../engine/index.js';
import type { Fix } from '../findings/index.js';
import type { DockerfileModel } from '../model/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { AUDIT_INPUT_OPTIONS, BUILD_ARG_HELP, checkPlatformOption, CONFIG_HELP, HELP_OPTION, MAX_FILE_SIZE_HELP, parseAuditInput, registryOptionsHelp, type AuditInput } from './options.js';

export const FIX_USAGE = `Usage: repro-audit fix <paths...> [options]

Makes Dockerfiles reproducible by exact edits: image references (FROM, COPY --from,
RUN --mount from=, # syntax=) get the digest their tag points at now (the multi-platform
index, tag kept), ARG-built references get their ARG default pinned, and every other
machine-applicable fix a rule offers is applied. In Compose files, service images get their
digest (tag kept); in workflows and composite actions, \`uses: owner/repo@tag\` becomes the commit
the tag names now, with the tag kept as a comment (asked of the GitHub API: GITHUB_API_URL,
GITHUB_TOKEN). Prints a unified diff unless --write.

Options:
      --write               write the fixed files (atomically; comments, CRLF, heredocs kept)
      --network             allow downloads (ADD <url> gains --checksum=sha256:...)
${registryOptionsHelp('')}
${CONFIG_HELP}
${BUILD_ARG_HELP}
${MAX_FILE_SIZE_HELP}

Exit codes: 0 fixed (or nothing to fix; steps that need a human are listed on stderr), 1 a file
could not be fixed (it is left unchanged), 2 usage error.
`;

export interface FixCommandOptions extends AuditInput {
  paths: string[];
  write: boolean;
  network?: boolean;
}

export async function runFixArgv(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { write: { type: 'boolean' }, network: { type: 'boolean' }, ...AUDIT_INPUT_OPTIONS, ...HELP_OPTION },
  });
  if (values.help) {
    io.stdout(FIX_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('no file or directory given');
  return runFixCommand({ paths: positionals, write: values.write ?? false, network: values.network, ...parseAuditInput(values, io.env) }, io);
}

/** `fix` and `lint --fix`: the fixer, fed with the fixes the audit's rules offer for each file. */
export async function runFixCommand(options: FixCommandOptions, io: CliIO): Promise<number> {
  await checkPlatformOption(options.platform);
  const prepared = await prepareAudit({ cwd: io.cwd, configFile: options.configFile, buildArgs: options.buildArgs });
  const { fixFiles } = await import('../fix/index.js');
  // The fixer audits inside a synchronous callback, so the build-context parsers are loaded first.
  await loadContextParsers();
  const findingFixes = (model: DockerfileModel): Fix[] =>
    auditModel(model, prepared, createContextReader(path.dirname(path.resolve(io.cwd, model.file)))).findings.flatMap((finding) =>
      finding.fix && !finding.suppressed ? [finding.fix] : [],
    );
  const run = await fixFiles(
    {
      paths: options.paths,
      cwd: io.cwd,
      write: options.write,
      platform: options.platform,
      network: options.network,
      insecureRegistries: options.insecureRegistries,
      ignorePaths: options.applyIgnorePaths ? prepared.config.ignorePaths : [],
      ignoreRoot: prepared.config.root,
      buildArgs: prepared.buildArgs,
      maxFileBytes: options.maxFileBytes,
      findingFixes,
    },
    io,
  );
  return run.failed ? EXIT.findings : EXIT.ok;
}
