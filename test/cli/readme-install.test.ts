// README's "Install and run" is what a user copies first: every block of it is taken from the
// README and run against the packed tarball, installed with no registry to reach. The command-line
// blocks run as written (the package name stands for the tarball, which is what the registry would
// serve); the workflow is checked against action.yml and for pinned actions; the pre-commit block
// is run by pre-commit itself in test/cli/pre-commit-hook.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { buildBundle, installTarball, offlineNpmEnv, packBundle, PROJECT_ROOT, removeBundle } from '../support/bundle.js';
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

/** Runs one line of a `sh` block in `cwd`, as a user's shell would, with npm offline. */
function runLine(line: string, cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync('sh', ['-c', line], { cwd, env: { ...offlineNpmEnv(path.dirname(tarball)), NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 120_000 });
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
