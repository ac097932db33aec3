import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  InterruptedError,
  compareRecords,
  createProgress,
  isAxis,
  manifestText,
  rebuild
} from "./chunk-HEYN2TTV.js";
import "./chunk-6C2XJSU3.js";
import {
  InputError,
  REBUILD_COMMENT_MARKER,
  actionLog,
  booleanInput,
  commentOnPullRequest,
  context,
  createClient,
  debug,
  getInput,
  pullRequestChangedFiles,
  pullRequestOf,
  setFailed,
  setOutput,
  splitList,
  summary
} from "./chunk-26TJB57U.js";
import "./chunk-VX53JGT4.js";
import {
  isDockerfileName,
  readDockerfile
} from "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import {
  REBUILD_RULES
} from "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import {
  parseDockerfileText
} from "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import {
  loadGithubReporters
} from "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import {
  writeFileSafely
} from "./chunk-O33AYLXZ.js";
import {
  GITHUB_STEP_SUMMARY_LIMIT,
  utf8Length
} from "./chunk-Z4HDJ7NM.js";
import {
  markdownCode
} from "./chunk-I3VAFWKR.js";
import "./chunk-QQC64ZS2.js";
import {
  meetsThreshold
} from "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/action/modes.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var MODES = ["lint", "rebuild", "record", "compare"];
async function startHarnessMode(mode) {
  try {
    if (!MODES.includes(mode)) throw new InputError(`Input 'mode' must be one of ${MODES.join(", ")}; got '${mode}'.`);
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    process.chdir(workspace);
    if (mode === "record") await recordMode(workspace);
    else if (mode === "compare") await compareMode(workspace);
    else await rebuildMode(workspace);
  } catch (error) {
    if (error instanceof InterruptedError) {
      setFailed(`Rebuild interrupted by ${error.signalName}: the build in progress was stopped and this run's containers, images and temporary folders were removed (a warning above names any that could not be).`);
      return;
    }
    if (!(error instanceof InputError) && error instanceof Error && error.stack) debug(error.stack);
    setFailed(error instanceof Error ? error.message : String(error));
  }
}
async function recordMode(workspace) {
  const dockerfile = path.resolve(workspace, getInput("dockerfile") || "Dockerfile");
  const outcome = await harnessRun(dockerfile, [], true);
  const recorded = outcome.recorded;
  if (!recorded) {
    await publish({ findings: outcome.findings, category: "repro-audit/record/", workspace, heading: "repro-audit record" });
    throw new Error(`${path.relative(workspace, dockerfile)} did not build, so nothing was recorded (see the findings).`);
  }
  const runner = (process.env.RUNNER_NAME || os.hostname()).replace(/[^\w.-]+/g, "-");
  const recordFile = path.resolve(workspace, getInput("record-file") || path.join(process.env.RUNNER_TEMP || os.tmpdir(), `repro-audit-record-${runner}.json`));
  writeFileSafely(recordFile, manifestText(recorded), { createParents: true, ...insideWorkspace(recordFile, workspace) ? { inside: workspace } : {} });
  setOutput("record-file", recordFile);
  const machine = recorded.environment?.machine;
  const where = machine ? `${machine.hostName ?? machine.host}, ${machine.cpu.model ?? "CPU unknown"}, ${machine.builder.name} ${machine.builder.version ?? ""}`.trim() : "unknown machine";
  actionLog(`repro-audit: recorded ${path.relative(workspace, dockerfile)} built on ${where}: ${recordFile}`);
  await summary.addHeading("repro-audit record", 2).addRaw(`Recorded \`${escapeCode(path.relative(workspace, dockerfile))}\` built on \`${escapeCode(where)}\`.
`).write();
}
async function compareMode(workspace) {
  const folder = path.resolve(workspace, getInput("records") || "records");
  const files = recordFiles(folder);
  if (files.length < 2) throw new InputError(`Input 'records': ${folder} holds ${files.length} build record${files.length === 1 ? "" : "s"} (*.json); compare needs two or more.`);
  const model = await dockerfileModel(workspace, getInput("dockerfile"));
  const comparison = await compareRecords(files, { model });
  actionLog(`repro-audit: ${files.length} records in ${comparison.groups.length} group${comparison.groups.length === 1 ? "" : "s"}.`);
  setOutput("groups", comparison.groups.length);
  const groups = comparison.groups.map((group, index) => `- group ${index + 1}: ${group.members.map((member) => `\`${escapeCode(member.machine)}\``).join(", ")}`).join("\n");
  await publish({ findings: comparison.findings, category: "repro-audit/compare/", workspace, heading: "repro-audit compare", preface: `${files.length} build records, ${comparison.groups.length} group${comparison.groups.length === 1 ? "" : "s"} of identical images:

${groups}
`, files: model ? [model.file] : [] });
}
async function rebuildMode(workspace) {
  if (context.eventName === "pull_request_target") {
    throw new InputError("mode 'rebuild' builds the pull request's code and refuses to run under pull_request_target (it has the repository's secrets); use the pull_request event.");
  }
  const axes = splitList(getInput("vary") || "time");
  const unknown = axes.filter((axis) => !isAxis(axis));
  if (unknown.length > 0) throw new InputError(`Input 'vary': unknown axis ${unknown.join(", ")}.`);
  const comment = booleanInput("comment", true);
  const dockerfiles = await dockerfilesToRebuild(workspace);
  const findings = [];
  const verdicts = [];
  for (const dockerfile of dockerfiles) {
    actionLog(`repro-audit: rebuilding ${path.relative(workspace, dockerfile)} varying ${axes.join(", ")}`);
    const outcome = await harnessRun(dockerfile, axes, false);
    findings.push(...outcome.findings);
    verdicts.push(`${markdownCode(path.relative(workspace, dockerfile))}: ${rebuildVerdict(outcome)}`);
  }
  setOutput("dockerfiles", dockerfiles.length);
  if (dockerfiles.length === 0) actionLog("repro-audit: the pull request changes no Dockerfile; nothing to rebuild.");
  const preface = `Rebuilt ${dockerfiles.length} Dockerfile${dockerfiles.length === 1 ? "" : "s"} varying ${axes.join(", ")}${verdicts.length > 0 ? ":" : "."}
${boundedList(verdicts, PREFACE_BYTES)}`;
  await publish({ findings, category: "repro-audit/rebuild/", workspace, heading: "repro-audit rebuild", preface, files: dockerfiles, ...comment ? { commentMarker: REBUILD_COMMENT_MARKER } : {} });
}
var PREFACE_BYTES = 8192;
function rebuildVerdict(outcome) {
  if (outcome.reproducible) return "\u2705 rebuilt identically";
  const counted = `${outcome.findings.length} finding${outcome.findings.length === 1 ? "" : "s"}`;
  if (outcome.timedOut) return `\u23F1\uFE0F a build ran out of time, nothing compared (${counted})`;
  if (!outcome.comparison) return `\u26A0\uFE0F did not build twice, nothing compared (${counted})`;
  return `\u274C the two builds differ (${counted})`;
}
function boundedList(items, bytes) {
  let text = "";
  let shown = 0;
  for (const item of items) {
    const line = `- ${item}
`;
    if (utf8Length(text + line) > bytes) break;
    text += line;
    shown++;
  }
  return shown < items.length ? `${text}- and ${items.length - shown} more
` : text;
}
async function dockerfilesToRebuild(workspace) {
  const pr = pullRequestOf(context);
  const given = getInput("dockerfile");
  if (!pr || given) return [path.resolve(workspace, given || "Dockerfile")];
  const changed = await pullRequestChangedFiles(createClient(getInput("github-token")), pr, workspace);
  if (!changed) throw new InputError("Could not tell which Dockerfiles the pull request changes; name one with the 'dockerfile' input.");
  return changed.filter((file) => isDockerfileName(path.basename(file))).map((file) => path.resolve(workspace, file));
}
async function harnessRun(dockerfile, axes, singleLeg) {
  const builder = getInput("builder");
  if (builder && builder !== "docker" && builder !== "buildah") throw new InputError(`Input 'builder' must be docker or buildah; got '${builder}'.`);
  const controller = new AbortController();
  const onSignal = (name) => controller.abort(new InterruptedError(name));
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  try {
    return await rebuild({
      dockerfile,
      context: path.dirname(dockerfile),
      axes,
      ...builder ? { builder } : {},
      network: "none",
      buildArgs: {},
      timeoutMs: 18e5,
      progress: createProgress({ write: (text) => process.stderr.write(text), isTTY: false }, process.env),
      signal: controller.signal,
      env: process.env,
      singleLeg
    });
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
}
function recordFiles(folder) {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`Input 'records': ${folder} is not a directory.`);
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}
async function dockerfileModel(workspace, file) {
  if (!file) return void 0;
  const read = readDockerfile(file, workspace);
  if ("error" in read) throw new InputError(`Input 'dockerfile': ${file}: ${read.error.message}`);
  return parseDockerfileText(read.text, file);
}
async function publish({ findings, category, workspace, heading, preface, files = [], commentMarker }) {
  const { githubReporter, renderMarkdown, sarifReporter } = await loadGithubReporters();
  const report = { findings, errors: [], rules: [...REBUILD_RULES], files, category };
  const options = { root: workspace, color: false };
  const sarifFile = path.resolve(workspace, getInput("sarif-file") || path.join(process.env.RUNNER_TEMP || os.tmpdir(), `${category.replace(/\/$/, "").replace(/\//g, "-")}.sarif`));
  writeFileSafely(sarifFile, sarifReporter(report, options), { createParents: true, ...insideWorkspace(sarifFile, workspace) ? { inside: workspace } : {} });
  setOutput("sarif-file", sarifFile);
  setOutput("findings", findings.length);
  process.stdout.write(githubReporter(report, options));
  const markdown = renderMarkdown(report, { ...options, maxBytes: GITHUB_STEP_SUMMARY_LIMIT - 4096, fullReportHint: "the SARIF file" });
  const intro = preface ? `${preface}
` : "";
  await summary.addHeading(heading, 2).addRaw(`${intro}${markdown}`).write();
  const pr = pullRequestOf(context);
  if (commentMarker && pr) {
    const title = `## ${heading}

${intro}`;
    await commentOnPullRequest(createClient(getInput("github-token")), pr, {
      marker: commentMarker,
      render: (maxBytes, fullReportHint) => title + renderMarkdown(report, { ...options, maxBytes: maxBytes - utf8Length(title), fullReportHint }),
      worthCreating: findings.length > 0
    });
  }
  const failOn = getInput("fail-on").trim().toLowerCase() || "warning";
  if (!["error", "warning", "note", "none"].includes(failOn)) throw new InputError(`Input 'fail-on' must be one of error, warning, note, none; got '${failOn}'.`);
  const failing = findings.filter((finding) => meetsThreshold(finding.severity, failOn));
  if (failing.length > 0) setFailed(`${failing.length} finding${failing.length === 1 ? "" : "s"} at or above '${failOn}' (fail-on).`);
}
function insideWorkspace(file, workspace) {
  return file.startsWith(workspace + path.sep);
}
function escapeCode(text) {
  return text.replace(/[`\r\n]/g, " ");
}
export {
  MODES,
  startHarnessMode
};
