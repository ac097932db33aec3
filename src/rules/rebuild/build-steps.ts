import type { RuleMeta } from '../../findings/index.js';

/**
 * Rules the rebuild harness reports about the builds themselves (not about file differences,
 * which the attribution reports). They have no `check`: the harness emits their findings.
 */
export const STEP_FAILS_IN_ONE_LEG: RuleMeta = {
  id: 'RA910',
  name: 'step-fails-in-one-leg',
  summary: 'A build step succeeds in one rebuild leg and fails in the other',
  severity: 'error',
  tags: ['rebuild', 'cpu', 'portability'],
  precision: 'very-high',
  producer: 'rebuild',
  docs: {
    why:
      'The same Dockerfile built twice failed in one leg only, so whether it builds depends on the machine it runs on. ' +
      'A death by SIGILL ("Illegal instruction"; exit code 132 from a shell that forked the program) in the no-AVX leg means a ' +
      'program used instructions the CPU lacks: a binary built with `-march=native`, a prebuilt wheel or tool compiled for ' +
      'AVX/AVX2. Such images build on a new laptop and fail on an older CI runner or server. The finding names the signal and ' +
      'the CPU features the failing leg lacked, however the engine reported the death (QEMU, buildah or Docker).',
    failing: [
      'FROM debian:bookworm',
      'RUN gcc -O2 -march=native -o /usr/local/bin/tool tool.c && /usr/local/bin/tool --selftest',
    ].join('\n'),
    passing: [
      'FROM debian:bookworm',
      'RUN gcc -O2 -march=x86-64-v2 -o /usr/local/bin/tool tool.c && /usr/local/bin/tool --selftest',
    ].join('\n'),
    fix:
      'Compile for a fixed, documented baseline (`-march=x86-64` or `-march=x86-64-v2`, Rust `-C target-cpu=x86-64-v2`) instead of `native`, ' +
      'and pick prebuilt artifacts for that baseline (or with runtime CPU dispatch). For other exit codes, read the step output in the finding.',
    nix: 'Nix builds with a fixed `-march` per platform (`hostPlatform.gcc.arch`) and never with `native`, so derivations do not depend on the build machine\'s CPU.',
  },
};

export const VARIATION_NOT_IN_EFFECT: RuleMeta = {
  id: 'RA911',
  name: 'variation-not-in-effect',
  summary: 'The probe inside a rebuild leg did not see the intended CPU features or settings',
  severity: 'error',
  tags: ['rebuild', 'harness'],
  precision: 'very-high',
  producer: 'rebuild',
  docs: {
    why:
      'The harness runs a probe as the first step of every stage to prove each leg had the CPU features (CPUID), CPU count and ' +
      'build args it was meant to have. When the probe fails or sees something else, the comparison did not test that axis, ' +
      'and the result must not be read as "reproducible".',
    failing: 'FROM debian:bookworm\nENV TZ=UTC\nRUN date',
    passing: 'FROM debian:bookworm\nRUN date',
    fix:
      'Read the message: a base image `ENV` that pins the variable (then the axis cannot vary, and need not), a CPU model QEMU does ' +
      'not emulate, or a sandbox that could not start. Fix the environment and rebuild.',
  },
};

export const BUILD_FAILS_IN_BOTH_LEGS: RuleMeta = {
  id: 'RA912',
  name: 'build-fails-in-both-legs',
  summary: 'The Dockerfile failed to build in both rebuild legs, so nothing could be compared',
  severity: 'error',
  tags: ['rebuild'],
  precision: 'very-high',
  producer: 'rebuild',
  docs: {
    why:
      'The harness builds without cache, without pulling and (when asked) without network. A step that fails in both legs fails for ' +
      'a reason unrelated to the varied axes: a network download under `--network none`, a base image missing locally, or a plain error.',
    failing: 'FROM debian:bookworm\nRUN curl -fsSL https://example.com/install.sh | sh',
    passing: 'FROM debian:bookworm\nCOPY install.sh /tmp/install.sh\nRUN sh /tmp/install.sh',
    fix: 'Read the failing step and its output in the finding; make it build offline from the context, or rebuild with `--network default`.',
  },
};

export const LEG_TIMED_OUT: RuleMeta = {
  id: 'RA913',
  name: 'rebuild-leg-timed-out',
  summary: 'A rebuild leg did not finish within the time limit',
  severity: 'error',
  tags: ['rebuild', 'harness'],
  precision: 'high',
  producer: 'rebuild',
  docs: {
    why:
      'A leg that never finishes cannot be compared. Under CPU emulation builds run several times slower than natively; a step that ' +
      'hangs in one leg only (waiting on the network, spinning on a CPU feature check) is itself a reproducibility problem.',
    failing: 'FROM debian:bookworm\nRUN until curl -fs http://artifacts.internal/ready; do sleep 5; done',
    passing: 'FROM debian:bookworm\nCOPY artifacts/ /opt/artifacts/',
    fix: 'Raise `--timeout` for slow emulated builds, or make the step independent of the machine and network.',
  },
};

export const BUILD_STEP_RULES: readonly RuleMeta[] = [STEP_FAILS_IN_ONE_LEG, VARIATION_NOT_IN_EFFECT, BUILD_FAILS_IN_BOTH_LEGS, LEG_TIMED_OUT];
