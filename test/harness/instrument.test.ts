import { describe, expect, it } from 'vitest';
import { StepLogCollector, exitCodeFromMessage } from '../../src/harness/builders/build-output.js';
import { instrumentDockerfile, stepForBuildah, stepForDocker } from '../../src/harness/dockerfile/instrument.js';
import { makeLegPair } from '../../src/harness/variation/legs.js';

const MULTI_STAGE = 'ARG BASE=alpine:3.20\nFROM ${BASE} AS build\nRUN echo a \\\n  && echo b\nFROM scratch\nCOPY --from=build /x /x\n';

describe('instrumentDockerfile', () => {
  it('declares the harness args and runs the probe after every FROM, mapping steps back to lines', () => {
    const result = instrumentDockerfile(MULTI_STAGE, { argNames: ['TZ'], probe: true });
    expect(result.text).toBe(
      'ARG BASE=alpine:3.20\nFROM ${BASE} AS build\nARG TZ\nRUN ["/.repro-audit-probe"]\nRUN echo a \\\n  && echo b\nFROM scratch\nARG TZ\nRUN ["/.repro-audit-probe"]\nCOPY --from=build /x /x\n',
    );
    expect(result.baseImages).toEqual(['alpine:3.20']);
    // Classic Docker counts every instruction; buildah counts per stage from FROM = 1.
    expect(stepForDocker(result.steps, 5)).toMatchObject({ keyword: 'RUN', origin: 'user', region: { startLine: 3, endLine: 4 } });
    expect(stepForBuildah(result.steps, 1, 4)).toMatchObject({ keyword: 'COPY', region: { startLine: 6 } });
    expect(stepForBuildah(result.steps, 0, 3)).toMatchObject({ origin: 'harness-probe' });
  });

  it('rejects a Dockerfile without FROM', () => {
    expect(() => instrumentDockerfile('RUN echo hi\n', { argNames: [], probe: false })).toThrow(/no FROM/);
  });
});

describe('StepLogCollector', () => {
  it('splits buildah output into steps across chunk boundaries and keeps a bounded tail', () => {
    const { steps } = instrumentDockerfile(MULTI_STAGE, { argNames: [], probe: false });
    const collector = new StepLogCollector('buildah', steps);
    collector.write('[1/2] STEP 1/2: FROM alpine:3.20 AS build\n[1/2] STEP 2/2: RUN ec');
    collector.write('ho a && echo b\na\nb\n');
    for (let i = 0; i < 100; i++) collector.write(`line ${i}\n`);
    collector.end();
    expect(collector.steps.map((log) => log.step?.region?.startLine)).toEqual([2, 3]);
    expect(collector.steps[1]!.lines).toHaveLength(40);
    expect(collector.steps[1]!.lines.at(-1)).toBe('line 99');
  });

  it('keeps each stream\'s lines whole when stdout and stderr chunks interleave mid-line', () => {
    const { steps } = instrumentDockerfile(MULTI_STAGE, { argNames: [], probe: false });
    const collector = new StepLogCollector('buildah', steps);
    collector.write('[1/2] STEP 1/2: FROM alpine:3.20 AS build\n[1/2] STEP 2/2: RUN echo a && echo b\nrepro-audit-probe: do');
    collector.write('warning: something on stderr\n', 'stderr');
    collector.write('ne\n');
    collector.end();
    expect(collector.steps[1]!.lines).toEqual(['warning: something on stderr', 'repro-audit-probe: done']);
  });

  it('gives the probe\'s report to the probe step even when buildah relays it after the next step\'s header', () => {
    const { steps } = instrumentDockerfile('FROM busybox\nRUN echo one > /one\n', { argNames: [], probe: true });
    const collector = new StepLogCollector('buildah', steps);
    collector.write('STEP 1/3: FROM busybox\nSTEP 2/3: RUN ["/.repro-audit-probe"]\nrepro-audit-probe: cpu.avx=1\n');
    collector.write('STEP 3/3: RUN echo one > /one\nrepro-audit-probe: done\none\n');
    collector.end();
    expect(collector.steps.map((log) => [log.step?.origin, log.lines])).toEqual([
      ['user', []],
      ['harness-probe', ['repro-audit-probe: cpu.avx=1', 'repro-audit-probe: done']],
      ['user', ['one']],
    ]);
  });

  it('reads exit codes from both builders', () => {
    expect(exitCodeFromMessage("The command '/bin/sh -c /x' returned a non-zero code: 132")).toBe(132);
    expect(exitCodeFromMessage('building at STEP "RUN /x": exit status 132')).toBe(132);
    expect(exitCodeFromMessage('no such image')).toBeUndefined();
  });
});

describe('variation legs', () => {
  it('differ only in the varied axes; SOURCE_DATE_EPOCH is the same input in both', () => {
    const { legs, sourceDateEpoch } = makeLegPair({ varied: ['time', 'cpu'], builder: 'buildah', network: 'none', hostCpus: 2 });
    const [a, b] = legs;
    expect(a.cpuModel).toBe('Westmere');
    expect(b.cpuModel).toBe('max');
    // time varies the clock the build sees (leg b starts later), never SOURCE_DATE_EPOCH.
    expect(a.harnessArgs).toEqual({ SOURCE_DATE_EPOCH: sourceDateEpoch });
    expect(b.harnessArgs).toEqual(a.harnessArgs);
    expect([a.clockLaterByMs, b.clockLaterByMs]).toEqual([undefined, 1100]);
    expect({ ...a, name: '', cpuModel: '', clockLaterByMs: 0 }).toEqual({ ...b, name: '', cpuModel: '', clockLaterByMs: 0 });
  });

  it('build with the user\'s SOURCE_DATE_EPOCH when given, and hold every unnamed axis equal', () => {
    const { legs } = makeLegPair({ varied: ['locale'], builder: 'docker', network: 'none', sourceDateEpoch: '1234', hostCpus: 2 });
    const [a, b] = legs;
    expect(a.harnessArgs).toEqual({ SOURCE_DATE_EPOCH: '1234', LANG: 'C', LC_ALL: 'C' });
    expect(b.harnessArgs).toEqual({ SOURCE_DATE_EPOCH: '1234', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    expect({ ...a, name: '', harnessArgs: {} }).toEqual({ ...b, name: '', harnessArgs: {} });
  });
});
