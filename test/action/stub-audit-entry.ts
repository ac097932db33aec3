// TEMPORARY stand-in for the engine until src/engine/audit.ts lands: the Action's real code path
// with a minimal audit that reads the real workspace files and flags `FROM` lines without a digest.
import fs from 'node:fs';
import path from 'node:path';
import type { FileError, Finding } from '../../src/findings/finding.js';
import { startAction, type AuditRequest } from '../../src/action/run.js';
import type { AuditReport } from '../../src/report/types.js';

async function stubAudit(request: AuditRequest): Promise<AuditReport> {
  const files: string[] = [];
  const walk = (target: string, named: boolean) => {
    if (fs.statSync(target).isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) if (entry !== '.git') walk(path.join(target, entry), false);
    } else if (named || /^(Dockerfile|Containerfile)([.-].*)?$|\.(Dockerfile|Containerfile)$/i.test(path.basename(target))) {
      files.push(path.relative(request.cwd, target));
    }
  };
  for (const p of request.paths) walk(path.resolve(request.cwd, p), true);
  const findings: Finding[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(request.cwd, file), 'utf8');
    if (text.includes('\0')) {
      errors.push({ file, message: 'binary file, not a Dockerfile' });
      continue;
    }
    text.split('\n').forEach((line, index) => {
      const match = /^FROM\s+(\S+)/i.exec(line);
      if (match && !match[1]!.includes('@sha256:')) {
        const column = line.indexOf(match[1]!) + 1;
        findings.push({
          ruleId: 'RA101',
          severity: 'error',
          message: `\`${match[1]}\` is a mutable tag.`,
          file,
          region: { startLine: index + 1, startColumn: column, endLine: index + 1, endColumn: column + match[1]!.length },
          instruction: { keyword: 'FROM', startLine: index + 1, endLine: index + 1 },
        });
      }
    });
  }
  const rule = {
    id: 'RA101',
    name: 'unpinned-base-image',
    summary: 'Base image referenced by a mutable tag instead of a digest',
    severity: 'error' as const,
    tags: ['base-image'],
    precision: 'very-high' as const,
    docs: { why: 'Tags move.', failing: 'FROM node:20', passing: 'FROM node:20@sha256:…', fix: 'Pin by digest.' },
  };
  return { findings, errors, rules: [rule], files, category: 'repro-audit/lint/' };
}

await startAction(stubAudit);
