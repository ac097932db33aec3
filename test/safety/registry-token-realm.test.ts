import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledCliAsync } from '../support/bundle-async.js';
import { writeOciLayout } from '../support/oci-layout.js';
import { pushImage, requireRegistry, startRegistry, startTokenServer, type RunningRegistry, type TokenServer } from '../support/registry.js';
import { tempDir } from '../support/temp.js';

/**
 * The registry names its token service (the bearer realm), so a registry can send the user's login
 * anywhere. Over plain HTTP the credentials go only to the registry's own host; a loopback or
 * insecure registry used to send them to any realm. Real registry, the fake token service, the bundle.
 */
describe.skipIf(requireRegistry())('registry credentials and the bearer realm', () => {
  let open: RunningRegistry;
  let tokens: TokenServer;
  let guarded: RunningRegistry;
  let workspace: string;

  beforeAll(async () => {
    const layout = tempDir('layout');
    await writeOciLayout(layout, [{ tag: 'single', platforms: [{ os: 'linux', architecture: 'amd64' }] }]);
    open = await startRegistry();
    await pushImage(layout, 'single', `${open.host}/single:1.0`);
    tokens = await startTokenServer();
    // Its realm is http://127.0.0.1:<port>/token.
    guarded = await startRegistry({ storageDir: open.storageDir, auth: { kind: 'token', tokenServer: tokens } });
    workspace = tempDir('realm');
  });
  afterAll(async () => {
    await guarded?.stop();
    await tokens?.stop();
    await open?.stop();
  });

  /** Pins `reference` with a Docker config that holds a login for `registry`. */
  function resolveWithLogin(reference: string, registry: string) {
    const config = tempDir('docker-config');
    fs.writeFileSync(path.join(config, 'config.json'), JSON.stringify({ auths: { [registry]: { auth: Buffer.from('alice:s3cret').toString('base64') } } }));
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), `FROM ${reference}\n`);
    return runBundledCliAsync(['Dockerfile', '--resolve-digests', '--format', 'json', '--no-cache'], { cwd: workspace, env: { DOCKER_CONFIG: config }, timeoutMs: 60_000 });
  }

  it('never sends the login of `localhost:<port>` to a plain-HTTP realm on another host (127.0.0.1)', async () => {
    const registry = guarded.host.replace('127.0.0.1', 'localhost');
    const before = tokens.requests.length;
    const run = await resolveWithLogin(`${registry}/single:1.0`, registry);
    expect(tokens.requests.slice(before).filter((request) => request.authorization !== undefined)).toEqual([]);
    const report = JSON.parse(run.stdout) as { errors: { message: string }[] };
    expect(report.errors.map((error) => error.message)).toEqual([
      expect.stringContaining(`refusing to send the credentials for ${registry} to ${new URL(tokens.realm).origin}: its token service is on another host and speaks plain HTTP`),
    ]);
    expect(run.code).toBe(2);
  });

  it('still sends it to a realm on the registry’s own host', async () => {
    const before = tokens.requests.length;
    const run = await resolveWithLogin(`${guarded.host}/single:1.0`, guarded.host);
    expect(JSON.parse(run.stdout).errors).toEqual([]);
    expect(tokens.requests.slice(before).map((request) => request.authorization)).toEqual([`Basic ${Buffer.from('alice:s3cret').toString('base64')}`]);
  });
});
