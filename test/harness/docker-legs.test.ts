import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage, ensureDebianGccImage } from '../support/base-images.js';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDocker } from '../support/docker.js';
import { cliEnv, compileStatic, jsonFindings, makeContext, runRebuild, substantiveDifferences } from './helpers.js';

const availability = await ensureDocker();
const missing = availability.missing;

/** Executes ud2 (SIGILL on every CPU) when it may run on more than one CPU: fails in one parallelism leg. */
const TRAP_WHEN_PARALLEL = `#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
int main(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 1) __builtin_trap();
  puts("one cpu");
  return 0;
}
`;

describe.skipIf(missing)('rebuild with the classic Docker builder (real dockerd)', () => {
  let base = '';
  beforeAll(async () => {
    base = await ensureBusyboxImage(availability.docker!);
  });

  it('finds nothing in a deterministic Dockerfile across every Docker axis: the builder\'s own stamps are masked', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY greeting.txt /greeting.txt\nRUN mkdir -p /opt/app && cat /greeting.txt > /opt/app/copy.txt\nENV GREETING=hello\n`,
      'greeting.txt': 'hello\n',
    });
    const outcome = await runRebuild(context, ['time', 'timezone', 'locale', 'parallelism', 'build-path']);
    expect(outcome.legs.map((leg) => leg.failure)).toEqual([undefined, undefined]);
    expect(outcome.findings).toEqual([]);
    expect(outcome.reproducible).toBe(true);
    // The step wrote /opt, /opt/app and the copy with the builder's clock; the image's times too.
    expect(outcome.stamps.handling).toBe('masked');
    expect(outcome.stamps.note).toMatch(/the classic Docker builder cannot clamp them, .* masked in the comparison \(this run: [3-9] file times, created, history\.created\); --strict compares them bitwise$/);
  });

  it('blames `date > /built-at` alone under --vary time; --strict also shows what the builder stamped', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo stable > /stable\nRUN date > /built-at\n` });
    const outcome = await runRebuild(context, ['time']);
    expect(substantiveDifferences(outcome)).toEqual(['built-at']);
    expect(outcome.findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.class, finding.properties?.paths])).toEqual([['RA901', 3, 'time', ['/built-at']]]);
    const strict = await runRebuild(context, ['time'], { strict: true });
    expect(strict.stamps.handling).toBe('bitwise');
    expect(strict.findings.map((finding) => [finding.region.startLine, finding.properties?.class]).sort()).toEqual([
      [1, 'time'], // the image's created and history times, stamped by the builder
      [2, 'time'], // /stable's modification time
      [3, 'time'],
    ]);
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
    expect(finding!.properties).toMatchObject({ leg: 'b', exitCode: 7, differenceClass: 'build-failure' });
    expect(finding!.details).toContain('cpus: 2');
    expect(outcome.reproducible).toBe(false);
  });

  it('names SIGILL when a program the shell execs dies of an illegal instruction (the builder says exit code 132)', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY trap /usr/local/bin/trap\nRUN /usr/local/bin/trap > /out\n`,
      trap: { content: compileStatic(TRAP_WHEN_PARALLEL), mode: 0o755 },
    });
    const outcome = await runRebuild(context, ['parallelism']);
    expect(outcome.findings.map((finding) => [finding.ruleId, finding.region.startLine])).toEqual([['RA910', 3]]);
    const [finding] = outcome.findings;
    expect(finding!.message).toBe('`RUN /usr/local/bin/trap > /out` (line 3) dies with SIGILL (Illegal instruction) in leg b (cpus 0-1) but succeeds in leg a (cpus 0)');
    expect(finding!.properties).toMatchObject({ leg: 'b', exitCode: 132, signal: 'SIGILL', differenceClass: 'build-failure' });
  });

  it('reports a build that fails in both legs (RA912) without a network', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN wget -q -O /x http://deb.debian.org/ || exit 3\n` });
    const outcome = await runRebuild(context, ['time']);
    expect(outcome.findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.exitCode])).toEqual([['RA912', 2, 3]]);
  });
});

describe.skipIf(missing)('rebuild --vary time on a Debian + gcc base (classic Docker builder, through the bundle)', () => {
  it('gives exactly one finding, classed time, on `RUN date > /built-at`', async () => {
    const base = await ensureDebianGccImage(availability.docker!);
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY hello.c /src/hello.c\nRUN gcc -O2 -o /usr/local/bin/hello /src/hello.c\nRUN echo configured > /etc/x\nRUN /usr/local/bin/hello > /hello.out\nRUN date > /built-at\nCMD ["/usr/local/bin/hello"]\n`,
      'hello.c': '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n',
    });
    const cli = buildBundle();
    const { code, stdout, stderr } = await runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'time', '--format', 'json'], { cwd: context, env: cliEnv() }).finally(() => removeBundle(cli));
    const findings = jsonFindings(stdout);
    expect(findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.class, finding.properties?.paths])).toEqual([['RA901', 6, 'time', ['/built-at']]]);
    expect(code).toBe(1);
    expect(stderr.match(/^repro-audit: note: builder timestamps: .*$/gm)).toHaveLength(1);
  }, 600_000);
});
