import fs from 'node:fs';
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/harness/run/cleanup.js';
import { ensureBusyboxImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { makeContext, runRebuild, silentProgress } from './helpers.js';

const availability = await ensureDocker();
const missing = availability.missing;

/** What a rebuild could leave behind on this machine. */
async function footprint() {
  const docker = availability.docker!;
  const containers = await docker.listContainers({ all: true });
  const images = await docker.listImages({ all: true });
  return {
    containers: containers.length,
    images: images.map((image) => image.Id).sort(),
    tempDirs: fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('repro-audit-rebuild-')),
    mounts: fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((line) => line.includes('repro-audit')).length,
  };
}

describe.skipIf(missing)('rebuild leaves nothing behind (real dockerd)', () => {
  let base = '';
  beforeAll(async () => {
    base = await ensureBusyboxImage(availability.docker!);
  });

  it('after a successful run', async () => {
    const before = await footprint();
    const outcome = await runRebuild(makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN echo two > /two\n` }), ['time']);
    expect(outcome.legs.every((leg) => !leg.failure)).toBe(true);
    expect(await footprint()).toEqual(before);
  });

  it('after a run whose builds fail midway (intermediate images of the classic builder included)', async () => {
    const before = await footprint();
    const outcome = await runRebuild(makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN echo two > /two\nRUN exit 9\n` }), ['time']);
    expect(outcome.findings.map((finding) => finding.ruleId)).toEqual(['RA912']);
    expect(await footprint()).toEqual(before);
  });

  it('after an interrupted run (abort while a step is running)', async () => {
    const before = await footprint();
    const controller = new AbortController();
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo started > /started\nRUN sleep 300\n` });
    const run = runRebuild(context, ['time'], {
      signal: controller.signal,
      progress: {
        ...silentProgress,
        step(text) {
          if (text.includes('sleep 300')) setTimeout(() => controller.abort(new InterruptedError('SIGINT')), 500);
        },
      },
    });
    await expect(run).rejects.toBeInstanceOf(InterruptedError);
    // The daemon removes the aborted build's container asynchronously after the connection closes.
    let after = await footprint();
    for (let attempt = 0; attempt < 40 && JSON.stringify(after) !== JSON.stringify(before); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await footprint();
    }
    expect(after).toEqual(before);
  });
});
