import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  COMMENT_MARKER,
  InputError,
  actionLog,
  commentOnPullRequest,
  context,
  createClient,
  debug,
  getInput,
  notice,
  pullRequestChangedFiles,
  pullRequestOf,
  readInputs,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-26TJB57U.js";
import {
  runAudit
} from "./chunks/chunk-VX53JGT4.js";
import {
  isDockerfileName,
  nothingAuditedMessage
} from "./chunks/chunk-RV6OXUEF.js";
import {
  loadConfigFileReader
} from "./chunks/chunk-DVUP7OQN.js";
import "./chunks/chunk-3AQNB5RO.js";
import {
  require_picomatch
} from "./chunks/chunk-75MXF3LY.js";
import "./chunks/chunk-6E4CKGCT.js";
import {
  ConfigError
} from "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-HUMZK7UK.js";
import "./chunks/chunk-T74X72SU.js";
import "./chunks/chunk-SQ42UHQ5.js";
import {
  loadGithubReporters
} from "./chunks/chunk-WEEU3CX4.js";
import "./chunks/chunk-PFHIFKKA.js";
import {
  writeFileSafely
} from "./chunks/chunk-O33AYLXZ.js";
import {
  GITHUB_STEP_SUMMARY_LIMIT
} from "./chunks/chunk-Z4HDJ7NM.js";
import "./chunks/chunk-I3VAFWKR.js";
import "./chunks/chunk-QQC64ZS2.js";
import {
  meetsThreshold
} from "./chunks/chunk-DK4JW3AF.js";
import {
  displayPath
} from "./chunks/chunk-DQISMCMM.js";
import {
  __toESM
} from "./chunks/chunk-36S4BROV.js";

// src/action/run.ts
import os2 from "node:os";
import path3 from "node:path";

// src/action/paths.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import fs from "node:fs";
import path from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
function expandPaths(entries, workspace) {
  const paths = [];
  const unmatched = [];
  for (const entry of entries) {
    const pattern = entry.replace(/^\.\//, "");
    const { isGlob, base } = import_picomatch.default.scan(pattern);
    if (!isGlob) {
      paths.push(entry);
      continue;
    }
    const matches = globMatches(pattern, base, workspace);
    if (matches.length === 0) unmatched.push(entry);
    paths.push(...matches);
  }
  return { paths: [...new Set(paths)], unmatched };
}
function globMatches(pattern, base, workspace) {
  const absolute = path.isAbsolute(pattern);
  const isMatch = (0, import_picomatch.default)(pattern, { dot: true });
  const matches = [];
  const walk = (directory) => {
    let entries;
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const full = path.join(directory, entry.name);
      const candidate = absolute ? full : path.relative(workspace, full).split(path.sep).join("/");
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        if (isMatch(candidate)) matches.push(candidate);
        else walk(full);
      } else if (entry.isFile() && isDockerfileName(entry.name) && isMatch(candidate)) matches.push(candidate);
    }
  };
  walk(path.resolve(workspace, base || "."));
  return matches;
}

// src/action/pinned-config.ts
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";
var { parseConfig } = await loadConfigFileReader();
var INLINE_CONFIG_NAME = "the Action's `config` input";
function pinnedConfigFile(config, tempRoot = process.env.RUNNER_TEMP || os.tmpdir()) {
  if (!config) return void 0;
  if (config.kind === "file") return config.path;
  let parsed;
  try {
    parsed = parseConfig(config.yaml, INLINE_CONFIG_NAME);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(error.message);
    throw error;
  }
  if (parsed.ignorePaths.length > 0) throw new InputError(`${INLINE_CONFIG_NAME}: \`ignore-paths\` has no folder to be relative to in inline YAML; choose what to audit with the \`paths\` input.`);
  const directory = fs2.mkdtempSync(path2.join(tempRoot, "repro-audit-config-"));
  const file = path2.join(directory, "repro-audit.yml");
  fs2.writeFileSync(file, config.yaml, { mode: 384, flag: "wx" });
  return file;
}

// src/action/run.ts
var { countAnnotations, githubReporter, renderMarkdown, sarifReporter } = await loadGithubReporters();
var ANNOTATIONS_SHOWN_PER_KIND = 10;
var ANNOTATIONS_SHOWN_PER_JOB = 50;
async function runAction(audit) {
  const inputs = readInputs();
  const workspace = path3.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  process.chdir(workspace);
  const client = createClient(inputs.token);
  const pr = pullRequestOf(context);
  let onlyFiles;
  if (inputs.onlyChanged) {
    if (!pr) actionLog(`only-changed applies to pull_request events; this is '${context.eventName}', so every path is audited.`);
    else {
      const changed = await pullRequestChangedFiles(client, pr, workspace);
      if (changed) {
        onlyFiles = new Set(changed);
        actionLog(`only-changed: the pull request changes ${changed.length} file${changed.length === 1 ? "" : "s"}; findings are reported for those.`);
      }
    }
  }
  const configFile = pinnedConfigFile(inputs.config);
  if (inputs.config) actionLog(`Config: ${inputs.config.kind === "inline" ? "the YAML in the workflow" : inputs.config.path} (a .repro-audit.yml in the repository is not read).`);
  const { paths, unmatched } = expandPaths(inputs.paths, workspace);
  for (const glob of unmatched) warning(`The paths entry '${glob}' matches no folder and no Dockerfile.`, { title: "repro-audit: paths" });
  const audited = await audit({ paths, cwd: workspace, configFile }).catch((error) => {
    if (inputs.config?.kind === "inline" && configFile && error instanceof Error && error.message.includes(configFile)) {
      throw new InputError(error.message.split(configFile).join(INLINE_CONFIG_NAME));
    }
    throw error;
  });
  for (const notice2 of audited.notices ?? []) notice(notice2, { title: "repro-audit: file skipped" });
  const failOn = inputs.failOn ?? audited.failOn ?? "error";
  let report = { ...audited, category: inputs.category || void 0 };
  if (onlyFiles) report = restrictToFiles(report, onlyFiles, workspace);
  const nothingFound = audited.files.length === 0 && audited.errors.length === 0 && (audited.ignored?.length ?? 0) === 0;
  let nothingAudited;
  if (nothingFound) {
    nothingAudited = nothingAuditedMessage(inputs.paths, (audited.config?.ignorePaths?.length ?? 0) > 0);
    if (inputs.noFiles === "warn") warning(nothingAudited, { title: "repro-audit: nothing audited" });
    else actionLog(`repro-audit: ${nothingAudited}`);
  } else if (onlyFiles && report.files.length === 0 && report.errors.length === 0) {
    nothingAudited = "no Dockerfile changed in this pull request";
    actionLog(`only-changed: ${nothingAudited} (${audited.files.length} audited, none changed).`);
  }
  const reporterOptions = { root: workspace, color: false, nix: inputs.nix ?? audited.config?.nix, includeSuppressed: inputs.includeSuppressed };
  const sarifFile = path3.resolve(workspace, inputs.sarifFile || path3.join(process.env.RUNNER_TEMP || os2.tmpdir(), "repro-audit.sarif"));
  const insideWorkspace = sarifFile.startsWith(workspace + path3.sep) ? workspace : void 0;
  writeFileSafely(sarifFile, sarifReporter(report, reporterOptions), { createParents: true, inside: insideWorkspace });
  setOutput("sarif-file", sarifFile);
  const active = report.findings.filter((finding) => !finding.suppressed);
  setOutput("findings", active.length);
  setOutput("errors", report.errors.length);
  actionLog(`repro-audit: ${active.length} finding${active.length === 1 ? "" : "s"} in ${report.files.length} file${report.files.length === 1 ? "" : "s"}, ${report.errors.length} file error${report.errors.length === 1 ? "" : "s"}. SARIF: ${sarifFile}`);
  if (inputs.annotations) {
    process.stdout.write(githubReporter(report, reporterOptions));
    const hidden = hiddenAnnotations(report);
    if (hidden) notice(`${hidden} The step summary and the SARIF upload (Security tab) list every finding.`, { title: "repro-audit: not every finding is annotated" });
  } else if (active.length > 0) {
    actionLog("Annotations are off: code scanning annotates the pull request from the SARIF upload. Set `annotations: true` when the SARIF is not uploaded.");
  }
  let summaryWritten = false;
  const writeSummary = async () => {
    if (summaryWritten) return;
    await summary.addRaw(renderMarkdown(report, { ...reporterOptions, maxBytes: GITHUB_STEP_SUMMARY_LIMIT, fullReportHint: "the SARIF file", nothingAudited })).write();
    summaryWritten = true;
  };
  if (inputs.summary) await writeSummary();
  if (inputs.comment && pr) {
    const degraded = await commentOnPullRequest(client, pr, {
      marker: COMMENT_MARKER,
      render: (maxBytes, fullReportHint) => renderMarkdown(report, { ...reporterOptions, nothingAudited, maxBytes, fullReportHint }),
      worthCreating: active.length > 0 || report.errors.length > 0
    });
    if (degraded) await writeSummary();
  }
  const failing = active.filter((finding) => meetsThreshold(finding.severity, failOn));
  if (failing.length > 0) {
    setFailed(`${failing.length} finding${failing.length === 1 ? "" : "s"} at or above '${failOn}' (fail-on).`);
  } else if (report.errors.length > 0 && failOn !== "none") {
    setFailed(`${report.errors.length} file${report.errors.length === 1 ? "" : "s"} could not be audited.`);
  } else if (nothingFound && inputs.noFiles === "error") {
    setFailed(`${nothingAudited} (no-files: error).`);
  }
}
function hiddenAnnotations(report) {
  const counts = countAnnotations(report);
  const total = counts.error + counts.warning + counts.notice;
  const over = Object.entries(counts).filter(([, n]) => n > ANNOTATIONS_SHOWN_PER_KIND);
  if (over.length === 0 && total <= ANNOTATIONS_SHOWN_PER_JOB) return void 0;
  const detail = over.map(([kind, n]) => `${n} ${kind}s`).join(", ");
  return `GitHub displays at most ${ANNOTATIONS_SHOWN_PER_KIND} annotations of each kind per step and ${ANNOTATIONS_SHOWN_PER_JOB} per job; this step emitted ${total}${detail ? ` (${detail})` : ""}.`;
}
function restrictToFiles(report, files, root) {
  const keep = (file) => files.has(displayPath(file, root));
  return {
    ...report,
    findings: report.findings.filter((f) => keep(f.file) || f.related?.some((location) => keep(location.file))),
    errors: report.errors.filter((e) => keep(e.file)),
    files: report.files.filter(keep)
  };
}
async function startAction(audit) {
  try {
    await runAction(audit);
  } catch (error) {
    if (!(error instanceof InputError) && error instanceof Error && error.stack) debug(error.stack);
    setFailed(error instanceof Error ? error.message : String(error));
  }
}

// src/action/main.ts
var mode = getInput("mode").trim().toLowerCase();
if (mode === "" || mode === "lint") await startAction(runAudit);
else await (await import("./chunks/modes-LG7QMRWD.js")).startHarnessMode(mode);
