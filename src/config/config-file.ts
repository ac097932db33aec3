/**
 * Reading and validating `.repro-audit.yml`. Loaded only when a config file exists: the YAML parser
 * is a sizeable share of a one-file audit's start-up.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { NIX_DETAILS, SEVERITIES, type NixDetail, type Severity } from '../findings/index.js';
import { describeReadProblem, readRegularFile } from '../safe-fs/index.js';
import { ConfigError, defaultConfig, type Config } from './config.js';

const KNOWN_KEYS = new Set(['fail-on', 'nix', 'trusted-registries', 'ignore-paths', 'build-args', 'rules']);

/** Real configs are a few hundred bytes; a bound keeps `.repro-audit.yml -> /dev/zero` from reading forever. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function loadConfig(file: string): Config {
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if ('problem' in read) throw new ConfigError(file, undefined, `cannot read the config file: ${describeReadProblem(read.problem)}`);
  return parseConfig(read.bytes.toString('utf8'), file);
}

export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const fail = (node: unknown, message: string): never => {
    throw new ConfigError(file, lineAt((node as { range?: [number] } | undefined)?.range?.[0]), message);
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new ConfigError(file, lineAt(error.pos[0]), `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const config = defaultConfig(path.dirname(path.resolve(file)));
  config.file = file;
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) return fail(root, 'the config must be a mapping (key: value)');

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (!KNOWN_KEYS.has(key)) fail(pair.key, `unknown setting \`${key}\` (known: ${[...KNOWN_KEYS].join(', ')})`);
    switch (key) {
      case 'fail-on':
        config.failOn = oneOf(value, [...SEVERITIES, 'none'], fail) as Severity | 'none';
        break;
      case 'nix':
        config.nix = oneOf(value, NIX_DETAILS, fail) as NixDetail;
        break;
      case 'trusted-registries':
      case 'ignore-paths': {
        const list = stringList(value, key, fail);
        if (key === 'trusted-registries') config.trustedRegistries = list;
        else config.ignorePaths = list;
        break;
      }
      case 'build-args':
        if (!isMap(value)) fail(value ?? pair.key, '`build-args` must map names to values');
        for (const item of (value as { items: { key: unknown; value: unknown }[] }).items) {
          const name = isScalar(item.key) ? String(item.key.value) : fail(item.key, 'build arg names must be strings');
          config.buildArgs[name] = isScalar(item.value) ? String(item.value.value ?? '') : fail(item.value, `build arg ${name} must be a string`);
        }
        break;
      case 'rules':
        readRules(value, config, document, fail, lineAt);
        break;
    }
  }
  return config;
}

type Fail = (node: unknown, message: string) => never;

function readRules(value: unknown, config: Config, _document: Document, fail: Fail, lineAt: (offset: number | undefined) => number | undefined): void {
  if (!isMap(value)) fail(value, '`rules` must map rule ids or names to off, a severity, or {severity, options}');
  for (const item of (value as { items: { key: unknown; value: unknown }[] }).items) {
    const id = isScalar(item.key) ? String(item.key.value) : fail(item.key, 'rule keys must be rule ids or names');
    const line = lineAt((item.key as { range?: [number] }).range?.[0]);
    const setting = item.value;
    if (isScalar(setting)) {
      const level = String(setting.value);
      if (level === 'off' || setting.value === false) config.rules.set(id, { enabled: false, options: {}, line });
      else config.rules.set(id, { enabled: true, severity: oneOf(setting, SEVERITIES, fail) as Severity, options: {}, line });
      continue;
    }
    if (!isMap(setting)) fail(setting ?? item.key, `rule ${id}: use off, a severity, or a mapping with severity and options`);
    const json = (setting as { toJSON(): Record<string, unknown> }).toJSON();
    const { severity, enabled, ...options } = json;
    if (severity !== undefined && !SEVERITIES.includes(severity as Severity)) fail(setting, `rule ${id}: severity must be one of ${SEVERITIES.join(', ')}`);
    config.rules.set(id, { enabled: enabled !== false && severity !== 'off', severity: severity as Severity | undefined, options, line });
  }
}

/** A scalar that must be one of `allowed` (a severity, a Nix detail level). */
function oneOf(node: unknown, allowed: readonly string[], fail: Fail): string {
  const value = isScalar(node) ? String(node.value) : undefined;
  if (value === undefined || !allowed.includes(value)) fail(node, `expected one of ${allowed.join(', ')}`);
  return value!;
}

function stringList(node: unknown, key: string, fail: Fail): string[] {
  if (!isSeq(node)) return fail(node, `\`${key}\` must be a list of strings`);
  return node.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : fail(item, `\`${key}\` entries must be strings`)));
}
