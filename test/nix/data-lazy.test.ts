import { afterEach, describe, expect, test, vi } from 'vitest';
import { PYTHON_PACKAGE_NAMES } from '../../src/nix/data/nixpkgs-index.js';

/**
 * The index's tables are split and indexed when first asked for, each once: a Dockerfile that maps
 * apt packages never pays for the 10,000 Python package names. Counted, not timed: the splits of
 * the data strings are observed.
 */
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the nixpkgs index', () => {
  test('builds a table only when it is asked for, and once', async () => {
    vi.resetModules();
    const split = vi.spyOn(String.prototype, 'split');
    const splitsOfPythonNames = () => split.mock.contexts.filter((text) => String(text) === PYTHON_PACKAGE_NAMES).length;
    const { isIndexedAttr, nixpkgsIndex } = await import('../../src/nix/data/index.js');

    expect(isIndexedAttr('curl')).toBe(true);
    expect(nixpkgsIndex().distro.get('apt:curl')?.attrs).toEqual(['curl']);
    expect(splitsOfPythonNames()).toBe(0);

    expect(isIndexedAttr('python3Packages.requests')).toBe(true);
    expect(nixpkgsIndex().pythonPackages.has('flask')).toBe(true);
    expect(splitsOfPythonNames()).toBe(1);
  });
});
