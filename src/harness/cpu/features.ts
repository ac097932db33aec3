/**
 * The CPU features that change the code a compiler emits or a program dispatches on: what a build
 * record states about its CPU for comparisons, and what separates groups of machines. Each has the
 * name GCC's `__builtin_cpu_supports` takes (what the probe asks CPUID) and the flag Linux prints in
 * /proc/cpuinfo; records use the latter, so the probe's and the kernel's lists compare directly.
 */
export const CODEGEN_FEATURES: readonly { builtin: string; flag: string }[] = [
  { builtin: 'sse3', flag: 'pni' },
  { builtin: 'ssse3', flag: 'ssse3' },
  { builtin: 'sse4.1', flag: 'sse4_1' },
  { builtin: 'sse4.2', flag: 'sse4_2' },
  { builtin: 'popcnt', flag: 'popcnt' },
  { builtin: 'aes', flag: 'aes' },
  { builtin: 'pclmul', flag: 'pclmulqdq' },
  { builtin: 'avx', flag: 'avx' },
  { builtin: 'f16c', flag: 'f16c' },
  { builtin: 'fma', flag: 'fma' },
  { builtin: 'bmi', flag: 'bmi1' },
  { builtin: 'bmi2', flag: 'bmi2' },
  { builtin: 'avx2', flag: 'avx2' },
  { builtin: 'avx512f', flag: 'avx512f' },
  { builtin: 'avx512cd', flag: 'avx512cd' },
  { builtin: 'avx512dq', flag: 'avx512dq' },
  { builtin: 'avx512bw', flag: 'avx512bw' },
  { builtin: 'avx512vl', flag: 'avx512vl' },
  { builtin: 'avx512vnni', flag: 'avx512_vnni' },
];

const CODEGEN_FLAGS = new Set(CODEGEN_FEATURES.map((feature) => feature.flag));

/** The code-generation features among a list of /proc/cpuinfo flags, in CODEGEN_FEATURES order. */
export function codegenFlags(flags: Iterable<string>): string[] {
  const present = new Set(flags);
  return CODEGEN_FEATURES.map((feature) => feature.flag).filter((flag) => present.has(flag));
}

export function isCodegenFlag(flag: string): boolean {
  return CODEGEN_FLAGS.has(flag);
}

/** The first processor's model name and flags in /proc/cpuinfo text (x86 layout). */
export function parseCpuinfo(text: string): { model?: string; flags: string[] } {
  const [first = ''] = text.split(/\n\s*\n/);
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(first)?.[1]?.trim();
  const model = field('model name');
  const flags = (field('flags') ?? '').split(/\s+/).filter((flag) => flag.length > 0);
  return { ...(model ? { model } : {}), flags };
}
