import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configInput, InputError, splitList } from '../../src/action/inputs.js';
import { pinnedConfigFile } from '../../src/action/pinned-config.js';
import { tempDir } from '../support/temp.js';

describe('the config input', () => {
  it('is a path on one line, and YAML when it spans lines (`config: |`)', () => {
    expect(configInput('')).toBeUndefined();
    expect(configInput('  ci/repro-audit.yml ')).toEqual({ kind: 'file', path: 'ci/repro-audit.yml' });
    expect(configInput('fail-on: warning\n')).toEqual({ kind: 'inline', yaml: 'fail-on: warning\n' });
  });

  it('writes inline YAML to a private file outside the checkout, after checking it', () => {
    const temp = tempDir('pinned-config');
    const file = pinnedConfigFile({ kind: 'inline', yaml: 'fail-on: warning\n' }, temp)!;
    expect(path.dirname(path.dirname(file))).toBe(temp);
    expect(fs.readFileSync(file, 'utf8')).toBe('fail-on: warning\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(pinnedConfigFile({ kind: 'file', path: 'ci/x.yml' }, temp)).toBe('ci/x.yml');
    expect(() => pinnedConfigFile({ kind: 'inline', yaml: 'fail-on: sometimes\n' }, temp)).toThrow(new InputError("the Action's `config` input:1: expected one of error, warning, note, none"));
    expect(() => pinnedConfigFile({ kind: 'inline', yaml: 'ignore-paths:\n  - vendor/**\n' }, temp)).toThrow(/`ignore-paths` has no folder to be relative to/);
  });
});

describe('list inputs (paths)', () => {
  it('split on newlines and commas, but not on the commas of a glob\'s braces', () => {
    expect(splitList('services/web, services/api\n# a comment\n\n docker/{api,web}/Dockerfile ,x')).toEqual(['services/web', 'services/api', 'docker/{api,web}/Dockerfile', 'x']);
    // An unclosed brace ends with its line.
    expect(splitList('a{b,c\nd,e')).toEqual(['a{b,c', 'd', 'e']);
  });
});
