// Validates SARIF logs the two ways code scanning cares about: the official OASIS 2.1.0 JSON
// schema (ajv, draft-04) and Microsoft's SARIF validator with its GitHub rules (`Gh;Sarif`).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import AjvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { SHARED_DIR } from './shared-data.js';

const require = createRequire(import.meta.url);
const SARIF_SCHEMA_PATH = path.join(SHARED_DIR, 'schemas', 'sarif-schema-2.1.0.json');

let validateSchema: ValidateFunction | undefined;

function sarifSchemaValidator(): ValidateFunction {
  if (!validateSchema) {
    // CommonJS packages: `.default` is the class/plugin itself, under Node and under the type checker.
    const ajv = new AjvDraft04.default({ allErrors: true, strictRequired: false });
    ajvFormats.default(ajv);
    validateSchema = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA_PATH, 'utf8')));
  }
  return validateSchema;
}

/** Throws, listing every violation, unless `sarifText` is a SARIF 2.1.0 log valid against the OASIS schema. */
export function assertValidSarif(sarifText: string): void {
  const log: unknown = JSON.parse(sarifText);
  const validate = sarifSchemaValidator();
  if (!validate(log)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`SARIF does not validate against the 2.1.0 schema:\n  ${problems.join('\n  ')}`);
  }
}

export interface MultitoolIssue {
  /** The validated file the issue is about. */
  file: string;
  ruleId: string;
  level: 'error' | 'warning' | 'note' | 'none';
  message: string;
}

/** Path of the validator binary, made executable (npm's install-script policy skipped its chmod). */
export function multitoolBinary(): string {
  const packageDir = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
  const binary = path.join(packageDir, 'Sarif.Multitool');
  const mode = fs.statSync(binary).mode;
  if ((mode & 0o100) === 0) fs.chmodSync(binary, mode | 0o100);
  return binary;
}

/**
 * Runs `Sarif.Multitool validate --rule-kind Gh;Sarif` once over all `files` (it is a .NET binary,
 * slow to start) and returns what it found. The tool exits 0 even when it reports errors, so its
 * own SARIF output is read instead of its exit status.
 */
export async function validateWithMultitool(files: readonly string[]): Promise<MultitoolIssue[]> {
  if (files.length === 0) return [];
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-multitool-'));
  const output = path.join(outDir, 'validation.sarif');
  try {
    await promisify(execFile)(multitoolBinary(), ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, ...files], {
      maxBuffer: 64 * 1024 * 1024,
      // The validator is a self-contained .NET app; without ICU on the machine it must not look for it.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: process.env.DOTNET_SYSTEM_GLOBALIZATION_INVARIANT ?? '1' },
    });
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as {
      runs: Array<{
        tool: { driver: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } };
        results?: Array<{ ruleId: string; level?: MultitoolIssue['level']; message: { text?: string; id?: string; arguments?: string[] }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>;
        invocations?: Array<{ executionSuccessful?: boolean; toolExecutionNotifications?: Array<{ message: { text?: string } }> }>;
      }>;
    };
    const run = log.runs[0]!;
    const invocation = run.invocations?.[0];
    if (invocation && invocation.executionSuccessful === false) {
      throw new Error(`SARIF validator failed: ${(invocation.toolExecutionNotifications ?? []).map((n) => n.message.text).join('; ')}`);
    }
    const templates = new Map((run.tool.driver.rules ?? []).map((rule) => [rule.id, rule.messageStrings ?? {}]));
    return (run.results ?? []).map((result) => {
      const template = result.message.id ? templates.get(result.ruleId)?.[result.message.id]?.text : undefined;
      const args = result.message.arguments ?? [];
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      return {
        file: uri.startsWith('file:') ? fileURLToPath(uri) : uri,
        ruleId: result.ruleId,
        level: result.level ?? 'warning',
        message: result.message.text ?? template?.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '') ?? [result.message.id, ...args].join(' '),
      };
    });
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Throws, listing them, when the validator reports any error-level issue for `files`. */
export async function assertMultitoolClean(files: readonly string[]): Promise<MultitoolIssue[]> {
  const issues = await validateWithMultitool(files);
  const errors = issues.filter((issue) => issue.level === 'error');
  if (errors.length > 0) {
    throw new Error(`SARIF validator reported ${errors.length} error(s):\n  ${errors.map((e) => `${e.file}: ${e.ruleId} ${e.message}`).join('\n  ')}`);
  }
  return issues;
}
