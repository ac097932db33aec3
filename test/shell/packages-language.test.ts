import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../src/model/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { parseRequirementsFile } from '../../src/build-context/index.js';
import { normalizePythonName, packageOperationOf, parseNpmSpec, parsePythonRequirement } from '../../src/shell/packages/index.js';
import type { PackageOperation, ShellWord } from '../../src/shell/types.js';

/** The package operations of a one-stage Dockerfile's RUNs, parsed for real. */
function operations(run: string): PackageOperation[] {
  const model = parseDockerfile(`FROM scratch\nARG KNOWN=1.2.3\nARG EMPTY\n${run}\n`, 'Dockerfile');
  return [...shellCommands(model)].flatMap(({ command }) => {
    const operation = packageOperationOf(command);
    return operation ? [operation] : [];
  });
}

function only(run: string): PackageOperation {
  const found = operations(run);
  expect(found, run).toHaveLength(1);
  return found[0]!;
}

const specs = (operation: PackageOperation) => operation.packages.map((spec) => [spec.name, spec.version, spec.exact]);

const word = { raw: 'x', value: 'x', span: { start: 0, end: 1 }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } satisfies ShellWord;

describe('parsePythonRequirement', () => {
  it.each([
    ['flask==3.0.3', 'flask', '==3.0.3', true],
    ['flask===3.0.3', 'flask', '===3.0.3', true],
    ['Flask == 3.0.3', 'Flask', '== 3.0.3', true],
    ['pydantic[email]==2.7.4', 'pydantic', '==2.7.4', true],
    ['flask==3.0.3 ; python_version >= "3.8"', 'flask', '==3.0.3', true],
    ['flask', 'flask', undefined, false],
    ['flask>=2', 'flask', '>=2', false],
    ['flask~=2.3', 'flask', '~=2.3', false],
    ['flask==2.*', 'flask', '==2.*', false],
    ['flask!=2.0', 'flask', '!=2.0', false],
    ['flask>=2,<3', 'flask', '>=2,<3', false],
    ['flask==2.0,!=2.0.1', 'flask', '==2.0,!=2.0.1', false],
    ['git+https://github.com/pallets/click.git@8.1.7#egg=click', 'click', '8.1.7', false],
    ['git+https://github.com/pallets/click.git#egg=click', 'click', undefined, false],
    ['git+ssh://git@github.com/pallets/click.git@874ca2bc1c30d93a4ab1f7e5b2bb2a3a4ed6a2ab#egg=click', 'click', '874ca2bc1c30d93a4ab1f7e5b2bb2a3a4ed6a2ab', true],
    ['click @ git+https://github.com/pallets/click.git@874ca2bc1c30d93a4ab1f7e5b2bb2a3a4ed6a2ab', 'click', '874ca2bc1c30d93a4ab1f7e5b2bb2a3a4ed6a2ab', true],
    ['https://example.com/pkg-1.0.tar.gz', 'pkg-1.0.tar.gz', 'https://example.com/pkg-1.0.tar.gz', false],
    [`https://example.com/pkg-1.0.tar.gz#sha256=${'a'.repeat(64)}`, 'pkg-1.0.tar.gz', `https://example.com/pkg-1.0.tar.gz#sha256=${'a'.repeat(64)}`, true],
  ])('%s', (text, name, version, exact) => {
    const spec = parsePythonRequirement(text, word);
    expect([spec?.name, spec?.version, spec?.exact]).toEqual([name, version, exact]);
  });

  it.each(['.', './plugins/x', 'foo/bar', 'dist/app-1.0-py3-none-any.whl', 'mypkg.tar.gz', 'file:///wheels/x.whl', 'x @ file:///wheels/x.whl', '# comment', ''])(
    '%s is local or nothing, not a package from an index',
    (text) => expect(parsePythonRequirement(text, word)).toBeUndefined(),
  );
});

describe('parseNpmSpec', () => {
  it.each([
    ['express@4.19.2', 'express', '4.19.2', true],
    ['express@=4.19.2', 'express', '=4.19.2', true],
    ['@scope/pkg@1.0.0-beta.1', '@scope/pkg', '1.0.0-beta.1', true],
    ['express', 'express', undefined, false],
    ['@scope/pkg', '@scope/pkg', undefined, false],
    ['express@latest', 'express', 'latest', false],
    ['express@next', 'express', 'next', false],
    ['express@^4.19.0', 'express', '^4.19.0', false],
    ['express@4', 'express', '4', false],
    ['alias@npm:left-pad@1.3.0', 'left-pad', '1.3.0', true],
    ['github:user/repo#v1.0.0', 'github:user/repo', 'v1.0.0', false],
    ['user/repo', 'user/repo', undefined, false],
    [`user/repo#${'b'.repeat(40)}`, 'user/repo', 'b'.repeat(40), true],
    ['git+https://github.com/npm/npm.git#semver:^5.0', 'git+https://github.com/npm/npm.git', 'semver:^5.0', false],
    ['https://example.com/pkg-1.0.0.tgz', 'https://example.com/pkg-1.0.0.tgz', undefined, false],
  ])('%s', (text, name, version, exact) => {
    const spec = parseNpmSpec(text, word);
    expect([spec?.name, spec?.version, spec?.exact]).toEqual([name, version, exact]);
  });

  it.each(['./folder', '../folder', '/folder', '~/folder', 'package-v1.2.3.tgz', 'file:../x', ''])('%s is local, not from a registry', (text) => {
    expect(parseNpmSpec(text, word)).toBeUndefined();
  });
});

describe('parseRequirementsFile', () => {
  it('reads pip’s format: continuations, comments, references, per-requirement options', () => {
    const text = [
      '# top comment',
      '-r base.txt',
      '--constraint=constraints.txt',
      '--index-url https://pypi.example.com/simple',
      'flask==3.0.3 \\',
      '    --hash=sha256:abc \\',
      '    --hash=sha256:def',
      'requests>=2  # inline comment',
      '-e git+https://github.com/x/y.git@v1#egg=y',
      'url#fragment-is-not-a-comment==1.0',
      '',
    ].join('\r\n');
    expect(parseRequirementsFile(text)).toEqual([
      { line: 2, kind: 'requirements-file', text: 'base.txt' },
      { line: 3, kind: 'constraints-file', text: 'constraints.txt' },
      { line: 5, kind: 'requirement', text: 'flask==3.0.3' },
      { line: 8, kind: 'requirement', text: 'requests>=2' },
      { line: 9, kind: 'editable', text: 'git+https://github.com/x/y.git@v1#egg=y' },
      { line: 10, kind: 'requirement', text: 'url#fragment-is-not-a-comment==1.0' },
    ]);
  });

  it('normalises project names as PEP 503 does', () => {
    expect(normalizePythonName('Foo_Bar.baz')).toBe(normalizePythonName('foo-bar--baz'));
  });
});

describe('Python package operations', () => {
  it.each([
    ['RUN pip install flask==3.0.3', 'pip'],
    ['RUN pip3.12 install flask==3.0.3', 'pip'],
    ['RUN /usr/local/bin/pip install flask==3.0.3', 'pip'],
    ['RUN python3 -m pip install flask==3.0.3', 'pip'],
    ['RUN uv pip install --system flask==3.0.3', 'uv'],
    ['RUN pipx install flask==3.0.3', 'pip'],
  ])('%s', (run, manager) => {
    const operation = only(run);
    expect(operation.manager).toBe(manager);
    expect(specs(operation)).toEqual([['flask', '==3.0.3', true]]);
  });

  it('splits an unquoted variable holding several requirements, as the shell does', () => {
    expect(specs(only('ARG PKGS="flask==3.0.3 requests"\nRUN pip install $PKGS'))).toEqual([
      ['flask', '==3.0.3', true],
      ['requests', undefined, false],
    ]);
    expect(specs(only('RUN pip install "flask==$KNOWN"'))).toEqual([['flask', '==1.2.3', true]]);
  });

  it('keeps requirement and constraint files apart, and sees `--upgrade`', () => {
    const operation = only('RUN pip install -U -r requirements.txt --constraint=c.txt -c /etc/c2.txt');
    expect(operation.action).toBe('upgrade');
    expect(operation.requirementFiles.map((w) => w.value)).toEqual(['requirements.txt']);
    expect(operation.constraintFiles?.map((w) => w.value)).toEqual(['c.txt', '/etc/c2.txt']);
  });

  it('reads `uv tool install --from`, `uv pip sync`, and upgrades of tools', () => {
    expect(specs(only("RUN uv tool install --from 'ruff==0.4.4' --with black ruff"))).toEqual([
      ['ruff', '==0.4.4', true],
      ['black', undefined, false],
    ]);
    expect(only('RUN uv pip sync requirements.lock').requirementFiles.map((w) => w.value)).toEqual(['requirements.lock']);
    expect(only('RUN pipx upgrade-all').action).toBe('upgrade');
    expect(only('RUN uv tool upgrade ruff').action).toBe('upgrade');
  });

  it('ignores option values and commands that only mention pip', () => {
    expect(specs(only('RUN pip install --index-url https://x/simple --target /opt/x --root-user-action ignore flask==1.0'))).toEqual([['flask', '==1.0', true]]);
    expect(operations('RUN pip download flask && pip --version && pipenv --venv && poetry show && uv pip list')).toEqual([]);
    // `--group tox` installs pyproject.toml's dependency group `tox` (pip 25.1), not the package.
    expect(specs(only('RUN pip install --group tox flask==1.0'))).toEqual([['flask', '==1.0', true]]);
  });

  it('reads poetry, pipenv and uv project commands: adds, upgrades and lockfile installs', () => {
    const summary = (script: string) => operations(script).map((operation) => [operation.manager, operation.action, operation.packages.map((spec) => [spec.name, spec.version, spec.exact])]);
    expect(summary('RUN poetry add flask@^3.0 requests@2.32.3 "httpx==0.27.0" && poetry install --no-root && poetry update && poetry self update 1.8.3')).toEqual([
      ['poetry', 'install', [['flask', '^3.0', false], ['requests', '2.32.3', true], ['httpx', '==0.27.0', true]]],
      ['poetry', 'install-lockfile', []],
      ['poetry', 'upgrade', []],
      ['poetry', 'upgrade', [['poetry', '1.8.3', true]]],
    ]);
    expect(summary('RUN pipenv install black && pipenv install --deploy && pipenv sync && pipenv update')).toEqual([
      ['pipenv', 'install', [['black', undefined, false]]],
      ['pipenv', 'install-lockfile', []],
      ['pipenv', 'install-lockfile', []],
      ['pipenv', 'upgrade', []],
    ]);
    expect(summary('RUN uv sync --frozen && uv lock --upgrade-package requests && uv add "flask>=3" && uv pip install --system flask==3.0.3')).toEqual([
      ['uv', 'install-lockfile', []],
      ['uv', 'upgrade', [['requests', undefined, false]]],
      ['uv', 'install', [['flask', '>=3', false]]],
      ['uv', 'install', [['flask', '==3.0.3', true]]],
    ]);
  });
});

describe('JavaScript package operations', () => {
  it('tells adding packages from installing the project', () => {
    expect(only('RUN npm install').action).toBe('install-lockfile');
    expect(only('RUN npm ci').action).toBe('install-lockfile');
    expect(only('RUN yarn').action).toBe('install-lockfile');
    expect(only('RUN npm i -g typescript@5.4.5').action).toBe('install');
    expect(only('RUN yarn global add serve').global).toBe(true);
    expect(only('RUN npm update').action).toBe('upgrade');
  });

  it('does not take a bare `bun` (help) or `npm run` for installs', () => {
    expect(operations('RUN bun --version && npm run --crazy install && yarn --version')).toEqual([]);
  });

  it('skips option values', () => {
    expect(specs(only('RUN npm install --registry https://r.example.com --loglevel verbose sax@0.1.1'))).toEqual([['sax', '0.1.1', true]]);
  });
});

describe('gem, go and cargo operations', () => {
  it('gem: inline and option versions, ranges, update --system', () => {
    expect(specs(only("RUN gem install bundler:2.5.11 rails -v '~> 7.1'"))).toEqual([
      ['bundler', '2.5.11', true],
      ['rails', '~> 7.1', false],
    ]);
    expect(specs(only('RUN gem install bundler:2.0.1 --use-system-libraries true'))).toEqual([['bundler', '2.0.1', true]]);
    expect(specs(only('RUN gem update --system 3.5.11'))).toEqual([['rubygems', '3.5.11', true]]);
    expect(only('RUN gem update').action).toBe('upgrade');
  });

  it('go: versions, queries, local packages, program arguments of go run', () => {
    expect(specs(only('RUN go install golang.org/x/tools/gopls@v0.16.1 example.com/a@latest example.com/b ./cmd/...'))).toEqual([
      ['golang.org/x/tools/gopls', 'v0.16.1', true],
      ['example.com/a', 'latest', false],
      ['example.com/b', undefined, false],
    ]);
    expect(specs(only('RUN go run example.com/gen@v1.2.3 --out x.go example.com/not-a-package'))).toEqual([['example.com/gen', 'v1.2.3', true]]);
    expect(only('RUN go get -u ./...').action).toBe('upgrade');
  });

  it('cargo: `x@version`, `--version`, `--git --rev`, `--path`', () => {
    expect(specs(only('RUN cargo install --locked ripgrep@14.1.0'))).toEqual([['ripgrep', '14.1.0', true]]);
    expect(specs(only('RUN cargo install --version 0.5 cargo-watch'))).toEqual([['cargo-watch', '0.5', false]]);
    expect(specs(only(`RUN cargo install --git https://github.com/o/t --rev ${'c'.repeat(40)} t`))).toEqual([['t', 'c'.repeat(40), true]]);
    expect(only('RUN cargo install --path .').packages).toEqual([]);
    expect(only('RUN cargo install').packages).toEqual([]);
  });
});

describe('package words nobody can know before the build', () => {
  it('skips a bare unknown expansion and a command substitution instead of inventing names', () => {
    const model = parseDockerfile(`FROM a:1\nRUN apk add --no-cache $runDeps bash "$(echo x)" $([ "$(apk --print-arch)" != 'ppc64le' ] && echo 'nss_wrapper') zstd=1.5.6-r0\n`, 'Dockerfile');
    const operation = packageOperationOf([...shellCommands(model)][0]!.command)!;
    expect(operation.packages.map((p) => [p.name, p.exact])).toEqual([
      ['bash', false],
      ['zstd', true],
    ]);
  });
});
