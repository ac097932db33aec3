// Starts the bundled Action the way the runner does: `node action.js` with INPUT_* variables,
// GITHUB_* context, and files for outputs and the step summary.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error plain ESM helper shared with the bundler
import { RULES_MODULE_ID, rulesModuleSource } from '../../scripts/rules-module.mjs';

const root = process.cwd();

/**
 * The Action bundle under test. Once the engine exists, this is `src/action/main.ts` bundled like
 * scripts/build.mjs does; until then, the Action's code with a stand-in audit (stub-audit-entry.ts).
 */
export const ACTION_ENTRY = fs.existsSync(path.join(root, 'src/action/main.ts')) ? 'src/action/main.ts' : 'test/action/stub-audit-entry.ts';

export async function bundleAction(outdir: string): Promise<string> {
  await build({
    absWorkingDir: root,
    entryPoints: { action: ACTION_ENTRY },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [
      {
        name: 'repro-audit-rules',
        setup(b) {
          b.onResolve({ filter: new RegExp(`^${RULES_MODULE_ID as string}$`) }, () => ({ path: RULES_MODULE_ID as string, namespace: 'rules' }));
          b.onLoad({ filter: /.*/, namespace: 'rules' }, () => ({ contents: rulesModuleSource(path.join(root, 'rules')) as string, loader: 'ts', resolveDir: root }));
        },
      },
    ],
  });
  for (const wasm of ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'node_modules/tree-sitter-bash/tree-sitter-bash.wasm']) {
    if (fs.existsSync(path.join(root, wasm))) fs.copyFileSync(path.join(root, wasm), path.join(outdir, path.basename(wasm)));
  }
  return path.join(outdir, 'action.js');
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionEnvironment {
  script: string;
  workspace: string;
  apiUrl: string;
  eventPath: string;
  eventName?: string;
  inputs: Record<string, string>;
}

/** Asynchronous on purpose: the fake API answers from this same process while the Action runs. */
export async function runAction(env: ActionEnvironment): Promise<ActionRun> {
  const stepDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-step-'));
  const outputFile = path.join(stepDir, 'output');
  const summaryFile = path.join(stepDir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(Object.entries(env.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
  // Only what the runner provides: no variables of the test process leak into the Action.
  const child = spawn(process.execPath, [env.script], {
    cwd: env.workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: env.workspace,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_EVENT_NAME: env.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: env.eventPath,
      GITHUB_API_URL: env.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${env.apiUrl}/graphql`,
      GITHUB_SHA: '5f1c0c4b7b9f3e2d1a0b9c8d7e6f5a4b3c2d1e0f',
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_RUN_ID: '11843209876',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'audit',
      GITHUB_ACTION: 'repro-audit',
      GITHUB_ACTOR: 'mona',
      GITHUB_WORKFLOW: 'repro-audit',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: stepDir,
      RUNNER_OS: 'Linux',
      ...inputs,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const run: ActionRun = {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
  };
  return run;
}

/** GITHUB_OUTPUT as `@actions/core` writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...value] = lines[i]!.split('=');
      outputs[name!] = value.join('=');
    }
  }
  return outputs;
}
