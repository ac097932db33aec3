import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../src/model/parse.js';
import { loadPowerShellGrammar } from '../../src/shell/index.js';
import { isIndexedAttr } from '../../src/nix/data/index.js';
import { mapImage } from '../../src/nix/images.js';
import { mapPackage, splitPackageNames } from '../../src/nix/mapping.js';
import { nixify } from '../../src/nix/nixify/translate.js';
import { nixForImage, nixForPackages } from '../../src/nix/suggest.js';
import { packageOperations } from '../../src/shell/packages/index.js';
import { evaluateFlakes, parseNixFiles, requireNix } from '../support/nix.js';
import { CORPUS_DIR, requireSharedData } from '../support/shared-data.js';
import { tempDir } from '../support/temp.js';

const CORPUS = CORPUS_DIR;

function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== 'MANIFEST.tsv') out.push(full);
    }
  };
  walk(CORPUS);
  return out.sort();
}

// The corpus has Windows files with PowerShell RUNs: a batch loads that grammar once, as the coverage script does.
await loadPowerShellGrammar();

const corpusMissing = requireSharedData(CORPUS);
const nixMissing = requireNix();

describe.skipIf(corpusMissing)('nixify over the whole corpus', () => {
  const files = corpusMissing ? [] : corpusFiles();
  const models = files.map((file) => parseDockerfile(fs.readFileSync(file, 'utf8'), file));

  test.skipIf(nixMissing)('every flake parses; every Linux one evaluates against the stub nixpkgs', { timeout: 180_000 }, () => {
    const out = tempDir('nixify-corpus');
    const written: string[] = [];
    const linux: string[] = [];
    models.forEach((model, i) => {
      const result = nixify(model);
      const file = path.join(out, String(i).padStart(3, '0'), 'flake.nix');
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, result.flake);
      written.push(file);
      if (!result.windows && model.stages.length > 0) linux.push(file);
    });
    expect(written).toHaveLength(files.length);
    expect(parseNixFiles(written)).toEqual([]);
    // The corpus has 27 Windows files; everything else must evaluate.
    expect(linux.length).toBeGreaterThan(480);
    const failures = evaluateFlakes(linux).map((f) => ({ ...f, dockerfile: files[written.indexOf(f.file)] }));
    expect(failures).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('every attribute a suggestion names is in the index', () => {
    const bad: string[] = [];
    for (const model of models) {
      for (const stage of model.stages) {
        if (stage.image.kind === 'stage') continue;
        for (const attr of nixForImage(stage.image.name, stage.image.raw).attrs ?? []) if (!isIndexedAttr(attr)) bad.push(`${model.file}: ${attr}`);
      }
      for (const instruction of model.instructions) {
        if (!instruction.script) continue;
        for (const operation of packageOperations(instruction.script)) {
          const names = operation.packages.map((spec) => spec.name);
          for (const attr of nixForPackages(operation.manager, names).attrs ?? []) if (!isIndexedAttr(attr)) bad.push(`${model.file}: ${attr}`);
          for (const name of splitPackageNames(names)) {
            for (const attr of mapPackage(operation.manager, name).attrs) if (!isIndexedAttr(attr)) bad.push(`${model.file}: ${name} → ${attr}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('every base image is classified, and Windows images are recognised as such', () => {
    const kinds = new Map<string, number>();
    for (const model of models) {
      for (const stage of model.stages) {
        if (stage.image.kind !== 'image') continue;
        const kind = mapImage(stage.image.name, stage.image.raw).kind;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
    }
    expect(kinds.get('windows')).toBeGreaterThanOrEqual(27);
    expect(kinds.get('runtime')).toBeGreaterThan(100);
  });
});
