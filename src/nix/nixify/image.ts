/**
 * From the translation to the image plan the check pass reads and the printer writes: contents
 * with what each entry provides, the files the flake puts in the image (with the shebangs of the
 * scripts, read from the build context), and the OCI config with its Dockerfile lines.
 */
import path from 'node:path';
import type { BuildContextReader } from '../../build-context/index.js';
import { packageSet, pythonEnvExpr } from '../expressions.js';
import { pythonEnvPrograms } from '../programs.js';
import { apply, attrPath, attrs, bind, raw, str, type NixBinding } from '../syntax.js';
import { checkImage, ImageView, programsStarted, type CheckFailure } from './check.js';
import { absolute, derivationFiles, DOCKER_TOOLS, emptyPlan, packageItem, type ConfigCommand, type ConfigWord, type DerivationFile, type ImageFile, type ImagePlan } from './plan.js';
import { addCreatedAccounts, repairImage, type Change } from './repair.js';
import { postgresImage, serverCommand } from './servers.js';
import type { CommandScript, Translation } from './translation.js';

/** The `#!` line of a script's text; null when it has none. */
export function shebangOf(text: string): string | null {
  const first = text.split('\n', 1)[0]!.replace(/\r$/, '');
  return first.startsWith('#!') ? first : null;
}

function contextFile(context: BuildContextReader | undefined, source: string, at: string, line: number): ImageFile {
  if (!context) return { path: at, directory: false, unreadBecause: 'the build context was not given', line };
  const text = context.readText(source);
  return text === undefined ? { path: at, directory: false, unreadBecause: `${source} could not be read from the build context`, line } : { path: at, directory: false, shebang: shebangOf(text), line };
}

/**
 * The program of a command that a derivation in contents builds: a path below a directory its bin/
 * stands for (`/usr/local/cargo/bin/app`), or one of its known programs by name: `"${appRust}/bin/app"`.
 */
function builtProgramWord(t: Translation, word: string): ConfigWord | undefined {
  const binding = word.startsWith('/') ? t.programDirs.get(path.posix.dirname(word)) : [...t.builtPrograms].find(([, programs]) => programs.includes(word))?.[0];
  return binding ? { drv: raw(binding), path: `/bin/${path.posix.basename(word)}` } : undefined;
}

/** Whether `words[index]` is the FILE of a `java ... -jar FILE` (java after a wrapper too: `tini -- java -jar app.jar`). */
function isJarOfJava(words: string[], index: number): boolean {
  return index > 1 && words[index - 1] === '-jar' && words.slice(0, index - 1).some((word) => path.posix.basename(word) === 'java');
}

/** The file `java -jar FILE` runs, when a build derivation has it (the Maven jar COPY took). */
function builtJarWord(t: Translation, words: string[], index: number): DerivationFile | undefined {
  return isJarOfJava(words, index) ? t.programPaths.get(absolute(t.workingDir, words[index]!)) : undefined;
}

/**
 * A shell script's `java -jar FILE` of a derivation's jar names the derivation's file, spliced in
 * at the word's place in the script (shell-quoted: the name is a Dockerfile word); the other jars
 * it runs are returned as written.
 */
function scriptWithBuiltJars(t: Translation, script: CommandScript, text: string): { word: ConfigWord; jars: string[] } {
  const parts: Array<string | DerivationFile> = [];
  const jars: string[] = [];
  let at = 0;
  for (const command of script.script.commands) {
    const words = command.argv.map((word) => word.value ?? '');
    for (const [index, word] of command.argv.entries()) {
      if (word.value === undefined || !isJarOfJava(words, index)) continue;
      const jar = word.value;
      const built = builtJarWord(t, words, index);
      // Only where the word stands as written (a nested `sh -c` string with escapes maps to the whole string).
      if (!built || word.span.start < at || text.slice(word.span.start, word.span.end) !== word.raw) {
        jars.push(jar);
        continue;
      }
      parts.push(text.slice(at, word.span.start), built);
      at = word.span.end;
    }
  }
  if (parts.length === 0) return { word: text, jars };
  parts.push(text.slice(at));
  return { word: { script: parts.filter((part) => part !== '') }, jars };
}

function command(t: Translation, words: string[] | undefined, line: number | undefined, programs: string[] | undefined, script: CommandScript | undefined): ConfigCommand | undefined {
  if (!words) return undefined;
  const jars: string[] = [];
  const configWords = words.map((word, index): ConfigWord => {
    if (script?.index === index) {
      const rewritten = scriptWithBuiltJars(t, script, word);
      jars.push(...rewritten.jars);
      return rewritten.word;
    }
    // A path relative to WorkingDir (`./server`) names the file at its absolute path.
    const built = t.programPaths.get(word.includes('/') ? absolute(t.workingDir, word) : word) ?? (index === 0 ? builtProgramWord(t, word) : builtJarWord(t, words, index));
    if (!built && isJarOfJava(words, index)) jars.push(word);
    return built ?? word;
  });
  return { words: configWords, line: line ?? 0, shellPrograms: programs?.map((name) => ({ name })), ...(jars.length > 0 ? { jars } : {}) };
}

/** `java -jar "${drv}/share/java/app.jar"` runs the JRE of contents by its store path, as the build's jar is. */
function javaOfContents(plan: ImagePlan): void {
  for (const command of [plan.entrypoint, plan.cmd]) {
    const first = command?.words[0];
    if (!command || typeof first !== 'string' || path.posix.basename(first) !== 'java' || !command.words.some((word) => typeof word !== 'string' && 'path' in word && word.path.startsWith('/share/java/'))) continue;
    const jre = new ImageView(plan).provider('java');
    if (jre) command.words[0] = { drv: jre.expr, path: '/bin/java' };
  }
}

const HTTPS_CLIENTS = new Set(['curl', 'wget', 'git', 'aria2', 'httpie']);

/** A run-time use of HTTPS the flake can see: a URL in the config, or a tool that fetches in the image. */
function httpsUse(t: Translation, plan: ImagePlan): ImagePlan['https'] {
  if (t.https) return t.https;
  const url = [...(plan.entrypoint?.words ?? []), ...(plan.cmd?.words ?? [])].some((word) => typeof word === 'string' && word.includes('https://'));
  if (url) return { reason: 'the command fetches an https:// URL', line: plan.entrypoint?.line ?? plan.cmd?.line ?? 0 };
  const env = plan.env.find((entry) => entry.value.some((part) => typeof part === 'string' && part.includes('https://')));
  if (env) return { reason: `Env ${env.name} names an https:// URL`, line: env.line };
  // A client the Dockerfile installs into the image is there to fetch, and nixpkgs' clients verify with the system's bundle.
  const client = t.installed.find((item) => item.mapping.attrs.some((attr) => HTTPS_CLIENTS.has(attr)));
  if (client) return { reason: `${client.mapping.name} in the image is an HTTPS client, which verifies with the system CA bundle`, line: client.line };
  return undefined;
}

/** `php.buildEnv { extensions = ...; }` in place of the bare PHP, with the extensions the Dockerfile builds. */
function withPhpExtensions(plan: ImagePlan, extensions: string[]): void {
  const index = plan.contents.findIndex((item) => /^php\d*$/.test(item.attr ?? ''));
  if (index < 0 || extensions.length === 0) return;
  const php = plan.contents[index]!;
  const list = extensions.map((name) => attrPath('all', name)).join(' ');
  const expr = apply(`pkgs.${php.attr}.buildEnv`, attrs([bind('extensions', raw(`{ enabled, all }: enabled ++ [ ${list} ]`))]));
  plan.contents[index] = { ...php, expr, attr: `${php.attr}.buildEnv` };
}

/** The plan of the image the translation describes. */
export function imagePlanOf(t: Translation, context: BuildContextReader | undefined): ImagePlan {
  const plan = emptyPlan();
  const set = packageSet(t.contents);
  // A versioned attribute (postgresql_17) makes the unversioned one of its family (postgresql) a second, other version.
  const versioned = (attr: string) => set.attrs.some((other) => other.startsWith(`${attr}_`) && /^_\d+$/.test(other.slice(attr.length)));
  plan.contents.push(...set.attrs.filter((attr) => !versioned(attr)).map(packageItem));
  if (set.python) plan.contents.push({ expr: pythonEnvExpr(set.python), attr: `${set.python.interpreter}.withPackages`, programs: pythonEnvPrograms(set.python.modules), paths: [] });
  for (const extra of t.extraContents) plan.contents.push({ expr: raw(extra), programs: t.builtPrograms.get(extra) ?? [], paths: [] });
  for (const file of t.heredocFiles) {
    plan.contents.push({ expr: apply('pkgs.writeTextDir', str(file.path.replace(/^\//, '')), str(file.text)), programs: [], paths: [file.path] });
    plan.files.push({ path: file.path, directory: false, shebang: shebangOf(file.text), line: file.line });
  }
  withPhpExtensions(plan, [...t.phpExtensions].sort());
  if (t.copyScript.length > 0) plan.contents.push({ expr: raw('appFiles'), programs: [], paths: [] });
  if (t.needsShell) plan.contents.push(DOCKER_TOOLS.binSh());

  for (const copy of t.contextCopies) {
    // A source that may be a file or a directory is a file when the context has it as one.
    const isFile = copy.fileAt !== undefined && (copy.dirAt === undefined || context?.readText(copy.source) !== undefined);
    plan.files.push(isFile ? contextFile(context, copy.source, copy.fileAt!, copy.line) : { path: copy.dirAt!, directory: true, line: copy.line });
  }
  plan.entrypoint = command(t, t.entrypoint, t.entrypointLine, t.entrypointPrograms, t.entrypointScript);
  plan.cmd = command(t, t.cmd, t.cmdLine, t.cmdPrograms, t.cmdScript);
  javaOfContents(plan);
  plan.workingDir = t.workingDir;
  if (t.user) plan.user = { name: t.user, line: t.userLine ?? 0 };
  plan.env = [...t.env].map(([name, value]) => ({ name, value: [value], unresolved: t.envUnresolved.get(name) ?? [], line: t.envLines.get(name) ?? 0 }));
  if (set.attrs.includes('cacert') && !t.env.has('SSL_CERT_FILE')) plan.env.push({ name: 'SSL_CERT_FILE', value: ['/etc/ssl/certs/ca-bundle.crt'], unresolved: [], line: 0 });
  for (const [name, account] of t.users) plan.users.set(name, account);
  for (const [name, account] of t.groups) plan.groups.set(name, account);
  plan.https = httpsUse(t, plan);
  readStartedScripts(t, plan, context);
  return plan;
}

/**
 * A program the image starts from a copied directory (`COPY . /app` and `Cmd ./start.sh`): the file
 * is read from the context to learn its shebang, as a copied file would be.
 */
function readStartedScripts(t: Translation, plan: ImagePlan, context: BuildContextReader | undefined): void {
  const view = new ImageView(plan);
  for (const { program } of programsStarted(plan)) {
    const at = view.locate(program);
    if (!at || plan.files.some((file) => file.path === at && !file.directory)) continue;
    const directory = plan.files.find((file) => file.directory && at.startsWith(`${file.path === '/' ? '' : file.path}/`));
    const copy = directory && t.contextCopies.find((candidate) => candidate.dirAt === directory.path && candidate.line === directory.line);
    if (!copy) continue;
    const source = path.posix.join(copy.source, path.posix.relative(copy.dirAt!, at));
    plan.files.push(contextFile(context, source, at, copy.line));
  }
}

/** A jar the image copies that no `java -jar` names: the command (`-cp`, a script file) still names the Dockerfile's path. */
function unusedJars(t: Translation, plan: ImagePlan): Change[] {
  const used = new Set([...(plan.entrypoint?.words ?? []), ...(plan.cmd?.words ?? [])].flatMap(derivationFiles).map((file) => file.path));
  return t.builtJars.filter((jar) => !used.has(jar.word.path)).map((jar) => ({ line: jar.line, reason: `${jar.at} is not a file of the Nix image: the jar is \${${jar.binding}}${jar.word.path}; name that path in Cmd/Entrypoint (java -jar ${jar.at} is translated so)` }));
}

export interface CheckedImage {
  plan: ImagePlan;
  /** Bindings the image needs in the flake's `let` (nginx's writeText config). */
  bindings: NixBinding[];
  /** What the repairs changed, each with its line, for the header. */
  changes: Change[];
  /** What the user has to do by hand for the image to start (postgres' initdb), for the header. */
  notes: Change[];
  /** What fails the check after the repairs: listed in the header as not translated. */
  failures: CheckFailure[];
}

/** Builds the plan, checks it, repairs what is certain and checks again. */
export function checkedImage(t: Translation, context: BuildContextReader | undefined): CheckedImage {
  const plan = imagePlanOf(t, context);
  const final = t.model.stages[t.model.stages.length - 1]!;
  const server = serverCommand(plan, t.copied, t.mkdirs, final.from.region.startLine);
  const accounts = addCreatedAccounts(plan);
  const changes = [...(server.change ? [server.change] : []), ...(accounts ? [accounts] : []), ...repairImage(plan, checkImage(plan))];
  // After the repairs: they may add the postgres package a command needs, at the version ENV names.
  const postgres = postgresImage(plan, final.from.region.startLine);
  return { plan, bindings: server.bindings, changes: [...changes, ...postgres.changes], notes: [...postgres.notes, ...unusedJars(t, plan)], failures: checkImage(plan) };
}
