import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDockerfileName } from '../../src/engine/files.js';

describe('action.yml', () => {
  const action = parse(fs.readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs the Action reads and the outputs it sets', () => {
    const inputsSource = fs.readFileSync('src/action/inputs.ts', 'utf8');
    const runSource = fs.readFileSync('src/action/run.ts', 'utf8');
    const read = [...inputsSource.matchAll(/(?:getInput|booleanInput|choiceInput)\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    const set = [...runSource.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort());
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('runs the bundle the build writes, on the current runtime', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(fs.readFileSync('scripts/build.mjs', 'utf8')).toContain("action: 'src/action/main.ts'");
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(fs.readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Array<{ id: string; entry: string; language: string; files: string; exclude: string }>;
  // pre-commit matches with Python's re.search; `(?i)` becomes JavaScript's `i` flag.
  const jsRegex = (python: string) => new RegExp(python.replace(/^\(\?i\)/, ''), 'i');

  it('selects the same files as the engine’s discovery', () => {
    expect(hook).toMatchObject({ id: 'repro-audit', entry: 'repro-audit', language: 'node' });
    const files = jsRegex(hook!.files);
    const exclude = jsRegex(hook!.exclude);
    const names = ['Dockerfile', 'dockerfile', 'Containerfile', 'Dockerfile.prod', 'Dockerfile-dev', 'Dockerfile_ci', 'api.Dockerfile', 'web.containerfile', 'Dockerfile.dockerignore', 'README.md', 'Dockerfiles', 'mydockerfile', 'Dockerfile.', 'docker-compose.yml', '.Dockerfile'];
    for (const name of names) {
      for (const path of [name, `services/web/${name}`]) {
        expect(files.test(path) && !exclude.test(path), path).toBe(isDockerfileName(name));
      }
    }
  });
});
