import * as core from '@actions/core';
import type { Severity } from '../findings/index.js';

export type FailOn = Severity | 'none';

/**
 * The config the workflow chose: a file, or YAML written in the workflow itself (a value of several
 * lines). Either replaces the `.repro-audit.yml` a pull request may bring.
 */
export type ConfigInput = { kind: 'file'; path: string } | { kind: 'inline'; yaml: string };

export interface ActionInputs {
  paths: string[];
  config?: ConfigInput;
  /** Undefined when the workflow leaves it to the config file (whose default is `error`). */
  failOn?: FailOn;
  /** Where the SARIF log is written; empty means the runner's temporary directory. */
  sarifFile: string;
  onlyChanged: boolean;
  comment: boolean;
  annotations: boolean;
  summary: boolean;
  token: string;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

/** Reads the inputs declared in action.yml; the defaults here match it for runs outside a workflow. */
export function readInputs(): ActionInputs {
  const failOn = core.getInput('fail-on').trim().toLowerCase();
  if (failOn !== '' && !FAIL_ON.includes(failOn as FailOn)) throw new InputError(`Input 'fail-on' must be one of ${FAIL_ON.join(', ')}; got '${failOn}'.`);
  const paths = splitList(core.getInput('paths'));
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: configInput(core.getInput('config', { trimWhitespace: false })),
    failOn: failOn === '' ? undefined : (failOn as FailOn),
    sarifFile: core.getInput('sarif-file'),
    onlyChanged: booleanInput('only-changed', false),
    comment: booleanInput('comment', true),
    annotations: booleanInput('annotations', true),
    summary: booleanInput('summary', true),
    token: core.getInput('github-token'),
  };
}

/** A path never spans lines; YAML written in the workflow (`config: |`) always ends with a line break. */
export function configInput(value: string): ConfigInput | undefined {
  if (value.includes('\n')) return { kind: 'inline', yaml: value };
  const file = value.trim();
  return file ? { kind: 'file', path: file } : undefined;
}

/** Paths and globs, one per line or comma separated; blank entries and `#` comments are ignored. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}

/** A mistake in the workflow file: reported as one clear line, never a stack trace. */
export class InputError extends Error {}
