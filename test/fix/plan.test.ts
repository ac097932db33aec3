import http from 'node:http';
import type net from 'node:net';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fix } from '../../src/findings/finding.js';
import { pinImageFix, planFixes, type PlanOptions } from '../../src/fix/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import type { ImageName } from '../../src/model/types.js';
import type { DigestResolver } from '../../src/registry/index.js';

const A = `sha256:${'a'.repeat(64)}`;

/** A resolver with a digest per `familiar:tag`, remembering each question (name and platform). */
function resolverOf(digests: Record<string, string>): DigestResolver & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolve: async (name: ImageName, platform?: string) => {
      const key = `${name.familiar}:${name.tag ?? 'latest'}`;
      asked.push(platform ? `${key} ${platform}` : key);
      const digest = digests[key];
      if (!digest) throw new Error(`tag ${key} not found`);
      return digest;
    },
  };
}

async function fix(text: string, options: Partial<PlanOptions> & { digests?: Record<string, string> } = {}) {
  const resolver = options.resolver ?? resolverOf(options.digests ?? {});
  return planFixes(text, 'Dockerfile', { ...options, resolver });
}

describe('pinning image references', () => {
  it('pins FROM, COPY --from, RUN --mount from= and # syntax, keeping tags, comments and CRLF', async () => {
    const text = [
      '# syntax=docker/dockerfile:1.7',
      '# a comment that stays',
      'FROM node:20-alpine AS build',
      'COPY --from=busybox:1.36 /bin/busybox /busybox',
      'RUN --mount=type=bind,from=alpine:3.19,target=/x \\',
      '    ls /x',
      'FROM build',
      '',
    ].join('\r\n');
    const digests = { 'docker/dockerfile:1.7': `sha256:${'1'.repeat(64)}`, 'node:20-alpine': `sha256:${'2'.repeat(64)}`, 'busybox:1.36': `sha256:${'3'.repeat(64)}`, 'alpine:3.19': `sha256:${'4'.repeat(64)}` };
    const plan = await fix(text, { digests });
    expect(plan.errors).toEqual([]);
    expect(plan.fixed).toBe(
      [
        `# syntax=docker/dockerfile:1.7@sha256:${'1'.repeat(64)}`,
        '# a comment that stays',
        `FROM node:20-alpine@sha256:${'2'.repeat(64)} AS build`,
        `COPY --from=busybox:1.36@sha256:${'3'.repeat(64)} /bin/busybox /busybox`,
        `RUN --mount=type=bind,from=alpine:3.19@sha256:${'4'.repeat(64)},target=/x \\`,
        '    ls /x',
        'FROM build',
        '',
      ].join('\r\n'),
    );
    expect(plan.notes.filter((note) => note.kind !== 'skipped')).toEqual([]);
  });

  it('pins the default of an ARG that is the whole reference, once for every FROM using it', async () => {
    const text = 'ARG BASE="python:3.12-slim"\nFROM ${BASE} AS one\nFROM $BASE AS two\n';
    const resolver = resolverOf({ 'python:3.12-slim': A });
    const plan = await fix(text, { resolver });
    expect(plan.fixed).toBe(`ARG BASE="python:3.12-slim@${A}"\nFROM \${BASE} AS one\nFROM $BASE AS two\n`);
    expect(plan.applied).toHaveLength(1);
  });

  it('pins an ARG default built from other ARGs by appending to it, never rewriting the FROM', async () => {
    const text = 'ARG REGISTRY=quay.io\nARG BASE_IMAGE=$REGISTRY/jupyter/base-notebook\nFROM $BASE_IMAGE\n';
    const plan = await fix(text, { resolver: resolverOf({ 'quay.io/jupyter/base-notebook:latest': A }) });
    expect(plan.fixed).toBe(`ARG REGISTRY=quay.io\nARG BASE_IMAGE=$REGISTRY/jupyter/base-notebook@${A}\nFROM $BASE_IMAGE\n`);
  });

  it('explains why a tag composed from an ARG cannot be pinned, and asks no registry about it', async () => {
    const resolver = resolverOf({});
    const plan = await fix('ARG VERSION=3.12\nFROM python:${VERSION}-slim\n', { resolver });
    expect(plan.fixed).toBe(plan.original);
    expect(resolver.asked).toEqual([]);
    expect(plan.notes).toEqual([
      expect.objectContaining({
        kind: 'not-fixable',
        region: expect.objectContaining({ startLine: 2, startColumn: 6 }),
        message: expect.stringContaining('`python:${VERSION}-slim` is composed from ARG VERSION'),
      }),
    ]);
  });

  it('explains an ARG without a default', async () => {
    const plan = await fix('ARG BASE\nFROM ${BASE}\n');
    expect(plan.notes[0]?.message).toContain('ARG BASE without a default value');
  });

  it('does not pin when a --build-arg overrides the default (the digest would be for another image)', async () => {
    const plan = await fix('ARG BASE=python:3.12\nFROM ${BASE}\n', { buildArgs: { BASE: 'python:3.13' }, digests: { 'python:3.13': A } });
    expect(plan.fixed).toBe(plan.original);
    expect(plan.notes[0]?.message).toContain('does not come from its default');
  });

  it('skips stages, scratch and references already pinned; a second run is a no-op', async () => {
    const text = `FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\nFROM alpine:3.19@${A}\n`;
    const first = await fix(text, { digests: { 'golang:1.22': `sha256:${'b'.repeat(64)}` } });
    expect(first.applied).toHaveLength(1);
    expect(first.notes.map((note) => [note.kind, note.message])).toEqual([
      ['skipped', 'scratch'],
      ['skipped', 'build stage'],
      ['skipped', 'already pinned by digest'],
    ]);
    const resolver = resolverOf({});
    const second = await fix(first.fixed, { resolver });
    expect(second.fixed).toBe(first.fixed);
    expect(resolver.asked).toEqual([]);
  });

  it('asks for the platform given with --platform', async () => {
    const resolver = resolverOf({ 'node:20': A });
    const plan = await fix('FROM node:20\n', { resolver, platform: 'linux/arm64' });
    expect(resolver.asked).toEqual(['node:20 linux/arm64']);
    expect(plan.fixed).toBe(`FROM node:20@${A}\n`);
  });

  it('leaves the whole file unchanged when one reference cannot be resolved', async () => {
    const plan = await fix('FROM node:20\nFROM nosuch:1\n', { digests: { 'node:20': A } });
    expect(plan.fixed).toBe(plan.original);
    expect(plan.errors).toEqual([{ region: expect.objectContaining({ startLine: 2 }), message: 'cannot pin nosuch:1: tag nosuch:1 not found' }]);
  });

  it('keeps heredocs and a BOM byte for byte', async () => {
    const text = '\uFEFFFROM debian:12\nRUN <<EOF\nFROM not-an-instruction:1\nEOF\n';
    const plan = await fix(text, { digests: { 'debian:12': A } });
    expect(plan.fixed).toBe(`\uFEFFFROM debian:12@${A}\nRUN <<EOF\nFROM not-an-instruction:1\nEOF\n`);
  });

  it('pinImageFix refuses a value that is not a digest', () => {
    const model = parseDockerfile('FROM node:20\n', 'Dockerfile');
    expect(pinImageFix(model, model.stages[0]!.image, 'latest')).toEqual({ reason: '"latest" is not a sha256/sha512 digest' });
    const fixed = pinImageFix(model, model.stages[0]!.image, A) as Fix;
    expect(fixed.edits).toEqual([{ span: { start: 12, end: 12 }, region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 13 }, text: `@${A}` }]);
  });
});

describe('findings’ fixes', () => {
  it('applies them after the pins and refuses one that overlaps a pin', async () => {
    const text = 'FROM node:20\nRUN apt-get install curl\n';
    const model = parseDockerfile(text, 'Dockerfile');
    const curl = text.indexOf('curl');
    const fixes: Fix[] = [
      { description: 'retag', edits: [{ span: { start: 5, end: 12 }, region: model.positions.regionOf({ start: 5, end: 12 }), text: 'node:22' }] },
      { description: 'pin curl', edits: [{ span: { start: curl + 4, end: curl + 4 }, region: model.positions.regionOf({ start: curl + 4, end: curl + 4 }), text: '=8.5.0-2' }] },
    ];
    const plan = await fix(text, { digests: { 'node:20': A }, findingFixes: () => fixes });
    expect(plan.fixed).toBe(`FROM node:20@${A}\nRUN apt-get install curl=8.5.0-2\n`);
    expect(plan.notes).toEqual([
      expect.objectContaining({ kind: 'refused', message: `not applied: retag, because it overlaps an earlier fix (Pin \`node:20\` to ${A}) at line 1` }),
    ]);
  });
});

describe('ADD --checksum', () => {
  let server: http.Server;
  let base: string;
  const payload = Buffer.from('release tarball bytes\n');

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/redirect') {
        response.writeHead(302, { Location: '/file.tgz' });
        response.end();
      } else if (request.url === '/file.tgz') {
        response.end(payload);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sha = createHash('sha256').update(payload).digest('hex');

  it('downloads and hashes the URL only with --network, following redirects', async () => {
    const text = `FROM scratch\nADD --chmod=644 ${base}/redirect /file.tgz\n`;
    const offline = await fix(text);
    expect(offline.fixed).toBe(text);
    expect(offline.notes.at(-1)?.message).toBe(`ADD ${base}/redirect has no --checksum; pass --network to download it and add one`);

    const online = await fix(text, { network: true });
    expect(online.fixed).toBe(`FROM scratch\nADD --checksum=sha256:${sha} --chmod=644 ${base}/redirect /file.tgz\n`);
    const again = await fix(online.fixed, { network: true });
    expect(again.fixed).toBe(online.fixed);
  });

  it('reports a failed download and leaves the file unchanged', async () => {
    const plan = await fix(`FROM scratch\nADD ${base}/missing /x\n`, { network: true });
    expect(plan.fixed).toBe(plan.original);
    expect(plan.errors[0]?.message).toBe(`downloading ${base}/missing failed: 404 Not Found`);
  });

  it('explains sources it cannot checksum', async () => {
    const plan = await fix(`FROM scratch\nADD ${base}/a ${base}/b /dir/\nADD https://github.com/moby/buildkit.git#v0.12.0 /src\n`, { network: true });
    expect(plan.notes.filter((note) => note.kind === 'not-fixable').map((note) => note.message)).toEqual([
      'cannot add --checksum: `ADD --checksum` needs exactly one source; split this ADD into one per URL',
      'cannot add --checksum: a Git source is pinned by commit (`#<commit>`), not by `--checksum`',
    ]);
  });
});
