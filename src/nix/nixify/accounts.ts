/**
 * Users and groups a RUN step creates (`useradd -u 1001 -g app app`, Alpine's `adduser -S -u 1001
 * nextjs`, Debian's `adduser --system --uid 1001 nextjs`), read from the command's words, so the
 * image's /etc/passwd (fakeNss) can hold the same names and ids.
 */
import type { ShellCommand } from '../../shell/index.js';
import type { Account } from './plan.js';

/** Options of each command that take a value, and what the value is. */
const OPTIONS: Record<string, Record<string, 'id' | 'group' | 'home' | 'shell' | 'other'>> = {
  useradd: { '-u': 'id', '--uid': 'id', '-g': 'group', '--gid': 'group', '-d': 'home', '--home-dir': 'home', '-s': 'shell', '--shell': 'shell', '-G': 'other', '--groups': 'other', '-c': 'other', '--comment': 'other', '-k': 'other', '-K': 'other', '-e': 'other', '-f': 'other', '-p': 'other', '-b': 'other' },
  adduser: { '-u': 'id', '--uid': 'id', '-G': 'group', '--ingroup': 'group', '--gid': 'group', '-h': 'home', '--home': 'home', '-s': 'shell', '--shell': 'shell', '-g': 'other', '--gecos': 'other', '-k': 'other', '--comment': 'other' },
  groupadd: { '-g': 'id', '--gid': 'id', '-K': 'other', '-p': 'other' },
  addgroup: { '-g': 'id', '--gid': 'id' },
};

const SYSTEM_FLAGS = new Set(['-r', '--system', '-S']);

/** The account a user or group command creates, or undefined when its words are not all known. */
export function accountOf(command: ShellCommand, line: number): { kind: 'user' | 'group'; account: Account } | undefined {
  const program = command.argv[0]?.value?.split('/').pop() ?? '';
  const options = OPTIONS[program];
  if (!options) return undefined;
  const words = command.argv.slice(1).map((word) => word.value);
  if (words.some((word) => word === undefined)) return undefined;
  const account: Account = { name: '', system: false, line };
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    if (SYSTEM_FLAGS.has(flag)) {
      account.system = true;
      continue;
    }
    const role = options[flag];
    if (role) {
      const value = inline ?? words[++i];
      if (value === undefined) return undefined;
      if (role === 'id' && /^\d+$/.test(value)) account.id = Number(value);
      else if (role === 'group') account.group = value;
      else if (role === 'home') account.home = value;
      else if (role === 'shell') account.shell = value;
      continue;
    }
    if (!word.startsWith('-')) positional.push(word);
  }
  // `adduser NAME GROUP` (Debian, BusyBox) adds an existing user to a group: no new account.
  if (positional.length !== 1 || !/^[a-z_][a-z0-9_.-]*\$?$/i.test(positional[0]!)) return undefined;
  account.name = positional[0]!;
  return { kind: program === 'groupadd' || program === 'addgroup' ? 'group' : 'user', account };
}
