/**
 * The programs nixpkgs packages put in `bin/`, for the questions a generated image must answer:
 * does something in `contents` provide the `node` that `Cmd` runs, the `/bin/sh` a script's
 * shebang names? The index lists attributes, not their files, so this is a hand-written table of
 * runtimes and tools whose programs are named differently from the attribute; any other attribute
 * is taken to provide the program of its own name (`pkgs.curl` → `curl`), the nixpkgs convention.
 */
import { isIndexedAttr } from './data/index.js';

const COREUTILS = ['basename', 'cat', 'chmod', 'chown', 'cp', 'cut', 'date', 'dirname', 'echo', 'env', 'head', 'id', 'ln', 'ls', 'mkdir', 'mktemp', 'mv', 'nproc', 'printf', 'readlink', 'rm', 'sleep', 'sort', 'tail', 'tee', 'test', 'touch', 'tr', 'true', 'uname', 'wc'];

const PROGRAMS: { attr: RegExp; programs: string[] }[] = [
  { attr: /^nodejs(-slim)?(_\d+)?$/, programs: ['node'] },
  { attr: /^nodejs(_\d+)?$/, programs: ['npm', 'npx', 'corepack'] },
  { attr: /^python3\d*$|^python3Minimal$/, programs: ['python', 'python3'] },
  { attr: /^pypy3\d*$/, programs: ['pypy3'] },
  { attr: /^go(_1_\d+)?$/, programs: ['go', 'gofmt'] },
  { attr: /^(jdk|jre)\d*(_headless|_minimal)?$|^temurin-(jre-)?bin(-\d+)?$|^(zulu|corretto)\d*$|^semeru-(jre-)?bin(-\d+)?$/, programs: ['java'] },
  { attr: /^jdk\d*(_headless)?$|^temurin-bin(-\d+)?$|^(zulu|corretto)\d*$/, programs: ['javac', 'jar', 'jshell'] },
  { attr: /^postgresql(_\d+)?$/, programs: ['postgres', 'psql', 'initdb', 'pg_ctl', 'pg_dump', 'pg_isready', 'createdb'] },
  { attr: /^redis$/, programs: ['redis-server', 'redis-cli'] },
  { attr: /^nginx(Stable|Mainline)?$/, programs: ['nginx'] },
  { attr: /^php\d*$/, programs: ['php', 'php-fpm'] },
  { attr: /^apacheHttpd$/, programs: ['httpd', 'apachectl'] },
  { attr: /^ruby(_\d+_\d+)?$/, programs: ['ruby', 'gem', 'irb'] },
  { attr: /^bash(Interactive)?$/, programs: ['bash', 'sh'] },
  { attr: /^busybox$/, programs: ['sh', 'ash', 'wget', ...COREUTILS] },
  { attr: /^coreutils(-full)?$/, programs: COREUTILS },
  { attr: /^gnumake$/, programs: ['make'] },
  { attr: /^gcc\d*$/, programs: ['gcc', 'g++', 'cc', 'c++'] },
  { attr: /^maven$/, programs: ['mvn'] },
  { attr: /^gradle(_\d+)?$/, programs: ['gradle'] },
  { attr: /^dotnet-(sdk|runtime|aspnetcore)/, programs: ['dotnet'] },
  { attr: /^mongodb/, programs: ['mongod', 'mongos'] },
  { attr: /^mariadb/, programs: ['mariadbd', 'mysqld', 'mysql'] },
  { attr: /^mysql\d+$/, programs: ['mysqld', 'mysql'] },
  { attr: /^openssh$/, programs: ['ssh', 'sshd', 'scp'] },
  { attr: /^procps$/, programs: ['ps', 'top', 'pgrep', 'pkill'] },
  { attr: /^findutils$/, programs: ['find', 'xargs'] },
  { attr: /^gnugrep$/, programs: ['grep'] },
  { attr: /^gnused$/, programs: ['sed'] },
  { attr: /^gawk$/, programs: ['awk', 'gawk'] },
  { attr: /^util-linux$/, programs: ['mount', 'setpriv', 'su'] },
  { attr: /^shadow$/, programs: ['useradd', 'groupadd', 'su'] },
  { attr: /^bun$/, programs: ['bun', 'bunx'] },
];

/** Programs an attribute is known to put in `bin/`: the table's, else the attribute's own name. */
export function programsOf(attr: string): string[] {
  const listed = PROGRAMS.filter((row) => row.attr.test(attr)).flatMap((row) => row.programs);
  return listed.length > 0 ? listed : [attr];
}

/** Programs named differently from their package, for a program the image needs and nothing provides. */
const PACKAGE_OF: Record<string, string> = {
  sh: 'bashInteractive', bash: 'bashInteractive', env: 'coreutils', make: 'gnumake', mvn: 'maven', python: 'python3', python3: 'python3', node: 'nodejs', java: 'jdk', jshell: 'jdk',
  ps: 'procps', find: 'findutils', grep: 'gnugrep', sed: 'gnused', awk: 'gawk', ssh: 'openssh', 'redis-server': 'redis', 'redis-cli': 'redis', postgres: 'postgresql',
  psql: 'postgresql', irb: 'ruby', mysqld: 'mysql84', mariadbd: 'mariadb', httpd: 'apacheHttpd', 'rabbitmq-server': 'rabbitmq-server',
};

/** The ENV variables the official images set to the version they install (`PG_MAJOR 17`, `REDIS_VERSION 7.2.5`). */
export function versionVariables(attr: string): string[] {
  const upper = attr.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return [...(attr === 'postgresql' ? ['PG_MAJOR', 'PG_VERSION'] : []), `${upper}_VERSION`, `${upper}_MAJOR`];
}

/** The indexed attribute that provides `program`, when one is known: the table's, else one of the same name. */
export function packageOfProgram(program: string): string | undefined {
  const attr = PACKAGE_OF[program] ?? program;
  return /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/.test(attr) && !attr.includes('.') && isIndexedAttr(attr) ? attr : undefined;
}

/** Console scripts of Python packages named differently from the package (`django` → `django-admin`). */
const PYTHON_SCRIPTS: Record<string, string[]> = { django: ['django-admin'], 'scikit-learn': [], pytest: ['pytest', 'py.test'], 'jupyter-core': ['jupyter'], notebook: ['jupyter-notebook'] };

/** Programs a Python environment with these packages has: the interpreter and the packages' scripts. */
export function pythonEnvPrograms(packages: string[]): string[] {
  return ['python', 'python3', ...packages.flatMap((name) => PYTHON_SCRIPTS[name] ?? [name])];
}
