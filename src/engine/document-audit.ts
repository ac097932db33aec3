/**
 * The audit of files other than Dockerfiles: a Nix file (with the `flake.lock` beside a
 * `flake.nix`), a flake lock, a workflow or action (with the repository's `actions.lock`), a
 * Compose file (with the `.env` beside it). Each kind's reader loads when a file of that kind is
 * first audited (`loadDocumentAuditors`), so a run over Dockerfiles never loads the Nix grammar
 * or the YAML reader.
 */
import path from 'node:path';
import type { BuildContextReader } from '../build-context/index.js';
import { loadComposeParser, parseDotEnv } from '../compose/index.js';
import type { FileError, FileKind, Finding, Span } from '../findings/index.js';
import { loadFlakeLockReader, loadNixParser } from '../nixlang/index.js';
import { runDocumentRules, type DocumentKind, type DocumentModels, type DocumentSource } from '../rules/index.js';
import { ACTIONS_LOCK_FILE, loadWorkflowParser } from '../workflows/index.js';
import type { PreparedAudit } from './prepare.js';

export type DocumentAuditor = (text: string, file: string, prepared: PreparedAudit, context: BuildContextReader) => { findings: Finding[]; errors: FileError[] };

const auditors = new Map<FileKind, DocumentAuditor>();

/** Loads the readers of `kinds` (Dockerfiles need none here). */
export async function loadDocumentAuditors(kinds: Iterable<FileKind>): Promise<void> {
  for (const kind of new Set(kinds)) {
    if (kind === 'dockerfile' || auditors.has(kind)) continue;
    auditors.set(kind, await makeAuditor(kind));
  }
}

export function documentAuditor(kind: FileKind): DocumentAuditor {
  const auditor = auditors.get(kind);
  if (!auditor) throw new Error(`the ${kind} reader is not loaded`);
  return auditor;
}

async function makeAuditor(kind: Exclude<FileKind, 'dockerfile'>): Promise<DocumentAuditor> {
  switch (kind) {
    case 'nix': {
      const [{ parseNix }, { parseFlakeLock }] = await Promise.all([loadNixParser(), loadFlakeLockReader()]);
      return (text, file, prepared, context) => {
        const nix = parseNix(text, file);
        if (path.basename(file) === 'flake.nix') {
          const lock = context.readText('flake.lock');
          nix.flakeLock = lock === undefined ? null : parseFlakeLock(lock, path.join(path.dirname(file), 'flake.lock'));
        }
        const errors = nix.syntaxErrors.map((span) => syntaxError(file, text, nix.positions.regionOf(span), 'Nix syntax error near'));
        return withErrors(run('nix', nix, { file, text, comments: nix.comments }, prepared, context), errors.slice(0, 1));
      };
    }
    case 'flake-lock': {
      const { parseFlakeLock } = await loadFlakeLockReader();
      return (text, file, prepared, context) => {
        const lock = parseFlakeLock(text, file);
        if (lock.error) return { findings: [], errors: [located(file, lock.positions.regionOf(lock.error.span), `flake.lock is ${lock.error.message}`)] };
        return run('flake-lock', lock, { file, text, comments: [] }, prepared, context);
      };
    }
    case 'workflow': {
      const { parseActionsLock, parseWorkflow } = await loadWorkflowParser();
      return (text, file, prepared, context) => {
        const relative = path.relative(context.root, path.resolve(file)).split(path.sep).join('/');
        const inWorkflows = relative.startsWith('.github/workflows/');
        const workflow = parseWorkflow(text, file, inWorkflows ? relative : undefined);
        if (inWorkflows) {
          const lock = context.readText(ACTIONS_LOCK_FILE);
          workflow.actionsLock = lock === undefined ? null : parseActionsLock(lock, ACTIONS_LOCK_FILE);
        }
        return withErrors(run('workflow', workflow, { file, text, comments: workflow.comments, units: workflow.units }, prepared, context), yamlErrors(file, workflow));
      };
    }
    case 'compose': {
      const { parseCompose } = await loadComposeParser();
      return (text, file, prepared, context) => {
        const env = context.readText('.env');
        const compose = parseCompose(text, file, env === undefined ? new Map() : parseDotEnv(env));
        return withErrors(run('compose', compose, { file, text, comments: compose.comments }, prepared, context), yamlErrors(file, compose));
      };
    }
  }
}

function run<K extends DocumentKind>(kind: K, document: DocumentModels[K], source: DocumentSource, prepared: PreparedAudit, context: BuildContextReader) {
  return runDocumentRules(kind, document, source, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
}

function withErrors(result: { findings: Finding[]; errors: FileError[] }, errors: FileError[]) {
  return { findings: result.findings, errors: [...errors, ...result.errors] };
}

function yamlErrors(file: string, document: { errors: Array<{ span: Span; message: string }>; positions: { regionOf(span: Span): { startLine: number; startColumn: number } } }): FileError[] {
  return document.errors.slice(0, 1).map((error) => located(file, document.positions.regionOf(error.span), `not valid YAML: ${error.message}`));
}

function located(file: string, region: { startLine: number; startColumn: number }, message: string): FileError {
  return { file, line: region.startLine, column: region.startColumn, message };
}

function syntaxError(file: string, text: string, region: { startLine: number; startColumn: number }, what: string): FileError {
  const line = text.split(/\r\n|\r|\n/)[region.startLine - 1] ?? '';
  const excerpt = line.slice(Math.max(0, region.startColumn - 1), region.startColumn + 39).trim();
  return located(file, region, `${what} \`${excerpt}\`: Nix will refuse to evaluate this file`);
}
