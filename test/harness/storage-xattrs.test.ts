import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { indexImageArchive } from '../../src/harness/image/index.js';
import { writeDockerArchive } from './support/archives.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-storage-xattrs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('leaves out the attributes overlay storage keeps in a user namespace (user.overlay.*), and keeps every other', async () => {
  const file = path.join(dir, 'image.tar');
  const overlay = { 'SCHILY.xattr.user.overlay.origin': '', 'SCHILY.xattr.user.overlay.impure': 'y' };
  await writeDockerArchive(file, {
    layers: [{ entries: [
      { name: 'etc/', type: 'directory', pax: overlay },
      { name: 'etc/group', content: 'root:x:0:\n', pax: { ...overlay, 'SCHILY.xattr.user.mime_type': 'text/plain' } },
      { name: 'usr/bin/ping', content: 'elf?', pax: { 'SCHILY.xattr.security.capability': 'cap', 'SCHILY.xattr.user.overlayish': 'kept' } },
    ] }],
  });
  const image = await indexImageArchive(file);
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  expect(image.files.get('etc')!.xattrs).toBeUndefined();
  expect(image.files.get('etc/group')!.xattrs).toBe(`user.mime_type=${base64('text/plain')}`);
  expect(image.files.get('usr/bin/ping')!.xattrs).toBe(`security.capability=${base64('cap')}\nuser.overlayish=${base64('kept')}`);
});
