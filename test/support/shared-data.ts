import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the project root: read-only test data (the corpus, hadolint cases, schemas, nix data). */
export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'dockerfiles');
