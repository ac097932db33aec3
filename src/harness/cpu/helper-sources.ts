/**
 * C sources of the two helpers the CPU builder compiles (gcc -static) on first use. Kept as strings
 * so the bundled CLI carries them; each is small enough to audit at a glance.
 */
import { CODEGEN_FEATURES } from './features.js';

/**
 * Registered as the binfmt_misc interpreter (flags `PF`) for x86-64 ELF inside the builder's user
 * namespace. The kernel calls it as `wrapper <path> <argv0> <args...>`; it re-executes the program
 * under QEMU user-mode with the CPU model baked in at compile time. The model cannot come from the
 * environment: build steps scrub it, and QEMU would silently fall back to `max`.
 * QEMU is looked up first where the builder bind-mounts it inside the build's root, then at its host
 * path (for programs the builder runs outside the chroot).
 */
export const QEMU_WRAPPER_SOURCE = String.raw`
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fputs("repro-audit qemu wrapper: expected binfmt_misc arguments <path> <argv0> ...\n", stderr);
    return 127;
  }
  const char *qemu = IN_BUILD_QEMU;
  if (access(qemu, X_OK) != 0) qemu = HOST_QEMU;
  char *args[argc + 8];
  int n = 0;
  args[n++] = (char *)qemu;
  args[n++] = "-cpu";
  args[n++] = CPU_MODEL;
  args[n++] = "-0";
  args[n++] = argv[2];
  args[n++] = argv[1];
  for (int i = 3; i < argc; i++) args[n++] = argv[i];
  args[n] = NULL;
  execv(qemu, args);
  perror("repro-audit qemu wrapper: cannot execute qemu");
  return 127;
}
`;

/**
 * Run as the first step of every stage of a CPU-varied leg. CPUID is what programs consult
 * (gcc -march=native, runtime dispatch), so it is what must be proven; /proc/cpuinfo is the host's
 * even under QEMU. It also lists the code-generation features CPUID shows (`cpu.flags`, named as
 * /proc/cpuinfo names them, for the build record) and what else a build step can see of the leg's
 * variations.
 *
 * For the time axis it holds the steps after it back: when the harness mounts a time (ms since the
 * epoch) at NOT_BEFORE_PATH, it sleeps until the clock has passed it and says how long it waited,
 * so that the builder starts while the leg waits for its clock and no Dockerfile step runs early.
 */
export const PROBE_SOURCE = String.raw`
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long now_ms(void) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return now.tv_sec * 1000LL + now.tv_nsec / 1000000;
}

static void wait_for_clock(void) {
  FILE *file = fopen(NOT_BEFORE_PATH, "r");
  if (!file) return;
  long long not_before = 0;
  int fields = fscanf(file, "%lld", &not_before);
  fclose(file);
  if (fields != 1) {
    printf("repro-audit-probe: clock.waited_ms=unreadable\n");
    return;
  }
  long long started = now_ms();
  for (long long left = not_before - started; left > 0; left = not_before - now_ms()) {
    struct timespec pause = { left / 1000, (left % 1000) * 1000000 };
    nanosleep(&pause, NULL);
  }
  printf("repro-audit-probe: clock.waited_ms=%lld\n", now_ms() - started);
}

static void env(const char *name) {
  const char *value = getenv(name);
  printf("repro-audit-probe: env.%s=%s\n", name, value ? value : "");
}

int main(void) {
  wait_for_clock();
  __builtin_cpu_init();
  printf("repro-audit-probe: cpu.avx=%d\n", __builtin_cpu_supports("avx") ? 1 : 0);
  printf("repro-audit-probe: cpu.avx2=%d\n", __builtin_cpu_supports("avx2") ? 1 : 0);
  printf("repro-audit-probe: cpu.sse4.2=%d\n", __builtin_cpu_supports("sse4.2") ? 1 : 0);
  printf("repro-audit-probe: cpu.flags=");
${CODEGEN_FEATURES.map((feature) => `  if (__builtin_cpu_supports("${feature.builtin}")) printf(" ${feature.flag}");`).join('\n')}
  printf("\n");
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) printf("repro-audit-probe: cpus=%d\n", CPU_COUNT(&set));
  env("SOURCE_DATE_EPOCH");
  env("TZ");
  env("LANG");
  env("LC_ALL");
  printf("repro-audit-probe: done\n");
  return 0;
}
`;
