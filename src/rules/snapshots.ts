import { stageChain, type Instruction, type ShellUnit } from '../model/index.js';
import type { PackageOperation, ShellCommand, ShellWord } from '../shell/index.js';

/**
 * apt archives frozen at one moment (`snapshot.debian.org/archive/debian/20240101T000000Z`,
 * `snapshot.ubuntu.com/ubuntu/20240301T030400Z`): every install through them gets the same versions,
 * a pin at the archive level. Matched in one word's value (a sources line, a URL, a `sed` script).
 */
const SNAPSHOT_ARCHIVE = /\bsnapshot\.(?:debian\.org\/archive\/[\w.-]+|ubuntu\.com\/ubuntu)\/[^\s/]+/;
/** apt's own snapshot setting (`APT::Snapshot "20240301T030400Z";`, Ubuntu 24.04 and later). */
const SNAPSHOT_SETTING = /\bAPT::Snapshot\b/;

function namesSnapshot(word: ShellWord): string | undefined {
  const text = word.value ?? word.partial ?? word.raw;
  return SNAPSHOT_ARCHIVE.exec(text)?.[0] ?? SNAPSHOT_SETTING.exec(text)?.[0];
}

/**
 * Why an apt install is pinned at the archive level, if it is: `apt-get install --snapshot ID`, or a
 * snapshot archive (or apt's snapshot setting) named by a RUN of the stage (or a stage it builds on)
 * up to the install.
 */
export function aptSnapshotOf(units: readonly ShellUnit[], at: Instruction, operation: PackageOperation): string | undefined {
  if (operation.manager !== 'apt') return undefined;
  if (operation.options.some((option) => option === '--snapshot' || option === '-S')) return '`--snapshot`';
  const stages = at.stage ? new Set(stageChain(at.stage)) : undefined;
  if (!stages) return undefined;
  for (const { unit, command, snapshot } of snapshotMentions(units)) {
    const instruction = unit.instruction;
    if (!instruction.stage || !stages.has(instruction.stage)) continue;
    if (instruction.stage === at.stage && instruction.span.start > at.span.start) continue;
    if (instruction === at && command.span.start > operation.command.span.start) continue;
    return `\`${snapshot}\``;
  }
  return undefined;
}

const mentions = new WeakMap<readonly ShellUnit[], { unit: ShellUnit; command: ShellCommand; snapshot: string }[]>();

/** Every command of the units that names a snapshot, found once per audit (each apt install asks). */
function snapshotMentions(units: readonly ShellUnit[]): { unit: ShellUnit; command: ShellCommand; snapshot: string }[] {
  let found = mentions.get(units);
  if (found) return found;
  found = [];
  for (const unit of units) {
    for (const command of unit.script.commands) {
      for (const word of [...command.words, ...command.redirects.flatMap((redirect) => (redirect.target ? [redirect.target] : []))]) {
        const snapshot = namesSnapshot(word);
        if (snapshot) {
          found.push({ unit, command, snapshot });
          break;
        }
      }
    }
  }
  mentions.set(units, found);
  return found;
}
