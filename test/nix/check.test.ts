// The check pass on its own: for each rule, an image fragment (a plan, what the flake prints one to
// one) that must fail it and one that must pass; then the repairs of what can be repaired.
import { describe, expect, test } from 'vitest';
import { checkImage, type CheckRule } from '../../src/nix/nixify/check.js';
import { DOCKER_TOOLS, emptyPlan, fakeNssItem, packageItem, type ImagePlan } from '../../src/nix/nixify/plan.js';
import { repairImage } from '../../src/nix/nixify/repair.js';
import { raw } from '../../src/nix/syntax.js';

function plan(parts: Partial<ImagePlan>): ImagePlan {
  return { ...emptyPlan(), ...parts };
}

const rulesOf = (image: ImagePlan): CheckRule[] => checkImage(image).map((failure) => failure.rule);

describe('program: every Entrypoint/Cmd program resolves', () => {
  test('a program no contents entry provides fails', () => {
    const failures = checkImage(plan({ contents: [packageItem('curl')], cmd: { words: ['node', 'server.js'], line: 9 } }));
    expect(failures).toEqual([expect.objectContaining({ rule: 'program', subject: 'node', line: 9 })]);
  });
  test('a distro path (/usr/bin/tini) fails even when the package is in contents: its program is in /bin', () => {
    expect(rulesOf(plan({ contents: [packageItem('tini')], entrypoint: { words: ['/usr/bin/tini', '--'], line: 3 } }))).toEqual(['program']);
  });
  test('a program of a package in contents, a build output and a copied file pass', () => {
    expect(rulesOf(plan({ contents: [packageItem('nodejs_22')], cmd: { words: ['node', 'server.js'], line: 9 } }))).toEqual([]);
    expect(rulesOf(plan({ entrypoint: { words: [{ drv: raw('serverGo'), path: '/bin/server' }], line: 4 } }))).toEqual([]);
    const copied = plan({ files: [{ path: '/app/server', directory: false, shebang: null, line: 5 }], workingDir: '/app', cmd: { words: ['./server'], line: 6 } });
    expect(rulesOf(copied)).toEqual([]);
  });
  test('a wrapper Entrypoint makes Cmd a program too; a plain program Entrypoint does not', () => {
    const wrapped = plan({ contents: [packageItem('tini')], entrypoint: { words: [{ drv: raw('pkgs.tini'), path: '/bin/tini' }, '--'], line: 2 }, cmd: { words: ['redis-server'], line: 3 } });
    expect(checkImage(wrapped).map((f) => f.subject)).toEqual(['redis-server']);
    const plain = plan({ contents: [packageItem('redis')], entrypoint: { words: ['redis-server'], line: 2 }, cmd: { words: ['--appendonly', 'yes'], line: 3 } });
    expect(rulesOf(plain)).toEqual([]);
  });
  test('java -jar FILE: a jar the image does not have fails; a copied jar or a derivation\'s jar passes', () => {
    const jre = packageItem('temurin-jre-bin-17');
    const sh = DOCKER_TOOLS.binSh();
    const failing = plan({ contents: [jre, sh], workingDir: '/app', cmd: { words: ['/bin/sh', '-c', 'java -jar app.jar'], line: 7, shellPrograms: [{ name: 'java' }], jars: ['app.jar'] } });
    expect(checkImage(failing)).toEqual([expect.objectContaining({ rule: 'program', subject: '/app/app.jar', line: 7 })]);
    expect(checkImage(failing)[0]!.message).toBe('Cmd runs java -jar app.jar, which is not in the image: copy the jar from its build (a derivation\'s share/java) or the build context');
    expect(repairImage(failing, checkImage(failing))).toEqual([]);
    const copied = plan({ ...failing, files: [{ path: '/app/app.jar', directory: false, shebang: null, line: 5 }] });
    expect(rulesOf(copied)).toEqual([]);
    const built = plan({ contents: [jre, sh], cmd: { words: ['/bin/sh', '-c', { script: ['java -jar ', { drv: raw('appMaven'), path: '/share/java/app.jar' }] }], line: 7, shellPrograms: [{ name: 'java' }] } });
    expect(rulesOf(built)).toEqual([]);
  });
  test('PATH without /bin: a package program is not found by name', () => {
    const image = plan({ contents: [packageItem('redis')], cmd: { words: ['redis-server'], line: 3 }, env: [{ name: 'PATH', value: ['/opt/app'], unresolved: [], line: 2 }] });
    expect(rulesOf(image)).toEqual(['program']);
  });
});

describe('shebang: copied scripts have their interpreter in contents', () => {
  const script = (shebang: string | null | undefined) => ({ path: '/entrypoint.sh', directory: false, shebang, line: 4, unreadBecause: shebang === undefined ? 'not in the context' : undefined });
  test('#!/usr/bin/env bash without usrBinEnv and bash fails; with both it passes', () => {
    const failing = plan({ files: [script('#!/usr/bin/env bash')], entrypoint: { words: ['/entrypoint.sh'], line: 6 } });
    expect(checkImage(failing)).toEqual([expect.objectContaining({ rule: 'shebang', subject: '/entrypoint.sh', line: 4 })]);
    expect(checkImage(failing)[0]!.message).toContain('no /usr/bin/env and no bash');
    const passing = plan({ ...failing, contents: [DOCKER_TOOLS.usrBinEnv(), packageItem('bashInteractive')] });
    expect(rulesOf(passing)).toEqual([]);
  });
  test('#!/bin/sh needs binSh (or another sh); a script without a shebang needs nothing', () => {
    expect(rulesOf(plan({ files: [script('#!/bin/sh')] }))).toEqual(['shebang']);
    expect(rulesOf(plan({ files: [script('#!/bin/sh')], contents: [DOCKER_TOOLS.binSh()] }))).toEqual([]);
    expect(rulesOf(plan({ files: [script(null)] }))).toEqual([]);
  });
  test('a script the image runs but whose text was not read fails: its interpreter is unknown', () => {
    expect(rulesOf(plan({ files: [script(undefined)], entrypoint: { words: ['/entrypoint.sh'], line: 6 } }))).toEqual(['shebang']);
    expect(rulesOf(plan({ files: [script(undefined)] }))).toEqual([]);
  });
});

describe('user: a named User has an /etc/passwd entry', () => {
  test('a name without fakeNss fails; fakeNss with its line, or a numeric uid, passes', () => {
    expect(rulesOf(plan({ user: { name: 'nextjs', line: 12 } }))).toEqual(['user']);
    expect(rulesOf(plan({ user: { name: 'nextjs', line: 12 }, contents: [fakeNssItem(['nextjs:x:1001:1001::/home/nextjs:/bin/sh'], ['nodejs:x:1001:'])] }))).toEqual([]);
    expect(rulesOf(plan({ user: { name: '1001:1001', line: 12 } }))).toEqual([]);
  });
  test('a group name needs its /etc/group line too', () => {
    const nss = fakeNssItem(['app:x:1000:1000::/home/app:/bin/sh'], []);
    expect(rulesOf(plan({ user: { name: 'app:staff', line: 3 }, contents: [nss] }))).toEqual(['user']);
    expect(rulesOf(plan({ user: { name: 'app:1000', line: 3 }, contents: [nss] }))).toEqual([]);
  });
});

describe('https: run-time HTTPS brings CA certificates', () => {
  const https = { reason: 'the command fetches an https:// URL', line: 7 };
  test('without certificates it fails; dockerTools.caCertificates, or cacert with SSL_CERT_FILE, passes', () => {
    expect(rulesOf(plan({ https }))).toEqual(['https']);
    expect(rulesOf(plan({ https, contents: [DOCKER_TOOLS.caCertificates()] }))).toEqual([]);
    expect(rulesOf(plan({ https, contents: [packageItem('cacert')] }))).toEqual(['https']);
    const named = plan({ https, contents: [packageItem('cacert')], env: [{ name: 'SSL_CERT_FILE', value: ['/etc/ssl/certs/ca-bundle.crt'], unresolved: [], line: 0 }] });
    expect(rulesOf(named)).toEqual([]);
  });
});

describe('env: values are literal', () => {
  test('a ${VAR} Docker would have expanded fails; a literal value passes', () => {
    expect(checkImage(plan({ env: [{ name: 'PATH', value: ['${PATH}:/app/bin'], unresolved: ['PATH'], line: 5 }] }))).toEqual([
      expect.objectContaining({ rule: 'env', subject: 'PATH', line: 5 }),
    ]);
    expect(rulesOf(plan({ env: [{ name: 'GREETING', value: ['hello ${USER}'], unresolved: [], line: 5 }] }))).toEqual([]);
  });
});

describe('repairs: what is certain is fixed, with the line; the rest stays a failure', () => {
  test('a distro path becomes the package program in the store; a program the base image had is added', () => {
    const image = plan({ contents: [], entrypoint: { words: ['/usr/bin/tini', '--'], line: 3 }, cmd: { words: ['bash'], line: 4 } });
    const changes = repairImage(image, checkImage(image));
    expect(changes.map((change) => change.line)).toEqual([3, 4]);
    expect(image.entrypoint!.words[0]).toEqual({ drv: raw('pkgs.tini'), path: '/bin/tini' });
    expect(image.contents.map((item) => item.attr)).toEqual(['tini', 'bashInteractive']);
    expect(checkImage(image)).toEqual([]);
  });
  test('a shebang gets usrBinEnv and its program; an unknown interpreter stays listed', () => {
    const image = plan({ files: [{ path: '/run.sh', directory: false, shebang: '#!/usr/bin/env bash', line: 2 }] });
    repairImage(image, checkImage(image));
    expect(image.contents.map((item) => item.attr)).toEqual(['dockerTools.usrBinEnv', 'bashInteractive']);
    expect(checkImage(image)).toEqual([]);
    const unknown = plan({ files: [{ path: '/run', directory: false, shebang: '#!/opt/venv/bin/python', line: 2 }] });
    expect(repairImage(unknown, checkImage(unknown))).toEqual([]);
    expect(rulesOf(unknown)).toEqual(['shebang']);
  });
  test('a user the Dockerfile creates gets its ids; an unknown user stays listed', () => {
    const image = plan({ user: { name: 'nextjs', line: 9 } });
    image.users.set('nextjs', { name: 'nextjs', id: 1001, group: 'nodejs', system: true, line: 4 });
    image.groups.set('nodejs', { name: 'nodejs', id: 1001, system: true, line: 3 });
    repairImage(image, checkImage(image));
    expect(image.contents[0]!.nss).toEqual({ passwd: ['nextjs:x:1001:1001::/var/empty:/bin/sh'], group: ['nodejs:x:1001:'] });
    expect(checkImage(image)).toEqual([]);
    const stranger = plan({ user: { name: 'stranger', line: 9 } });
    expect(repairImage(stranger, checkImage(stranger))).toEqual([]);
  });
  test('${PATH} is written out as Docker\'s default; another variable stays listed', () => {
    const image = plan({ env: [{ name: 'PATH', value: ['${PATH}:/app/bin'], unresolved: ['PATH'], line: 5 }, { name: 'URL', value: ['${HOST}/x'], unresolved: ['HOST'], line: 6 }] });
    repairImage(image, checkImage(image));
    expect(image.env[0]!.value).toEqual(['/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/app/bin']);
    expect(checkImage(image).map((failure) => failure.subject)).toEqual(['HOST']);
  });
  test('HTTPS gets dockerTools.caCertificates', () => {
    const image = plan({ https: { reason: 'Env API names an https:// URL', line: 3 } });
    expect(repairImage(image, checkImage(image))).toEqual([{ line: 3, reason: 'Env API names an https:// URL: added pkgs.dockerTools.caCertificates' }]);
    expect(checkImage(image)).toEqual([]);
  });
});

describe('repairs of official-image conventions', () => {
  test("the node image's docker-entrypoint.sh is dropped when Cmd starts with a program the image has; otherwise it stays listed", () => {
    const image = plan({ contents: [packageItem('nodejs_22')], entrypoint: { words: ['docker-entrypoint.sh'], line: 5 }, cmd: { words: ['node', 'server.js'], line: 6 } });
    expect(repairImage(image, checkImage(image))).toEqual([expect.objectContaining({ line: 5 })]);
    expect(image.entrypoint).toBeUndefined();
    expect(checkImage(image)).toEqual([]);
    const flags = plan({ contents: [packageItem('nodejs_22')], entrypoint: { words: ['docker-entrypoint.sh'], line: 5 }, cmd: { words: ['--version'], line: 6 } });
    expect(repairImage(flags, checkImage(flags))).toEqual([]);
    expect(rulesOf(flags)).toEqual(['program']);
  });
});
