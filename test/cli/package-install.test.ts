// The npm package is the bundle and nothing else: packed as it ships, it installs into an empty
// project with no registry to reach, adds no package but itself, runs through `npx`, and runs every
// part of itself (the shell grammar's WebAssembly, the Docker client with ssh2's optional native
// add-ons) from the bare extracted tarball, with no node_modules anywhere.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, installTarball, offlineNpmEnv, packBundle, PROJECT_ROOT, removeBundle } from '../support/bundle.js';

const UNPINNED = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\n';

let bundle = '';
let tarball = '';
beforeAll(() => {
  bundle = buildBundle();
  tarball = packBundle(bundle);
}, 120_000);
afterAll(() => {
  removeBundle(bundle);
  removeBundle(tarball);
});

const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = offlineNpmEnv(path.dirname(tarball))) =>
  spawnSync(command, args, { cwd, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 });

describe('the npm package', () => {
  it('ships the bundle, README, LICENSE and action.yml, with full metadata, no dependencies and no install scripts', () => {
    const listed = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listed).toEqual(expect.arrayContaining(['package/package.json', 'package/README.md', 'package/LICENSE', 'package/action.yml', 'package/dist/cli.js', 'package/dist/action.js', 'package/dist/tree-sitter-bash.wasm', 'package/dist/web-tree-sitter.wasm']));
    expect(listed.filter((file) => !file.startsWith('package/dist/')).sort()).toEqual(['package/LICENSE', 'package/README.md', 'package/action.yml', 'package/package.json']);

    const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(manifest[field], field).toBeUndefined();
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) expect(manifest.scripts?.[script], script).toBeUndefined();
    expect(manifest).toMatchObject({
      license: 'MIT',
      bin: { 'repro-audit': 'dist/cli.js' },
      engines: { node: '>=20' },
      repository: { type: 'git', url: 'git+https://github.com/repro-audit/repro-audit.git' },
      homepage: 'https://github.com/repro-audit/repro-audit#readme',
      bugs: { url: 'https://github.com/repro-audit/repro-audit/issues' },
    });
    expect(manifest.keywords).toEqual(expect.arrayContaining(['dockerfile', 'reproducible-builds', 'sarif', 'github-action', 'pre-commit']));
    expect(execFileSync('tar', ['xzOf', tarball, 'package/LICENSE'], { encoding: 'utf8' })).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} repro-audit contributors\n/);
  });

  it('installs into an empty project with the registry unreachable, adding no package but itself, and runs with npx', () => {
    const project = installTarball(tarball);
    expect(fs.readdirSync(path.join(project, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'repro-audit']);
    const lock = JSON.parse(fs.readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/repro-audit']);

    fs.writeFileSync(path.join(project, 'Dockerfile'), UNPINNED);
    const audit = run('npx', ['repro-audit', 'Dockerfile'], project);
    expect(audit.stderr).toBe('');
    expect(audit.stdout).toContain('Dockerfile:1:6: warning RA101');
    expect(audit.stdout).toContain('Dockerfile:2:42: warning RA201');
    expect(audit.status).toBe(0);
    const failing = run('npx', ['repro-audit', 'Dockerfile', '--fail-on', 'warning', '--format', 'json'], project);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['RA101', 'RA201']);
  });

  it('runs every part of itself from the extracted tarball, with no node_modules anywhere', () => {
    const extracted = fs.mkdtempSync(path.join(path.dirname(tarball), 'extracted-'));
    execFileSync('tar', ['xzf', tarball, '-C', extracted]);
    for (let dir = extracted; dir !== path.dirname(dir); dir = path.dirname(dir)) expect(fs.existsSync(path.join(dir, 'node_modules')), dir).toBe(false);
    const cli = path.join(extracted, 'package', 'dist', 'cli.js');
    fs.writeFileSync(path.join(extracted, 'Dockerfile'), UNPINNED);
    // Nothing of the project's own node_modules can be reached: no NODE_PATH, and the bundle sits outside the project.
    const env = { PATH: process.env.PATH, HOME: extracted, REPRO_AUDIT_CACHE_DIR: path.join(extracted, 'cache') };
    expect(PROJECT_ROOT.startsWith(extracted)).toBe(false);

    const lint = run(process.execPath, [cli, 'Dockerfile', '--format', 'json'], extracted, env);
    expect(lint.stderr).toBe('');
    expect(JSON.parse(lint.stdout).findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['RA101', 'RA201']);
    expect(run(process.execPath, [cli, 'nixify', 'Dockerfile'], extracted, env).stdout).toContain('dockerTools');
    expect(run(process.execPath, [cli, 'rules', 'RA101'], extracted, env).stdout).toMatch(/^## RA101 unpinned-image/);
    // The Docker client (dockerode, ssh2 and its optional native parts, which the bundle replaces by
    // their JavaScript fallbacks) loads and reports the missing engine as a usage problem.
    const rebuild = run(process.execPath, [cli, 'rebuild', 'Dockerfile', '--builder', 'docker', '--vary', 'time'], extracted, { ...env, DOCKER_HOST: `unix://${path.join(extracted, 'no-docker.sock')}` });
    expect(rebuild.stderr).not.toMatch(/Cannot find (module|package)|ERR_MODULE_NOT_FOUND|internal error/);
    expect(rebuild.stderr).toMatch(/Docker/);
    expect(rebuild.status).toBe(2);
  });
});
