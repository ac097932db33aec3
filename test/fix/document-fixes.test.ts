import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledCliAsync } from '../support/bundle-async.js';
import { FakeGitHubApi } from '../support/github-api.js';
import { writeOciLayout } from '../support/oci-layout.js';
import { pushImage, requireRegistry, skopeoDigest, startRegistry, type RunningRegistry } from '../support/registry.js';
import { tempDir } from '../support/temp.js';

const CHECKOUT = '11bd71901bbe5b1630ceea73d27597364c9af683';
const SETUP_NODE = '39370e3970a6d050c480ffad4ff0ed4d3fdee5af';
const REUSABLE = 'a'.repeat(39) + 'b';

describe('repro-audit fix in workflows: actions pinned to the commit their tag names, through dist/cli.js and the GitHub API', () => {
  it('replaces each tag by its commit, keeps the tag as a comment, keeps other comments, and leaves pinned and local actions alone', async () => {
    const api = await FakeGitHubApi.start({
      owner: 'acme',
      repo: 'shop',
      pullNumber: 1,
      commits: { 'actions/checkout@v4': CHECKOUT, 'actions/setup-node@v4.1.0': SETUP_NODE, 'acme/workflows@main': REUSABLE },
    });
    try {
      const dir = tempDir('fix-workflow');
      const workflow = [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        "      - uses: 'actions/setup-node@v4.1.0' # node for the build",
        `      - uses: actions/cache@${'c'.repeat(40)} # v4.2.0`,
        '      - uses: ./.github/actions/local',
        '  release:',
        '    uses: acme/workflows/.github/workflows/release.yml@main',
        '',
      ].join('\n');
      fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), workflow);
      const run = await runBundledCliAsync(['fix', '.', '--write', '--no-config'], { cwd: dir, env: { GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_test0123456789' } });
      expect(run.stderr).toBe('.github/workflows/ci.yml: applied 3 fixes\n');
      expect(run.code).toBe(0);
      expect(api.violations).toEqual([]);
      expect(fs.readFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'utf8')).toBe(
        workflow
          .replace('actions/checkout@v4', `actions/checkout@${CHECKOUT} # v4`)
          .replace("'actions/setup-node@v4.1.0' # node", `'actions/setup-node@${SETUP_NODE}' # node`)
          .replace('release.yml@main', `release.yml@${REUSABLE} # main`),
      );
      // The fixed workflow passes the pinning rule.
      const audit = await runBundledCliAsync(['.', '--format', 'json', '--no-config', '--no-cache'], { cwd: dir });
      expect((JSON.parse(audit.stdout) as { findings: Array<{ ruleId: string }> }).findings.filter((finding) => finding.ruleId === 'RA701')).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('a tag GitHub does not know fails that file, which is left unchanged', async () => {
    const api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 1, commits: { 'actions/checkout@v4': CHECKOUT } });
    try {
      const dir = tempDir('fix-workflow-unknown');
      const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/checkout@v99\n';
      fs.writeFileSync(path.join(dir, 'action.yml'), workflow.replace(/^on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:/, 'runs:\n  using: composite\n  steps:'));
      const before = fs.readFileSync(path.join(dir, 'action.yml'), 'utf8');
      const run = await runBundledCliAsync(['fix', 'action.yml', '--write', '--no-config'], { cwd: dir, env: { GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_test0123456789' } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('action.yml:5:15: error: cannot pin actions/checkout@v99: GitHub knows no commit, tag or branch `v99` in actions/checkout');
      expect(run.stderr).toContain('action.yml: left unchanged');
      expect(fs.readFileSync(path.join(dir, 'action.yml'), 'utf8')).toBe(before);
    } finally {
      await api.close();
    }
  });
});

const registryMissing = requireRegistry();

describe.skipIf(registryMissing)('repro-audit fix in Compose files: service images pinned by digest, through dist/cli.js', () => {
  let registry: RunningRegistry;
  let digest: string;
  beforeAll(async () => {
    const layout = tempDir('compose-layout');
    await writeOciLayout(layout, [{ tag: 'one', platforms: [{ os: 'linux', architecture: 'amd64' }] }]);
    registry = await startRegistry();
    await pushImage(layout, 'one', `${registry.host}/shop/db:16`);
    digest = await skopeoDigest(`${registry.host}/shop/db:16`);
  });
  afterAll(async () => registry?.stop());

  it('pins literal images with the tag kept, and says why an interpolated one is left to a human', async () => {
    const dir = tempDir('fix-compose');
    const compose = `services:\n  db:\n    image: ${registry.host}/shop/db:16\n  web:\n    image: "\${WEB_IMAGE:-${registry.host}/shop/web:1}"\n  app:\n    build: .\n`;
    fs.writeFileSync(path.join(dir, 'compose.yaml'), compose);
    const run = await runBundledCliAsync(['fix', 'compose.yaml', '--no-config'], { cwd: dir, env: { DOCKER_CONFIG: tempDir('empty-docker-config') } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('compose.yaml:5:12: cannot pin the image of service `web`');
    expect(run.stdout).toContain(`-    image: ${registry.host}/shop/db:16\n+    image: ${registry.host}/shop/db:16@${digest}\n`);
    expect(fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(compose);
  });
});
