// Starts the bundled Action the way the runner does: `node action.js` with INPUT_* variables,
// GITHUB_* context, and files for outputs and the step summary.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { actionRuntimeMajor, nodeRelease } from '../support/node-releases.js';
import { requireComponent } from '../support/requirements.js';
import { tempDir } from '../support/temp.js';

const root = process.cwd();

/**
 * The Node.js binary GitHub runs the Action with: the release line action.yml's `runs.using` names
 * (`node24`), not the one running the tests, so the Action is tested on the runtime it ships for.
 */
const runtime = nodeRelease(actionRuntimeMajor(path.join(root, 'action.yml')));

/**
 * `dist/action.js`, the file action.yml names, once `scripts/build.mjs --check` confirms it is what
 * the current sources build to, and the Node.js release action.yml names is installed. Otherwise the
 * reason to skip (run `npm run build`); in CI a stale bundle or a missing runtime is an error.
 */
export function actionScript(): { script: string } | { missing: string } {
  if ('missing' in runtime) return { missing: runtime.missing };
  const script = path.join(root, 'dist', 'action.js');
  const check = spawnSync(process.execPath, ['scripts/build.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  const problem = !fs.existsSync(script) ? 'dist/action.js does not exist' : check.status !== 0 ? `dist/ is stale:\n${check.stderr}` : undefined;
  const missing = requireComponent('the bundled Action', problem && `${problem} (run \`npm run build\` and commit dist/)`);
  return missing ? { missing } : { script };
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
  /** More of the runner's environment (e.g. TMPDIR, so a test can tell its run's temporary folders). */
  env?: Record<string, string>;
  /** Called with the running Action, e.g. to signal it as the runner does when a job is cancelled. */
  onStart?: (child: ChildProcess) => void;
}

/** Asynchronous on purpose: the fake API answers from this same process while the Action runs. */
export async function runAction(env: ActionEnvironment): Promise<ActionRun> {
  const stepDir = tempDir('step');
  const outputFile = path.join(stepDir, 'output');
  const summaryFile = path.join(stepDir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(Object.entries(env.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
  // Only what the runner provides: no variables of the test process leak into the Action.
  if ('missing' in runtime) throw new Error(runtime.missing);
  const child = spawn(runtime.node, [env.script], {
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
      ...env.env,
      ...inputs,
    },
  });
  env.onStart?.(child);
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
