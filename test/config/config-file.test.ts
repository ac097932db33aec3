import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config-file.js';
import { discoverConfig } from '../../src/config/config.js';

const FILE = '/repo/.repro-audit.yml';

describe('.repro-audit.yml', () => {
  it('reads every setting', () => {
    const config = parseConfig(
      [
        'fail-on: note',
        'trusted-registries: [registry.example.com/team/]',
        'ignore-paths:',
        '  - vendor/**',
        'build-args:',
        '  VERSION: 1.2',
        'rules:',
        '  RA101: off',
        '  unpinned-apt-package: error',
        '  RA301: { severity: note, extra: [pip] }',
        '',
      ].join('\n'),
      FILE,
    );
    expect(config).toMatchObject({ file: FILE, root: '/repo', failOn: 'note', trustedRegistries: ['registry.example.com/team/'], ignorePaths: ['vendor/**'], buildArgs: { VERSION: '1.2' } });
    expect([...config.rules]).toEqual([
      ['RA101', { enabled: false, options: {}, line: 8 }],
      ['unpinned-apt-package', { enabled: true, severity: 'error', options: {}, line: 9 }],
      ['RA301', { enabled: true, severity: 'note', options: { extra: ['pip'] }, line: 10 }],
    ]);
  });

  it('is the defaults when empty', () => {
    expect(parseConfig('# nothing set yet\n', FILE)).toEqual({ file: FILE, root: '/repo', trustedRegistries: [], ignorePaths: [], buildArgs: {}, rules: new Map() });
  });

  it.each([
    ['fail-on: note\nfail-on: none', /^\/repo\/\.repro-audit\.yml:2: not valid YAML: Map keys must be unique$/],
    ['- fail-on: note', /:1: the config must be a mapping \(key: value\)$/],
    ['fail-on: note\ncolour: true', /:2: unknown setting `colour` \(known: fail-on, nix, trusted-registries, ignore-paths, build-args, rules\)$/],
    ['fail-on: sometimes', /:1: expected one of error, warning, note, none$/],
    ['\nignore-paths: vendor', /:2: `ignore-paths` must be a list of strings$/],
    ['trusted-registries:\n  - ghcr.io\n  - 42', /:3: `trusted-registries` entries must be strings$/],
    ['build-args: [A]', /:1: `build-args` must map names to values$/],
    ['rules: [RA101]', /:1: `rules` must map rule ids or names to off, a severity, or \{severity, options\}$/],
    ['rules:\n  RA101: loud', /:2: expected one of error, warning, note$/],
    ['rules:\n  RA101: [error]', /:2: rule RA101: use off, a severity, or a mapping with severity and options$/],
    ['rules:\n  RA101: { severity: loud }', /:2: rule RA101: severity must be one of error, warning, note$/],
  ])('refuses %j with the file and line of the mistake', (text, message) => {
    expect(() => parseConfig(`${text}\n`, FILE)).toThrow(message);
  });
});

describe('finding the config file', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-config-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('takes the nearest one upwards, and stops at the repository root', () => {
    const repository = path.join(root, 'outer', 'repo');
    fs.mkdirSync(path.join(repository, '.git'), { recursive: true });
    fs.mkdirSync(path.join(repository, 'services', 'web'), { recursive: true });
    fs.writeFileSync(path.join(root, 'outer', '.repro-audit.yml'), 'fail-on: none\n');
    expect(discoverConfig(path.join(repository, 'services', 'web'))).toBeUndefined();
    fs.writeFileSync(path.join(repository, '.repro-audit.yaml'), 'fail-on: none\n');
    expect(discoverConfig(path.join(repository, 'services', 'web'))).toBe(path.join(repository, '.repro-audit.yaml'));
    fs.writeFileSync(path.join(repository, 'services', '.repro-audit.yml'), 'fail-on: none\n');
    expect(discoverConfig(path.join(repository, 'services', 'web'))).toBe(path.join(repository, 'services', '.repro-audit.yml'));
  });
});
