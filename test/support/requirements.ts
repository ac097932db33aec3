import fs from 'node:fs';
import path from 'node:path';

/**
 * Real components some tests need (Docker Engine, buildah + QEMU, a registry, Nix, gcc, root, the
 * shared data, a current bundle). `.ci/setup/*.sh` installs them, so in CI a missing one is a
 * failure, thrown when the test file is collected; elsewhere the tests skip, printing why.
 *
 * `missing` is what a check found wrong (undefined when the component is there). The result is the
 * skip reason for `describe.skipIf` / `it.skipIf`: undefined when the tests can run.
 */
export function requireComponent(component: string, missing: string | undefined): string | undefined {
  if (missing === undefined) return undefined;
  const reason = `${component}: ${missing}`;
  if (runningInCI()) throw new Error(`${reason}; CI is set, so this is a failure, not a skip`);
  console.warn(`skipping: ${reason}`);
  return reason;
}

function runningInCI(): boolean {
  const value = (process.env.CI ?? '').toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** `requireComponent` for programs on PATH, naming the setup script that installs them. */
export function requirePrograms(component: string, programs: readonly string[], setupScript: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const missing = programs.filter((program) => !dirs.some((dir) => isExecutable(path.join(dir, program))));
  return requireComponent(component, missing.length === 0 ? undefined : `${missing.join(', ')} not installed (run ${setupScript})`);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
