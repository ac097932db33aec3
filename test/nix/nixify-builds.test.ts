// The builds a Dockerfile runs in the image's own stages or in build stages, as derivations the
// final image's config refers to: `cargo install --path`, the Maven jar, postgres' PATH and users.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContextParsers } from '../../src/build-context/index.js';
import { createContextReader } from '../../src/engine/context.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { loadNixify } from '../../src/nix/index.js';
import { evaluateFlakes, parseNixFiles, requireNix } from '../support/nix.js';

const { nixify } = await loadNixify();
const nixMissing = requireNix();
beforeAll(loadContextParsers);

function fixture(dir: string, withContext = true) {
  const file = path.join('fixtures/nix/builds', dir, 'Dockerfile');
  return nixify(parseDockerfile(fs.readFileSync(file, 'utf8'), file), withContext ? createContextReader(path.dirname(file)) : undefined);
}

/** The flake of a Dockerfile with a build context of the given files. */
function inContext(dockerfile: string, files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-builds-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  try {
    return nixify(parseDockerfile(dockerfile, path.join(dir, 'Dockerfile')), createContextReader(dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const FIXTURES = ['rust-cargo-install', 'rust-cargo-install-stage', 'postgres-apt', 'maven-jar'];

describe('cargo install --path', () => {
  test('in the final stage: a buildRustPackage in contents, Cmd runs its binary named by Cargo.toml', () => {
    const { flake, failures, untranslated } = fixture('rust-cargo-install');
    expect(flake).toContain('stage0Rust = pkgs.rustPlatform.buildRustPackage {');
    expect(flake).toContain('cargoLock.lockFile = ./Cargo.lock;');
    expect(flake).toMatch(/contents = \[[^\]]*stage0Rust/);
    expect(flake).toContain('Cmd = [ "${stage0Rust}/bin/hello-server" "--port" "8080" ];');
    expect(failures).toEqual([]);
    expect(untranslated.map((step) => step.reason).join('\n')).not.toMatch(/cargo/);
  });

  test('without the build context the header says what to check, and Cmd fails the check', () => {
    const { flake, failures } = fixture('rust-cargo-install', false);
    expect(flake).toContain('stage0Rust = pkgs.rustPlatform.buildRustPackage {');
    expect(flake).toMatch(/cargo install --path \. is built by stage0Rust .*Cargo\.toml's \[package\] name or \[\[bin\]\] names, and Cargo\.toml was not read \(the build context was not given\)/);
    expect(failures.map((failure) => failure.subject)).toEqual(['hello-server']);
  });

  test('in a build stage with --root and --path DIR: the copied binary, renamed by COPY, is the derivation\'s', () => {
    const { flake, failures } = fixture('rust-cargo-install-stage');
    expect(flake).toContain('buildAndTestSubdir = "server";');
    expect(flake).toContain('Entrypoint = [ "${buildRust}/bin/api-server" ];');
    expect(failures).toEqual([]);
  });

  test('[[bin]] names, --bin and the install root under CARGO_HOME; names are Nix strings', () => {
    const toml = '[package]\nname = "pkg"\n\n[[bin]]\nname = "tool-${x}"\npath = "src/tool.rs"\n\n[[bin]]\nname = "other"\npath = "src/other.rs"\n';
    const { flake } = inContext('FROM debian:bookworm\nENV CARGO_HOME=/opt/cargo\nCOPY . /src\nWORKDIR /src\nRUN cargo install --path . --bin \'tool-${x}\'\nCMD ["/opt/cargo/bin/tool-${x}"]\n', { 'Cargo.toml': toml });
    expect(flake).toContain('Cmd = [ "${stage0Rust}/bin/tool-\\${x}" ];');
    const bare = inContext('FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["other"]\n', { 'Cargo.toml': toml, 'src/main.rs': 'fn main() {}\n' });
    expect(bare.flake).toContain('Cmd = [ "${stage0Rust}/bin/other" ];');
    expect(bare.failures).toEqual([]);
    // src/main.rs with [[bin]] targets: the package's own binary too.
    const main = inContext('FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["pkg"]\n', { 'Cargo.toml': toml, 'src/main.rs': 'fn main() {}\n' });
    expect(main.failures).toEqual([]);
    const noMain = inContext('FROM rust:1\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\nCMD ["pkg"]\n', { 'Cargo.toml': toml });
    expect(noMain.failures.map((failure) => failure.subject)).toEqual(['pkg']);
  });
});

describe('postgres', () => {
  test("PATH names the package's own bin, the Dockerfile's users are in /etc/passwd without USER, starting it is a note", () => {
    const { flake, failures, untranslated } = fixture('postgres-apt');
    expect(flake).toContain('pkgs.postgresql_15');
    expect(flake).toContain('"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:${pkgs.postgresql_15}/bin"');
    expect(flake).not.toMatch(/"PATH=[^"]*\/usr\/lib\/postgresql/);
    expect(flake).toContain('extraPasswdLines = [ "postgres:x:999:999::/var/lib/postgresql:/bin/sh" ];');
    expect(flake).toContain('extraGroupLines = [ "postgres:x:999:" "backup:x:1000:" ];');
    expect(flake).toContain('gid 1000 chosen for group backup');
    expect(flake).not.toMatch(/Entrypoint|"initdb"/);
    expect(untranslated.find((step) => step.line === 9)?.reason).toMatch(/^postgres refuses to run as root and needs a data directory made by initdb/);
    expect(failures).toEqual([]);
  });

  test("an image that starts postgres without a PATH gets Docker's default and the package's bin", () => {
    const { flake } = nixify(parseDockerfile('FROM postgres:16\nCMD ["postgres", "-c", "fsync=off"]\n', 'Dockerfile'));
    expect(flake).toContain('"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:${pkgs.postgresql_16}/bin"');
    expect(flake).toContain('postgres refuses to run as root');
  });

  test('an image that does not start postgres gets no PATH and no note', () => {
    for (const text of ['FROM debian:bookworm\nRUN apt-get install -y postgresql-client-15\nCMD ["psql"]\n', 'FROM node:22\nRUN apt-get install -y postgresql-15\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node", "server.js"]\n']) {
      const { flake } = nixify(parseDockerfile(text, 'Dockerfile'));
      expect(flake).not.toContain('PATH=');
      expect(flake).not.toContain('initdb');
    }
  });

  test('users the Dockerfile creates reach /etc/passwd with their words escaped; USER of one keeps its ids', () => {
    const { flake, failures } = nixify(parseDockerfile("FROM alpine:3.20\nRUN addgroup -S app && adduser -S -G app -h '/srv/${x}' -u 1001 app\nUSER app\nCMD [\"sh\"]\n", 'Dockerfile'));
    expect(flake).toContain('extraPasswdLines = [ "app:x:1001:999::/srv/\\${x}:/bin/sh" ];');
    expect(failures).toEqual([]);
  });
});

describe('the Maven jar', () => {
  test('COPY --from of target/*.jar as app.jar: installPhase installs it under that name, java -jar runs it with the JRE of contents', () => {
    const { flake, failures, untranslated } = fixture('maven-jar');
    expect(flake).toContain('buildMaven = pkgs.maven.buildMavenPackage {');
    expect(flake).toContain("installPhase = ''\n              mkdir -p $out/share/java\n              cp target/*.jar $out/share/java/app.jar\n            '';");
    expect(flake).toContain('"${pkgs.temurin-jre-bin-21}/bin/java"\n                "-jar"\n                "${buildMaven}/share/java/app.jar"');
    expect(flake).toMatch(/contents = \[ pkgs\.temurin-jre-bin-21 buildMaven \];/);
    expect(failures).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  test('a literal jar into a directory keeps its name; the names are shell-quoted in installPhase and Nix strings in Cmd', () => {
    const { flake, failures } = nixify(parseDockerfile('FROM maven:3 AS build\nWORKDIR /src\nCOPY . .\nRUN mvn package\n\nFROM eclipse-temurin:17-jre\nCOPY --from=build ["/src/target/my app-${v}.jar", "/opt/"]\nCMD ["java", "-jar", "/opt/my app-${v}.jar"]\n', 'Dockerfile'));
    expect(flake).toContain('cp target/my\\ app-\\$\\{v\\}.jar $out/share/java/my\\ app-\\$\\{v\\}.jar');
    expect(flake).toContain('"${buildMaven}/share/java/my app-\\${v}.jar"');
    expect(failures).toEqual([]);
  });

  test('assembly:single builds the jar; a shell-form java -jar runs the derivation\'s jar, spliced into the script where the shell AST has the word', () => {
    const { flake, untranslated, failures } = nixify(parseDockerfile('FROM maven:3 AS build\nWORKDIR /w\nCOPY . .\nRUN mvn clean compile assembly:single\nFROM eclipse-temurin:17-jre\nCOPY --from=build /w/target/app.jar /app.jar\nCMD java $JAVA_OPTS -jar /app.jar --port "8080"\n', 'Dockerfile'));
    expect(flake).toContain('cp target/app.jar $out/share/java/app.jar');
    expect(flake).toContain('Cmd = [\n                "/bin/sh"\n                "-c"\n                "java $JAVA_OPTS -jar ${buildMaven}/share/java/app.jar --port \\"8080\\""\n              ];');
    expect(untranslated).toEqual([]);
    expect(failures).toEqual([]);
  });

  test('sh -c in exec form, a quoted jar name with a space: the path is shell-quoted in the script, the check sees the script\'s programs', () => {
    const { flake, failures } = nixify(parseDockerfile('FROM maven:3 AS build\nRUN mvn package\nFROM eclipse-temurin:17-jre\nWORKDIR /srv\nCOPY --from=build ["/target/app.jar", "my app.jar"]\nENTRYPOINT ["sh", "-c", "exec java -jar \'my app.jar\' && gosu nobody true"]\n', 'Dockerfile'));
    expect(flake).toContain(`"exec java -jar \${buildMaven}'/share/java/my app.jar' && gosu nobody true"`);
    // gosu is a program of the script: the check pass sees it (and repairs it with its package).
    expect(flake).toContain('the command runs gosu, which the base image or a RUN step Nix does not replay provided: added pkgs.gosu');
    expect(failures).toEqual([]);
  });

  test('a jar the image does not have, run by java -jar in any form, fails the check pass', () => {
    for (const cmd of ['CMD ["java", "-jar", "other.jar"]', 'CMD java -jar other.jar', 'CMD ["sh", "-c", "java -jar other.jar"]']) {
      const { failures } = nixify(parseDockerfile(`FROM maven:3 AS build\nRUN mvn package\nFROM eclipse-temurin:17-jre\nWORKDIR /srv\nCOPY --from=build /target/app.jar app.jar\n${cmd}\n`, 'Dockerfile'));
      expect(failures.map((failure) => [failure.subject, failure.message]), cmd).toEqual([['/srv/other.jar', 'Cmd runs java -jar other.jar, which is not in the image: copy the jar from its build (a derivation\'s share/java) or the build context']]);
    }
  });

  test('a jar pattern into a directory cannot be named: the jars stay in share/java and the header says so', () => {
    const { flake, untranslated } = nixify(parseDockerfile('FROM maven:3 AS build\nRUN mvn package\nFROM eclipse-temurin:17-jre\nCOPY --from=build /target/*.jar /opt/\nCMD ["java", "-jar", "/opt/app.jar"]\n', 'Dockerfile'));
    expect(flake).toContain('cp target/*.jar $out/share/java/\n');
    expect(untranslated.map((step) => step.reason).join('\n')).toContain('files from stage build come from the buildMaven derivation');
  });
});

test.skipIf(nixMissing)('the fixtures\' flakes parse and evaluate against the stub nixpkgs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-builds-flakes-'));
  try {
    const files = FIXTURES.map((name) => {
      const file = path.join(dir, `${name}.nix`);
      fs.writeFileSync(file, fixture(name).flake);
      return file;
    });
    expect(parseNixFiles(files)).toEqual([]);
    expect(evaluateFlakes(files)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
