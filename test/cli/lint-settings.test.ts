// Issue 14's command-line settings, through a private build of the bundle: what is audited when
// paths hold no Dockerfile or the config ignores them, how much Nix a report shows, and the SARIF
// that code scanning reads (suppressed findings, rule pages).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, PROJECT_ROOT, removeBundle, runCli } from '../support/bundle.js';
import { allTokens } from '../support/markdown.js';

let bundle = '';
let workspace = '';
beforeAll(() => {
  bundle = buildBundle();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-lint-settings-'));
  const files: Record<string, string> = {
    'app/Dockerfile': 'FROM node:20-alpine\nRUN apk add --no-cache curl git\n',
    'app/Dockerfile.md': '# How we build\n\nSee the Dockerfile.\n',
    'app/Dockerfile.sh': '#!/bin/sh\ndocker build .\n',
    'docs/Dockerfile.txt': 'not a Dockerfile\n',
    'docs/README.md': '# docs\n',
    'empty/.keep': '',
    'vendor/upstream/Dockerfile': 'FROM ubuntu\n',
    'suppressed/Dockerfile': '# repro-audit ignore=RA101\nFROM node:20-alpine\n',
    '.repro-audit.yml': 'ignore-paths:\n  - vendor/**\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
  }
  // The search stops at a repository root: the config above is the workspace's.
  fs.mkdirSync(path.join(workspace, '.git'));
}, 120_000);
afterAll(() => {
  removeBundle(bundle);
  fs.rmSync(workspace, { recursive: true, force: true });
});

const audit = (...args: string[]) => runCli(bundle, args, { cwd: workspace, env: { NO_COLOR: '1', REPRO_AUDIT_CACHE_DIR: path.join(workspace, '.cache') } });

describe('nothing audited', () => {
  it('is exit 2 with a plain sentence when an explicit path holds no Dockerfile; --no-files warn and ok pass', async () => {
    const error = await audit('empty', 'docs');
    expect(error.code).toBe(2);
    expect(error.stdout).toBe('no Dockerfile audited\n');
    expect(error.stdout).not.toContain('✔');
    expect(error.stderr).toContain('repro-audit: no Dockerfile found in empty, docs: nothing was audited');
    const warn = await audit('empty', '--no-files', 'warn');
    expect(warn.code).toBe(0);
    expect(warn.stderr).toContain('repro-audit: warning: no Dockerfile found in empty: nothing was audited');
    const ok = await audit('empty', '--no-files', 'ok');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect((await audit('empty', '--no-files', 'maybe')).code).toBe(2);
  });

  it('searches folders for exactly the Dockerfile names (no Dockerfile.md, .sh, .txt)', async () => {
    const run = await audit('app', 'docs', '--format', 'json', '--no-files', 'ok');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files).toEqual(['app/Dockerfile']);
  });
});

describe("the config's ignore-paths", () => {
  it('apply to files named on the command line, as pre-commit names them; --no-ignore audits them', async () => {
    const ignored = await audit('vendor/upstream/Dockerfile', 'app/Dockerfile');
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).toContain('vendor/upstream/Dockerfile: skipped: it matches ignore-paths');
    expect(ignored.stdout).not.toContain('vendor/');
    // Only ignored files named: nothing to do, and not "nothing audited".
    const onlyIgnored = await audit('vendor/upstream/Dockerfile');
    expect(onlyIgnored.code).toBe(0);
    expect(onlyIgnored.stderr).not.toContain('nothing was audited');
    const forced = await audit('vendor/upstream/Dockerfile', '--no-ignore');
    expect(forced.stdout).toMatch(/^vendor\/upstream\/Dockerfile:1:6: error RA101/m);
    expect(forced.code).toBe(1);
  });
});

describe('how much Nix', () => {
  it('is brief by default, off or full with --nix, and read from the config, the flag winning', async () => {
    const brief = await audit('app/Dockerfile');
    expect(brief.stdout).toMatch(/^ {4}nix: /m);
    expect(brief.stdout).not.toMatch(/^ {6}\S/m);
    const full = await audit('app/Dockerfile', '--nix', 'full');
    expect(full.stdout).toMatch(/^ {4}nix: .*\n {6}\S/m);
    const off = await audit('app/Dockerfile', '--nix', 'off', '--format', 'markdown');
    expect(off.stdout).not.toMatch(/nix/i);
    const config = path.join(workspace, 'nix-off.yml');
    fs.writeFileSync(config, 'nix: off\n');
    expect((await audit('app/Dockerfile', '--config', config)).stdout).not.toMatch(/nix/i);
    expect((await audit('app/Dockerfile', '--config', config, '--nix', 'brief')).stdout).toMatch(/^ {4}nix: /m);
    const wrong = await audit('app/Dockerfile', '--nix', 'loud');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown --nix loud (use off, brief, full)');
  });
});

describe('SARIF for code scanning', () => {
  it('leaves suppressed findings out unless --include-suppressed', async () => {
    const sarif = async (...args: string[]) => JSON.parse((await audit('suppressed', '--format', 'sarif', ...args)).stdout).runs[0].results as Array<{ ruleId: string; suppressions?: unknown[] }>;
    expect(await sarif()).toEqual([]);
    expect((await sarif('--include-suppressed')).map((result) => [result.ruleId, result.suppressions?.length])).toEqual([['RA101', 1]]);
  });

  it("links every rule to its own section of docs/rules.md, by the anchor GitHub gives the heading", async () => {
    const rules = JSON.parse((await audit('rules', '--format', 'json')).stdout) as Array<{ id: string; helpUri: string }>;
    // GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces as -.
    const anchors = allTokens(fs.readFileSync(path.join(PROJECT_ROOT, 'docs/rules.md'), 'utf8'))
      .filter((token, i, tokens) => token.type === 'inline' && tokens[i - 1]?.type === 'heading_open' && tokens[i - 1]!.tag === 'h2')
      .map((token) => token.content.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'));
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      const [page, anchor] = rule.helpUri.split('#');
      expect(page).toBe('https://github.com/repro-audit/repro-audit/blob/main/docs/rules.md');
      expect(anchor).toMatch(new RegExp(`^${rule.id.toLowerCase()}-`));
      expect(anchors).toContain(anchor);
    }
    const log = JSON.parse((await audit('app/Dockerfile', '--format', 'sarif')).stdout);
    for (const descriptor of log.runs[0].tool.driver.rules) expect(descriptor.helpUri).toBe(rules.find((rule) => rule.id === descriptor.id)!.helpUri);
  });
});
