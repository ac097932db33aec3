// The npm package is the bundle and nothing else: packed as it ships, it installs into an empty
// project with no registry to reach, adds no package but itself, runs through `npx`, and runs every
// part of itself (the shell grammar's WebAssembly, the Docker client with ssh2's optional native
// add-ons) from the bare extracted tarball, with no node_modules anywhere.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import packageJson from '../../package.json' with { type: 'json' };
import { buildBundle, installTarball, offlineNpmEnv, packBundle, PROJECT_ROOT, removeBundle } from '../support/bundle.js';
import { nodeRelease } from '../support/node-releases.js';
import { readmeInstallBlocks } from '../support/readme.js';

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

// The package says `engines: node >=20` and README recommends the maintained LTS lines: the installed
// package runs under each of them as users start it (`repro-audit` on PATH, its `#!/usr/bin/env node`
// finding that release first), through every part that depends on the runtime: the shell and Nix
// grammars' WebAssembly (with the V8 flag the bundle sets), YAML, SARIF and the flake writer.
describe.each([22, 24].map(nodeRelease))('the installed package under Node.js $major', (release) => {
  it.skipIf('missing' in release)('audits Dockerfiles, workflows and Nix files, writes SARIF and a flake', () => {
    if ('missing' in release) return;
    const project = installTarball(tarball);
    fs.writeFileSync(path.join(project, 'Dockerfile'), UNPINNED);
    fs.mkdirSync(path.join(project, '.github', 'workflows'), { recursive: true });
    fs.writeFileSync(path.join(project, '.github', 'workflows', 'ci.yml'), 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install requests\n');
    fs.writeFileSync(path.join(project, 'default.nix'), 'let pkgs = import <nixpkgs> {}; in pkgs.hello\n');
    const env = { ...offlineNpmEnv(path.dirname(tarball)), PATH: `${path.dirname(release.node)}${path.delimiter}${path.join(project, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
    expect(run('node', ['-p', 'process.versions.node'], project, env).stdout).toMatch(new RegExp(`^${release.major}\\.`));

    const text = run('repro-audit', ['Dockerfile'], project, env);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('Dockerfile:2:42: warning RA201');
    const sarif = run('repro-audit', ['.', '--format', 'sarif'], project, env);
    expect(sarif.stderr).toBe('');
    const rules = JSON.parse(sarif.stdout).runs[0].results.map((result: { ruleId: string }) => result.ruleId).sort();
    expect(rules).toEqual(['RA101', 'RA201', 'RA301', 'RA601', 'RA701']);
    const nixify = run('repro-audit', ['nixify', 'Dockerfile'], project, env);
    expect(nixify.stderr).toBe('');
    expect(nixify.stdout).toContain('dockerTools.buildLayeredImage');
  });
});

// README's "Install and run" is what a user copies first: every block of it is taken from the
// README and run against the same tarball. The command-line blocks run as written (the package
// name stands for the tarball, which is what the registry would serve); the workflow is checked
// against action.yml and for pinned actions; the pre-commit block is run by pre-commit itself in
// test/cli/pre-commit-hook.test.ts.
/** Runs one line of a `sh` block in `cwd`, as a user's shell would, with npm offline. */
function runLine(line: string, cwd: string, env: NodeJS.ProcessEnv) {
  return run('sh', ['-c', line], cwd, { ...offlineNpmEnv(path.dirname(tarball)), ...env });
}

function commandLines(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

describe("README's install and run blocks", () => {
  const blocks = readmeInstallBlocks();

  it('recommends a maintained Node.js, not Node 20 (end of life)', () => {
    const section = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').split('\n## Install and run')[1]!.split('\n## ')[0]!;
    expect(section).toMatch(/maintained LTS release \(22 or 24\)/);
    expect(section).not.toMatch(/recommend(ed)? Node(\.js)? 20/i);
  });

  it('starts with install and run, before anything else of substance', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme.match(/^## .*/m)![0]).toBe('## Install and run');
    expect(blocks.map((block) => block.heading)).toEqual(['Command line', 'Command line', 'GitHub Action', 'pre-commit', 'SARIF for code scanning, from any CI']);
  });

  it('runs the command-line blocks as written: npx in a project, a global install, SARIF for upload', () => {
    const project = installTarball(tarball);
    fs.writeFileSync(path.join(project, 'Dockerfile'), UNPINNED);
    const shell = blocks.filter((block) => block.lang === 'sh').flatMap((block) => commandLines(block.code));
    expect(shell).toEqual(['npx repro-audit .', 'npm install --global repro-audit', 'repro-audit Dockerfile', `npx repro-audit@${packageJson.version} . --format sarif --output repro-audit.sarif`]);

    const npx = runLine(shell[0]!, project, {});
    expect(npx.stdout).toContain('Dockerfile:1:6: warning RA101');
    expect(npx.status).toBe(0);

    // The global install: the registry would serve the tarball under the package's name.
    const prefix = path.join(path.dirname(tarball), 'global');
    const global = runLine(shell[1]!.replace(/repro-audit$/, tarball), project, { npm_config_prefix: prefix });
    expect(global.stderr).toBe('');
    expect(global.status).toBe(0);
    expect(fs.readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual(['repro-audit']);
    const elsewhere = fs.mkdtempSync(path.join(path.dirname(tarball), 'elsewhere-'));
    fs.writeFileSync(path.join(elsewhere, 'Dockerfile'), UNPINNED);
    const installed = runLine(shell[2]!, elsewhere, { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` });
    expect(installed.stdout).toContain('Dockerfile:2:42: warning RA201');
    expect(installed.status).toBe(0);

    const sarif = runLine(shell[3]!, project, {});
    expect(sarif.status).toBe(0);
    const log = JSON.parse(fs.readFileSync(path.join(project, 'repro-audit.sarif'), 'utf8'));
    expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['RA101', 'RA201']);
  });

  it('gives a workflow whose inputs the Action declares and whose actions are pinned by commit', () => {
    const workflow = parseYaml(blocks.find((block) => block.heading === 'GitHub Action')!.code) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    const declared = Object.keys((parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const ours = steps.filter((step) => step.uses?.startsWith('repro-audit/repro-audit@'));
    expect(ours).toHaveLength(1);
    for (const input of Object.keys(ours[0]!.with ?? {})) expect(declared).toContain(input);
    const code = blocks.find((block) => block.heading === 'GitHub Action')!.code;
    const others = code.split('\n').filter((line) => /uses:/.test(line) && !line.includes('repro-audit/repro-audit@'));
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const line of others) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});
