import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as kit from '../../src/rules/kit.js';
import { PROJECT_ROOT, buildBundle, installPackedTarball, removeBundle, runCli } from '../support/bundle.js';

/**
 * The rule kit is the API of user rules: a `--rules` module gets it as the argument of its default
 * export. Tried as users run it: the bundle (dist/cli.js as scripts/build.mjs makes it) and the npm
 * tarball installed into an empty project, with rule modules that live outside the package.
 */
const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'rules');

interface JsonReport {
  findings: { ruleId: string; message: string; region: { startLine: number; startColumn: number }; instruction?: { keyword: string; startLine: number } }[];
}

/** The JavaScript of README's "Writing a rule" example. */
function readmeRule(): string {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Writing a rule'));
  return /```js\n([\s\S]*?)```/.exec(section)![1]!;
}

describe('the rule kit', () => {
  // That every rule in rules/ imports only the kit is an import boundary: test/architecture checks it.
  it('is what a user rule needs', () => {
    for (const name of ['defineRule', 'shellCommands', 'instructionsWithTriggers', 'packageOperationsOf', 'commandName', 'isDownloader', 'downloadUrls', 'regionOfWords', 'code', 'nixForPackages', 'readPipRequirements']) {
      expect(typeof (kit as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

describe.each(['bundle', 'tarball'] as const)('user rules through the kit, run from the %s', (kind) => {
  let bundle = '';
  let cli = '';
  let workspace = '';

  beforeAll(() => {
    bundle = buildBundle();
    cli = kind === 'bundle' ? bundle : installPackedTarball(bundle);
    // Rule modules in a directory of their own: nothing near them resolves `repro-audit`.
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-kit-'));
    fs.cpSync(EXAMPLE, path.join(workspace, 'acme'), { recursive: true });
  }, 600_000);

  afterAll(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    if (cli !== bundle) removeBundle(cli);
    removeBundle(bundle);
  });

  const run = (args: string[]) => runCli(cli, args, { cwd: workspace, env: { NO_COLOR: '1' } });

  it('runs the example rules of examples/rules on their Dockerfile, alongside the built-in rules', async () => {
    const { code, stdout, stderr } = await run(['--rules', 'acme/acme-rules.mjs', 'acme/Dockerfile', '--format', 'json', '--fail-on', 'warning']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.region.startColumn, finding.instruction?.startLine, finding.message])).toEqual([
      ['ACME1', 2, 23, 2, '`apt-get install` also installs what its packages recommend, which changes between Debian point releases. Add `--no-install-recommends`.'],
      ['ACME2', 3, 30, 3, '`https://example.com/tool-1.0.tgz` is fetched by `curl` without `--fail`: an error page would be saved as the file.'],
    ]);
    const listed = await run(['rules', '--rules', 'acme/acme-rules.mjs']);
    expect(listed.stdout).toMatch(/^ACME1\s+apt-install-recommends/m);
    expect(listed.stdout).toMatch(/^ACME2\s+curl-without-fail/m);
  });

  it("runs README's example rule, which uses the kit only, on its documented examples", async () => {
    fs.writeFileSync(path.join(workspace, 'no-apt-key.mjs'), readmeRule());
    const { default: factory } = (await import(path.join(workspace, 'no-apt-key.mjs'))) as { default: (k: typeof kit) => kit.Rule };
    const rule = factory(kit);
    fs.writeFileSync(path.join(workspace, 'failing.Dockerfile'), rule.docs.failing);
    fs.writeFileSync(path.join(workspace, 'passing.Dockerfile'), rule.docs.passing);
    const failing = await run(['--rules', 'no-apt-key.mjs', 'failing.Dockerfile', '--format', 'json']);
    expect(failing.stderr).toBe('');
    expect((JSON.parse(failing.stdout) as JsonReport).findings.filter((finding) => finding.ruleId === rule.id).map((finding) => finding.region.startLine)).toEqual([2]);
    const passing = await run(['--rules', 'no-apt-key.mjs', 'passing.Dockerfile', '--format', 'json']);
    expect((JSON.parse(passing.stdout) as JsonReport).findings.filter((finding) => finding.ruleId === rule.id)).toEqual([]);
  });

  it('says which module failed when its default export throws or returns no rule', async () => {
    fs.writeFileSync(path.join(workspace, 'throws.mjs'), "export default ({ defineRule }) => { throw new Error('no config for ' + typeof defineRule); };\n");
    fs.writeFileSync(path.join(workspace, 'empty.mjs'), 'export default (kit) => undefined;\n');
    const throws = await run(['--rules', 'throws.mjs', 'acme/Dockerfile']);
    expect(throws.code).toBe(2);
    expect(throws.stderr).toContain('--rules throws.mjs: its default export failed when given the rule kit: no config for function');
    const empty = await run(['--rules', 'empty.mjs', 'acme/Dockerfile']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--rules empty.mjs: exports no rule');
  });
});
