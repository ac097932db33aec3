import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDockerfileName, OTHER_FILE_EXTENSIONS } from '../../src/engine/files.js';

describe('action.yml', () => {
  const action = parse(fs.readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs the Action reads and the outputs it sets', () => {
    // The harness modes (modes.ts, chosen in main.ts) read and set their own.
    const inputsSource = ['inputs', 'modes', 'main'].map((name) => fs.readFileSync(`src/action/${name}.ts`, 'utf8')).join('\n');
    const runSource = ['run', 'modes'].map((name) => fs.readFileSync(`src/action/${name}.ts`, 'utf8')).join('\n');
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
    // The bundled CLI, run as it is: no install step, no Node packages, no network.
    expect(hook).toMatchObject({ id: 'repro-audit', entry: 'dist/cli.js', language: 'script' });
    const files = jsRegex(hook!.files);
    const exclude = jsRegex(hook!.exclude);
    const names = ['Dockerfile', 'dockerfile', 'Containerfile', 'Dockerfile.prod', 'Dockerfile-dev', 'Dockerfile_ci', 'api.Dockerfile', 'web.containerfile', 'Dockerfile.dockerignore', 'README.md', 'Dockerfiles', 'mydockerfile', 'Dockerfile.', 'docker-compose.yml', '.Dockerfile',
      'Dockerfile.md', 'Dockerfile.sh', 'Dockerfile.txt', 'Dockerfile.yml', 'Dockerfile.prod.md', 'Dockerfile-dev.sh', 'Containerfile.j2', 'Dockerfile.alpine', 'Dockerfile.sign.deb', 'Dockerfile.nix', 'api.Containerfile'];
    // README's own examples of what is and is not a Dockerfile.
    for (const name of ['Dockerfile.md', 'Dockerfile.sh', 'Dockerfile.txt', 'Dockerfile.yml']) expect(isDockerfileName(name), name).toBe(false);
    for (const name of ['Dockerfile', 'Containerfile', 'api.Dockerfile', 'Dockerfile.prod', 'Dockerfile-dev']) expect(isDockerfileName(name), name).toBe(true);
    for (const name of names) {
      for (const path of [name, `services/web/${name}`]) {
        expect(files.test(path) && !exclude.test(path), path).toBe(isDockerfileName(name));
      }
    }
  });
});

describe("README's \"Which files are Dockerfiles\"", () => {
  it('lists exactly the extensions discovery and the hook leave out', () => {
    const section = fs.readFileSync('README.md', 'utf8').split('### Which files are Dockerfiles')[1]!.split('\n### ')[0]!;
    const listed = section.slice(section.indexOf('another kind of file'), section.indexOf('(so ')).match(/`\.[a-z0-9]+`/g)!.map((code) => code.slice(2, -1));
    expect(listed.sort()).toEqual([...OTHER_FILE_EXTENSIONS].sort());
    const [hook] = parse(fs.readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Array<{ exclude: string }>;
    expect(/\(([a-z0-9|]+)\)\$$/.exec(hook!.exclude)![1]!.split('|').sort()).toEqual([...OTHER_FILE_EXTENSIONS].sort());
  });
});
