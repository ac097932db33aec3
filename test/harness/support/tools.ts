import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const VECTOR_LOOP_C = `
float a[4096], b[4096], c[4096];
const char *stamp = STAMP;
int main(int argc, char **argv) {
  for (int r = 0; r < 1000; r++)
    for (int i = 0; i < 4096; i++) c[i] = a[i] * b[i] + c[i] * (float)argc;
  return (int)c[argc] + stamp[argc];
}
`;

/** Compiles the vectorisable loop with extra flags and a build stamp baked into .rodata. */
export async function compileLoop(dir: string, name: string, flags: string[], stamp: string): Promise<Buffer> {
  const source = path.join(dir, 'loop.c');
  await writeFile(source, VECTOR_LOOP_C);
  const output = path.join(dir, name);
  execFileSync('gcc', ['-O2', ...flags, `-DSTAMP="${stamp}"`, '-o', output, source]);
  return readFile(output);
}
