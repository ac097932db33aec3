import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { FILE_KINDS, type FileError, type FileKind } from '../findings/index.js';
import { describeReadProblem, formatBytes, readRegularFile } from '../safe-fs/index.js';

/** Dockerfiles larger than this are refused: real ones are kilobytes (the corpus's largest is 16 KB). */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * Extensions that make a name like `Dockerfile.md` another kind of file: documentation, scripts,
 * data and configuration, templates rendered into a Dockerfile (`Dockerfile.in`, `Dockerfile.j2`),
 * patches, checksums, editor and backup copies. Variant names people give real Dockerfiles stay
 * (`Dockerfile.alpine`, `Dockerfile.sign.deb`, `Dockerfile.nix`, `Dockerfile.go`): a name that is
 * ambiguous is audited, and `ignore-paths` drops it. README's "Which files" lists the same set.
 */
export const OTHER_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  // documentation
  'md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc', 'txt', 'text', 'html', 'htm', 'org', 'pdf',
  // shell and other scripts
  'sh', 'bash', 'zsh', 'fish', 'ksh', 'ps1', 'psm1', 'bat', 'cmd',
  // data and configuration
  'yml', 'yaml', 'json', 'jsonc', 'json5', 'toml', 'ini', 'cfg', 'conf', 'env', 'xml', 'csv', 'properties', 'lock', 'log',
  // templates of a Dockerfile, not a Dockerfile
  'in', 'j2', 'jinja', 'jinja2', 'tmpl', 'tpl', 'template', 'erb', 'mustache', 'hbs', 'njk', 'gotmpl', 'm4',
  // patches, signatures, checksums, copies
  'patch', 'diff', 'sig', 'asc', 'sha256', 'sha512', 'md5', 'bak', 'orig', 'rej', 'swp', 'tmp',
  // ignore files
  'dockerignore', 'gitignore',
]);

/**
 * A Dockerfile's name, case-insensitive: `Dockerfile` or `Containerfile`; `*.Dockerfile` or
 * `*.Containerfile`; or `Dockerfile` / `Containerfile` followed by `.`, `-` or `_` and a variant
 * (`Dockerfile.prod`, `Dockerfile-dev`, `Containerfile_ci`) whose last extension is not one of
 * `OTHER_FILE_EXTENSIONS`.
 */
export function isDockerfileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower === 'containerfile') return true;
  if (/.\.(dockerfile|containerfile)$/.test(lower)) return true;
  const variant = /^(?:dockerfile|containerfile)[._-](.+)$/.exec(lower)?.[1];
  if (variant === undefined) return false;
  // The extension follows the last dot, when that dot is the separator or inside the variant.
  const separator = lower.length - variant.length - 1;
  const dot = lower.lastIndexOf('.');
  return dot < separator || !OTHER_FILE_EXTENSIONS.has(lower.slice(dot + 1));
}

/** What to do when the paths held no Dockerfile at all: fail (exit 2), say so and pass, or pass quietly. */
export type NoFilesPolicy = 'error' | 'warn' | 'ok';
export const NO_FILES_POLICIES: readonly NoFilesPolicy[] = ['error', 'warn', 'ok'];

/** The one sentence for a run that found nothing to audit; `ignoring` when the config's `ignore-paths` applied. */
export function nothingAuditedMessage(paths: readonly string[], ignoring: boolean): string {
  const searched = 'Dockerfile, Containerfile, *.Dockerfile, *.Containerfile and Dockerfile.<variant> are searched for';
  return `no Dockerfile found in ${paths.join(', ')}: nothing was audited (${searched}${ignoring ? ", outside the config's ignore-paths" : ''})`;
}

/**
 * Which kind of file a path names, by the names each tool looks for: Dockerfiles; `*.nix` files and
 * `flake.lock`; GitHub Actions workflows (`.github/workflows/*.yml`) and action metadata
 * (`action.yml`, whose composite steps run like a workflow's); Compose files (`compose.yaml`,
 * `docker-compose.yml` and their `.override`/`-dev`/`.prod` variants). Undefined: none of them.
 */
export function fileKindOf(file: string): FileKind | undefined {
  const name = path.basename(file);
  const lower = name.toLowerCase();
  if (isDockerfileName(name)) return 'dockerfile';
  if (lower.endsWith('.nix')) return 'nix';
  if (name === 'flake.lock') return 'flake-lock';
  if (!/\.ya?ml$/.test(lower)) return undefined;
  if (lower === 'action.yml' || lower === 'action.yaml') return 'workflow';
  const parts = file.split(/[\\/]/);
  if (parts.length >= 3 && parts[parts.length - 2] === 'workflows' && parts[parts.length - 3] === '.github') return 'workflow';
  if (/^(docker-)?compose([.-][a-z0-9_.-]+)?\.ya?ml$/.test(lower)) return 'compose';
  return undefined;
}

export interface Discovery {
  files: string[];
  /** The kind of each file: by its name, and a Dockerfile when a file the user named has no known name. */
  kinds: Map<string, FileKind>;
  errors: FileError[];
  /** Found while searching a directory: the directory the user named, which a fix may not write outside of. */
  searchRoots: Map<string, string>;
  /** What was passed over and why (a symbolic link leading out of the tree), said once each. */
  notices: string[];
  /** Paths the user named that `ignorePaths` matches, so nothing of them was audited. */
  ignored: string[];
}

/**
 * Expands the paths the user gave: files are taken as they are (whatever their name; a name of no
 * known kind is read as a Dockerfile), directories are searched for files of `kinds`, skipping
 * node_modules, .git and `ignorePaths` globs. The globs apply to named paths too: pre-commit names
 * every file it passes, and an ignored file stays ignored.
 */
export function discoverFiles(paths: readonly string[], cwd: string, ignorePaths: readonly string[] = [], ignoreRoot = cwd, kinds: readonly FileKind[] = FILE_KINDS): Discovery {
  const files: string[] = [];
  const kindOf = new Map<string, FileKind>();
  const errors: FileError[] = [];
  const searchRoots = new Map<string, string>();
  const notices: string[] = [];
  const ignored: string[] = [];
  const matchesIgnorePaths = ignorePaths.length > 0 ? picomatch(ignorePaths as string[], { dot: true }) : undefined;
  const isIgnored = (absolute: string) => matchesIgnorePaths !== undefined && matchesIgnorePaths(path.relative(ignoreRoot, absolute).split(path.sep).join('/'));

  const walk = (directory: string, root: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: path.relative(cwd, directory) || '.', message: `cannot read directory: ${(error as NodeJS.ErrnoException).code}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (isIgnored(absolute)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(absolute, root);
        continue;
      }
      const kind = entry.isFile() || entry.isSymbolicLink() ? fileKindOf(absolute) : undefined;
      if (kind && kinds.includes(kind)) {
        const shown = path.relative(cwd, absolute) || absolute;
        const refusal = entry.isSymbolicLink() ? linkRefusal(absolute, root) : undefined;
        if (refusal) {
          notices.push(`${shown}: skipped: ${refusal}`);
          continue;
        }
        files.push(shown);
        kindOf.set(shown, kind);
        searchRoots.set(shown, root);
      }
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push({ file: given, message: code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${code}` });
      continue;
    }
    if (isIgnored(absolute)) {
      ignored.push(given);
      notices.push(`${given}: skipped: it matches ignore-paths`);
    } else if (stat.isDirectory()) walk(absolute, absolute);
    else {
      files.push(given);
      kindOf.set(given, fileKindOf(absolute) ?? 'dockerfile');
    }
  }
  return { files: [...new Set(files)], kinds: kindOf, errors, searchRoots, notices, ignored };
}

/** The Dockerfiles among the paths (what `fix` rewrites). */
export function discoverDockerfiles(paths: readonly string[], cwd: string, ignorePaths: readonly string[] = [], ignoreRoot = cwd): Discovery {
  return discoverFiles(paths, cwd, ignorePaths, ignoreRoot, ['dockerfile']);
}

/**
 * Why a symbolic link met while searching is not audited: a pull request can add `Dockerfile ->
 * /etc/passwd` (quoted back in annotations) or `-> /dev/zero`. Links to regular files inside the
 * searched tree are audited like the files themselves.
 */
function linkRefusal(link: string, root: string): string | undefined {
  let target: string;
  let realRoot: string;
  try {
    target = fs.realpathSync(link);
    realRoot = fs.realpathSync(root);
  } catch {
    return 'a symbolic link that leads nowhere';
  }
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) return `a symbolic link to ${target}, outside the searched directory`;
  return fs.statSync(target).isFile() ? undefined : 'a symbolic link to something that is not a regular file';
}

export type ReadResult = { text: string } | { error: FileError };

/**
 * Reads a Dockerfile as text, refusing what cannot be one: too large, binary (NUL bytes), or not
 * valid UTF-8 (with the line of the first bad byte). `bytes` are the file's bytes when the caller
 * already read them (within the size limit), so no file is read twice.
 */
export function readDockerfile(file: string, cwd: string, maxBytes = DEFAULT_MAX_FILE_BYTES, bytes?: Uint8Array): ReadResult {
  if (bytes) return decodeDockerfile(bytes, file);
  const read = readRegularFile(path.resolve(cwd, file), maxBytes);
  if ('problem' in read) {
    const { problem } = read;
    if (problem.kind === 'too-large') {
      return { error: { file, message: `file is ${formatBytes(problem.size)}, larger than the ${formatBytes(problem.limit)} limit for a Dockerfile (raise it with --max-file-size)` } };
    }
    return { error: { file, message: problem.kind === 'failed' ? `cannot read: ${problem.code}` : describeReadProblem(problem) } };
  }
  return decodeDockerfile(read.bytes, file);
}

export function decodeDockerfile(bytes: Uint8Array, file: string): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: { file, line: lineAtByte(bytes, nul), message: 'binary file (contains NUL bytes), not a Dockerfile' } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { error: { file, line: lineAtByte(bytes, offset), message: `not valid UTF-8 (first bad byte at offset ${offset}); save the file as UTF-8` } };
  }
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
