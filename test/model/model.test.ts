import { describe, expect, it } from 'vitest';
import { parseDockerfileText } from '../../src/model/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { PowerShellGrammarNeeded } from '../../src/shell/index.js';
import { shellCommands } from '../../src/model/queries.js';

const argv = (text: string) => [...shellCommands(parseDockerfile(text, 'Dockerfile'))].map(({ command }) => command.argv.map((w) => w.value ?? `<${w.raw}>`).join(' '));

describe('Dockerfile model', () => {
  it('resolves FROM through global ARGs, --build-arg overrides and ${VAR:-default}', () => {
    const text = 'ARG REGISTRY=ghcr.io/acme\nARG TAG\nFROM ${REGISTRY}/base:${TAG:-1.0} AS build\nFROM $REGISTRY/app:$TAG\n';
    const model = parseDockerfile(text, 'Dockerfile');
    expect(model.stages.map((s) => s.image.resolved)).toEqual(['ghcr.io/acme/base:1.0', undefined]);
    expect(model.stages[1]!.image.unresolved).toEqual(['TAG']);
    expect(model.stages[0]!.image.viaArgs.map((a) => a.name)).toEqual(['REGISTRY']);
    expect(model.stages[0]!.image.name).toMatchObject({ registry: 'ghcr.io', repository: 'acme/base', tag: '1.0' });
    const overridden = parseDockerfile(text, 'Dockerfile', { buildArgs: { TAG: '2.0' } });
    expect(overridden.stages.map((s) => s.image.resolved)).toEqual(['ghcr.io/acme/base:2.0', 'ghcr.io/acme/app:2.0']);
  });

  it('knows stage names, stage indexes and scratch in FROM, COPY --from and RUN --mount', () => {
    const model = parseDockerfile('FROM golang:1.22 AS Build\nFROM build\nCOPY --from=0 /a /a\nCOPY --from=build /b /b\nCOPY --from=nginx:1.27 /c /c\nRUN --mount=from=build,target=/x true\nFROM scratch\n', 'Dockerfile');
    expect(model.imageReferences.map((r) => `${r.usage}:${r.raw}:${r.kind}`)).toEqual([
      'from:golang:1.22:image',
      'from:build:stage',
      'copy-from:0:stage',
      'copy-from:build:stage',
      'copy-from:nginx:1.27:image',
      'mount-from:build:stage',
      'from:scratch:scratch',
    ]);
  });

  it('gives exact spans, with CRLF line endings and a UTF-8 BOM', () => {
    const text = '\uFEFFFROM node:20\r\nRUN apt-get install -y \\\r\n  curl\r\n';
    const model = parseDockerfile(text, 'Dockerfile');
    expect(model.eol).toBe('\r\n');
    const from = model.stages[0]!.image;
    expect(text.slice(from.span.start, from.span.end)).toBe('node:20');
    expect(from.region).toEqual({ startLine: 1, startColumn: 7, endLine: 1, endColumn: 14 });
    const curl = [...shellCommands(model)][0]!.command.argv.at(-1)!;
    expect(curl.value).toBe('curl');
    expect(curl.region).toEqual({ startLine: 3, startColumn: 3, endLine: 3, endColumn: 7 });
  });

  it('honours the escape directive', () => {
    const model = parseDockerfile('# escape=`\nFROM debian:12\nRUN apt-get install -y `\n  curl\n', 'Dockerfile');
    expect(model.escapeChar).toBe('`');
    expect(argv(model.text)).toEqual(['apt-get install -y curl']);
  });

  it('tracks ENV and ARG scopes: stage ARGs stay in their stage, ENV follows FROM <stage>', () => {
    const text = 'FROM alpine:3 AS base\nENV V=1\nARG A=2\nFROM base\nRUN echo $V $A\nFROM alpine:3\nRUN echo $V\n';
    expect(argv(text)).toEqual(['echo 1 <$A>', 'echo <$V>']);
  });

  it('reads ENV and LABEL pairs as the builder does: quotes anywhere, single quotes stop expansion', () => {
    const text = [
      'FROM alpine:3',
      'ARG Y=1',
      `ENV A="foo"bar B='x $Y' C=a\\ b Y2=$Y SELF=$A`,
      'ENV D some value here',
      'LABEL "k 1"="v 2" \\',
      '# a comment inside the continuation',
      '    multi="one \\',
      '  two"',
      'RUN echo "$A" "$B" "$C" "$D" "$Y2" "$SELF"',
      '',
    ].join('\n');
    const model = parseDockerfile(text, 'Dockerfile');
    const [, , env, legacy, label] = model.instructions;
    expect(env!.properties!.map((p) => [p.name, p.value])).toEqual([['A', 'foobar'], ['B', 'x $Y'], ['C', 'a b'], ['Y2', '1'], ['SELF', undefined]]);
    expect(legacy!.properties!.map((p) => [p.name, p.value])).toEqual([['D', 'some value here']]);
    expect(label!.properties!.map((p) => [p.name, p.raw, p.value])).toEqual([['k 1', '"v 2"', 'v 2'], ['multi', '"one   two"', 'one   two']]);
    // The same values reach the shell; SELF used A from before its own instruction, which was unset.
    expect(argv(text)).toEqual(['echo foobar x $Y a b some value here 1 <"$SELF">']);
    // ARG defaults go through the same word processing.
    expect(argv(`FROM alpine:3\nARG Y=1\nARG B='x $Y' C="$Y"z\nRUN echo "$B" "$C"\n`)).toEqual(['echo x $Y 1z']);
  });

  it('separates exec form, shell form, heredocs and ONBUILD triggers', () => {
    const model = parseDockerfile('FROM alpine:3\nCMD ["a", "b c"]\nRUN <<EOF bash\necho hi\nEOF\nONBUILD RUN apk add x\n', 'Dockerfile');
    const [, cmd, run, onbuild] = model.instructions;
    expect(cmd!.form).toBe('exec');
    expect(cmd!.args.map((a) => a.value)).toEqual(['a', 'b c']);
    expect(run!.heredocs.map((h) => [h.name, h.body])).toEqual([['EOF', 'echo hi']]);
    expect(onbuild!.trigger?.keyword).toBe('RUN');
    expect(onbuild!.trigger?.script?.commands[0]?.argv.map((w) => w.value)).toEqual(['apk', 'add', 'x']);
  });

  it('reports parser directives and the syntax frontend as an image reference', () => {
    const model = parseDockerfile('# syntax=docker/dockerfile:1.7\n# check=error=true\nFROM alpine:3\n', 'Dockerfile');
    expect(model.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.7'],
      ['check', 'error=true'],
    ]);
    expect(model.syntax?.name).toMatchObject({ repository: 'docker/dockerfile', tag: '1.7' });
  });
});

describe('shell analysis of RUN', () => {
  it('recognises commands by AST position, not text', () => {
    expect(argv('FROM a:1\nRUN echo "apt-get install curl" && apt-get install -y git\n')).toEqual(['echo apt-get install curl', 'apt-get install -y git']);
  });

  it('unwraps sudo, env, xargs and nested sh -c strings', () => {
    expect(argv("FROM a:1\nRUN sudo -E env A=1 apt-get install x && bash -ec 'pip install flask' && cat list | xargs -r npm i -g\n")).toEqual([
      'apt-get install x',
      'bash -ec pip install flask',
      'pip install flask',
      'cat list',
      'npm i -g',
    ]);
  });

  it('parses script heredocs but not data heredocs', () => {
    expect(argv('FROM a:1\nRUN <<EOF\napk add x\nEOF\nRUN cat <<EOF > /f\napk add y\nEOF\nRUN python3 <<EOF\nimport os\nEOF\n')).toEqual(['apk add x', 'cat', 'python3']);
  });

  it('expands variables known from ARG, ENV and earlier assignments in the same RUN', () => {
    expect(argv('FROM a:1\nARG V=1.2\nENV P=curl\nRUN X=3; echo $P=$V ${X} ${MISSING:-d} "$(date)"\n')).toEqual(['echo curl=1.2 3 d <"$(date)">', 'date']);
  });

  it('expands the variables inside a default word, and keeps it unknown when one of them is', () => {
    expect(argv('FROM a:1\nARG V=7.0.5\nARG BRANCH\nRUN git clone -b ${BRANCH:-$V} x ${BRANCH:-v${V}-1} ${BRANCH:-$NOPE}\n')).toEqual(['git clone -b 7.0.5 x v7.0.5-1 <${BRANCH:-$NOPE}>']);
  });

  it('keeps positions for words inside sh -c strings', () => {
    const model = parseDockerfile("FROM a:1\nRUN sh -c 'apk add jq'\n", 'Dockerfile');
    const nested = [...shellCommands(model)].find(({ command }) => command.parent)!.command;
    expect(model.text.slice(nested.argv[2]!.span.start, nested.argv[2]!.span.end)).toBe('jq');
  });

  it('reads cmd RUNs for their simple commands, without syntax errors of bash, and PowerShell RUNs with its own grammar', async () => {
    expect(argv('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN choco install git\n')).toEqual(['choco install git']);
    const cmd = parseDockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN if exist C:\\x (echo yes)\n', 'Dockerfile');
    expect(cmd.instructions.at(-1)!.script!.dialect).toBe('windows');
    // cmd and PowerShell take `\` for a path separator: the bash reading keeps it.
    expect(argv('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN pip install -r C:\\app\\requirements.txt "C:\\Program Files\\x"\n')).toEqual(['pip install -r C:\\app\\requirements.txt C:\\Program Files\\x']);
    // The PowerShell grammar loads only when a file needs it: reading the script before says so.
    const text = 'FROM a:1\nSHELL ["powershell", "-Command"]\nRUN if (-not (Test-Path C:\\x)) { Install-Module x }\n';
    expect(() => parseDockerfile(text, 'Dockerfile').instructions.at(-1)!.script).toThrow(PowerShellGrammarNeeded);
    const model = await parseDockerfileText(text, 'Dockerfile');
    const script = model.instructions.at(-1)!.script!;
    expect([script.dialect, script.errors, script.commands.map((command) => command.argv.map((word) => word.value).join(' '))]).toEqual(['powershell', [], ['Test-Path C:\\x', 'Install-Module x']]);
  });

  it('gives a stage built FROM another stage the shell that stage ended with, and its Windows base', () => {
    const model = parseDockerfile(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nRUN echo one\nFROM win\nRUN echo two\nFROM debian:bookworm AS bash\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM bash\nRUN echo three\nFROM debian:bookworm\nRUN echo four\n',
      'Dockerfile',
    );
    const runs = model.instructions.filter((instruction) => instruction.keyword === 'RUN');
    expect(runs.map((run) => [run.shell.join(' '), run.stage!.windows])).toEqual([
      ['cmd /S /C', true],
      ['cmd /S /C', true],
      ['/bin/bash -o pipefail -c', false],
      ['/bin/sh -c', false],
    ]);
  });

  it('skips shells it cannot read at all (fish, a program that is no shell)', () => {
    expect(argv('FROM a:1\nSHELL ["fish", "-c"]\nRUN echo hi\n')).toEqual([]);
  });

  it('reads an exec-form RUN as its argv, and `["sh", "-c", "..."]` as the script it runs', () => {
    expect(argv('FROM a:1\nRUN ["pip", "install", "flask"]\n')).toEqual(['pip install flask']);
    expect(argv('FROM a:1\nONBUILD RUN ["sh", "-c", "apt-get install -y curl && date > /built"]\n')).toEqual(['sh -c apt-get install -y curl && date > /built', 'apt-get install -y curl', 'date']);
  });
});

describe('scopes and the expansion budget', () => {
  it('gives each instruction the variables as they were at it, though instructions share one record', () => {
    const model = parseDockerfile('ARG V=1\nFROM a:1 AS base\nENV E=x\nARG V\nRUN one\nARG V=2 W=$V\nENV E=y\nRUN two\nFROM base\nRUN three\n', 'Dockerfile');
    const at = (keyword: string, index: number) => model.instructions.filter((instruction) => instruction.keyword === keyword)[index]!.variables;
    expect([at('RUN', 0).get('V'), at('RUN', 0).get('E'), at('RUN', 0).has('W')]).toEqual(['1', 'x', false]);
    // `W=$V` sees V from before its own instruction.
    expect([at('RUN', 1).get('V'), at('RUN', 1).get('W'), at('RUN', 1).get('E')]).toEqual(['2', '1', 'y']);
    // A stage FROM another inherits its ENV (as the stage ended), never its ARGs.
    expect([at('RUN', 2).get('E'), at('RUN', 2).has('V')]).toEqual(['y', false]);
  });

  it('reports every oversized expansion of a file in one error, at the first', () => {
    // B, and ENV C (its argument and its property) come after the first refusal at A21.
    const big = Array.from({ length: 21 }, (_, level) => `ARG A${level + 1}=$A${level}$A${level}`).join('\n');
    const model = parseDockerfile(`FROM a:1\nARG A0=x\n${big}\nARG B=\${A20}\${A20}\nENV C=\${A20}\${A20}\n`, 'Dockerfile');
    expect(model.problems.map((problem) => [problem.region.startLine, problem.message])).toEqual([
      [23, expect.stringMatching(/^variable expansion here would produce more than 1\.0 MiB .*\(3 more expansions of this file too\)$/)],
    ]);
  });
});

describe('image references with quotes', () => {
  it('removes quotes as the builder does, and single quotes stop expansion', () => {
    const model = parseDockerfile('ARG TAG=3.20\nFROM alpine:"${TAG}" AS a\nCOPY --from="node:20" /x /x\nFROM \'alpine:${TAG}\'\n', 'Dockerfile');
    expect(model.imageReferences.map((r) => r.resolved)).toEqual(['alpine:3.20', 'node:20', 'alpine:${TAG}']);
  });
});
