import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BY_NAME_CONFIRMED, DEFAULT_SOURCE_DIR, OUTPUT_DIR, generateNixData } from '../../scripts/gen-nix-data.mjs';
import { NIXPKGS_REVISION, isIndexedAttr, nixpkgsIndex } from '../../src/nix/data/index.js';
import { requireSharedData } from '../support/shared-data.js';
import { tempDir } from '../support/temp.js';

const sharedMissing = requireSharedData(DEFAULT_SOURCE_DIR);

describe('shipped nixpkgs data', () => {
  test.skipIf(sharedMissing)('the committed data module is what the generator makes from the shared data set', () => {
    for (const [name, content] of Object.entries(generateNixData(DEFAULT_SOURCE_DIR))) {
      expect(fs.readFileSync(path.join(OUTPUT_DIR, name), 'utf8'), name).toBe(content);
    }
  });

  test.skipIf(sharedMissing)('the index holds every name of the data set and of our by-name confirmations, nothing else', () => {
    const attrs = fs.readFileSync(path.join(DEFAULT_SOURCE_DIR, 'nixpkgs-attrs.txt'), 'utf8').split('\n').filter(Boolean);
    const confirmed = fs
      .readFileSync(BY_NAME_CONFIRMED, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .slice(1)
      .map((row) => row.split('\t')[0]!);
    const python = fs.readFileSync(path.join(DEFAULT_SOURCE_DIR, 'python-packages.txt'), 'utf8').split('\n').filter(Boolean);
    expect(confirmed).toContain('lshw');
    expect([...nixpkgsIndex().attributes].sort()).toEqual([...new Set([...attrs, ...confirmed])].sort());
    expect(nixpkgsIndex().pythonPackages.size).toBe(new Set(python).size);
  });

  test.skipIf(sharedMissing)('a by-name confirmation without its path and commit is refused', () => {
    const original = fs.readFileSync(BY_NAME_CONFIRMED, 'utf8');
    const broken = path.join(tempDir('nix-data'), 'by-name-confirmed.tsv');
    fs.writeFileSync(broken, `${original}made-up-name\tpkgs/by-name/ma/made-up-name/package.nix\tnot-a-commit\n`);
    expect(() => generateNixData(DEFAULT_SOURCE_DIR, broken)).toThrow(`${broken}: malformed row "made-up-name\\tpkgs/by-name/ma/made-up-name/package.nix\\tnot-a-commit"`);
  });

  test('the pin names a full commit and the revision it describes', () => {
    expect(NIXPKGS_REVISION.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(NIXPKGS_REVISION.version).toBe('26.11');
  });

  test('isIndexedAttr checks top-level names and python packages', () => {
    expect(isIndexedAttr('curl')).toBe(true);
    expect(isIndexedAttr('openssl.dev')).toBe(true);
    expect(isIndexedAttr('python3Packages.flask')).toBe(true);
    expect(isIndexedAttr('python3Packages.no-such-module-xyz')).toBe(false);
    expect(isIndexedAttr('nodejs_18')).toBe(false);
    expect(isIndexedAttr('no-such-attr-xyz')).toBe(false);
  });
});
