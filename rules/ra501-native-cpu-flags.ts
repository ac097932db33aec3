import { defineRule, instructionsWithTriggers, nixForNativeCpu, type Instruction, type ShellUnit, type Span } from '../src/rules/kit.js';

/**
 * Flags that make the compiler (or a build system) target the CPU of the build machine. Matched
 * against single tokens of word values, never against RUN text. `effect` is what the flag does
 * to the output; `fixed` names the flag (or setting) that takes its place.
 */
const ILLEGAL_INSTRUCTION = 'the output differs between build machines, and a binary built on a CPU with AVX2 dies with "Illegal instruction" on one without';
const NATIVE_FLAGS: { pattern: RegExp; what: string; effect: string; fixed: string }[] = [
  { pattern: /^-m(arch|cpu)=native$/, what: 'targets the CPU of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-march=x86-64-v2`' },
  {
    pattern: /^-mtune=native$/,
    what: 'tunes the code for the CPU of the build machine',
    effect: 'the output differs between build machines (it still runs on any CPU of the architecture: `-mtune` does not change the instruction set)',
    fixed: '`-mtune=generic`, or no `-mtune` at all',
  },
  { pattern: /^(-C)?target-cpu=native$/, what: 'makes rustc target the CPU of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-C target-cpu=x86-64-v2`' },
  { pattern: /^-Ctarget-cpu=native$/, what: 'makes rustc target the CPU of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-C target-cpu=x86-64-v2`' },
  { pattern: /^-x[Hh]ost$/, what: 'makes the Intel compiler target the CPU of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-march=x86-64-v2`' },
  { pattern: /^-march=host$/, what: 'targets the CPU of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-march=x86-64-v2`' },
  { pattern: /^-D(GGML|LLAMA|WHISPER)_NATIVE=(ON|1|TRUE)$/i, what: 'makes the build detect the CPU of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-DGGML_NATIVE=OFF` with the CPU features named' },
  { pattern: /^-D(PORTABLE)=(OFF|0|FALSE)$/i, what: 'makes the build use the CPU features of the build machine', effect: ILLEGAL_INSTRUCTION, fixed: '`-DPORTABLE=ON`' },
];

/** Tokens of a value (flags are often grouped: `CFLAGS="-O3 -march=native"`). */
function tokens(value: string): { token: string; offset: number }[] {
  const found: { token: string; offset: number }[] = [];
  const pattern = /[^\s"'=]+(?:=[^\s"']+)?|[^\s"']+/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) found.push({ token: match[0], offset: match.index });
  return found;
}

export default defineRule({
  id: 'RA501',
  shell: true,
  name: 'native-cpu-flags',
  summary: 'Build tuned to the build machine\'s CPU (-march=native, target-cpu=native)',
  severity: 'error',
  tags: ['cpu', 'compiler', 'avx', 'portability'],
  precision: 'very-high',
  docs: {
    why: [
      '`-march=native` (and `-mcpu=native`, Rust\'s `-C target-cpu=native`, `-xHost`, llama.cpp\'s',
      '`GGML_NATIVE`) makes the compiler use every instruction the build machine\'s CPU has. The binary then',
      'differs from one build machine to the next, and one built on an AVX2 laptop dies with "Illegal',
      'instruction" (exit 132) on a server without AVX2. `-mtune=native` only tunes the code for that CPU:',
      'the binary runs anywhere, but still differs between build machines. `repro-audit rebuild --vary cpu` shows it.',
    ].join(' '),
    failing: 'FROM gcc:14\nRUN gcc -O3 -march=native -o /usr/local/bin/app app.c\n',
    passing: 'FROM gcc:14\nRUN gcc -O3 -march=x86-64-v2 -o /usr/local/bin/app app.c\n',
    fix: 'Name the target explicitly: `-march=x86-64-v2` (or `-v3` if every machine that runs the image has AVX2), `-mtune=generic`, Rust `-C target-cpu=x86-64-v2`; or build for the baseline and dispatch at run time (function multi-versioning).',
    nix: 'Nix builds for a declared platform, never for the builder\'s CPU: nixpkgs compiles for the baseline of `hostPlatform` and its compiler wrapper drops `-march=native`, `-mtune=native` and `-mcpu=native`; a deliberate target is set with the platform\'s `gcc.arch` (e.g. `"x86-64-v2"`) for C and C++, and with `env.RUSTFLAGS = "-C target-cpu=x86-64-v2"` in `rustPlatform.buildRustPackage` for Rust. Either choice changes the derivation hashes.',
  },
  check({ model, units, report }) {
    /** `valueStart`: where `value` starts in the file when it is verbatim source text, else the token falls back to `span`. */
    const flag = (instruction: Instruction | undefined, unit: ShellUnit | undefined, value: string, span: Span, valueStart: number | undefined) => {
      for (const { token, offset } of tokens(value)) {
        const match = NATIVE_FLAGS.find((candidate) => candidate.pattern.test(token));
        if (!match) continue;
        const tokenSpan = valueStart === undefined ? span : { start: valueStart + offset, end: valueStart + offset + token.length };
        report({
          region: (unit ?? model).positions.regionOf(tokenSpan),
          instruction,
          unit,
          message: `\`${token}\` ${match.what}: ${match.effect}. Name a fixed target instead: ${match.fixed}.`,
          nix: nixForNativeCpu(token),
        });
      }
    };
    for (const instruction of instructionsWithTriggers(model)) {
      // ENV CFLAGS="-march=native" / ARG RUSTFLAGS=...: every later RUN compiles with it.
      if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
        for (const arg of instruction.args) flag(instruction, undefined, arg.raw, arg.span, arg.span.start);
      }
    }
    for (const unit of units) {
      for (const command of unit.script.commands) {
        for (const word of command.words) {
          // A flag counts as a whole word, or inside a `KEY=value` word (`CFLAGS=...`, `-DCMAKE_C_FLAGS=...`);
          // `echo "never use -march=native"` is prose, not a build setting.
          const value = word.value ?? word.raw;
          const setting = /^-{0,2}[A-Za-z_][\w.-]*=/.exec(value);
          const scanned = NATIVE_FLAGS.some((candidate) => candidate.pattern.test(value)) ? value : setting ? value.slice(setting[0].length) : undefined;
          if (scanned === undefined) continue;
          const skip = value.length - scanned.length;
          const verbatim = word.raw === value ? word.span.start : word.raw.slice(1, -1) === value ? word.span.start + 1 : undefined;
          flag(unit.instruction, unit, scanned, word.span, verbatim === undefined ? undefined : verbatim + skip);
        }
        for (const assignment of command.assignments) {
          if (!assignment.value) continue;
          const raw = assignment.valueSpan ? unit.text.slice(assignment.valueSpan.start, assignment.valueSpan.end) : undefined;
          const verbatim = !assignment.valueSpan || raw === undefined ? undefined : raw === assignment.value ? assignment.valueSpan.start : raw.slice(1, -1) === assignment.value ? assignment.valueSpan.start + 1 : undefined;
          flag(unit.instruction, unit, assignment.value, assignment.valueSpan ?? command.span, verbatim);
        }
      }
    }
  },
});
