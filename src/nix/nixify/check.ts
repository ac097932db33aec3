/**
 * The check pass over a generated image, before the flake is written: every rule names what the
 * image would lack at run time. Failures are repaired where the repair is certain (repair.ts);
 * what remains goes into the flake's header with its Dockerfile line.
 */
import path from 'node:path';
import { absolute, wordText, type ConfigCommand, type ContentItem, type ImagePlan } from './plan.js';

export type CheckRule = 'program' | 'shebang' | 'user' | 'https' | 'env';

export interface CheckFailure {
  rule: CheckRule;
  line: number;
  message: string;
  /** What failed: the program, the script's path, the user, the variable. */
  subject: string;
}

/** The PATH Docker gives a container whose image sets none. */
export const DEFAULT_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Commands a POSIX shell runs itself: nothing in the image needs to provide them. */
const SHELL_BUILTINS = new Set(['cd', 'exec', 'export', 'set', 'unset', 'echo', 'printf', 'test', '[', 'true', 'false', ':', 'eval', 'source', '.', 'trap', 'wait', 'read', 'shift', 'ulimit', 'umask', 'exit', 'return', 'command', 'if', 'then', 'fi']);

/** Programs that run the command after them: the `Cmd` of an image with such an `Entrypoint` is a program too. */
const WRAPPERS = new Set(['tini', 'dumb-init', 'gosu', 'su-exec', 'env', 'catatonit']);

/** Questions about what the image holds, answered from the plan. */
export class ImageView {
  constructor(readonly plan: ImagePlan) {}

  /** The contents entry that puts `program` in `/bin`. */
  provider(program: string): ContentItem | undefined {
    return this.plan.contents.find((item) => item.programs.includes(program));
  }

  /** Whether something in the image is at `file`: a contents entry's program or path, or a copied file. */
  has(file: string): boolean {
    const normal = path.posix.normalize(file);
    if (normal.startsWith('/bin/') && this.provider(normal.slice('/bin/'.length))) return true;
    if (this.plan.contents.some((item) => item.paths.includes(normal))) return true;
    return this.plan.files.some((entry) => entry.path === normal || (entry.directory && normal.startsWith(`${entry.path === '/' ? '' : entry.path}/`)));
  }

  /** The directories of the image's PATH (Docker's default when `Env` sets none, as literal text). */
  pathDirectories(): string[] {
    const entry = this.plan.env.find((candidate) => candidate.name === 'PATH');
    if (!entry) return DEFAULT_PATH;
    return entry.value.flatMap((part) => (typeof part === 'string' ? part.split(':') : [])).filter((dir) => dir.startsWith('/'));
  }

  /** Whether the image can start `program` as `Cmd`/`Entrypoint` would (a path, or a name looked up in PATH). */
  resolves(program: string): boolean {
    if (!program.includes('/') && this.pathDirectories().includes('/bin') && this.provider(program)) return true;
    return this.locate(program) !== undefined;
  }

  /** The file the image runs for `program`, when the flake puts it there (a copied or built file, not a package's). */
  locate(program: string): string | undefined {
    const candidates = program.startsWith('/') ? [program] : program.includes('/') ? [absolute(this.plan.workingDir, program)] : this.pathDirectories().map((dir) => `${dir}/${program}`);
    return candidates.find((candidate) => this.has(candidate));
  }
}

/** `Entrypoint`, and `Cmd` when it runs (no Entrypoint, or one that runs its arguments): what the image starts. */
function commandsRun(plan: ImagePlan): { command: ConfigCommand; where: string }[] {
  const entryProgram = plan.entrypoint?.words[0];
  const entryRunsCmd = !plan.entrypoint || (entryProgram !== undefined && (WRAPPERS.has(path.posix.basename(wordText(entryProgram))) || isScript(plan, wordText(entryProgram))));
  return [...(plan.entrypoint ? [{ command: plan.entrypoint, where: 'Entrypoint' }] : []), ...(plan.cmd && entryRunsCmd ? [{ command: plan.cmd, where: 'Cmd' }] : [])];
}

/** The programs `Entrypoint` and `Cmd` start, each with its line. */
export function programsStarted(plan: ImagePlan): { program: string; line: number; where: string }[] {
  const started: { program: string; line: number; where: string }[] = [];
  for (const { command, where } of commandsRun(plan)) {
    const first = command.words[0];
    if (first !== undefined && typeof first !== 'string') continue; // a derivation's file, by construction
    if (command.shellPrograms) {
      for (const { name } of command.shellPrograms) if (!SHELL_BUILTINS.has(name)) started.push({ program: name, line: command.line, where });
    }
    if (first !== undefined && !first.startsWith('-')) started.push({ program: first, line: command.line, where });
  }
  return started;
}

/** A file the Dockerfile copies and runs (an entrypoint script): its own interpreter decides. */
function isScript(plan: ImagePlan, program: string): boolean {
  const view = new ImageView(plan);
  return !view.provider(program) && view.locate(program) !== undefined;
}

/** The interpreter a shebang names: `#!/usr/bin/env bash` → `/usr/bin/env` and `bash`. */
export function interpreterOf(shebang: string): { path: string; program?: string } {
  const [interpreter = '', argument] = shebang.replace(/^#!\s*/, '').trim().split(/\s+/);
  return interpreter === '/usr/bin/env' && argument && !argument.startsWith('-') ? { path: interpreter, program: argument } : { path: interpreter };
}

export const USER_ID = /^\d+(:\d+)?$/;

/** Runs every rule over the plan. */
export function checkImage(plan: ImagePlan): CheckFailure[] {
  const view = new ImageView(plan);
  const failures: CheckFailure[] = [];
  for (const { program, line, where } of programsStarted(plan)) {
    if (!view.resolves(program)) {
      failures.push({ rule: 'program', line, subject: program, message: `${where} runs ${program}, which nothing in the image provides: add the package that has it, or the file` });
    }
  }
  for (const { command, where } of commandsRun(plan)) {
    for (const jar of command.jars ?? []) {
      const at = absolute(plan.workingDir, jar);
      if (!view.has(at)) failures.push({ rule: 'program', line: command.line, subject: at, message: `${where} runs java -jar ${jar}, which is not in the image: copy the jar from its build (a derivation's share/java) or the build context` });
    }
  }
  const executed = new Set(programsStarted(plan).flatMap(({ program }) => view.locate(program) ?? []));
  for (const file of plan.files) {
    if (file.directory) continue;
    if (file.shebang === undefined) {
      if (executed.has(file.path)) failures.push({ rule: 'shebang', line: file.line, subject: file.path, message: `${file.path} is run by the image, but its interpreter is unknown: ${file.unreadBecause ?? 'the file was not read'}` });
      continue;
    }
    if (!file.shebang) continue;
    const interpreter = interpreterOf(file.shebang);
    const missing = [!view.has(interpreter.path) ? interpreter.path : undefined, interpreter.program && !view.resolves(interpreter.program) ? interpreter.program : undefined].filter(Boolean);
    if (missing.length > 0) failures.push({ rule: 'shebang', line: file.line, subject: file.path, message: `${file.path} starts with ${file.shebang}, and the image has no ${missing.join(' and no ')}` });
  }
  if (plan.user && !USER_ID.test(plan.user.name)) {
    const [name, group] = plan.user.name.split(':');
    const known = plan.contents.some((item) => item.users?.includes(name) && (!group || USER_ID.test(group) || item.groups?.includes(group)));
    if (!known) failures.push({ rule: 'user', line: plan.user.line, subject: plan.user.name, message: `User ${plan.user.name} is a name: the image needs an /etc/passwd entry for it (fakeNss with extraPasswdLines), or a numeric uid` });
  }
  const bundleNamed = view.has('/etc/ssl/certs/ca-bundle.crt') && plan.env.some((entry) => entry.name === 'SSL_CERT_FILE');
  if (plan.https && !view.has('/etc/ssl/certs/ca-certificates.crt') && !bundleNamed) {
    failures.push({ rule: 'https', line: plan.https.line, subject: 'CA certificates', message: `${plan.https.reason}, but the image has no CA certificates (pkgs.dockerTools.caCertificates)` });
  }
  for (const entry of plan.env) {
    for (const name of entry.unresolved) {
      failures.push({ rule: 'env', line: entry.line, subject: name, message: `Env ${entry.name} uses \${${name}}, which has no value the flake knows (a build argument without a default, or the base image's environment): Docker expands it at build time, the Nix image would hold the text \${${name}}; set the value` });
    }
  }
  return failures;
}
