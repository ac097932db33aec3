import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { meetsThreshold, type AuditReport, type NixDetail } from '../findings/index.js';
import { nothingAuditedMessage } from '../engine/index.js';
import { displayPath, GITHUB_STEP_SUMMARY_LIMIT, loadGithubReporters } from '../report/index.js';
import { writeFileSafely } from '../safe-fs/index.js';
import { pullRequestChangedFiles } from './changed-files.js';
import { createClient, pullRequestOf } from './github-client.js';
import { InputError, readInputs, type FailOn } from './inputs.js';
import { actionLog } from './log.js';
import { expandPaths } from './paths.js';
import { INLINE_CONFIG_NAME, pinnedConfigFile } from './pinned-config.js';
import { commentOnPullRequest } from './pr-comment.js';
import { COMMENT_MARKER } from './sticky-comment.js';

const { countAnnotations, githubReporter, renderMarkdown, sarifReporter } = await loadGithubReporters();

/** What the Action needs from the engine (`runAudit` of src/engine). */
export interface AuditRequest {
  paths: string[];
  cwd: string;
  configFile?: string;
}
/**
 * `failOn` and `config.nix` are the config file's, used when the workflow sets no `fail-on` or
 * `nix`; `ignored` are paths the config's `ignore-paths` skipped.
 */
export type AuditFunction = (
  request: AuditRequest,
) => Promise<AuditReport & { failOn?: FailOn; notices?: string[]; ignored?: string[]; config?: { nix?: NixDetail; ignorePaths?: string[] } }>;

/**
 * The runner shows at most this many annotations of each kind per step, and 50 per job; the rest
 * are dropped silently, so the Action says so itself.
 */
export const ANNOTATIONS_SHOWN_PER_KIND = 10;
export const ANNOTATIONS_SHOWN_PER_JOB = 50;

/**
 * The Action: audits the Dockerfiles (as data; nothing from the pull request is executed), writes
 * SARIF for code scanning, annotates, summarises, keeps one PR comment up to date, and fails the
 * step when a finding reaches `fail-on`.
 */
export async function runAction(audit: AuditFunction): Promise<void> {
  const inputs = readInputs();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  // Findings name files relative to the working directory; reporters make them workspace-relative.
  process.chdir(workspace);
  const client = createClient(inputs.token);
  const pr = pullRequestOf(github.context);

  let onlyFiles: Set<string> | undefined;
  if (inputs.onlyChanged) {
    if (!pr) actionLog(`only-changed applies to pull_request events; this is '${github.context.eventName}', so every path is audited.`);
    else {
      const changed = await pullRequestChangedFiles(client, pr, workspace);
      if (changed) {
        onlyFiles = new Set(changed);
        actionLog(`only-changed: the pull request changes ${changed.length} file${changed.length === 1 ? '' : 's'}; findings are reported for those.`);
      }
    }
  }

  const configFile = pinnedConfigFile(inputs.config);
  if (inputs.config) actionLog(`Config: ${inputs.config.kind === 'inline' ? 'the YAML in the workflow' : inputs.config.path} (a .repro-audit.yml in the repository is not read).`);
  const { paths, unmatched } = expandPaths(inputs.paths, workspace);
  for (const glob of unmatched) core.warning(`The paths entry '${glob}' matches no folder and no Dockerfile.`, { title: 'repro-audit: paths' });
  const audited = await audit({ paths, cwd: workspace, configFile }).catch((error: unknown) => {
    // Problems found in inline YAML only when rules load (an unknown rule) name the private copy.
    if (inputs.config?.kind === 'inline' && configFile && error instanceof Error && error.message.includes(configFile)) {
      throw new InputError(error.message.split(configFile).join(INLINE_CONFIG_NAME));
    }
    throw error;
  });
  for (const notice of audited.notices ?? []) core.notice(notice, { title: 'repro-audit: file skipped' });
  const failOn: FailOn = inputs.failOn ?? audited.failOn ?? 'error';
  let report: AuditReport = { ...audited, category: inputs.category || undefined };
  if (onlyFiles) report = restrictToFiles(report, onlyFiles, workspace);

  // Nothing audited is said plainly: the paths held no Dockerfile (`no-files` decides what that
  // means), or the pull request changes none of those they hold (nothing to say about it).
  const nothingFound = audited.files.length === 0 && audited.errors.length === 0 && (audited.ignored?.length ?? 0) === 0;
  let nothingAudited: string | undefined;
  if (nothingFound) {
    nothingAudited = nothingAuditedMessage(inputs.paths, (audited.config?.ignorePaths?.length ?? 0) > 0);
    if (inputs.noFiles === 'warn') core.warning(nothingAudited, { title: 'repro-audit: nothing audited' });
    else actionLog(`repro-audit: ${nothingAudited}`);
  } else if (onlyFiles && report.files.length === 0 && report.errors.length === 0) {
    nothingAudited = 'no Dockerfile changed in this pull request';
    actionLog(`only-changed: ${nothingAudited} (${audited.files.length} audited, none changed).`);
  }

  const reporterOptions = { root: workspace, color: false, nix: inputs.nix ?? audited.config?.nix, includeSuppressed: inputs.includeSuppressed };
  const sarifFile = path.resolve(workspace, inputs.sarifFile || path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'repro-audit.sarif'));
  // A path inside the workspace is the pull request's ground: never write through its links.
  const insideWorkspace = sarifFile.startsWith(workspace + path.sep) ? workspace : undefined;
  writeFileSafely(sarifFile, sarifReporter(report, reporterOptions), { createParents: true, inside: insideWorkspace });
  core.setOutput('sarif-file', sarifFile);

  const active = report.findings.filter((finding) => !finding.suppressed);
  core.setOutput('findings', active.length);
  core.setOutput('errors', report.errors.length);
  actionLog(`repro-audit: ${active.length} finding${active.length === 1 ? '' : 's'} in ${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${report.errors.length} file error${report.errors.length === 1 ? '' : 's'}. SARIF: ${sarifFile}`);

  if (inputs.annotations) {
    process.stdout.write(githubReporter(report, reporterOptions));
    const hidden = hiddenAnnotations(report);
    if (hidden) core.notice(`${hidden} The step summary and the SARIF upload (Security tab) list every finding.`, { title: 'repro-audit: not every finding is annotated' });
  } else if (active.length > 0) {
    actionLog('Annotations are off: code scanning annotates the pull request from the SARIF upload. Set `annotations: true` when the SARIF is not uploaded.');
  }

  let summaryWritten = false;
  const writeSummary = async () => {
    if (summaryWritten) return;
    await core.summary.addRaw(renderMarkdown(report, { ...reporterOptions, maxBytes: GITHUB_STEP_SUMMARY_LIMIT, fullReportHint: 'the SARIF file', nothingAudited })).write();
    summaryWritten = true;
  };
  if (inputs.summary) await writeSummary();

  if (inputs.comment && pr) {
    const degraded = await commentOnPullRequest(client, pr, {
      marker: COMMENT_MARKER,
      render: (maxBytes, fullReportHint) => renderMarkdown(report, { ...reporterOptions, nothingAudited, maxBytes, fullReportHint }),
      worthCreating: active.length > 0 || report.errors.length > 0,
    });
    if (degraded) await writeSummary();
  }

  const failing = active.filter((finding) => meetsThreshold(finding.severity, failOn));
  if (failing.length > 0) {
    core.setFailed(`${failing.length} finding${failing.length === 1 ? '' : 's'} at or above '${failOn}' (fail-on).`);
  } else if (report.errors.length > 0 && failOn !== 'none') {
    core.setFailed(`${report.errors.length} file${report.errors.length === 1 ? '' : 's'} could not be audited.`);
  } else if (nothingFound && inputs.noFiles === 'error') {
    core.setFailed(`${nothingAudited} (no-files: error).`);
  }
}

/** A sentence about annotations the runner will not display, or undefined when all are shown. */
function hiddenAnnotations(report: AuditReport): string | undefined {
  const counts = countAnnotations(report);
  const total = counts.error + counts.warning + counts.notice;
  const over = (Object.entries(counts) as Array<[string, number]>).filter(([, n]) => n > ANNOTATIONS_SHOWN_PER_KIND);
  if (over.length === 0 && total <= ANNOTATIONS_SHOWN_PER_JOB) return undefined;
  const detail = over.map(([kind, n]) => `${n} ${kind}s`).join(', ');
  return `GitHub displays at most ${ANNOTATIONS_SHOWN_PER_KIND} annotations of each kind per step and ${ANNOTATIONS_SHOWN_PER_JOB} per job; this step emitted ${total}${detail ? ` (${detail})` : ''}.`;
}

/** The report narrowed to the given repository-relative files (a finding in a script stays with a changed Dockerfile that runs it). */
export function restrictToFiles(report: AuditReport, files: ReadonlySet<string>, root: string): AuditReport {
  const keep = (file: string) => files.has(displayPath(file, root));
  return {
    ...report,
    findings: report.findings.filter((f) => keep(f.file) || f.related?.some((location) => keep(location.file))),
    errors: report.errors.filter((e) => keep(e.file)),
    files: report.files.filter(keep),
  };
}

/** Runs the Action and turns any failure into one clear failed-step message (details only in debug logs). */
export async function startAction(audit: AuditFunction): Promise<void> {
  try {
    await runAction(audit);
  } catch (error) {
    if (!(error instanceof InputError) && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
