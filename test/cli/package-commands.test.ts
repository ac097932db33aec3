import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../support/base-images.js';
import { buildBundle, installPackedTarball, removeBundle, runCli } from '../support/bundle.js';
import { ensureDocker } from '../support/docker.js';
import { writeOciLayout } from '../support/oci-layout.js';
import { pushImage, requireRegistry, skopeoDigest, startRegistry, type RunningRegistry } from '../support/registry.js';
import { assertValidSarif } from '../support/sarif.js';
import { cliEnv, makeContext, requireCpuBuilder } from '../harness/helpers.js';
import { tempDir } from '../support/temp.js';

/**
 * Every command, run as users run it: through the bundle scripts/build.mjs makes (dist/cli.js) and
 * through the npm tarball of it installed into an empty project. `--help` and one real invocation
 * each; the rebuild drives real engines (Docker Engine; buildah + QEMU for the tarball's run).
 */
const docker = await ensureDocker();
const missing = (await requireCpuBuilder(docker)) ?? requireRegistry();
const COMMANDS = ['lint', 'rules', 'fix', 'rebuild', 'compare', 'nixify'] as const;

describe.skipIf(missing)('the CLI as shipped: every command through the bundle and the packed tarball', () => {
  const clis: Record<string, string> = {};
  let workspace = '';
  let registry: RunningRegistry;
  let pinned = '';

  beforeAll(async () => {
    clis.bundle = buildBundle();
    clis.tarball = installPackedTarball(clis.bundle);
    const base = await ensureBusyboxImage(docker.docker!);
    workspace = makeContext({
      'lint/Dockerfile': 'FROM alpine:3.20\nRUN apk add curl\n',
      'rebuild/Dockerfile': `FROM ${base}\nCOPY greeting.txt /greeting.txt\nRUN cat /greeting.txt > /copy.txt\nCMD ["cat", "/copy.txt"]\n`,
      'rebuild/greeting.txt': 'hello\n',
    });
    const layout = tempDir('package-layout');
    await writeOciLayout(layout, [{ tag: 'single', platforms: [{ os: 'linux', architecture: 'amd64' }] }]);
    registry = await startRegistry();
    await pushImage(layout, 'single', `${registry.host}/tools/single:1.0`);
    pinned = await skopeoDigest(`${registry.host}/tools/single:1.0`);
    fs.writeFileSync(path.join(workspace, 'fix.Dockerfile'), `FROM ${registry.host}/tools/single:1.0\nRUN true\n`);
  }, 600_000);

  afterAll(async () => {
    await registry?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    for (const cli of Object.values(clis)) removeBundle(cli);
  });

  describe.each(['bundle', 'tarball'])('%s', (kind) => {
    const cli = (args: string[]) => runCli(clis[kind]!, args, { cwd: workspace, env: cliEnv() });

    it('prints the help of every command, never an internal error', async () => {
      for (const command of COMMANDS) {
        const { code, stdout, stderr } = await cli([command, '--help']);
        expect({ command, code, stderr }).toEqual({ command, code: 0, stderr: '' });
        expect(stdout.toLowerCase()).toContain(`usage: repro-audit ${command === 'lint' ? '[lint]' : command}`);
      }
      const bad = await cli(['rebuild', 'rebuild/Dockerfile', '--vary', 'moon']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe('repro-audit: unknown variation axis moon in --vary (known axes: cpu, time, parallelism, timezone, locale, build-path)\nRun `repro-audit rebuild --help` for usage.\n');
    });

    it('lint, rules, nixify and fix do their job', async () => {
      const lint = await cli(['lint', 'lint/Dockerfile', '--format', 'json', '--fail-on', 'warning']);
      expect(lint.code).toBe(1);
      expect(JSON.parse(lint.stdout).findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['RA101', 'RA202']);
      const rules = await cli(['rules', 'RA910']);
      expect(rules.stdout).toMatch(/^## RA910 step-fails-in-one-leg/);
      const nixify = await cli(['nixify', 'lint/Dockerfile']);
      expect(nixify.code).toBe(0);
      expect(nixify.stdout).toContain('dockerTools');
      const fix = await cli(['fix', 'fix.Dockerfile']);
      expect({ code: fix.code, stderr: fix.stderr }).toEqual({ code: 0, stderr: '' });
      expect(fix.stdout).toContain(`+FROM ${registry.host}/tools/single:1.0@${pinned}`);
    });

    it('rebuild builds twice with real engines and writes the report to --output; compare reads its record', async () => {
      // The tarball takes the CPU builder (buildah + QEMU), the bundle the classic Docker builder.
      const vary = kind === 'tarball' ? 'cpu' : 'time';
      const sarif = `${kind}.sarif`;
      const record = `${kind}-leg-a.json`;
      const rebuild = await cli(['rebuild', 'rebuild/Dockerfile', '--vary', vary, '--format', 'sarif', '--output', sarif, '--record', record]);
      expect(rebuild.stderr).not.toContain('internal error');
      expect(rebuild.code).toBe(0);
      expect(rebuild.stdout).toBe('');
      expect(rebuild.stderr).toContain(`repro-audit: 0 findings; report written to ${sarif}`);
      expect(rebuild.stderr).toContain(`repro-audit: reproducible across ${vary}`);
      const report = fs.readFileSync(path.join(workspace, sarif), 'utf8');
      assertValidSarif(report);
      const run = JSON.parse(report).runs[0];
      expect(run.results).toEqual([]);
      expect(run.automationDetails.id).toBe(`repro-audit/rebuild/${vary === 'cpu' ? 'buildah' : 'docker'}/`);

      const compare = await cli(['compare', record, record, '--dockerfile', 'rebuild/Dockerfile', '--format', 'json', '--output', `${kind}-compare.json`]);
      expect(compare.code).toBe(0);
      expect(compare.stderr).toContain('the two images are identical file by file');
      expect(JSON.parse(fs.readFileSync(path.join(workspace, `${kind}-compare.json`), 'utf8')).findings).toEqual([]);
    }, 600_000);
  });
});
