/**
 * Repairs for check failures whose fix is certain: the package that provides a program the base
 * image had, `/bin/...` for a program the Dockerfile calls by a distro path, the shebang's
 * interpreter, /etc/passwd entries for named users, CA certificates, Docker's PATH for `$PATH`.
 * Each repair is a change the flake's header names.
 */
import path from 'node:path';
import { packageOfProgram, versionVariables } from '../programs.js';
import { leadingVersion, versionedAttr } from '../versions.js';
import { DEFAULT_PATH, ImageView, interpreterOf, USER_ID, type CheckFailure } from './check.js';
import { DOCKER_TOOLS, fakeNssItem, packageItem, type Account, type ContentItem, type ImagePlan } from './plan.js';

/** A change the translation made to the Dockerfile's meaning, for the header. */
export interface Change {
  line: number;
  reason: string;
}

/** Users the official (and distroless) images create, for `USER node` in an image built FROM node: a name the Dockerfile does not create comes from its base. */
const BASE_IMAGE_USERS: Record<string, number> = { node: 1000, nginx: 101, postgres: 999, redis: 999, 'www-data': 33, mysql: 999, nonroot: 65532, ubuntu: 1000, jenkins: 1000, grafana: 472, airflow: 50000 };

/** The contents entry that provides `program`, added when a package is known for it. */
function providerFor(plan: ImagePlan, program: string): { item: ContentItem; added: boolean } | undefined {
  const present = new ImageView(plan).provider(program);
  if (present) return { item: present, added: false };
  const attr = program === 'sh' ? undefined : packageOfProgram(program);
  const item = program === 'sh' ? DOCKER_TOOLS.binSh() : attr ? packageItem(versionFromEnv(plan, attr)) : undefined;
  if (!item) return undefined;
  plan.contents.push(item);
  return { item, added: true };
}

/** The attribute of the version the image's ENV names (`PG_MAJOR=17` → postgresql_17), else `attr`. */
function versionFromEnv(plan: ImagePlan, attr: string): string {
  for (const name of versionVariables(attr)) {
    const value = plan.env.find((entry) => entry.name === name)?.value.find((part): part is string => typeof part === 'string');
    const choice = versionedAttr(attr, leadingVersion(value));
    if (choice) return choice.attr;
  }
  return attr;
}

function addOnce(plan: ImagePlan, item: ContentItem): boolean {
  if (plan.contents.some((present) => present.attr === item.attr)) return false;
  plan.contents.push(item);
  return true;
}

const describe = (item: ContentItem): string => (item.attr ? `pkgs.${item.attr}` : 'a contents entry');

/**
 * The node image's `docker-entrypoint.sh` runs its arguments as a command, prefixing `node` when
 * the first is a flag or a file: without it, the Cmd runs as it is when it starts with a program.
 */
function dropNodeEntrypoint(plan: ImagePlan, failure: CheckFailure): Change | undefined {
  const first = plan.cmd?.words[0];
  const node = plan.contents.some((item) => item.programs.includes('node'));
  if (!node || !plan.entrypoint || plan.entrypoint.words.length !== 1 || failure.line !== plan.entrypoint.line || first === undefined || typeof first !== 'string' || !new ImageView(plan).resolves(first)) return undefined;
  plan.entrypoint = undefined;
  return { line: failure.line, reason: `docker-entrypoint.sh of the node image only runs the command it is given; the Nix image has none: Entrypoint dropped, Cmd ${first} runs directly` };
}

function repairProgram(plan: ImagePlan, failure: CheckFailure): Change | undefined {
  const program = failure.subject;
  if (program === 'docker-entrypoint.sh') return dropNodeEntrypoint(plan, failure);
  if (program.startsWith('/')) {
    // A distro path (/usr/bin/tini): a package's programs are in the image's /bin, reached through its store path.
    const name = path.posix.basename(program);
    const provider = providerFor(plan, name);
    if (!provider) return undefined;
    for (const command of [plan.entrypoint, plan.cmd]) {
      if (!command) continue;
      command.words = command.words.map((word) => (word === program ? { drv: provider.item.expr, path: `/bin/${name}` } : word));
    }
    return { line: failure.line, reason: `${program} is not a path in a Nix image: the command runs ${name} from ${describe(provider.item)}'s bin/${provider.added ? ` (added: the base image or a RUN step provided it)` : ''}` };
  }
  if (program.includes('/')) return undefined;
  const provider = providerFor(plan, program);
  return provider?.added ? { line: failure.line, reason: `the command runs ${program}, which the base image or a RUN step Nix does not replay provided: added ${describe(provider.item)}` } : undefined;
}

function repairShebang(plan: ImagePlan, failure: CheckFailure): Change | undefined {
  const file = plan.files.find((candidate) => candidate.path === failure.subject);
  if (!file?.shebang) return undefined;
  const interpreter = interpreterOf(file.shebang);
  const added: string[] = [];
  if (interpreter.path === '/usr/bin/env' && addOnce(plan, DOCKER_TOOLS.usrBinEnv())) added.push('pkgs.dockerTools.usrBinEnv');
  const program = interpreter.program ?? (interpreter.path.startsWith('/bin/') ? interpreter.path.slice('/bin/'.length) : undefined);
  if (!program) return undefined;
  const provider = providerFor(plan, program);
  if (provider?.added) added.push(describe(provider.item));
  // Nothing added: an earlier repair (another script with the same shebang) already did.
  if (!new ImageView(plan).has(interpreter.path) || (interpreter.program && !provider) || added.length === 0) return undefined;
  return { line: failure.line, reason: `${file.path} starts with ${file.shebang}: added ${added.join(' and ')}` };
}

/** useradd's numbering for a user without `-u`: system users from 999 down, others from 1000 up. */
function allocateId(taken: Set<number>, system: boolean): number {
  let id = system ? 999 : 1000;
  while (taken.has(id)) id += system ? -1 : 1;
  return id;
}

/** The /etc/passwd and /etc/group lines fakeNss holds so far, and the ids they take. */
class NssLines {
  readonly passwd: string[];
  readonly group: string[];
  readonly taken: Set<number>;
  readonly notes: string[] = [];

  constructor(readonly plan: ImagePlan) {
    const existing = plan.contents.find((item) => item.nss);
    this.passwd = [...(existing?.nss?.passwd ?? [])];
    this.group = [...(existing?.nss?.group ?? [])];
    this.taken = new Set([...this.passwd, ...this.group].map((line) => Number(line.split(':')[2])).filter(Number.isFinite));
  }

  /** The group's line (a group the Dockerfile creates, of a base image's user, or new); its gid. */
  addGroup(name: string, fallbackId?: number): number {
    const present = this.group.find((line) => line.startsWith(`${name}:`));
    if (present) return Number(present.split(':')[2]);
    const known = this.plan.groups.get(name)?.id ?? BASE_IMAGE_USERS[name] ?? fallbackId;
    const gid = known ?? allocateId(this.taken, this.plan.groups.get(name)?.system ?? false);
    if (known === undefined) this.notes.push(`gid ${gid} chosen for group ${name} (the Dockerfile gives none)`);
    this.taken.add(gid);
    if (name !== 'root' && name !== 'nobody') this.group.push(`${name}:x:${gid}:`);
    return gid;
  }

  /** The user's line, with the ids the Dockerfile or the base image gives it; false for a name neither knows. */
  addUser(name: string, groupName?: string): boolean {
    const account = this.plan.users.get(name);
    const baseId = BASE_IMAGE_USERS[name];
    if (name === 'root' || name === 'nobody') return true;
    if (!account && baseId === undefined) return false;
    if (this.passwd.some((line) => line.startsWith(`${name}:`))) return true;
    let uid = account?.id ?? baseId;
    if (uid === undefined) {
      uid = allocateId(this.taken, account?.system ?? false);
      this.notes.push(`uid ${uid} chosen for ${name} (the Dockerfile gives none)`);
    }
    this.taken.add(uid);
    const gid = this.addGroup(groupName ?? account?.group ?? name, uid);
    // useradd's and adduser's default home is /home/NAME; a system account's is none.
    const home = account?.home ?? (account && !account.system ? `/home/${name}` : '/var/empty');
    this.passwd.push(`${name}:x:${uid}:${gid}::${home}:${account?.shell ?? '/bin/sh'}`);
    return true;
  }

  /** fakeNss with the lines, in place of the one the image had. */
  apply(): void {
    const existing = this.plan.contents.find((item) => item.nss);
    const item = fakeNssItem(this.passwd, this.group);
    if (existing) this.plan.contents.splice(this.plan.contents.indexOf(existing), 1, item);
    else this.plan.contents.push(item);
  }
}

/**
 * The users and groups the Dockerfile creates, in the image's /etc/passwd and /etc/group whether
 * or not USER names them (a server that switches to its user, `su`, `gosu` look them up there).
 */
export function addCreatedAccounts(plan: ImagePlan): Change | undefined {
  if (plan.users.size + plan.groups.size === 0) return undefined;
  const lines = new NssLines(plan);
  const byLine = (accounts: Map<string, Account>) => [...accounts.values()].sort((a, b) => a.line - b.line);
  for (const group of byLine(plan.groups)) lines.addGroup(group.name);
  for (const user of byLine(plan.users)) lines.addUser(user.name);
  lines.apply();
  const names = [...plan.users.keys(), ...[...plan.groups.keys()].filter((name) => !plan.users.has(name)).map((name) => `group ${name}`)];
  return { line: Math.min(...[...plan.users.values(), ...plan.groups.values()].map((account) => account.line)), reason: `${names.join(', ')}: created by the Dockerfile, so /etc/passwd and /etc/group lines in pkgs.fakeNss${lines.notes.length > 0 ? `; ${lines.notes.join('; ')}` : ''}` };
}

function repairUser(plan: ImagePlan, failure: CheckFailure): Change | undefined {
  const [name, groupName] = failure.subject.split(':');
  const lines = new NssLines(plan);
  if (!lines.addUser(name!, groupName)) return undefined;
  if (groupName && !USER_ID.test(groupName)) lines.addGroup(groupName);
  lines.apply();
  return { line: failure.line, reason: `User ${failure.subject}: /etc/passwd and /etc/group from pkgs.fakeNss${lines.passwd.length > 0 ? ', with the users the Dockerfile or its base image creates' : ''}${lines.notes.length > 0 ? `; ${lines.notes.join('; ')}` : ''}` };
}

function repairEnv(plan: ImagePlan, failure: CheckFailure): Change | undefined {
  if (failure.subject !== 'PATH') return undefined;
  const entry = plan.env.find((candidate) => candidate.line === failure.line && candidate.unresolved.includes('PATH'));
  if (!entry) return undefined;
  entry.value = entry.value.map((part) => (typeof part === 'string' ? part.split('${PATH}').join(DEFAULT_PATH.join(':')) : part));
  entry.unresolved = entry.unresolved.filter((name) => name !== 'PATH');
  return { line: failure.line, reason: `Env ${entry.name}: \${PATH} is Docker's default PATH, written out (an image's Env is not expanded)` };
}

/** Repairs what can be repaired; returns the changes made, for the header. */
export function repairImage(plan: ImagePlan, failures: CheckFailure[]): Change[] {
  const changes: Change[] = [];
  // PATH first: whether a program resolves depends on it.
  for (const failure of [...failures].sort((a, b) => Number(b.rule === 'env') - Number(a.rule === 'env'))) {
    let change: Change | undefined;
    if (failure.rule === 'program') change = repairProgram(plan, failure);
    else if (failure.rule === 'shebang') change = repairShebang(plan, failure);
    else if (failure.rule === 'user') change = repairUser(plan, failure);
    else if (failure.rule === 'env') change = repairEnv(plan, failure);
    else if (failure.rule === 'https' && addOnce(plan, DOCKER_TOOLS.caCertificates())) change = { line: failure.line, reason: `${plan.https?.reason}: added pkgs.dockerTools.caCertificates` };
    if (change) changes.push(change);
  }
  return changes.sort((a, b) => a.line - b.line);
}
