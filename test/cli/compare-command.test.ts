import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { indexImageArchive, writeManifest } from '../../src/harness/image/index.js';
import { writeDockerArchive, type ImageSpec } from '../harness/support/archives.js';

/** `repro-audit compare a.json b.json`: two machines' recorded images, compared from the CLI. */
let dir: string;
const image = (date: string): ImageSpec => ({
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', entries: [{ name: 'etc/os-release', content: 'ID=debian\n' }] },
    { createdBy: 'RUN /bin/sh -c date > /built-at # buildkit', entries: [{ name: 'built-at', content: date }] },
  ],
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {}, stdoutIsTTY: false };
  return { code: await run(args, io), stdout, stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-compare-'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:12.7-slim\nRUN date > /built-at\n');
  for (const [name, date] of [['a', 'Mon Nov 24 18:48:12 UTC 2025\n'], ['b', 'Tue Nov 25 09:01:55 UTC 2025\n'], ['c', 'Mon Nov 24 18:48:12 UTC 2025\n']] as const) {
    await writeDockerArchive(path.join(dir, `${name}.tar`), image(date));
    const index = await indexImageArchive(path.join(dir, `${name}.tar`), { environment: { label: `runner-${name}`, cpu: { features: ['avx'] } } });
    await writeManifest(index, path.join(dir, `${name}.json`));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('repro-audit compare', () => {
  it('blames a difference between two recorded images on its Dockerfile line', async () => {
    const { code, stdout, stderr } = await cli(['compare', 'a.json', 'b.json', '--dockerfile', 'Dockerfile', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const finding = report.findings.find((f: { properties?: { paths?: string[] } }) => f.properties?.paths?.includes('/built-at'));
    expect(finding).toBeDefined();
    expect(finding.region.startLine).toBe(2);
    expect(stderr).toMatch(/difference/);
  });

  it('says so when the images are identical, and exits 0', async () => {
    const { code, stderr } = await cli(['compare', 'a.json', 'c.json', '--dockerfile', 'Dockerfile']);
    expect(stderr).toMatch(/identical file by file/);
    expect(code).toBe(0);
  });

  it('refuses a file that is not a manifest with a clear message', async () => {
    fs.writeFileSync(path.join(dir, 'junk.json'), '{"schema":"something-else"}');
    const { code, stderr } = await cli(['compare', 'a.json', 'junk.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/junk\.json/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
