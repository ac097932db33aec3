import type { RuleMeta } from '../../findings/index.js';

/**
 * The rules behind the rebuild harness's difference findings: one per class of difference between
 * two builds of the same Dockerfile (the harness maps each class to its rule). They have no
 * `check`: the harness emits their findings. RA910–RA919 belong to its build-step findings.
 */
export const DIFFERENCE_RULES: readonly RuleMeta[] = [
  {
    id: 'RA901',
    name: 'build-time-in-image',
    summary: 'Two builds differ only in timestamps: a step records when it ran (file times, dates in files or config).',
    severity: 'warning',
    tags: ['rebuild', 'time', 'source-date-epoch'],
    precision: 'high',
    producer: 'rebuild',
    docs: {
      why:
        'A step that writes the current date into a file, leaves files with the build\'s modification times, or a gzip ' +
        'that stores its compression time makes every build a different image, even from identical inputs. Digests ' +
        'never match, caches and signatures cannot be reused, and nobody can verify the image by rebuilding it.',
      failing: 'FROM debian:12.7-slim\nRUN date > /built-at\nRUN gzip -k /usr/share/doc/app/changelog',
      passing:
        'FROM debian:12.7-slim\nARG SOURCE_DATE_EPOCH\nRUN date -u -d "@${SOURCE_DATE_EPOCH}" > /built-at\nRUN gzip -n -k /usr/share/doc/app/changelog',
      fix:
        'Take every time from `SOURCE_DATE_EPOCH` (declare `ARG SOURCE_DATE_EPOCH` in the stage and pass ' +
        '`--build-arg SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`); use `gzip -n`, `tar --mtime=@$SOURCE_DATE_EPOCH`, ' +
        'and with BuildKit set `rewrite-timestamp=true` on the image exporter so file times are clamped too.',
      nix:
        'Nix builds run with `SOURCE_DATE_EPOCH` fixed and store paths have their times reset to 1; ' +
        '`dockerTools.buildLayeredImage` writes layers with fixed times and `created = "1970-01-01T00:00:01Z"`.',
    },
  },
  {
    id: 'RA902',
    name: 'cpu-dependent-build',
    summary: 'Machine code differs between builds on CPUs with different features: the build targets the build machine.',
    severity: 'error',
    tags: ['rebuild', 'cpu', 'march-native', 'portability'],
    precision: 'high',
    producer: 'rebuild',
    docs: {
      why:
        'A compiler flag like `-march=native`, `RUSTFLAGS=-C target-cpu=native` or a build script that probes CPUID ' +
        'produces code for whatever CPU ran the build. The image then differs by build machine, and one built on a ' +
        'machine with AVX2 dies with SIGILL ("Illegal instruction", exit 132) on an older server.',
      failing: 'FROM gcc:13.2\nCOPY app.c /src/\nRUN gcc -O2 -march=native -o /usr/local/bin/app /src/app.c',
      passing: 'FROM gcc:13.2\nCOPY app.c /src/\nRUN gcc -O2 -march=x86-64-v2 -o /usr/local/bin/app /src/app.c',
      fix:
        'Name the target instead of asking the machine: `-march=x86-64-v2` (or `-v3` if every server has AVX2), ' +
        '`-C target-cpu=x86-64-v2`, and turn off CPU autodetection in build systems (e.g. `-DPORTABLE=ON`, ' +
        '`--disable-native`). For code that benefits from AVX, use runtime dispatch (function multiversioning).',
      nix:
        'nixpkgs builds for a fixed `hostPlatform` and never passes `-march=native`; to target newer CPUs set ' +
        '`nixpkgs.hostPlatform.gcc.arch = "x86-64-v3"` explicitly, which makes the choice part of the derivation.',
    },
  },
  {
    id: 'RA903',
    name: 'nondeterministic-content',
    summary: 'File contents differ between two builds of the same Dockerfile for reasons other than time or CPU.',
    severity: 'warning',
    tags: ['rebuild', 'content', 'determinism'],
    precision: 'high',
    producer: 'rebuild',
    docs: {
      why:
        'Something the step reads is not pinned or not deterministic: a download of a moving version, a package index ' +
        'fetched at build time, random or unordered output (hash maps, directory order, parallel builds), the build ' +
        'path, locale or time zone embedded in output. Two builds then ship different files.',
      failing: 'FROM python:3.12-slim\nRUN pip install requests\nRUN python -c "import uuid; print(uuid.uuid4())" > /id',
      passing:
        'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --require-hashes -r requirements.txt\nRUN echo "app" > /id',
      fix:
        'Read the unified diff in the finding: pin what is downloaded (versions with hashes, image digests), sort ' +
        'anything listed from the filesystem, seed or remove randomness, set `LC_ALL=C` and `TZ=UTC`, and build with ' +
        'fixed parallelism where the tool\'s output depends on it.',
      nix:
        'Nix fetches every input by hash and builds in a sandbox with fixed paths, locale and time; ' +
        '`nix build --rebuild` checks that a derivation builds bit for bit the same.',
    },
  },
  {
    id: 'RA904',
    name: 'nondeterministic-permissions',
    summary: 'File mode, owner or extended attributes differ between two builds of the same Dockerfile.',
    severity: 'warning',
    tags: ['rebuild', 'permissions', 'determinism'],
    precision: 'high',
    producer: 'rebuild',
    docs: {
      why:
        'Files copied from the build context keep the permissions of the checkout (which depend on the umask and on ' +
        'the VCS client), and tools that create users pick free uids. The image differs by build machine, and code ' +
        'that relies on a file being executable or owned by a user works on one build and not the other.',
      failing: 'FROM debian:12.7-slim\nRUN useradd app\nCOPY entrypoint.sh /usr/local/bin/',
      passing:
        'FROM debian:12.7-slim\nRUN useradd --uid 10001 app\nCOPY --chmod=0755 --chown=10001:10001 entrypoint.sh /usr/local/bin/',
      fix: 'Set modes and owners explicitly: `COPY --chmod=... --chown=...`, fixed uids/gids for `useradd`/`groupadd`, `chmod` in the step.',
      nix: 'Store paths are read-only and owned by root; `dockerTools` images set ownership explicitly (`fakeRootCommands`).',
    },
  },
  {
    id: 'RA905',
    name: 'nondeterministic-file-set',
    summary: 'One build has files the other does not: a step\'s output depends on something outside the Dockerfile.',
    severity: 'warning',
    tags: ['rebuild', 'file-set', 'determinism'],
    precision: 'high',
    producer: 'rebuild',
    docs: {
      why:
        'Files named after the time, the host, a random id or a process id, caches written as a side effect, or ' +
        'packages resolved at build time make the set of files itself vary between builds.',
      failing: 'FROM debian:12.7-slim\nRUN mktemp -d /opt/cache.XXXXXX && apt-get update',
      passing: 'FROM debian:12.7-slim\nRUN mkdir /opt/cache && apt-get update && rm -rf /var/lib/apt/lists/*',
      fix: 'Use fixed names, remove caches and temporary files in the same step that creates them, and pin what is installed.',
      nix: 'A derivation\'s output only holds what its build writes into `$out` in a sandbox; caches and temp files stay outside it.',
    },
  },
  {
    id: 'RA906',
    name: 'nondeterministic-config',
    summary: 'The image config (env, labels, entrypoint, user, ...) differs between two builds of the same Dockerfile.',
    severity: 'warning',
    tags: ['rebuild', 'config', 'determinism'],
    precision: 'high',
    producer: 'rebuild',
    docs: {
      why:
        'A label or environment variable filled from a build argument, the host or the time (`LABEL build-host=$HOSTNAME`, ' +
        '`ENV BUILD_ID=...`) makes the config, and so the image digest, differ on every build.',
      failing: 'FROM debian:12.7-slim\nARG BUILD_ID\nLABEL build-id=$BUILD_ID',
      passing: 'FROM debian:12.7-slim\nARG GIT_COMMIT\nLABEL org.opencontainers.image.revision=$GIT_COMMIT',
      fix: 'Derive config values from the sources (commit, version) rather than from the build machine or the build run.',
      nix: '`dockerTools.buildImage { config = { ... }; }` holds the config as a value of the derivation.',
    },
  },
];
