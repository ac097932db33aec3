import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { isDockerfileName, readDockerfile } from '../engine/index.js';
import { meetsThreshold, type AuditReport, type Finding } from '../findings/index.js';
import { compareRecords, createProgress, InterruptedError, isAxis, manifestText, rebuild, type Axis, type BuilderKind, type RebuildOutcome } from '../harness/index.js';
import { parseDockerfileText, type DockerfileModel } from '../model/index.js';
import { GITHUB_STEP_SUMMARY_LIMIT, loadGithubReporters, markdownCode, utf8Length } from '../report/index.js';
import { REBUILD_RULES } from '../rules/index.js';
import { writeFileSafely } from '../safe-fs/index.js';
import { pullRequestChangedFiles } from './changed-files.js';
import { createClient, pullRequestOf } from './github-client.js';
import { booleanInput, InputError, splitList, type FailOn } from './inputs.js';
import { actionLog } from './log.js';
import { commentOnPullRequest } from './pr-comment.js';
import { REBUILD_COMMENT_MARKER } from './sticky-comment.js';

/**
 * The Action's `mode` input. `lint` (the default) is the static audit of run.ts; the others drive
 * the rebuild harness: `rebuild` rebuilds the Dockerfiles a pull request changes, `record` builds
 * once and writes a build record for upload-artifact, `compare` compares a folder of downloaded
 * records (one per runner of a matrix).
 */
export const MODES = ['lint', 'rebuild', 'record', 'compare'] as const;
export type ActionMode = (typeof MODES)[number];

/** Runs a mode other than lint (main.ts chooses); failures become one failed-step message, as in lint mode. */
export async function startHarnessMode(mode: string): Promise<void> {
  try {
    if (!(MODES as readonly string[]).includes(mode)) throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}; got '${mode}'.`);
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    process.chdir(workspace);
    if (mode === 'record') await recordMode(workspace);
    else if (mode === 'compare') await compareMode(workspace);
    else await rebuildMode(workspace);
  } catch (error) {
    if (error instanceof InterruptedError) {
      // The runner signals a cancelled job; the harness has stopped the build and released what
      // it made (a release that failed is in the log as a warning) before getting here.
      core.setFailed(`Rebuild interrupted by ${error.signalName}: the build in progress was stopped and this run's containers, images and temporary folders were removed (a warning above names any that could not be).`);
      return;
    }
    if (!(error instanceof InputError) && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function recordMode(workspace: string): Promise<void> {
  const dockerfile = path.resolve(workspace, core.getInput('dockerfile') || 'Dockerfile');
  const outcome = await harnessRun(dockerfile, [], true);
  const recorded = outcome.recorded;
  if (!recorded) {
    await publish({ findings: outcome.findings, category: 'repro-audit/record/', workspace, heading: 'repro-audit record' });
    throw new Error(`${path.relative(workspace, dockerfile)} did not build, so nothing was recorded (see the findings).`);
  }
  const runner = (process.env.RUNNER_NAME || os.hostname()).replace(/[^\w.-]+/g, '-');
  const recordFile = path.resolve(workspace, core.getInput('record-file') || path.join(process.env.RUNNER_TEMP || os.tmpdir(), `repro-audit-record-${runner}.json`));
  writeFileSafely(recordFile, manifestText(recorded), { createParents: true, ...(insideWorkspace(recordFile, workspace) ? { inside: workspace } : {}) });
  core.setOutput('record-file', recordFile);
  const machine = recorded.environment?.machine;
  const where = machine ? `${machine.hostName ?? machine.host}, ${machine.cpu.model ?? 'CPU unknown'}, ${machine.builder.name} ${machine.builder.version ?? ''}`.trim() : 'unknown machine';
  actionLog(`repro-audit: recorded ${path.relative(workspace, dockerfile)} built on ${where}: ${recordFile}`);
  await core.summary.addHeading('repro-audit record', 2).addRaw(`Recorded \`${escapeCode(path.relative(workspace, dockerfile))}\` built on \`${escapeCode(where)}\`.\n`).write();
}

async function compareMode(workspace: string): Promise<void> {
  const folder = path.resolve(workspace, core.getInput('records') || 'records');
  const files = recordFiles(folder);
  if (files.length < 2) throw new InputError(`Input 'records': ${folder} holds ${files.length} build record${files.length === 1 ? '' : 's'} (*.json); compare needs two or more.`);
  const model = await dockerfileModel(workspace, core.getInput('dockerfile'));
  const comparison = await compareRecords(files, { model });
  actionLog(`repro-audit: ${files.length} records in ${comparison.groups.length} group${comparison.groups.length === 1 ? '' : 's'}.`);
  core.setOutput('groups', comparison.groups.length);
  const groups = comparison.groups.map((group, index) => `- group ${index + 1}: ${group.members.map((member) => `\`${escapeCode(member.machine)}\``).join(', ')}`).join('\n');
  await publish({ findings: comparison.findings, category: 'repro-audit/compare/', workspace, heading: 'repro-audit compare', preface: `${files.length} build records, ${comparison.groups.length} group${comparison.groups.length === 1 ? '' : 's'} of identical images:\n\n${groups}\n`, files: model ? [model.file] : [] });
}

async function rebuildMode(workspace: string): Promise<void> {
  // pull_request_target runs with the base repository's secrets: building a fork's code there is the
  // classic way to leak them. Rebuilds of pull request code run only under pull_request.
  if (github.context.eventName === 'pull_request_target') {
    throw new InputError("mode 'rebuild' builds the pull request's code and refuses to run under pull_request_target (it has the repository's secrets); use the pull_request event.");
  }
  const axes = splitList(core.getInput('vary') || 'time');
  const unknown = axes.filter((axis) => !isAxis(axis));
  if (unknown.length > 0) throw new InputError(`Input 'vary': unknown axis ${unknown.join(', ')}.`);
  const comment = booleanInput('comment', true);
  const dockerfiles = await dockerfilesToRebuild(workspace);
  const findings: Finding[] = [];
  const verdicts: string[] = [];
  for (const dockerfile of dockerfiles) {
    actionLog(`repro-audit: rebuilding ${path.relative(workspace, dockerfile)} varying ${axes.join(', ')}`);
    const outcome = await harnessRun(dockerfile, axes as Axis[], false);
    findings.push(...outcome.findings);
    verdicts.push(`${markdownCode(path.relative(workspace, dockerfile))}: ${rebuildVerdict(outcome)}`);
  }
  core.setOutput('dockerfiles', dockerfiles.length);
  if (dockerfiles.length === 0) actionLog('repro-audit: the pull request changes no Dockerfile; nothing to rebuild.');
  const preface = `Rebuilt ${dockerfiles.length} Dockerfile${dockerfiles.length === 1 ? '' : 's'} varying ${axes.join(', ')}${verdicts.length > 0 ? ':' : '.'}\n${boundedList(verdicts, PREFACE_BYTES)}`;
  await publish({ findings, category: 'repro-audit/rebuild/', workspace, heading: 'repro-audit rebuild', preface, files: dockerfiles, ...(comment ? { commentMarker: REBUILD_COMMENT_MARKER } : {}) });
}

// The per-Dockerfile list is a preface: most of the comment's 64 KiB stay for the findings.
const PREFACE_BYTES = 8_192;

/** One Dockerfile's result in a word or two; its findings are in the tables below. */
function rebuildVerdict(outcome: RebuildOutcome): string {
  if (outcome.reproducible) return '✅ rebuilt identically';
  const counted = `${outcome.findings.length} finding${outcome.findings.length === 1 ? '' : 's'}`;
  if (outcome.timedOut) return `⏱️ a build ran out of time, nothing compared (${counted})`;
  if (!outcome.comparison) return `⚠️ did not build twice, nothing compared (${counted})`;
  return `❌ the two builds differ (${counted})`;
}

/** A Markdown list of as many items as fit in `bytes`, then how many more there are. */
function boundedList(items: string[], bytes: number): string {
  let text = '';
  let shown = 0;
  for (const item of items) {
    const line = `- ${item}\n`;
    if (utf8Length(text + line) > bytes) break;
    text += line;
    shown++;
  }
  return shown < items.length ? `${text}- and ${items.length - shown} more\n` : text;
}

/** On a pull request, the Dockerfiles it adds or changes; otherwise the `dockerfile` input. */
async function dockerfilesToRebuild(workspace: string): Promise<string[]> {
  const pr = pullRequestOf(github.context);
  const given = core.getInput('dockerfile');
  if (!pr || given) return [path.resolve(workspace, given || 'Dockerfile')];
  const changed = await pullRequestChangedFiles(createClient(core.getInput('github-token')), pr, workspace);
  if (!changed) throw new InputError("Could not tell which Dockerfiles the pull request changes; name one with the 'dockerfile' input.");
  return changed.filter((file) => isDockerfileName(path.basename(file))).map((file) => path.resolve(workspace, file));
}

async function harnessRun(dockerfile: string, axes: Axis[], singleLeg: boolean): Promise<RebuildOutcome> {
  const builder = core.getInput('builder');
  if (builder && builder !== 'docker' && builder !== 'buildah') throw new InputError(`Input 'builder' must be docker or buildah; got '${builder}'.`);
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new InterruptedError(name));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    return await rebuild({
      dockerfile,
      context: path.dirname(dockerfile),
      axes,
      ...(builder ? { builder: builder as BuilderKind } : {}),
      network: 'none',
      buildArgs: {},
      timeoutMs: 1800_000,
      progress: createProgress({ write: (text: string) => process.stderr.write(text), isTTY: false }, process.env),
      signal: controller.signal,
      env: process.env,
      singleLeg,
    });
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** `*.json` regular files under the folder (download-artifact puts each artifact in its own), sorted; links are not followed. */
function recordFiles(folder: string): string[] {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`Input 'records': ${folder} is not a directory.`);
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function dockerfileModel(workspace: string, file: string): Promise<DockerfileModel | undefined> {
  if (!file) return undefined;
  const read = readDockerfile(file, workspace);
  if ('error' in read) throw new InputError(`Input 'dockerfile': ${file}: ${read.error.message}`);
  return parseDockerfileText(read.text, file);
}

interface Publication {
  findings: Finding[];
  category: string;
  workspace: string;
  heading: string;
  preface?: string;
  files?: string[];
  /** On a pull request, keep a sticky comment under this marker (its own, see sticky-comment.ts). */
  commentMarker?: string;
}

/** SARIF under the mode's own category, annotations, the summary section and the outputs; fails at fail-on. */
async function publish({ findings, category, workspace, heading, preface, files = [], commentMarker }: Publication): Promise<void> {
  const { githubReporter, renderMarkdown, sarifReporter } = await loadGithubReporters();
  const report: AuditReport = { findings, errors: [], rules: [...REBUILD_RULES], files, category };
  const options = { root: workspace, color: false };
  const sarifFile = path.resolve(workspace, core.getInput('sarif-file') || path.join(process.env.RUNNER_TEMP || os.tmpdir(), `${category.replace(/\/$/, '').replace(/\//g, '-')}.sarif`));
  writeFileSafely(sarifFile, sarifReporter(report, options), { createParents: true, ...(insideWorkspace(sarifFile, workspace) ? { inside: workspace } : {}) });
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('findings', findings.length);
  process.stdout.write(githubReporter(report, options));
  const markdown = renderMarkdown(report, { ...options, maxBytes: GITHUB_STEP_SUMMARY_LIMIT - 4096, fullReportHint: 'the SARIF file' });
  const intro = preface ? `${preface}\n` : '';
  await core.summary.addHeading(heading, 2).addRaw(`${intro}${markdown}`).write();
  const pr = pullRequestOf(github.context);
  if (commentMarker && pr) {
    // A read-only token costs only the comment: the summary above already holds the whole report.
    const title = `## ${heading}\n\n${intro}`;
    await commentOnPullRequest(createClient(core.getInput('github-token')), pr, {
      marker: commentMarker,
      render: (maxBytes, fullReportHint) => title + renderMarkdown(report, { ...options, maxBytes: maxBytes - utf8Length(title), fullReportHint }),
      worthCreating: findings.length > 0,
    });
  }
  const failOn = (core.getInput('fail-on').trim().toLowerCase() || 'warning') as FailOn;
  if (!['error', 'warning', 'note', 'none'].includes(failOn)) throw new InputError(`Input 'fail-on' must be one of error, warning, note, none; got '${failOn}'.`);
  const failing = findings.filter((finding) => meetsThreshold(finding.severity, failOn));
  if (failing.length > 0) core.setFailed(`${failing.length} finding${failing.length === 1 ? '' : 's'} at or above '${failOn}' (fail-on).`);
}

function insideWorkspace(file: string, workspace: string): boolean {
  return file.startsWith(workspace + path.sep);
}

/** Text shown in Markdown inline code: backticks and line breaks cannot end it early. */
function escapeCode(text: string): string {
  return text.replace(/[`\r\n]/g, ' ');
}
