// A repository of 1,000 broken Dockerfiles (findings and a file error each, names and package
// names in a script of three UTF-8 bytes a character): the PR comment stays under GitHub's 65,536
// characters and the job summary under 1 MiB, counted in bytes, and both say where the rest is.
import { afterAll, describe, expect, it } from 'vitest';
import { COMMENT_BODY_LIMIT } from '../support/github-api.js';
import { removeRepository, repository, withActionRun } from './sinks-support.js';

const FILES = 1_000;
const files: Record<string, string> = {};
for (let i = 0; i < FILES; i++) {
  const n = String(i).padStart(4, '0');
  files[`services/サービス-${n}-${'長い名前'.repeat(15)}/Dockerfile`] =
    `FROM node:20\nRUN apk add パッケージ-${n}-${'一二三'.repeat(30)} 道具-${n} curl\nRUN echo "unterminated ${'引用'.repeat(20)}\n`;
}
const repo = repository(files);
afterAll(() => removeRepository(repo));

const SUMMARY_LIMIT = 1024 * 1024;

describe('the PR comment and the job summary of 1,000 broken files', () => {
  it('stay within GitHub’s limits in bytes, errors included, and point to the rest', async () => {
    await withActionRun(repo, { 'fail-on': 'none', annotations: 'false' }, (run, api) => {
      expect(run.status).toBe(0);
      expect(Number(run.outputs.errors)).toBe(FILES);
      expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(4 * FILES);

      expect(api.comments).toHaveLength(1);
      const comment = api.comments[0]!.body;
      expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
      expect(comment).toContain('#### Files that could not be audited');
      expect(comment).toMatch(/> \d+ more findings(, | and )\d+ more files that could not be audited( and \d+ more Nix answers?)? not shown here to stay within GitHub's size limit\. See the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\) or the Security tab for all of them\./);

      expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
      // Far more of the report fits in the summary than in the comment.
      expect(Buffer.byteLength(run.summary)).toBeGreaterThan(SUMMARY_LIMIT * 0.9);
      expect(run.summary).toMatch(/> \d+ more findings((, | and )\d+ more files that could not be audited)?( and \d+ more Nix answers?)? not shown here to stay within GitHub's size limit\. See the SARIF file for all of them\./);
    });
  });
});
