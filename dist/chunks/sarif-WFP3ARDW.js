import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  TOOL_INFORMATION_URI,
  TOOL_NAME,
  TOOL_VERSION,
  fingerprintFindings
} from "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import {
  fencedCode
} from "./chunk-I3VAFWKR.js";
import "./chunk-QQC64ZS2.js";
import {
  compareFindings,
  compareText,
  ruleExamples,
  ruleTags
} from "./chunk-DK4JW3AF.js";
import {
  nixLevel
} from "./chunk-5EVDRQ33.js";
import {
  SRCROOT,
  inertJsonToRunner,
  sarifArtifactUri,
  sarifRootUri
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/report/rule-help.ts
function ruleHelpMarkdown(rule) {
  const { docs } = rule;
  const { language } = ruleExamples(rule);
  const sections = [
    `**${rule.id} ${rule.name}**: ${rule.summary}`,
    `### Why

${docs.why.trim()}`,
    `### Flagged

${fencedCode(docs.failing, language)}`,
    `### Passing

${fencedCode(docs.passing, language)}`,
    `### How to fix

${docs.fix.trim()}`
  ];
  if (docs.nix) sections.push(`### The Nix way

${docs.nix.trim()}`);
  return sections.join("\n\n") + "\n";
}
function ruleHelpText(rule) {
  const { docs } = rule;
  const sections = [
    `${rule.id} ${rule.name}: ${rule.summary}`,
    `Why: ${docs.why.trim()}`,
    `Flagged:
${indent(docs.failing)}`,
    `Passing:
${indent(docs.passing)}`,
    `How to fix: ${docs.fix.trim()}`
  ];
  if (docs.nix) sections.push(`The Nix way: ${docs.nix.trim()}`);
  return sections.join("\n\n") + "\n";
}
function indent(code) {
  return code.replace(/\s+$/, "").split("\n").map((line) => `    ${line}`).join("\n");
}

// src/report/sarif.ts
var GITHUB_SARIF_LIMITS = {
  /** Results per run GitHub accepts (it displays the 5,000 most severe). */
  resultsPerRun: 25e3,
  /** Tags per rule GitHub accepts (it displays 10). */
  tagsPerRule: 20
};
var DEFAULT_CATEGORY = "repro-audit/lint/";
var FINGERPRINT_KEY = "reproAudit/v1";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var problemSeverity = { error: "error", warning: "warning", note: "recommendation" };
var sarifReporter = (report, options) => inertJsonToRunner(`${JSON.stringify(buildSarifLog(report, options), null, 2)}
`);
function buildSarifLog(report, options) {
  const rules = ruleDescriptors(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const reported = options.includeSuppressed ? report.findings : report.findings.filter((finding) => !finding.suppressed);
  const { kept, dropped } = applyResultLimit(reported, options.maxResults ?? GITHUB_SARIF_LIMITS.resultsPerRun);
  const fingerprints = fingerprintFindings(report.findings, options.root, options.readSource);
  const nix = nixLevel(options);
  const results = kept.map((finding) => {
    const fingerprint = fingerprints.get(finding);
    const artifactLocation = sarifArtifactUri(finding.file, options.root);
    const result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: finding.severity,
      message: { text: nix === "full" && finding.nix ? `${finding.message} Nix: ${finding.nix.summary}` : finding.message },
      locations: [{ physicalLocation: { artifactLocation, region: sarifRegion(finding.region) } }],
      // Our own key only: upload-sarif adds its `primaryLocationLineHash` from the file, and warns
      // when a result already carries one that differs from what it computes.
      partialFingerprints: { [FINGERPRINT_KEY]: `${fingerprint.hash}:${fingerprint.occurrence}` }
    };
    if (finding.related?.length) {
      result.relatedLocations = finding.related.map((related, index) => ({
        id: index + 1,
        physicalLocation: { artifactLocation: sarifArtifactUri(related.file, options.root), region: sarifRegion(related.region) },
        message: { text: related.message }
      }));
    }
    if (finding.fix) {
      result.fixes = [
        {
          description: { text: finding.fix.description },
          artifactChanges: [
            {
              artifactLocation,
              replacements: finding.fix.edits.map((edit) => ({ deletedRegion: sarifRegion(edit.region), insertedContent: { text: edit.text } }))
            }
          ]
        }
      ];
    }
    if (finding.suppressed) {
      result.suppressions = [
        {
          kind: finding.suppressed.kind === "inline" ? "inSource" : "external",
          status: "accepted",
          justification: finding.suppressed.justification
        }
      ];
    }
    const properties = resultProperties(finding, nix !== "off");
    if (properties) result.properties = properties;
    return result;
  });
  const notifications = [...report.errors.map((error) => fileErrorNotification(error, options.root))];
  if (dropped > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${dropped} of ${reported.length} results were left out: GitHub code scanning accepts at most ${options.maxResults ?? GITHUB_SARIF_LIMITS.resultsPerRun} results per run. The most severe are kept; run with --format json for all of them.`
      }
    });
  }
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: TOOL_VERSION,
        informationUri: TOOL_INFORMATION_URI,
        rules
      }
    },
    automationDetails: { id: report.category ?? DEFAULT_CATEGORY },
    originalUriBaseIds: { [SRCROOT]: { uri: sarifRootUri(options.root) } },
    columnKind: "utf16CodeUnits",
    invocations: [
      {
        // The audit completed; files it could not read are reported as error notifications below.
        executionSuccessful: true,
        ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
      }
    ],
    results
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function ruleDescriptors(report) {
  const metas = /* @__PURE__ */ new Map();
  for (const rule of report.rules) metas.set(rule.id, rule);
  const descriptors = [...metas.values()].sort((a, b) => compareText(a.id, b.id)).map(ruleDescriptor);
  const orphans = [...new Set(report.findings.map((f) => f.ruleId))].filter((id) => !metas.has(id)).sort();
  for (const id of orphans) {
    const text = `Rule ${id} (no documentation available in this version of ${TOOL_NAME}).`;
    descriptors.push({ id, shortDescription: { text }, fullDescription: { text }, help: { text, markdown: text } });
  }
  return descriptors;
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.name),
    shortDescription: { text: rule.summary },
    fullDescription: { text: firstParagraph(rule.docs.why) },
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ruleTags(rule).slice(0, GITHUB_SARIF_LIMITS.tagsPerRule),
      precision: rule.precision,
      "problem.severity": problemSeverity[rule.severity],
      ...rule.hadolint?.length ? { hadolint: rule.hadolint } : {}
    }
  };
}
function resultProperties(finding, withNix) {
  const properties = { ...finding.properties };
  if (finding.instruction) properties.instruction = finding.instruction.keyword;
  if (finding.instruction?.stage !== void 0) properties.stage = finding.instruction.stage;
  if (finding.details) properties.details = finding.details;
  if (withNix && finding.nix) {
    properties.nixSummary = finding.nix.summary;
    if (finding.nix.snippet) properties.nixSnippet = finding.nix.snippet;
    if (finding.nix.attrs?.length) properties.nixAttributes = finding.nix.attrs;
    if (finding.nix.unmapped?.length) properties.nixUnmapped = finding.nix.unmapped;
  }
  return Object.keys(properties).length > 0 ? properties : void 0;
}
function fileErrorNotification(error, root) {
  const region = error.line !== void 0 ? { startLine: error.line, ...error.column !== void 0 ? { startColumn: error.column } : {} } : void 0;
  return {
    level: "error",
    message: { text: error.message },
    locations: [{ physicalLocation: { artifactLocation: sarifArtifactUri(error.file, root), ...region ? { region } : {} } }]
  };
}
function sarifRegion(region) {
  return { startLine: region.startLine, startColumn: region.startColumn, endLine: region.endLine, endColumn: region.endColumn };
}
var severityRank = { error: 0, warning: 1, note: 2 };
function applyResultLimit(findings, limit) {
  const ordered = [...findings].sort(compareFindings);
  if (ordered.length <= limit) return { kept: ordered, dropped: 0 };
  const byPriority = [...ordered].sort(
    (a, b) => Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) || severityRank[a.severity] - severityRank[b.severity] || compareFindings(a, b)
  );
  const keep = new Set(byPriority.slice(0, limit));
  return { kept: ordered.filter((f) => keep.has(f)), dropped: ordered.length - limit };
}
function firstParagraph(markdown) {
  return markdown.trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ");
}
function pascalCase(kebab) {
  return kebab.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
export {
  DEFAULT_CATEGORY,
  FINGERPRINT_KEY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
};
