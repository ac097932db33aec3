import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../src/model/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { isExactToolchain, packageOperationOf, parseCondaSpec, toolchainRequestsOf } from '../../src/shell/packages/index.js';
import type { PackageOperation, ShellWord, ToolchainRequest } from '../../src/shell/types.js';

/** The commands of a one-stage Dockerfile's RUNs, parsed for real. */
function commands(run: string) {
  const model = parseDockerfile(`FROM scratch\nARG KNOWN=1.2.3\nARG EMPTY\n${run}\n`, 'Dockerfile');
  return [...shellCommands(model)].map(({ command }) => command);
}

function operations(run: string): PackageOperation[] {
  return commands(run).flatMap((command) => packageOperationOf(command) ?? []);
}

/** manager, action, and each package as [name, version, exact]. */
const summary = (run: string) =>
  operations(run).map((operation) => [operation.manager, operation.action, operation.packages.map((spec) => [spec.name, spec.version, spec.exact])]);

const requests = (run: string): Pick<ToolchainRequest, 'installer' | 'toolchain' | 'version' | 'exact' | 'action'>[] =>
  commands(run).flatMap((command) => toolchainRequestsOf(command).map(({ installer, toolchain, version, exact, action }) => ({ installer, toolchain, version, exact, action })));

const word = { raw: 'x', value: 'x', span: { start: 0, end: 1 }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } satisfies ShellWord;

describe('parseCondaSpec', () => {
  it.each([
    // name, version as written, exact (version and build), exactVersion
    ['numpy', 'numpy', undefined, false, false],
    ['numpy=1.26.4=py312h8753938_0', 'numpy', '=1.26.4=py312h8753938_0', true, true],
    ['conda-forge::numpy==1.26.4=py312h8753938_0', 'numpy', '==1.26.4=py312h8753938_0', true, true],
    ['numpy==1.26.4', 'numpy', '==1.26.4', false, true],
    // `=1.26.4` is the prefix 1.26.4*, read as one version (three parts); `=3.12` lets every 3.12 release in
    ['numpy=1.26.4', 'numpy', '=1.26.4', false, true],
    ['python=3.12', 'python', '=3.12', false, false],
    ['python 3.12.4 h194c7f8_0_cpython', 'python', '3.12.4 h194c7f8_0_cpython', true, true],
    ['scipy>=1.13', 'scipy', '>=1.13', false, false],
    ['nodejs=20.*', 'nodejs', '=20.*', false, false],
    ['numpy=1.26.4=py312*', 'numpy', '=1.26.4=py312*', false, true],
    ["numpy[version='>=1.2,<2', build=py312*]", 'numpy', "[version='>=1.2,<2', build=py312*]", false, false],
  ])('%s', (text, name, version, exact, exactVersion) => {
    expect(parseCondaSpec(text, word)).toMatchObject({ name, version, exact, exactVersion });
  });

  it('leaves URLs, package files and local paths alone', () => {
    for (const text of ['https://conda.anaconda.org/x/numpy-1.26.4.conda', './numpy-1.26.4-py312_0.tar.bz2', '/tmp/pkg.conda']) expect(parseCondaSpec(text, word), text).toBeUndefined();
  });
});

describe('conda, mamba and micromamba operations', () => {
  it('reads installs, environment files, updates, and skips clones and rollbacks', () => {
    expect(summary('RUN conda install -y -c conda-forge numpy "python=3.12" && mamba create -n x --file specs.txt && micromamba update --all -y')).toEqual([
      ['conda', 'install', [['numpy', undefined, false], ['python', '=3.12', false]]],
      ['conda', 'install', []],
      ['conda', 'upgrade', []],
    ]);
    expect(operations('RUN conda env create').map((operation) => operation.requirementFiles.map((file) => file.value))).toEqual([['environment.yml']]);
    expect(operations('RUN conda env create -f env/app.yml && conda create -n y --file lock.txt').map((operation) => operation.requirementFiles.map((file) => file.value))).toEqual([['env/app.yml'], ['lock.txt']]);
    expect(operations('RUN conda create -n copy --clone base && conda install --revision 2 && conda list && conda env export')).toEqual([]);
  });
});

describe('pacman operations', () => {
  it('reads -S installs (with -y and -u), -Syu upgrades and AUR helpers, and skips queries and downloads', () => {
    expect(summary('RUN pacman -S --noconfirm curl core/git=2.45.0-1 "openssl>=3"')).toEqual([
      ['pacman', 'install', [['curl', undefined, false], ['git', '2.45.0-1', true], ['openssl', '>=3', false]]],
    ]);
    expect(operations('RUN pacman -Syu --noconfirm git').map((operation) => [operation.action, operation.upgradesAll])).toEqual([['install', true]]);
    expect(summary('RUN pacman -Syu --noconfirm && pacman --sync --refresh --sysupgrade && yay -S google-chrome')).toEqual([
      ['pacman', 'upgrade', []],
      ['pacman', 'upgrade', []],
      ['pacman', 'install', [['google-chrome', undefined, false]]],
    ]);
    expect(operations('RUN pacman -Ss python && pacman -Si curl && pacman -Sw vim && pacman -Scc && pacman -Sy && pacman -U https://x/y.pkg.tar.zst && pacman -Qo /usr')).toEqual([]);
  });
});

describe('bundler operations', () => {
  it('reads bundle install (and a bare bundle) as lockfile installs, update and lock --update as upgrades, add with its version', () => {
    expect(summary('RUN bundle && bundle install --jobs 4 && bundle update rails && bundle lock --update && bundle add puma --version 6.4.2 && bundle add sidekiq -v "~> 7"')).toEqual([
      ['bundler', 'install-lockfile', []],
      ['bundler', 'install-lockfile', []],
      ['bundler', 'upgrade', [['rails', undefined, false]]],
      ['bundler', 'upgrade', []],
      ['bundler', 'install', [['puma', '6.4.2', true]]],
      ['bundler', 'install', [['sidekiq', '~> 7', false]]],
    ]);
    expect(operations('RUN bundle --version && bundle exec rake && bundle config set frozen true && bundle lock')).toEqual([]);
  });
});

describe('package runners: npx, bunx, pnpm dlx, yarn dlx, npm exec', () => {
  it('reads the package fetched and run, not the program arguments after it', () => {
    expect(summary('RUN npx -y create-vite@5 my-app --template react && npx -p typescript@5.4.5 tsc && pnpm dlx turbo run build && yarn dlx create-next-app@14.2.4 web')).toEqual([
      ['npm', 'run', [['create-vite', '5', false]]],
      ['npm', 'run', [['typescript', '5.4.5', true]]],
      ['pnpm', 'run', [['turbo', undefined, false]]],
      ['yarn', 'run', [['create-next-app', '14.2.4', true]]],
    ]);
    expect(operations('RUN npx prisma generate && pnpm dlx x').map((operation) => operation.prefersInstalled)).toEqual([true, false]);
    expect(operations('RUN npx --no tsc && npx -c "tsc -p ." && pnpm exec tsc && yarn exec tsc')).toEqual([]);
  });
});

describe('toolchain requests', () => {
  it('reads rustup channels, releases and the installer default', () => {
    expect(requests('RUN rustup toolchain install nightly 1.79.0 nightly-2024-05-01 && rustup default stable && rustup update')).toEqual([
      { installer: 'rustup', toolchain: 'rust', version: 'nightly', exact: false, action: 'install' },
      { installer: 'rustup', toolchain: 'rust', version: '1.79.0', exact: true, action: 'install' },
      { installer: 'rustup', toolchain: 'rust', version: 'nightly-2024-05-01', exact: true, action: 'install' },
      { installer: 'rustup', toolchain: 'rust', version: 'stable', exact: false, action: 'install' },
      { installer: 'rustup', toolchain: 'rust', version: undefined, exact: false, action: 'upgrade' },
    ]);
    expect(requests('RUN curl -sSf https://sh.rustup.rs | sh -s -- -y && rustup-init -y --default-toolchain 1.79.0 && rustup-init -y --default-toolchain none')).toEqual([
      { installer: 'rustup-init', toolchain: 'rust', version: undefined, exact: false, action: 'install' },
      { installer: 'rustup-init', toolchain: 'rust', version: '1.79.0', exact: true, action: 'install' },
    ]);
    expect(requests('RUN rustup target add wasm32-unknown-unknown && rustup component add clippy && rustup show && rustup toolchain link dev /x')).toEqual([]);
  });

  it('reads uv python and corepack versions', () => {
    expect(requests('RUN uv python install 3.12 3.12.4 && corepack prepare pnpm@latest --activate && corepack install -g yarn@4.2.2 && corepack enable')).toEqual([
      { installer: 'uv', toolchain: 'python', version: '3.12', exact: false, action: 'install' },
      { installer: 'uv', toolchain: 'python', version: '3.12.4', exact: true, action: 'install' },
      { installer: 'corepack', toolchain: 'pnpm', version: 'latest', exact: false, action: 'install' },
      { installer: 'corepack', toolchain: 'yarn', version: '4.2.2', exact: true, action: 'install' },
    ]);
  });

  it.each([
    ['rust', '1.79.0', true],
    ['rust', '1.79', false],
    ['rust', 'stable-x86_64-unknown-linux-gnu', false],
    ['rust', '1.79.0-aarch64-unknown-linux-musl', true],
    ['rust', 'my-custom-build', undefined],
    ['python', 'cpython@3.12.4', true],
    ['python', '>=3.12', false],
    ['pnpm', '9.1.0', true],
    ['pnpm', '9', false],
  ] as const)('isExactToolchain(%s, %s) is %s', (toolchain, text, exact) => {
    expect(isExactToolchain(toolchain, text)).toBe(exact);
  });
});

describe('Chocolatey and NuGet (dotnet) operations', () => {
  it.each([
    // One `--version` pins every package of its command, in any spelling choco accepts.
    ['RUN choco install -y git cmake --version=2.45.1', [['choco', 'install', [['git', '2.45.1', true], ['cmake', '2.45.1', true]]]]],
    ['RUN choco install python -Version 3.12.* -y', [['choco', 'install', [['python', '3.12.*', false]]]]],
    ['RUN choco install vs --package-parameters "--add X" -s https://feed/ -y --installargs \'"A=B"\'', [['choco', 'install', [['vs', undefined, false]]]]],
    ['RUN cinst -y nodejs-lts && cup -y all && cup 7zip --version 24.5.0', [['choco', 'install', [['nodejs-lts', undefined, false]]], ['choco', 'upgrade', []], ['choco', 'upgrade', [['7zip', '24.5.0', true]]]]],
    // A packages.config, a package file, and configuring choco install nothing from the feed here.
    ['RUN choco install C:/b/packages.config -y && choco install ./t.1.0.nupkg && choco feature enable -n x && choco source add -n a -s b', []],
    ['RUN dotnet add package Serilog --version 3.1.1 && dotnet add app.csproj package Npgsql -v "8.*"', [['dotnet', 'install', [['Serilog', '3.1.1', true]]], ['dotnet', 'install', [['Npgsql', '8.*', false]]]]],
    // `-v` of `dotnet tool install` is the verbosity, not the version; `NAME@VERSION` is .NET 8's spelling.
    ['RUN dotnet tool install -g -v q dotnet-ef && dotnet tool install dotnet-trace@8.0.510501 --tool-path /t && dotnet tool update -g x --version [1.0.0]', [['dotnet', 'install', [['dotnet-ef', undefined, false]]], ['dotnet', 'install', [['dotnet-trace', '8.0.510501', true]]], ['dotnet', 'upgrade', [['x', '[1.0.0]', true]]]]],
    ['RUN dotnet tool restore && dotnet restore --locked-mode && dotnet app.dll add package x', []],
  ])('%s', (run, expected) => {
    expect(summary(run)).toEqual(expected);
  });
});
