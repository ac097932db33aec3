// Every SARIF (and JSON) report the engine produces for the real-world corpus and the fixtures
// must be accepted by the OASIS schema, by Microsoft's validator with GitHub's rules, and by our
// own JSON schema.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/engine/index.js';
import { buildJsonReport } from '../../src/report/json.js';
import { sarifReporter } from '../../src/report/sarif.js';
import { assertMultitoolClean, assertValidSarif } from '../support/sarif.js';
import { CORPUS_DIR } from '../support/shared-data.js';

const CORPUS = CORPUS_DIR;
const FIXTURES = path.resolve('fixtures');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-corpus-sarif-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const validateJson = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync('docs/report.schema.json', 'utf8')));

/** One audit per corpus repository (as a user would run it in that repository), plus the fixtures. */
const targets = [
  ...fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(CORPUS, entry.name))
    .sort(),
  FIXTURES,
];

describe('SARIF for the corpus and the fixtures', () => {
  const written: string[] = [];
  let results = 0;

  it('validates against the OASIS schema and the JSON report schema', async () => {
    expect(targets.length).toBeGreaterThan(70);
    for (const [index, dir] of targets.entries()) {
      const report = await runAudit({ paths: ['.'], cwd: dir, configFile: false });
      const options = { root: dir, color: false };
      const sarif = sarifReporter(report, options);
      assertValidSarif(sarif);
      const json = buildJsonReport(report, options);
      if (!validateJson(json)) throw new Error(`${dir}: JSON report invalid: ${JSON.stringify(validateJson.errors)}`);
      results += report.findings.length;
      const file = path.join(outDir, `${index}-${path.basename(dir)}.sarif`);
      fs.writeFileSync(file, sarif);
      written.push(file);
    }
    // The corpus is real-world Dockerfiles: plenty of findings to check.
    expect(results).toBeGreaterThan(500);
  }, 300_000);

  it('passes Microsoft’s SARIF validator with GitHub rules, without errors', async () => {
    expect(written).toHaveLength(targets.length);
    await assertMultitoolClean(written);
  }, 300_000);
});
