import * as core from '@actions/core';
import { NIX_DETAILS, type NixDetail, type Severity } from '../findings/index.js';
import { NO_FILES_POLICIES, type NoFilesPolicy } from '../engine/index.js';

export type FailOn = Severity | 'none';

/**
 * The config the workflow chose: a file, or YAML written in the workflow itself (a value of several
 * lines). Either replaces the `.repro-audit.yml` a pull request may bring.
 */
export type ConfigInput = { kind: 'file'; path: string } | { kind: 'inline'; yaml: string };

export interface ActionInputs {
  /** Paths and globs (see paths.ts). */
  paths: string[];
  config?: ConfigInput;
  /** Undefined when the workflow leaves it to the config file (whose default is `error`). */
  failOn?: FailOn;
  /** Where the SARIF log is written; empty means the runner's temporary directory. */
  sarifFile: string;
  onlyChanged: boolean;
  /** SARIF `automationDetails.id`; empty: the audit's own (`repro-audit/lint/`). */
  category: string;
  includeSuppressed: boolean;
  /** Undefined when the workflow leaves it to the config file (whose default is `brief`). */
  nix?: NixDetail;
  noFiles: NoFilesPolicy;
  comment: boolean;
  annotations: boolean;
  summary: boolean;
  token: string;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

/** Reads the inputs declared in action.yml; the defaults here match it for runs outside a workflow. */
export function readInputs(): ActionInputs {
  const paths = splitList(core.getInput('paths'));
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: configInput(core.getInput('config', { trimWhitespace: false })),
    failOn: choiceInput('fail-on', FAIL_ON),
    sarifFile: core.getInput('sarif-file'),
    onlyChanged: booleanInput('only-changed', false),
    category: core.getInput('category'),
    includeSuppressed: booleanInput('include-suppressed', false),
    nix: choiceInput('nix', NIX_DETAILS),
    noFiles: choiceInput('no-files', NO_FILES_POLICIES) ?? 'warn',
    comment: booleanInput('comment', true),
    // Off unless asked: code scanning annotates the pull request from the SARIF upload.
    annotations: booleanInput('annotations', false),
    summary: booleanInput('summary', true),
    token: core.getInput('github-token'),
  };
}

/** One of `allowed`, or undefined when the input is empty. */
function choiceInput<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'.`);
  return value as T;
}

/** A path never spans lines; YAML written in the workflow (`config: |`) always ends with a line break. */
export function configInput(value: string): ConfigInput | undefined {
  if (value.includes('\n')) return { kind: 'inline', yaml: value };
  const file = value.trim();
  return file ? { kind: 'file', path: file } : undefined;
}

/** Paths and globs, one per line or comma separated; blank entries and `#` comments are ignored. */
export function splitList(value: string): string[] {
  const entries: string[] = [];
  let entry = '';
  let braces = 0;
  // A comma inside a glob's braces (`docker/{api,web}`) separates alternatives, not entries.
  for (const char of value) {
    if (char === '\n' || (char === ',' && braces === 0)) {
      entries.push(entry);
      entry = '';
      braces = 0;
      continue;
    }
    if (char === '{') braces++;
    else if (char === '}' && braces > 0) braces--;
    entry += char;
  }
  entries.push(entry);
  return entries.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}

/** A mistake in the workflow file: reported as one clear line, never a stack trace. */
export class InputError extends Error {}
