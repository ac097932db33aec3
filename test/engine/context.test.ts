import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContextReader } from '../../src/engine/context.js';

/**
 * What rules see of a build context: the files inside it, and nothing the builder could not see
 * (paths and symlinks that leave the context, things that are not there) reads as missing.
 */
let outside: string;
let root: string;

beforeEach(() => {
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-context-'));
  root = path.join(outside, 'context');
  fs.mkdirSync(path.join(root, 'app'), { recursive: true });
  fs.writeFileSync(path.join(root, 'requirements.txt'), 'flask==3.0.3\n');
  fs.writeFileSync(path.join(root, 'app', 'run.sh'), 'echo hi\n');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'not in the context\n');
  fs.symlinkSync('requirements.txt', path.join(root, 'inside-link'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'outside-link'));
  fs.symlinkSync('..', path.join(root, 'app', 'up'));
  fs.symlinkSync(outside, path.join(root, 'outside-dir'));
  fs.symlinkSync('nowhere', path.join(root, 'dangling'));
});
afterEach(() => fs.rmSync(outside, { recursive: true, force: true }));

describe('createContextReader', () => {
  it('reads files inside the context, by relative or context-absolute path, and through links that stay inside', () => {
    const reader = createContextReader(root);
    expect(reader.readText('requirements.txt')).toBe('flask==3.0.3\n');
    expect(reader.readText('/app/run.sh')).toBe('echo hi\n');
    expect(reader.readText('inside-link')).toBe('flask==3.0.3\n');
    expect(reader.readText('app/up/requirements.txt')).toBe('flask==3.0.3\n');
    expect(reader.exists('app')).toBe(true);
    expect(reader.exists('app/run.sh')).toBe(true);
  });

  it('reads what leaves the context, directly or through a symlink, as missing', () => {
    const reader = createContextReader(root);
    for (const escape of ['../secret.txt', 'app/../../secret.txt', 'outside-link', 'outside-dir/secret.txt', 'app/up/up/secret.txt']) {
      expect(reader.exists(escape), escape).toBe(false);
      expect(reader.readText(escape), escape).toBeUndefined();
    }
  });

  it('reads what is not there as missing: absent files, dangling links, paths through a file', () => {
    const reader = createContextReader(root);
    for (const absent of ['no-such-file', 'dangling', 'requirements.txt/below', 'app/run.sh/x']) {
      expect(reader.exists(absent), absent).toBe(false);
      expect(reader.readText(absent), absent).toBeUndefined();
    }
  });

  it('sees a context reached through a symlink the same way', () => {
    const linked = path.join(outside, 'linked-context');
    fs.symlinkSync(root, linked);
    const reader = createContextReader(linked);
    expect(reader.readText('requirements.txt')).toBe('flask==3.0.3\n');
    expect(reader.readText('outside-link')).toBeUndefined();
  });
});
