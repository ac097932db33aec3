import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireComponent } from './requirements.js';

/** `../shared` beside the project root: read-only test data (the corpus, hadolint cases, schemas, nix data). */
export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'dockerfiles');

/** The reason to skip tests of `file` (shared data, set up with the machine) when it is missing; required in CI. */
export function requireSharedData(file: string): string | undefined {
  return requireComponent('the shared test data', fs.existsSync(file) ? undefined : `${file} does not exist`);
}

/** The corpus's files (paths relative to CORPUS_DIR), as MANIFEST.tsv lists them. */
export function corpusFiles(): string[] {
  return fs
    .readFileSync(path.join(SHARED_DIR, 'corpus', 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!.replace(/^dockerfiles\//, ''));
}
