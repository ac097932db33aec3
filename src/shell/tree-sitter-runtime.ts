import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Language, Parser } from 'web-tree-sitter';

/**
 * The tree-sitter runtime (WebAssembly), initialised once per thread and shared by every grammar:
 * a Language loaded by one initialisation cannot be used by a parser of another. The shell grammar
 * (tree-sitter-bash) and the Nix grammar load through it, each only when a file needs it.
 */
function locate(file: string, packagePath: string): string {
  // In the bundle the .wasm files sit next to the entry point (or one level up from a chunk).
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, file), path.join(here, '..', file)]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(`${packagePath}/${file}`);
}

// V8 compiles WebAssembly twice: quickly (Liftoff), then optimised (TurboFan) in the background, and
// a process waits for that second compile of the 1.3 MB grammar before it can exit: +400 ms on a
// one-file audit on Node 20, and on Node 24 (V8 13) dynamic tier-up recompiles the grammar's lexer
// with TurboFan once a RUN is long enough: 2.3 s for that one function. Liftoff code parses the
// whole corpus faster than waiting for TurboFan does. Node 20 needs `--liftoff-only`; V8 13 tiers up
// anyway unless tier-up itself is off, so all three are set.
v8.setFlagsFromString('--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering');

await Parser.init({ locateFile: () => locate('web-tree-sitter.wasm', 'web-tree-sitter') });

/** A parser for the grammar `file` (next to the bundle, or in the package at `packagePath` when run from sources). */
export async function loadGrammar(file: string, packagePath: string): Promise<Parser> {
  const language = await Language.load(fs.readFileSync(locate(file, packagePath)));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export type { Node as SyntaxNode, Tree as SyntaxTree } from 'web-tree-sitter';
