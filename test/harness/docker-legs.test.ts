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
      // Files keep their context mtimes and go to directories that already exist: nothing carries the build time.
      Dockerfile: `FROM ${base}\nCOPY greeting.txt /greeting.txt\nENV GREETING=hello\n`,
      'greeting.txt': 'hello\n',
    });
    const outcome = await runRebuild(context, ['time', 'timezone', 'locale', 'parallelism', 'build-path']);
    expect(outcome.legs.map((leg) => leg.failure)).toEqual([undefined, undefined]);
    expect(substantiveDifferences(outcome)).toEqual([]);
    // The classic builder stamps the image config with the build time whatever the Dockerfile says;
    // that one image-level difference is all there may be, and nothing is blamed on a line.
    expect(outcome.findings.filter((finding) => finding.properties?.attribution !== 'image')).toEqual([]);
  });

  it('sees `RUN date > /built-at` differ between the time legs', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo stable > /stable\nRUN date +%s%N > /built-at\n` });
    const outcome = await runRebuild(context, ['time']);
    expect(substantiveDifferences(outcome)).toEqual(['built-at']);
    const blamed = outcome.findings
      .filter((finding) => finding.properties?.attribution !== 'image')
      .sort((x, y) => x.region.startLine - y.region.startLine);
    // Line 3 writes the time into the file; line 2 only leaves the build time as the file's mtime.
    expect(blamed.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.class, finding.properties?.paths])).toEqual([
      ['RA901', 2, 'time', ['/stable']],
      ['RA901', 3, 'time', ['/built-at']],
    ]);
    expect(blamed[1]!.message).toContain('records the build time');
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
