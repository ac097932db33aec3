// `repro-audit nixify` through dist/cli.js on Dockerfiles with their build contexts: what the image
// keeps when the final stage builds with its own toolchain, the derivations' names, shell-form
// `java -jar` of a Maven jar, pnpm workspace builds. Every flake parses and evaluates against the
// stub nixpkgs, which rejects a derivation name Nix would not accept as a store path name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runBundledCli } from '../support/bundle.js';
import { evaluateFlakes, parseNixFiles, requireNix } from '../support/nix.js';

const nixMissing = requireNix();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-bundle-'));
const written: string[] = [];
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** `node dist/cli.js nixify Dockerfile` in a build context of `files`; the flake is kept for the evaluation at the end. */
function nixify(name: string, dockerfile: string, files: Record<string, string> = {}) {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries({ Dockerfile: dockerfile, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const run = runBundledCli(['nixify', 'Dockerfile', '-o', 'flake.nix'], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  written.push(path.join(dir, 'flake.nix'));
  return { flake: fs.readFileSync(path.join(dir, 'flake.nix'), 'utf8'), stderr: run.stderr };
}

const contentsOf = (flake: string) => /contents = \[([^\]]*)\]/.exec(flake)?.[1]?.trim().split(/\s+/) ?? [];
const devShellOf = (flake: string) => /mkShell \{\s*packages = \[([^\]]*)\]/.exec(flake)?.[1]?.trim().split(/\s+/) ?? [];
const CARGO = { 'Cargo.toml': '[package]\nname = "myapp"\nversion = "0.1.0"\n', 'Cargo.lock': '# stand-in\n', 'src/main.rs': 'fn main() {}\n' };

describe('the toolchain of a final stage that builds the program is the build\'s, not the image\'s', () => {
  test('FROM rust with cargo install --path .: the image holds the derivation, rustc and cargo are in the dev shell', () => {
    const { flake, stderr } = nixify('rust-final', 'FROM rust:1.80\nWORKDIR /usr/src/myapp\nCOPY . .\nRUN cargo install --path .\nCMD ["myapp"]\n', CARGO);
    expect(contentsOf(flake)).toEqual(['stage0Rust', 'appFiles']);
    expect(devShellOf(flake)).toEqual(['pkgs.cargo', 'pkgs.rustc']);
    expect(flake).toContain('Cmd = [ "${stage0Rust}/bin/myapp" ];');
    expect(flake).toContain('#   Dockerfile:1  pkgs.cargo pkgs.rustc: the toolchain that builds stage0Rust (its builder brings it; in the dev shell), not in the image, which runs the build\'s output');
    expect(stderr).toBe('wrote flake.nix\n');
  });

  test('a command that runs the toolchain keeps all of it in the image', () => {
    for (const cmd of ['CMD ["cargo", "run", "--release"]', 'CMD cargo run --release', 'ENTRYPOINT ["rustc", "--version"]']) {
      const { flake } = nixify(`rust-runs-${written.length}`, `FROM rust:1.80\nWORKDIR /src\nCOPY . .\nRUN cargo install --path .\n${cmd}\n`, CARGO);
      expect(contentsOf(flake), cmd).toEqual(expect.arrayContaining(['pkgs.cargo', 'pkgs.rustc', 'stage0Rust']));
      expect(flake).not.toContain('the toolchain that builds');
    }
  });

  test('cargo from apt in a Debian final stage goes the same way; what the image runs stays', () => {
    const { flake } = nixify('rust-apt', 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y cargo curl\nWORKDIR /src\nCOPY . .\nRUN cargo install --path . --root /usr/local\nCMD ["/usr/local/bin/myapp"]\n', CARGO);
    expect(contentsOf(flake)).not.toContain('pkgs.cargo');
    expect(contentsOf(flake)).toEqual(expect.arrayContaining(['pkgs.curl', 'stage0Rust']));
    expect(flake).toContain('Cmd = [ "${stage0Rust}/bin/myapp" ];');
  });
});

describe('pname is the project\'s name', () => {
  test('Cargo.toml\'s [package] name, read where cargo install --path points', () => {
    const { flake } = nixify('pname-cargo', 'FROM rust:1 AS build\nWORKDIR /w\nCOPY . .\nRUN cargo install --path crates/server --root /out\nFROM debian:bookworm-slim\nCOPY --from=build /out/bin/api /usr/bin/api\nCMD ["api"]\n', {
      'crates/server/Cargo.toml': '[package]\nname = "api-server"\n\n[[bin]]\nname = "api"\npath = "src/api.rs"\n',
    });
    expect(flake).toContain('pname = "api-server";');
  });

  test('go.mod\'s module path, its last element that is not a major version', () => {
    const { flake } = nixify('pname-go', 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app ./cmd/server\nFROM alpine:3.20\nCOPY --from=build /bin/app /app\nENTRYPOINT ["/app"]\n', {
      'go.mod': '// the module\nmodule "github.com/acme/widget/v2" // v2\n\ngo 1.26\n',
    });
    expect(flake).toContain('pname = "widget";');
  });

  test('pom.xml\'s artifactId, the project\'s and not its parent\'s, read with an XML parser', () => {
    const pom = '<?xml version="1.0"?>\n<!-- <artifactId>commented</artifactId> -->\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <parent>\n    <artifactId>spring-boot-starter-parent</artifactId>\n  </parent>\n  <artifactId>\n    order-service\n  </artifactId>\n</project>\n';
    const { flake } = nixify('pname-maven', 'FROM maven:3 AS build\nWORKDIR /w\nCOPY pom.xml .\nCOPY src src\nRUN mvn -B package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /w/target/*.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n', { 'pom.xml': pom });
    expect(flake).toContain('pname = "order-service";');
    const property = nixify('pname-maven-property', 'FROM maven:3 AS build\nWORKDIR /w\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /w/target/*.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n', { 'pom.xml': '<project><artifactId>${app.name}</artifactId></project>\n' });
    expect(property.flake).toContain('pname = "build";');
  });

  test('package.json\'s name without its scope; without a manifest the binary\'s name, then the stage\'s', () => {
    const npm = nixify('pname-npm', 'FROM node:22 AS web\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=web /app/dist /usr/share/nginx/html\n', { 'package.json': '{ "name": "@acme/shop-ui", "version": "1.0.0" }\n' });
    expect(npm.flake).toContain('pname = "shop-ui";');
    const binary = nixify('pname-binary', 'FROM golang:1.26 AS build\nRUN go build -o /out/tool .\nFROM alpine:3.20\nCOPY --from=build /out/tool /tool\nENTRYPOINT ["/tool"]\n');
    expect(binary.flake).toContain('pname = "tool";');
    const stage = nixify('pname-stage', 'FROM node:22 AS assets\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=assets /dist /usr/share/nginx/html\n');
    expect(stage.flake).toContain('pname = "assets";');
  });

  test('a name Nix would not accept as a store path name is made one; what is left is an escaped Nix string', () => {
    const { flake } = nixify('pname-hostile', 'FROM rust:1 AS build\nWORKDIR /w\nCOPY . .\nRUN cargo build --release\nFROM debian:bookworm-slim\nCOPY --from=build /w/target/release/app /app\nCMD ["/app"]\n', {
      'Cargo.toml': '[package]\nname = ".my app\\"${builtins.readFile /etc/passwd}"\n',
    });
    expect(flake).toContain('pname = "my-app-builtins.readFile-etc-passwd";');
  });
});

describe('shell-form java -jar runs the Maven derivation\'s jar', () => {
  const BUILD = 'FROM maven:3 AS build\nWORKDIR /w\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin:21-jre\nWORKDIR /opt/app\nCOPY --from=build /w/target/*.jar app.jar\n';

  test('CMD in shell form and ENTRYPOINT ["sh", "-c", ...]: the jar word becomes the derivation\'s file, the rest of the script is kept', () => {
    const shell = nixify('jar-shell', `${BUILD}CMD java $JAVA_OPTS -jar /opt/app/app.jar\n`, { 'pom.xml': '<project/>\n' });
    expect(shell.flake).toContain('"java $JAVA_OPTS -jar ${buildMaven}/share/java/app.jar"');
    expect(shell.stderr).toBe('wrote flake.nix\n');
    const exec = nixify('jar-sh-c', `${BUILD}ENTRYPOINT ["sh", "-c", "exec java -Xmx512m -jar app.jar \\"$@\\"", "--"]\n`);
    expect(exec.flake).toContain('"exec java -Xmx512m -jar ${buildMaven}/share/java/app.jar \\"$@\\""');
    expect(exec.stderr).toBe('wrote flake.nix\n');
  });

  test('java after a wrapper runs the derivation\'s jar too; a literal jar name gives pname its artifactId', () => {
    const { flake, stderr } = nixify('jar-tini', 'FROM maven:3 AS build\nWORKDIR /w\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin:21-jre\nRUN apt-get install -y tini\nCOPY --from=build /w/target/petclinic-3.1.0-SNAPSHOT.jar /app.jar\nENTRYPOINT ["tini", "--", "java", "-jar", "/app.jar"]\n');
    expect(flake).toContain('"${buildMaven}/share/java/app.jar"');
    expect(flake).toContain('pname = "petclinic";');
    expect(stderr).toBe('wrote flake.nix\n');
  });

  test('a jar the image does not have fails the check pass and is listed with its line', () => {
    const { flake, stderr } = nixify('jar-missing', `${BUILD}CMD java -jar /opt/other.jar\n`);
    expect(flake).toContain('#   Dockerfile:8  CMD java -jar /opt/other.jar\n#       Cmd runs java -jar /opt/other.jar, which is not in the image');
    expect(stderr).toContain('line 8: Cmd runs java -jar /opt/other.jar, which is not in the image');
  });
});

describe('what the check pass sees in commands', () => {
  test('a program relative to WorkingDir is the build output COPY put there', () => {
    const { flake, stderr } = nixify('relative-program', 'FROM golang:1.26 AS builder\nWORKDIR /usr/src/app/\nCOPY . .\nRUN CGO_ENABLED=0 go build -o checkout main.go\nFROM gcr.io/distroless/static-debian12\nWORKDIR /usr/src/app/\nCOPY --from=builder /usr/src/app/checkout ./\nENTRYPOINT [ "./checkout" ]\n');
    expect(flake).toContain('Entrypoint = [ "${builderGo}/bin/checkout" ];');
    expect(stderr).toBe('wrote flake.nix\n');
  });

  test('the programs of an exec-form sh -c script are checked, and repaired with their package (env: coreutils)', () => {
    const { flake, stderr } = nixify('sh-c-programs', 'FROM bash:5.2\nCMD ["bash", "-c", "env && my-tool --serve"]\n');
    expect(flake).toContain('the command runs env, which the base image or a RUN step Nix does not replay provided: added pkgs.coreutils');
    expect(stderr).toContain('line 2: Cmd runs my-tool, which nothing in the image provides');
  });
});

describe('pnpm workspace builds', () => {
  const pnpmBuild = (name: string, run: string) =>
    nixify(name, `FROM node:22 AS build\nRUN npm install -g pnpm@10\nWORKDIR /app\nCOPY . .\nRUN pnpm install --frozen-lockfile\nRUN ${run}\nFROM nginx:1.27\nCOPY --from=build /app/apps/web/dist /usr/share/nginx/html\n`, {
      'package.json': '{ "name": "monorepo", "private": true }\n',
      'pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
    });

  test('--filter NAME build, --filter=NAME run build, -F NAME exec ...: pnpmWorkspaces, pname, and the command as buildPhase', () => {
    for (const [run, command] of [
      ['pnpm --filter @acme/web build', 'pnpm --filter @acme/web build'],
      ['pnpm --filter=@acme/web run build', 'pnpm --filter=@acme/web run build'],
      ['pnpm -F @acme/web exec vite build --mode "production site"', "pnpm -F @acme/web exec vite build --mode 'production site'"],
    ]) {
      const { flake, stderr } = pnpmBuild(`pnpm-${written.length}`, run!);
      expect(flake, run).toContain('buildPnpm = pkgs.stdenv.mkDerivation {\n            pname = "web";');
      expect(flake.match(/pnpmWorkspaces = \[ "@acme\/web" \];/g), run).toHaveLength(2);
      expect(flake, run).toContain(`buildPhase = ''\n              runHook preBuild\n              ${command}\n              runHook postBuild\n            '';`);
      expect(stderr, run).toContain("nixpkgs' pnpm hooks install nothing: write an installPhase");
    }
  });

  test('a filter that is not a package name is not guessed: listed, and the root package.json names the derivation', () => {
    const { flake, stderr } = pnpmBuild('pnpm-path-filter', 'pnpm --filter "./apps/web..." build');
    expect(flake).not.toContain('pnpmWorkspaces = ');
    expect(flake).toContain('pname = "monorepo";');
    expect(stderr).toContain('line 6: pnpm --filter ./apps/web...: not a workspace package name; set pnpmWorkspaces (names of workspace packages) by hand');
  });

  test('installing or fetching alone is not a build', () => {
    const { flake } = pnpmBuild('pnpm-not-build', 'pnpm --filter web install');
    expect(flake).not.toContain('buildPnpm');
  });
});

test.skipIf(nixMissing)('every flake written above parses and evaluates against the stub nixpkgs', () => {
  expect(written.length).toBeGreaterThan(10);
  expect(parseNixFiles(written)).toEqual([]);
  expect(evaluateFlakes(written)).toEqual([]);
});
