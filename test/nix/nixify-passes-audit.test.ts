import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { loadPowerShellGrammar } from '../../src/shell/index.js';
import { nixify } from '../../src/nix/nixify/translate.js';
import { runBundledCli } from '../support/bundle.js';
import { CORPUS_DIR, corpusFiles, requireSharedData } from '../support/shared-data.js';

const NIX_RULES = ['RA601', 'RA602', 'RA603', 'RA604', 'RA605', 'RA606', 'RA607'];

// The corpus has Windows files with PowerShell RUNs: a batch loads that grammar once, as the coverage script does.
await loadPowerShellGrammar();

describe.skipIf(requireSharedData(CORPUS_DIR))('the flakes nixify writes pass repro-audit\'s own Nix rules', () => {
  it('every flake written for the corpus, audited through dist/cli.js, has no finding of RA601-RA607 and no error', { timeout: 180_000 }, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-audit-'));
    try {
      const written: string[] = [];
      corpusFiles().forEach((file, index) => {
        const model = parseDockerfile(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8'), file);
        const flake = path.join(String(index).padStart(3, '0'), 'flake.nix');
        fs.mkdirSync(path.join(out, path.dirname(flake)));
        fs.writeFileSync(path.join(out, flake), nixify(model).flake);
        written.push(flake);
      });
      const run = runBundledCli(['.', '--format', 'json', '--no-cache'], { cwd: out, timeoutMs: 170_000 });
      expect(run.signal).toBeNull();
      const report = JSON.parse(run.stdout) as { files: string[]; findings: Finding[]; errors: unknown[] };
      expect(report.errors).toEqual([]);
      expect(new Set(report.files)).toEqual(new Set(written));
      // Only the Nix rules read a flake.nix; any finding at all would be one of theirs.
      expect(report.findings.filter((finding) => !NIX_RULES.includes(finding.ruleId))).toEqual([]);
      expect(report.findings.map((finding) => `${finding.file}:${finding.region.startLine} ${finding.ruleId} ${finding.message}`)).toEqual([]);
      expect(run.code, run.stderr).toBe(0);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
