import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { ACTIONS_BOT, COMMENT_BODY_LIMIT, FakeGitHubApi, type FakeGitHubOptions } from '../support/github-api.js';
import { actionScript, runAction, type ActionEnvironment, type ActionRun } from './run-action.js';

/**
 * The Action's harness modes, run as `node dist/action.js` against the fake GitHub API and the real
 * Docker Engine: `record` on two "runners" (artifact folders as plain directories), `compare` of the
 * downloaded folder, and `rebuild` on a pull request event.
 */
const REBUILD_MARKER = '<!-- repro-audit:rebuild -->';
const EVENT_FIXTURE = path.join(import.meta.dirname, 'fixtures', 'pull_request.opened.json');
const bundle = actionScript();
const availability = await ensureDocker();
const missing = 'missing' in bundle ? bundle.missing : availability.missing;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-action-modes-'));
let api: FakeGitHubApi | undefined;
let base = '';

beforeAll(async () => {
  if (!missing) base = await ensureBusyboxImage(availability.docker!);
}, 600_000);
afterEach(async () => {
  await api?.close();
  api = undefined;
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function workspace(name: string, dockerfile: string): string {
  const dir = path.join(scratch, name);
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'app', 'Dockerfile'), dockerfile);
  fs.writeFileSync(path.join(dir, 'README.md'), '# shop\n');
  return dir;
}

async function action(
  ws: string,
  inputs: Record<string, string>,
  eventName = 'pull_request',
  apiOptions: Partial<FakeGitHubOptions> = {},
  process: Pick<ActionEnvironment, 'env' | 'onStart'> = {},
): Promise<ActionRun> {
  api ??= await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, changedFiles: [{ filename: 'app/Dockerfile', status: 'modified' }, { filename: 'README.md', status: 'modified' }, { filename: 'old/Dockerfile', status: 'removed' }], ...apiOptions });
  const run = await runAction({ script: 'script' in bundle ? bundle.script : '', workspace: ws, apiUrl: api.url, eventPath: EVENT_FIXTURE, eventName, inputs: { 'github-token': 'ghs_test0123456789', ...inputs }, ...process });
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return run;
}

describe.skipIf(missing)('the Action in record, compare and rebuild modes (dist/action.js, Docker Engine)', () => {
  it('record on two runners, then compare the downloaded folder: identical, one group', async () => {
    const ws = workspace('record', `FROM ${base}\nRUN echo configured > /etc/x\n`);
    const downloaded = path.join(scratch, 'downloaded');
    for (const runner of ['runner-a', 'runner-b']) {
      const run = await action(ws, { mode: 'record', dockerfile: 'app/Dockerfile', 'record-file': path.join(downloaded, `record-${runner}`, `${runner}.json`) });
      expect(run.status).toBe(0);
      expect(run.outputs['record-file']).toBe(path.join(downloaded, `record-${runner}`, `${runner}.json`));
      expect(run.summary).toContain('<h2>repro-audit record</h2>');
      const record = JSON.parse(fs.readFileSync(run.outputs['record-file']!, 'utf8'));
      expect(record.schema).toBe('repro-audit/image-manifest@2');
      expect(record.environment.machine).toMatchObject({ host: 'unix:///var/run/docker.sock', builder: { name: 'docker' }, cpu: { source: 'proc-cpuinfo' } });
    }
    const compared = await action(ws, { mode: 'compare', records: downloaded, dockerfile: 'app/Dockerfile' });
    expect(compared.status).toBe(0);
    expect(compared.outputs).toMatchObject({ groups: '1', findings: '0' });
    expect(compared.summary).toContain('2 build records, 1 group of identical images');
    const sarif = JSON.parse(fs.readFileSync(compared.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toMatch(/^repro-audit\/compare\//);
  }, 600_000);

  it('compare of records that differ: the finding on its line, machines named, the step fails', async () => {
    // The same Dockerfile, whose output differs from build to build.
    const ws = workspace('differ', `FROM ${base}\nRUN head -c 16 /dev/urandom | od -An -tx1 > /etc/x\n`);
    const folder = path.join(scratch, 'differ-records');
    const first = await action(ws, { mode: 'record', dockerfile: 'app/Dockerfile', 'record-file': path.join(folder, 'a', 'a.json') });
    expect(first.status).toBe(0);
    expect((await action(ws, { mode: 'record', dockerfile: 'app/Dockerfile', 'record-file': path.join(folder, 'b', 'b.json') })).status).toBe(0);
    const compared = await action(ws, { mode: 'compare', records: folder, dockerfile: 'app/Dockerfile' });
    expect(compared.outputs).toMatchObject({ groups: '2', findings: '1' });
    expect(compared.stdout).toMatch(/^::warning file=app\/Dockerfile,line=2,.*etc\/x/m);
    expect(compared.summary).toMatch(/group 1: `a\.json \(.*\)`[\s\S]*group 2: `b\.json/);
    expect(compared.status).toBe(1);
  }, 600_000);

  it('rebuild on a pull request: the Dockerfiles it changes, SARIF under repro-audit/rebuild/, a summary section', async () => {
    const ws = workspace('rebuild', `FROM ${base}\nRUN date +%s%N > /built-at\n`);
    const run = await action(ws, { mode: 'rebuild', vary: 'time' });
    expect(run.outputs).toMatchObject({ dockerfiles: '1', findings: '1' });
    expect(run.summary).toContain('<h2>repro-audit rebuild</h2>');
    expect(run.summary).toContain('Rebuilt 1 Dockerfile varying time');
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toMatch(/^repro-audit\/rebuild\//);
    expect(sarif.runs[0].results.map((result: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [result.ruleId, result.locations[0]!.physicalLocation.region.startLine])).toEqual([['RA901', 2]]);
    expect(run.status).toBe(1);

    const target = await action(ws, { mode: 'rebuild' }, 'pull_request_target');
    expect(target.status).toBe(1);
    expect(target.stdout + target.stderr).toMatch(/refuses to run under pull_request_target/);
    expect(target.outputs.dockerfiles).toBeUndefined();
  }, 600_000);

  it("rebuild on a pull request keeps its own sticky comment, per Dockerfile, escaped; other comments are left alone", async () => {
    const lintComment = '<!-- repro-audit -->\nthe lint job\'s report';
    const forged = '<!-- repro-audit:rebuild -->\nforged by someone else';
    const ws = workspace('rebuild-comment', `FROM ${base}\nRUN date +%s%N > '/built-at <img src=x onerror=alert(1)> @acme-owners'\n`);
    const first = await action(ws, { mode: 'rebuild', vary: 'time' }, 'pull_request', { comments: [{ body: lintComment, login: ACTIONS_BOT }, { body: forged, login: 'mallory' }] });
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/Pull request comment created/);
    const ours = api!.commentsWith(REBUILD_MARKER).filter((comment) => comment.login === ACTIONS_BOT);
    expect(ours).toHaveLength(1);
    const body = ours[0]!.body;
    expect(body.startsWith(`${REBUILD_MARKER}\n## repro-audit rebuild\n`)).toBe(true);
    expect(body).toContain('Rebuilt 1 Dockerfile varying time:\n- `app/Dockerfile`: ❌ the two builds differ');
    expect(body).toMatch(/#### `app\/Dockerfile`[\s\S]*RA901/);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    // The file name from the Dockerfile is text: no live HTML, no mention.
    const html = new MarkdownIt({ html: true, linkify: true }).render(body);
    expect(html).not.toMatch(/<img/);
    // GitHub notifies no one for an `@name` inside code.
    expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toMatch(/@acme-owners/);
    expect(html).toContain('<code>/built-at &lt;img src=x onerror=alert(1)&gt; @acme-owners</code>');
    expect(api!.comments.find((comment) => comment.login === 'mallory')!.body).toBe(forged);
    expect(api!.commentsWith('<!-- repro-audit -->\n').map((comment) => comment.body)).toEqual([lintComment]);

    // The same pull request, fixed: the same comment is updated, no second one.
    fs.writeFileSync(path.join(ws, 'app', 'Dockerfile'), `FROM ${base}\nRUN echo fixed > /etc/x\n`);
    const second = await action(ws, { mode: 'rebuild', vary: 'time' });
    expect(second.status).toBe(0);
    const after = api!.commentsWith(REBUILD_MARKER).filter((comment) => comment.login === ACTIONS_BOT);
    expect(after.map((comment) => comment.id)).toEqual([ours[0]!.id]);
    expect(after[0]!.body).toContain('- `app/Dockerfile`: ✅ rebuilt identically');
    expect(api!.comments).toHaveLength(3);
  }, 600_000);

  it('rebuild with a read-only token (a fork): no comment, a notice, the report in the summary', async () => {
    const ws = workspace('rebuild-fork', `FROM ${base}\nRUN date +%s%N > /built-at\n`);
    const run = await action(ws, { mode: 'rebuild', vary: 'time' }, 'pull_request', { readOnlyToken: true });
    expect(api!.comments).toHaveLength(0);
    expect(run.stdout).toMatch(/^::notice title=repro-audit%3A no PR comment::The token cannot comment on this pull request/m);
    expect(run.summary).toContain('Rebuilt 1 Dockerfile varying time');
    expect(run.summary).toContain('RA901');
    // Only fail-on fails the step, never the missing comment.
    expect(run.stdout + run.stderr).toMatch(/::error::1 finding at or above 'warning'/);
    expect(run.status).toBe(1);
  }, 600_000);

  // The runner cancels a job with SIGINT, then SIGTERM. Only what this run made is looked at (other
  // tests build on the same engine at the same time): its step containers and intermediate images
  // carry the test's nonce in their command, its tags its run id, its folders are in its own TMPDIR.
  it.each(['SIGINT', 'SIGTERM'] as const)('rebuild interrupted by %s while a leg builds: nothing of the run left, the step fails saying so', async (signal) => {
    const docker = availability.docker!;
    const nonce = `interrupted-${randomBytes(6).toString('hex')}`;
    const ws = workspace(`interrupted-${signal}`, `FROM ${base}\nRUN echo ${nonce} > /started\nRUN sleep 300 && echo ${nonce}\n`);
    const tmp = fs.mkdtempSync(path.join(scratch, 'tmp-'));
    const runContainers = async () => (await docker.listContainers({ all: true })).filter((container) => container.Command.includes(nonce));
    let runId = '';
    const leftovers = async () => {
      const images = await docker.listImages({ all: true });
      const tagged = images.flatMap((image) => image.RepoTags ?? []).filter((tag) => tag.startsWith(`repro-audit-rebuild/${runId}:`));
      const intermediate: string[] = [];
      for (const image of images.filter((each) => !each.RepoTags?.length || each.RepoTags.every((tag) => tag === '<none>:<none>'))) {
        const inspected = await docker.getImage(image.Id).inspect().catch(() => undefined);
        const commands = [...(inspected?.ContainerConfig?.Cmd ?? []), ...(inspected?.Config?.Cmd ?? [])].join(' ');
        if (commands.includes(nonce)) intermediate.push(image.Id);
      }
      return { containers: (await runContainers()).map((container) => container.Id), tagged, intermediate, tempDirs: fs.readdirSync(tmp) };
    };
    let during: Awaited<ReturnType<typeof leftovers>> | undefined;
    const run = action(ws, { mode: 'rebuild', vary: 'time' }, 'pull_request', {}, {
      env: { TMPDIR: tmp },
      onStart: (child) => {
        void (async () => {
          // Wait for the sleeping step's container, then signal as the runner does.
          for (let attempt = 0; attempt < 1200 && child.exitCode === null; attempt++) {
            if ((await runContainers()).some((container) => container.Command.includes('sleep 300') && container.State === 'running')) break;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          runId = fs.readdirSync(tmp).map((name) => /^repro-audit-rebuild-([0-9a-f]+)-/.exec(name)?.[1]).find(Boolean) ?? '';
          // What the checks below must find gone is there now: they can see this run's leftovers.
          during = await leftovers();
          child.kill(signal);
        })();
      },
    });
    const finished = await run;
    expect(runId).toMatch(/^[0-9a-f]+$/);
    expect(during!.containers.length).toBeGreaterThan(0);
    expect(during!.intermediate.length).toBeGreaterThan(0);
    expect(during!.tempDirs.length).toBeGreaterThan(0);
    expect(finished.status).not.toBe(0);
    expect(finished.stdout).toMatch(new RegExp(`^::error::Rebuild interrupted by ${signal}`, 'm'));
    expect(finished.outputs.findings).toBeUndefined();

    // The daemon removes an aborted step's container shortly after the connection closes.
    let left = await leftovers();
    for (let attempt = 0; attempt < 40 && Object.values(left).some((list) => list.length > 0); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      left = await leftovers();
    }
    expect(left).toEqual({ containers: [], tagged: [], intermediate: [], tempDirs: [] });
  }, 600_000);
});
