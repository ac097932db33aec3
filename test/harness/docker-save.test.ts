import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareImageArchives } from '../../src/harness/attribution/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { ensureBusyboxImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { tarOf } from './support/archives.js';

/** Two real builds of one Dockerfile with Docker Engine, saved with `docker save`, compared. */

const availability = await ensureDocker();
const tags = [`repro-audit-test/image-diff:a-${process.pid}`, `repro-audit-test/image-diff:b-${process.pid}`];
let dir: string;
let docker: Docker;
let dockerfileText: string;

async function build(tag: string): Promise<void> {
  const context = await tarOf([{ name: 'Dockerfile', content: dockerfileText }]);
  const stream = await docker.buildImage(Readable.from([context]), { t: tag, nocache: true, rm: true, forcerm: true, pull: false, version: '1' } as Docker.ImageBuildOptions);
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(stream, (error: Error | null) => (error ? reject(error) : resolve()), (event: { error?: string }) => {
      if (event.error) reject(new Error(event.error));
    });
  });
}

describe.skipIf(availability.missing)('real docker save archives', () => {
  beforeAll(async () => {
    docker = availability.docker!;
    dir = await mkdtemp(path.join(os.tmpdir(), 'repro-docker-save-'));
    const base = await ensureBusyboxImage(docker);
    dockerfileText = [
      `FROM ${base}`,
      'RUN mkdir -p /opt/app && echo stable > /opt/app/config',
      'RUN sleep 1 && date > /built-at',
      'RUN cat /proc/sys/kernel/random/uuid > /opt/app/instance-id',
      'CMD ["sh"]',
      '',
    ].join('\n');
    for (const [index, tag] of tags.entries()) {
      await build(tag);
      await pipeline(await docker.getImage(tag).get(), createWriteStream(path.join(dir, `${index}.tar`)));
    }
  });
  afterAll(async () => {
    for (const tag of tags) await docker?.getImage(tag).remove({ force: true }).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds the dated file, the random id and the times, each on its RUN line', async () => {
    const model = parseDockerfile(dockerfileText, 'Dockerfile');
    const { findings, diff, warnings } = await compareImageArchives(path.join(dir, '0.tar'), path.join(dir, '1.tar'), { model });
    expect(warnings).toEqual({ a: [], b: [] });
    expect(diff.a.files.get('bin/busybox')?.codeDigest).toMatch(/^[a-f0-9]{64}$/);
    expect(diff.sharedLayers).toBe(1);
    const byLine = (line: number, ruleId: string) => findings.find((finding) => finding.region.startLine === line && finding.ruleId === ruleId);
    expect(byLine(3, 'RA901')?.properties?.paths).toContain('/built-at');
    expect(byLine(3, 'RA901')?.properties?.attribution).toBe('exact');
    expect(byLine(4, 'RA903')?.properties?.paths).toEqual(['/opt/app/instance-id']);
    // Nothing is blamed on the step whose output is the same, apart from file times.
    for (const finding of findings.filter((candidate) => candidate.region.startLine === 2)) expect(finding.ruleId).toBe('RA901');
    expect(findings.every((finding) => finding.file === 'Dockerfile')).toBe(true);
  });
});
