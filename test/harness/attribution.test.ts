import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { compareImageArchives } from '../../src/harness/attribution/index.js';
import { DIFFERENCE_RULES } from '../../src/rules/index.js';
import type { BuildEnvironment } from '../../src/harness/image/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { writeDockerArchive, writeOciArchive, type EntrySpec, type ImageSpec, type LayerSpec } from './support/archives.js';
import { requirePrograms } from '../support/requirements.js';
import { compileLoop } from './support/tools.js';

const gccMissing = requirePrograms('gcc', ['gcc'], '.ci/setup/gcc.sh');

const DOCKERFILE = [
  'FROM debian:12.7-slim', //                                       1
  'WORKDIR /app', //                                                2
  'COPY app.c /src/', //                                            3
  'RUN gcc -O2 -march=native -o /usr/local/bin/app /src/app.c', //  4
  'RUN date > /built-at && chmod 600 /built-at', //                 5
  'RUN touch /stamp', //                                            6
  'ARG BUILD_ID', //                                                7
  'ENV BUILD_ID=$BUILD_ID', //                                      8
  'LABEL build-date="2024-01-01T00:00:00Z" maintainer=me', //       9
  'CMD ["/usr/local/bin/app"]', //                                 10
  '',
].join('\n');

const avxLeg: BuildEnvironment = { label: 'b', cpu: { model: 'max', features: ['avx', 'avx2', 'sse4_2'] } };
const plainLeg: BuildEnvironment = { label: 'a', cpu: { model: 'Westmere', features: ['sse4_2'] } };

interface Variant {
  app: Buffer;
  date: string;
  builtAtMode: number;
  stampTime: number;
  buildId: string;
  labelDate: string;
  created: string;
}

let dir: string;
let variants: { a: Variant; b: Variant };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repro-attribution-'));
  if (gccMissing) return;
  const app = {
    plain: await compileLoop(dir, 'plain', [], 'fixed'),
    avx: await compileLoop(dir, 'avx', ['-mavx2'], 'fixed'),
  };
  variants = {
    a: { app: app.plain, date: 'Mon Nov 24 18:48:12 UTC 2025\n', builtAtMode: 0o600, stampTime: 1_700_000_000, buildId: '17', labelDate: '2024-01-01T00:00:00Z', created: '2025-11-24T18:48:13Z' },
    b: { app: app.avx, date: 'Tue Nov 25 09:01:55 UTC 2025\n', builtAtMode: 0o644, stampTime: 1_700_000_123, buildId: '18', labelDate: '2024-01-02T10:00:00Z', created: '2025-11-25T09:01:56Z' },
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base: LayerSpec = {
  createdBy: '/bin/sh -c #(nop) ADD file:8b1e79f91081eb527c455431 in / ',
  entries: [
    { name: 'etc/os-release', content: 'ID=debian\n' },
    { name: 'usr/share/doc/base.gz', content: Buffer.from('1f8b0800000000000003', 'hex') },
  ],
};

function layersOf(variant: Variant): Record<'workdir' | 'copy' | 'gcc' | 'date' | 'touch', { entries: EntrySpec[] }> {
  return {
    workdir: { entries: [{ name: 'app/', type: 'directory' as const }] },
    copy: { entries: [{ name: 'src/', type: 'directory' as const }, { name: 'src/app.c', content: 'int main(){}' }] },
    gcc: { entries: [{ name: 'usr/local/bin/app', content: variant.app, mode: 0o755 }] },
    date: { entries: [{ name: 'built-at', content: variant.date, mode: variant.builtAtMode }] },
    touch: { entries: [{ name: 'stamp', content: '', mtime: variant.stampTime }] },
  };
}

function config(variant: Variant) {
  return {
    Env: ['PATH=/usr/bin:/bin', `BUILD_ID=${variant.buildId}`],
    Labels: { 'build-date': variant.labelDate, maintainer: 'me' },
    Cmd: ['/usr/local/bin/app'],
    WorkingDir: '/app',
  };
}

/** BuildKit: one layer per file-changing step, `# buildkit` history, config steps as empty entries. */
function buildkitImage(variant: Variant): ImageSpec {
  const layers = layersOf(variant);
  return {
    created: variant.created,
    config: config(variant),
    layers: [
      base,
      { ...layers.workdir, createdBy: 'WORKDIR /app' },
      { ...layers.copy, createdBy: 'COPY app.c /src/ # buildkit' },
      { ...layers.gcc, createdBy: 'RUN /bin/sh -c gcc -O2 -march=native -o /usr/local/bin/app /src/app.c # buildkit' },
      { ...layers.date, createdBy: 'RUN /bin/sh -c date > /built-at && chmod 600 /built-at # buildkit' },
      { ...layers.touch, createdBy: 'RUN /bin/sh -c touch /stamp # buildkit' },
    ],
    emptyHistory: [
      { before: 0, createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
      { before: 6, createdBy: 'ARG BUILD_ID' },
      { before: 6, createdBy: 'ENV BUILD_ID=' + variant.buildId },
      { before: 6, createdBy: `LABEL build-date=${variant.labelDate} maintainer=me` },
      { before: 6, createdBy: 'CMD ["/usr/local/bin/app"]' },
    ],
  };
}

/** buildah without --layers: the whole stage is one layer, every step an empty history entry but the last. */
function buildahSquashedImage(variant: Variant): ImageSpec {
  const layers = layersOf(variant);
  const all = Object.values(layers).flatMap((layer) => layer.entries);
  return {
    created: variant.created,
    config: config(variant),
    layers: [base, { entries: all, gzip: true, createdBy: '/bin/sh -c #(nop) CMD ["/usr/local/bin/app"]' }],
    emptyHistory: [
      { before: 0, createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
      { before: 1, createdBy: '/bin/sh -c #(nop) WORKDIR /app' },
      { before: 1, createdBy: '/bin/sh -c #(nop) COPY file:0a6b7a58c3e3b4e5 in /src/ ' },
      { before: 1, createdBy: '|1 BUILD_ID=18 /bin/sh -c gcc -O2 -march=native -o /usr/local/bin/app /src/app.c' },
      { before: 1, createdBy: '|1 BUILD_ID=18 /bin/sh -c date > /built-at && chmod 600 /built-at' },
      { before: 1, createdBy: '|1 BUILD_ID=18 /bin/sh -c touch /stamp' },
      { before: 1, createdBy: '/bin/sh -c #(nop) ARG BUILD_ID' },
      { before: 1, createdBy: `/bin/sh -c #(nop) ENV BUILD_ID=${variant.buildId}` },
      { before: 1, createdBy: `/bin/sh -c #(nop) LABEL build-date=${variant.labelDate} maintainer=me` },
    ],
  };
}

function byRuleAndLine(findings: Finding[]) {
  return findings
    .map((finding) => `${finding.ruleId} ${finding.properties?.class} line ${finding.region.startLine}-${finding.region.endLine}: ${(finding.properties?.paths as string[]).join(' ')}`)
    .sort();
}

describe.skipIf(gccMissing)('attribution and classification', () => {
  const model = parseDockerfile(DOCKERFILE, 'Dockerfile');

  it('blames each difference on its step and class (BuildKit history, AVX vs no AVX)', async () => {
    const fileA = path.join(dir, 'a.tar');
    const fileB = path.join(dir, 'b.tar');
    await writeDockerArchive(fileA, buildkitImage(variants.a));
    await writeOciArchive(fileB, buildkitImage(variants.b));
    const { findings } = await compareImageArchives(fileA, fileB, { model, environments: [plainLeg, avxLeg] });
    expect(byRuleAndLine(findings)).toEqual([
      // Image and history creation times: one difference, blamed on the image as a whole.
      'RA901 time line 1-1: config created config history.created',
      'RA901 time line 5-5: /built-at',
      'RA901 time line 6-6: /stamp',
      // The LABEL's history entry records the date too; it pairs with line 9, not by position.
      'RA901 time line 9-9: config Labels.build-date config history[9].created_by',
      'RA902 cpu line 4-4: /usr/local/bin/app',
      'RA904 permissions line 5-5: /built-at',
      'RA906 config line 8-8: config Env.BUILD_ID config history[8].created_by',
    ].sort());
    const built = findings.find((finding) => finding.ruleId === 'RA901' && finding.region.startLine === 5)!;
    expect(built.message).toBe(
      '`/built-at` differs between the two builds only in timestamps: `RUN date > /built-at && chmod 600 /built-at` (line 5) records the build time; derive times from SOURCE_DATE_EPOCH (and clamp file times) so rebuilds match.',
    );
    expect(built.instruction).toEqual({ keyword: 'RUN', startLine: 5, endLine: 5, stage: '0' });
    expect(built.region).toEqual(model.stages[0].instructions[3].region);
    expect(built.details).toContain('-Mon Nov 24 18:48:12 UTC 2025');
    expect(built.details).toContain('+Tue Nov 25 09:01:55 UTC 2025');
    expect(built.details).toContain('Builds compared: a (cpu Westmere; features sse4_2) vs b (cpu max; features avx,avx2,sse4_2)');
    expect(built.properties).toMatchObject({ class: 'time', attribution: 'exact', pathCount: 1 });
    const cpu = findings.find((finding) => finding.ruleId === 'RA902')!;
    expect(cpu.severity).toBe('error');
    expect(cpu.details).toContain('ELF executable code differs and the builds ran on CPUs with different features');
    const permissions = findings.find((finding) => finding.ruleId === 'RA904')!;
    expect(permissions.details).toContain('mode 0600 vs 0644');
    for (const finding of findings) expect(DIFFERENCE_RULES.map((rule) => rule.id)).toContain(finding.ruleId);
  });

  it('survives differing layer counts: BuildKit layers vs one squashed buildah layer', async () => {
    const fileA = path.join(dir, 'layers.tar');
    const fileB = path.join(dir, 'squashed.tar');
    await writeDockerArchive(fileA, buildkitImage(variants.a), 'docker25');
    await writeOciArchive(fileB, buildahSquashedImage(variants.b));
    const { findings, diff } = await compareImageArchives(fileA, fileB, { model, environments: [plainLeg, avxLeg] });
    expect(diff.a.layers).toHaveLength(6);
    expect(diff.b.layers).toHaveLength(2);
    const files = byRuleAndLine(findings).filter((line) => !line.includes('config'));
    expect(files).toEqual([
      'RA901 time line 5-5: /built-at',
      'RA901 time line 6-6: /stamp',
      'RA902 cpu line 4-4: /usr/local/bin/app',
      'RA904 permissions line 5-5: /built-at',
    ].sort());
    expect(findings.find((finding) => finding.ruleId === 'RA902')!.properties?.attribution).toBe('inferred');
  });

  it('a code difference between builds on the same CPU is content, not cpu; a stamp in .rodata is time', async () => {
    const stampA = await compileLoop(dir, 'stamp-a', [], 'Nov 24 2025 18:48:12');
    const stampB = await compileLoop(dir, 'stamp-b', [], 'Nov 25 2025 09:01:55');
    const spec = (app: Buffer, stamp: Buffer): ImageSpec => ({
      layers: [base, { createdBy: 'RUN /bin/sh -c gcc -O2 -march=native -o /usr/local/bin/app /src/app.c # buildkit', entries: [
        { name: 'usr/local/bin/app', content: app, mode: 0o755 },
        { name: 'usr/local/bin/stamped', content: stamp, mode: 0o755 },
      ] }],
    });
    const fileA = path.join(dir, 'same-cpu-a.tar');
    const fileB = path.join(dir, 'same-cpu-b.tar');
    await writeDockerArchive(fileA, spec(variants.a.app, stampA));
    await writeDockerArchive(fileB, spec(variants.b.app, stampB));
    const sameCpu = { cpu: { model: 'max', features: ['avx', 'avx2'] } };
    const { findings } = await compareImageArchives(fileA, fileB, {
      model: parseDockerfile('FROM debian:12.7-slim\nRUN gcc -O2 -march=native -o /usr/local/bin/app /src/app.c\n', 'Dockerfile'),
      environments: [{ label: 'a', ...sameCpu }, { label: 'b', ...sameCpu }],
    });
    expect(byRuleAndLine(findings)).toEqual([
      'RA901 time line 2-2: /usr/local/bin/stamped',
      'RA903 content line 2-2: /usr/local/bin/app',
    ]);
    const content = findings.find((finding) => finding.ruleId === 'RA903')!;
    expect(content.details).toContain('ELF executable code differs although both builds had the same CPU features');
    expect(findings.find((finding) => finding.ruleId === 'RA901')!.details).toContain('ELF data (the code is identical) differs only in text that looks like dates or times');
  });

  it('gzip header times are time; files only in one build are file-set; real content changes are content', async () => {
    const gzipped = (mtime: number) => {
      const header = Buffer.from('1f8b08000000000000031f8b', 'hex');
      header.writeUInt32LE(mtime, 4);
      return header;
    };
    const spec = (variant: 'a' | 'b'): ImageSpec => ({
      layers: [
        base,
        { createdBy: 'RUN /bin/sh -c gzip -k /usr/share/doc/changelog && mktemp /tmp/cache.XXXX && curl -o /opt/latest.txt https://example.com # buildkit', entries: [
          { name: 'usr/share/doc/changelog.gz', content: gzipped(variant === 'a' ? 1_700_000_000 : 1_700_000_500) },
          { name: `tmp/cache.${variant === 'a' ? 'Xa81' : 'q0Zt'}`, content: '' },
          { name: 'opt/latest.txt', content: variant === 'a' ? 'version 1.2.3\n' : 'version 1.2.4\n' },
        ] },
      ],
    });
    const fileA = path.join(dir, 'gzip-a.tar');
    const fileB = path.join(dir, 'gzip-b.tar');
    await writeDockerArchive(fileA, spec('a'));
    await writeDockerArchive(fileB, spec('b'));
    const { findings } = await compareImageArchives(fileA, fileB, {
      model: parseDockerfile('FROM debian:12.7-slim\nRUN gzip -k /usr/share/doc/changelog && mktemp /tmp/cache.XXXX && curl -o /opt/latest.txt https://example.com\n', 'Dockerfile'),
    });
    expect(byRuleAndLine(findings)).toEqual([
      'RA901 time line 2-2: /usr/share/doc/changelog.gz',
      'RA903 content line 2-2: /opt/latest.txt',
      'RA905 file-set line 2-2: /tmp/cache.Xa81 /tmp/cache.q0Zt',
    ]);
    const content = findings.find((finding) => finding.ruleId === 'RA903')!;
    expect(content.details).toContain('-version 1.2.3');
    expect(content.details).toContain('+version 1.2.4');
    expect(findings.find((finding) => finding.ruleId === 'RA905')!.details).toContain('/tmp/cache.Xa81: only in the first build');
  });
});
