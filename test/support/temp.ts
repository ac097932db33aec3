import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Folders made outside a test (`beforeAll`, a per-file cache): this test file's own, as every test file has its own modules. */
const madeForTheFile: string[] = [];

/**
 * A fresh folder under the system's temporary directory, removed when the test that made it
 * finishes, or, made outside a test (or with `scope: 'file'`, for a folder later tests reuse), when
 * the test file finishes (test/support/remove-temp-dirs.ts). A test run leaves nothing in /tmp.
 */
export function tempDir(prefix: string, options: { scope?: 'test' | 'file' } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `repro-audit-${prefix}-`));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  if (options.scope === 'file') madeForTheFile.push(dir);
  else {
    try {
      onTestFinished(remove);
    } catch {
      // Not inside a test: vitest refuses the hook, and the folder lives as long as the file's tests.
      madeForTheFile.push(dir);
    }
  }
  return dir;
}

/** Removes the folders this test file made outside its tests. */
export function removeFileTempDirs(): void {
  for (const dir of madeForTheFile.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
