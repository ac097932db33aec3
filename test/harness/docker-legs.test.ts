import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { makeContext, runRebuild, skipReason, substantiveDifferences } from './helpers.js';

const availability = await ensureDocker();
const missing = skipReason(availability.missing);

describe.skipIf(missing)('rebuild with the Docker Engine (real dockerd)', () => {
  let base = '';
  beforeAll(async () => {
    base = await ensureBusyboxImage(availability.docker!);
  });

  it('finds no differences for a deterministic Dockerfile across every Docker axis', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY greeting.txt /srv/greeting.txt\nRUN mkdir -p /srv/data && echo fixed > /srv/data/value\n`,
      'greeting.txt': 'hello\n',
    });
    const outcome = await runRebuild(context, ['time', 'timezone', 'locale', 'parallelism', 'build-path']);
    expect(outcome.findings).toEqual([]);
    expect(outcome.legs.map((leg) => leg.failure)).toEqual([undefined, undefined]);
    expect(substantiveDifferences(outcome)).toEqual([]);
  });

  it('sees `RUN date > /built-at` differ between the time legs', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo stable > /stable\nRUN date +%s%N > /built-at\n` });
    const outcome = await runRebuild(context, ['time']);
    expect(outcome.findings).toEqual([]);
    expect(substantiveDifferences(outcome)).toEqual(['built-at']);
  });

  it('reports a step that fails in one leg only with its line and exit code (RA910)', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nRUN echo ok\nRUN echo "cpus: $(nproc)"; \\\n    test "$(nproc)" -eq 1 || exit 7\nRUN echo after\n`,
    });
    const outcome = await runRebuild(context, ['parallelism']);
    expect(outcome.findings).toHaveLength(1);
    const [finding] = outcome.findings;
    expect(finding!.ruleId).toBe('RA910');
    expect(finding!.region.startLine).toBe(3);
    expect(finding!.instruction).toMatchObject({ keyword: 'RUN', startLine: 3, endLine: 4 });
    expect(finding!.properties).toMatchObject({ leg: 'b', exitCode: 7 });
    expect(finding!.details).toContain('cpus: 2');
    expect(outcome.reproducible).toBe(false);
  });

  it('reports a build that fails in both legs (RA912) without a network', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN wget -q -O /x http://deb.debian.org/ || exit 3\n` });
    const outcome = await runRebuild(context, ['time']);
    expect(outcome.findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.exitCode])).toEqual([['RA912', 2, 3]]);
  });
});
