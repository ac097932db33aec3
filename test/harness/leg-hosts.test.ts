import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDebianGccImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { requireComponent } from '../support/requirements.js';
import { cliEnv, jsonFindings, makeContext } from './helpers.js';
import { loadImageInto, startSecondDockerd, type SecondDockerd } from './support/second-dockerd.js';

/**
 * `rebuild --leg-host`: each leg on its own Docker Engine, the second one a dockerd this test starts
 * (own data root, exec root, pid file, loopback TCP port, no bridge), loaded with the locally built
 * base image. The default engine is never stopped or reconfigured.
 */
const availability = await ensureDocker();
const missing = availability.missing ?? requireComponent('a second dockerd (root)', process.getuid?.() === 0 ? undefined : 'starting dockerd needs root');
const DEFAULT_HOST = 'unix:///var/run/docker.sock';
const HELLO = '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n';

describe.skipIf(missing)('legs on two Docker Engines (the second started by the test)', () => {
  let cli = '';
  let base = '';
  let second: SecondDockerd | undefined;
  let imagesBefore: string[] = [];
  beforeAll(async () => {
    base = await ensureDebianGccImage(availability.docker!);
    cli = buildBundle();
    second = await startSecondDockerd();
    loadImageInto(base, second.url);
    imagesBefore = (await second.docker.listImages({ all: true })).map((image) => image.Id).sort();
  }, 900_000);
  afterAll(async () => {
    removeBundle(cli);
    await second?.stop();
  }, 120_000);

  /** Nothing of a run is left on either engine: no containers, no images beyond the base. */
  async function expectNothingLeft(): Promise<void> {
    expect(await second!.docker.listContainers({ all: true })).toEqual([]);
    expect((await second!.docker.listImages({ all: true })).map((image) => image.Id).sort()).toEqual(imagesBefore);
    expect(await availability.docker!.listContainers({ all: true, filters: { label: ['org.repro-audit.purpose'] } })).toEqual([]);
  }

  it('rebuilds the deterministic Dockerfile across both engines: no difference, records naming both hosts', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY hello.c /src/hello.c\nRUN gcc -O2 -o /usr/local/bin/hello /src/hello.c\nRUN echo configured > /etc/x\nRUN /usr/local/bin/hello > /hello.out\nCMD ["/usr/local/bin/hello"]\n`,
      'hello.c': HELLO,
    });
    const args = ['rebuild', 'Dockerfile', '--vary', 'time', '--leg-host', `a=${DEFAULT_HOST}`, '--leg-host', `b=${second!.url}`, '--record', 'a.json', '--record-b', 'b.json', '--format', 'json'];
    const { code, stdout, stderr } = await runCli(cli, args, { cwd: context, env: cliEnv() });
    expect(jsonFindings(stdout)).toEqual([]);
    expect(stderr).toContain('repro-audit: reproducible across time');
    expect(code).toBe(0);
    const machine = (file: string) => JSON.parse(fs.readFileSync(path.join(context, file), 'utf8')).environment.machine;
    const [a, b] = [machine('a.json'), machine('b.json')];
    expect(a).toMatchObject({ host: DEFAULT_HOST, builder: { name: 'docker' }, axesVaried: ['time'], sourceDateEpoch: '1700000000' });
    expect(b).toMatchObject({ host: second!.url, builder: { name: 'docker' }, axesVaried: ['time'] });
    for (const each of [a, b]) {
      expect(each.cpu.source).toBe('proc-cpuinfo');
      expect(each.cpu.flags).toContain('sse2');
      expect(each.kernel).toBe(fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    }
    const compared = await runCli(cli, ['compare', 'a.json', 'b.json', '--dockerfile', 'Dockerfile'], { cwd: context, env: cliEnv() });
    expect(compared.stderr).toContain('the two images are identical file by file');
    expect(compared.code).toBe(0);
    await expectNothingLeft();
    fs.rmSync(context, { recursive: true, force: true });
  }, 900_000);

  it('leaves nothing on either engine after a failing leg and after Ctrl-C during leg b', async () => {
    const failing = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN exit 3\n` });
    const failed = await runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'time', '--leg-host', `b=${second!.url}`, '--format', 'json'], { cwd: failing, env: cliEnv() });
    expect(jsonFindings(failed.stdout).map((finding) => [finding.ruleId, finding.region.startLine])).toEqual([['RA912', 3]]);
    expect(failed.code).toBe(1);
    await expectNothingLeft();

    const slow = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN sleep 60\n` });
    let pid = 0;
    let seen = '';
    let sent = false;
    const interrupted = runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'time', '--leg-host', `b=${second!.url}`], {
      cwd: slow,
      env: cliEnv(),
      pid: (started) => (pid = started),
      onStderr: (text) => {
        seen += text;
        // Interrupted while leg b's `sleep 60` runs in a container of the second engine.
        if (!sent && /\] leg b [^\n]*building with Docker Engine [^\n]*127\.0\.0\.1[\s\S]*RUN sleep 60/.test(seen)) {
          sent = true;
          setTimeout(() => process.kill(pid, 'SIGINT'), 1_000);
        }
      },
    });
    const { code, stderr } = await interrupted;
    expect(stderr).toMatch(/everything the run created was removed/);
    expect(code).toBe(130);
    await expectNothingLeft();
    for (const dir of [failing, slow]) fs.rmSync(dir, { recursive: true, force: true });
  }, 900_000);
});
