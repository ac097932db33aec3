import type * as Sarif from 'sarif';
import { compareFindings, compareText, ruleTags, type AuditReport, type FileError, type Finding, type Region, type RuleMeta, type Severity } from '../findings/index.js';
import { inertJsonToRunner } from './escape/workflow-commands.js';
import { fingerprintFindings, type SourceReader } from './fingerprint.js';
import { sarifArtifactUri, sarifRootUri, SRCROOT } from './paths.js';
import { ruleHelpMarkdown, ruleHelpText } from './rule-help.js';
import { TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from './tool-info.js';
import { nixLevel, type Reporter, type ReporterOptions } from './types.js';

/**
 * Limits from GitHub's "SARIF support for code scanning" that this reporter enforces itself, so an
 * upload is never rejected and what is dropped is said in the log rather than silently.
 */
export const GITHUB_SARIF_LIMITS = {
  /** Results per run GitHub accepts (it displays the 5,000 most severe). */
  resultsPerRun: 25_000,
  /** Tags per rule GitHub accepts (it displays 10). */
  tagsPerRule: 20,
} as const;

export const DEFAULT_CATEGORY = 'repro-audit/lint/';

/** The `partialFingerprints` key of repro-audit's own finding identity (see fingerprint.ts). */
export const FINGERPRINT_KEY = 'reproAudit/v1';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub's `problem.severity` vocabulary for alerts that are not security vulnerabilities. */
const problemSeverity: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

export interface SarifOptions extends ReporterOptions {
  /** Reads audited files for fingerprints; defaults to the file system. */
  readSource?: SourceReader;
  /** Overrides GitHub's results-per-run limit (tests use a small one). */
  maxResults?: number;
}

export const sarifReporter: Reporter = (report, options) => inertJsonToRunner(`${JSON.stringify(buildSarifLog(report, options), null, 2)}\n`);

export function buildSarifLog(report: AuditReport, options: SarifOptions): Sarif.Log {
  const rules = ruleDescriptors(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // Code scanning opens an alert for every result, suppressed or not: suppressed findings stay out
  // unless asked for (advanced-security/dismiss-alerts reads their `suppressions` to dismiss them).
  const reported = options.includeSuppressed ? report.findings : report.findings.filter((finding) => !finding.suppressed);
  const { kept, dropped } = applyResultLimit(reported, options.maxResults ?? GITHUB_SARIF_LIMITS.resultsPerRun);
  // Over every finding, so an occurrence number does not depend on which are reported.
  const fingerprints = fingerprintFindings(report.findings, options.root, options.readSource);
  const nix = nixLevel(options);

  const results = kept.map((finding): Sarif.Result => {
    const fingerprint = fingerprints.get(finding)!;
    const artifactLocation = sarifArtifactUri(finding.file, options.root);
    const result: Sarif.Result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: finding.severity,
      message: { text: nix === 'full' && finding.nix ? `${finding.message} Nix: ${finding.nix.summary}` : finding.message },
      locations: [{ physicalLocation: { artifactLocation, region: sarifRegion(finding.region) } }],
      // Our own key only: upload-sarif adds its `primaryLocationLineHash` from the file, and warns
      // when a result already carries one that differs from what it computes.
      partialFingerprints: { [FINGERPRINT_KEY]: `${fingerprint.hash}:${fingerprint.occurrence}` },
    };
    if (finding.related?.length) {
      result.relatedLocations = finding.related.map((related, index) => ({
        id: index + 1,
        physicalLocation: { artifactLocation: sarifArtifactUri(related.file, options.root), region: sarifRegion(related.region) },
        message: { text: related.message },
      }));
    }
    if (finding.fix) {
      result.fixes = [
        {
          description: { text: finding.fix.description },
          artifactChanges: [
            {
              artifactLocation,
              replacements: finding.fix.edits.map((edit) => ({ deletedRegion: sarifRegion(edit.region), insertedContent: { text: edit.text } })),
            },
          ],
        },
      ];
    }
    if (finding.suppressed) {
      result.suppressions = [
        {
          kind: finding.suppressed.kind === 'inline' ? 'inSource' : 'external',
          status: 'accepted',
          justification: finding.suppressed.justification,
        },
      ];
    }
    const properties = resultProperties(finding, nix !== 'off');
    if (properties) result.properties = properties;
    return result;
  });

  const notifications = [...report.errors.map((error) => fileErrorNotification(error, options.root))];
  if (dropped > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${dropped} of ${reported.length} results were left out: GitHub code scanning accepts at most ${options.maxResults ?? GITHUB_SARIF_LIMITS.resultsPerRun} results per run. The most severe are kept; run with --format json for all of them.`,
      },
    });
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: TOOL_VERSION,
        informationUri: TOOL_INFORMATION_URI,
        rules,
      },
    },
    automationDetails: { id: report.category ?? DEFAULT_CATEGORY },
    originalUriBaseIds: { [SRCROOT]: { uri: sarifRootUri(options.root) } },
    columnKind: 'utf16CodeUnits',
    invocations: [
      {
        // The audit completed; files it could not read are reported as error notifications below.
        executionSuccessful: true,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function ruleDescriptors(report: AuditReport): Sarif.ReportingDescriptor[] {
  const metas = new Map<string, RuleMeta>();
  for (const rule of report.rules) metas.set(rule.id, rule);
  const descriptors = [...metas.values()].sort((a, b) => compareText(a.id, b.id)).map(ruleDescriptor);
  // The contract promises metadata for every rule id; a descriptor still keeps an orphan result valid.
  const orphans = [...new Set(report.findings.map((f) => f.ruleId))].filter((id) => !metas.has(id)).sort();
  for (const id of orphans) {
    const text = `Rule ${id} (no documentation available in this version of ${TOOL_NAME}).`;
    descriptors.push({ id, shortDescription: { text }, fullDescription: { text }, help: { text, markdown: text } });
  }
  return descriptors;
}

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.name),
    shortDescription: { text: rule.summary },
    fullDescription: { text: firstParagraph(rule.docs.why) },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ruleTags(rule).slice(0, GITHUB_SARIF_LIMITS.tagsPerRule),
      precision: rule.precision,
      'problem.severity': problemSeverity[rule.severity],
      ...(rule.hadolint?.length ? { hadolint: rule.hadolint } : {}),
    },
  };
}

function resultProperties(finding: Finding, withNix: boolean): Sarif.PropertyBag | undefined {
  const properties: Sarif.PropertyBag = { ...finding.properties };
  if (finding.instruction) properties.instruction = finding.instruction.keyword;
  if (finding.instruction?.stage !== undefined) properties.stage = finding.instruction.stage;
  if (finding.details) properties.details = finding.details;
  if (withNix && finding.nix) {
    properties.nixSummary = finding.nix.summary;
    if (finding.nix.snippet) properties.nixSnippet = finding.nix.snippet;
    if (finding.nix.attrs?.length) properties.nixAttributes = finding.nix.attrs;
    if (finding.nix.unmapped?.length) properties.nixUnmapped = finding.nix.unmapped;
  }
  return Object.keys(properties).length > 0 ? properties : undefined;
}

function fileErrorNotification(error: FileError, root: string): Sarif.Notification {
  const region: Sarif.Region | undefined =
    error.line !== undefined ? { startLine: error.line, ...(error.column !== undefined ? { startColumn: error.column } : {}) } : undefined;
  return {
    level: 'error',
    message: { text: error.message },
    locations: [{ physicalLocation: { artifactLocation: sarifArtifactUri(error.file, root), ...(region ? { region } : {}) } }],
  };
}

function sarifRegion(region: Region): Sarif.Region {
  return { startLine: region.startLine, startColumn: region.startColumn, endLine: region.endLine, endColumn: region.endColumn };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Keeps the most severe findings (unsuppressed first) when over the limit, in the usual reporting order. */
function applyResultLimit(findings: readonly Finding[], limit: number): { kept: Finding[]; dropped: number } {
  const ordered = [...findings].sort(compareFindings);
  if (ordered.length <= limit) return { kept: ordered, dropped: 0 };
  const byPriority = [...ordered].sort(
    (a, b) => Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) || severityRank[a.severity] - severityRank[b.severity] || compareFindings(a, b),
  );
  const keep = new Set(byPriority.slice(0, limit));
  return { kept: ordered.filter((f) => keep.has(f)), dropped: ordered.length - limit };
}

function firstParagraph(markdown: string): string {
  return markdown.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ');
}

function pascalCase(kebab: string): string {
  return kebab
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
