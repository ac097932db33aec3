import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { writeOciLayout } from '../support/oci-layout.js';
import { pushImage, requireRegistry, skopeoDigest, startRegistry, type RunningRegistry } from '../support/registry.js';
import { tempDir } from '../support/temp.js';

/** `lint --resolve-digests`: the unpinned-image findings carry the exact pin, so SARIF shows it as a fix. */
describe.skipIf(requireRegistry())('lint --resolve-digests against a real registry', () => {
  let registry: RunningRegistry;
  let workspace: string;
  let digest: string;

  beforeAll(async () => {
    process.env.DOCKER_CONFIG = tempDir('empty-docker-config');
    const layout = tempDir('layout');
    await writeOciLayout(layout, [{ tag: 'multi', platforms: [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }] }]);
    registry = await startRegistry();
    await pushImage(layout, 'multi', `${registry.host}/tools/multi:1.0`);
    digest = await skopeoDigest(`${registry.host}/tools/multi:1.0`);
    workspace = tempDir('lint-digests');
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), `FROM ${registry.host}/tools/multi:1.0\r\nRUN true\r\n`);
  });
  afterAll(async () => {
    await registry?.stop();
  });

  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: workspace, env: {}, stdoutIsTTY: false };
    return { code: await run(args, io), stdout, stderr };
  }

  it('puts the index digest into the finding, and SARIF shows it as a fix; the file is not touched', async () => {
    const before = fs.readFileSync(path.join(workspace, 'Dockerfile'));
    const { stdout } = await cli(['Dockerfile', '--resolve-digests', '--format', 'sarif']);
    const result = JSON.parse(stdout).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'RA101');
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    // The smallest edit: the digest inserted right after the tag, which stays for humans and bots.
    const reference = `${registry.host}/tools/multi:1.0`;
    expect(replacement.insertedContent.text).toBe(`@${digest}`);
    expect(replacement.deletedRegion).toMatchObject({ startLine: 1, startColumn: 6 + reference.length });
    expect(fs.readFileSync(path.join(workspace, 'Dockerfile')).equals(before)).toBe(true);
  });

  it('reports a registry that cannot answer as an error with the line, keeping the findings', async () => {
    fs.writeFileSync(path.join(workspace, 'Broken.Dockerfile'), `FROM ${registry.host}/tools/missing:9\n`);
    const { code, stdout } = await cli(['Broken.Dockerfile', '--resolve-digests', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.errors[0]).toMatchObject({ line: 1 });
    expect(report.errors[0].message).toMatch(/missing/);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('RA101');
  });
});
