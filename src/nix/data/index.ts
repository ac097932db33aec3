import {
  ATTRIBUTE_NAMES,
  DISTRO_MAP_TSV,
  DOCKERTOOLS_ARGS_TSV,
  NIXPKGS_REVISION,
  NPM_GLOBAL_MAP_TSV,
  PYTHON_PACKAGE_NAMES,
  RUNTIMES_TSV,
} from './nixpkgs-index.js';

export { NIXPKGS_REVISION };

/** One row of a hand-written map: the attributes (empty when the row says there is none) and its note. */
export interface MapRow {
  /** nixpkgs attribute paths, e.g. `["gcc", "gnumake"]`, `["python3Packages.pip"]`; empty for `-`. */
  attrs: string[];
  /** The data set's `verified` column: every attribute's first component is in the index. */
  verified: boolean;
  note: string;
}

export interface RuntimeRow extends MapRow {
  /** Image name as the data set writes it; may hold `|`-separated alternatives or a `*` glob. */
  image: string;
  /** `|`-separated glob patterns; `<none>` matches a missing tag, `-` matches nothing. */
  tagPatterns: string[];
}

export interface DockerToolsArg {
  function: string;
  arg: string;
  source: string;
}

export interface NixpkgsIndex {
  attributes: ReadonlySet<string>;
  pythonPackages: ReadonlySet<string>;
  runtimes: readonly RuntimeRow[];
  /** Keyed by `apt:curl`, `apk:build-base`. */
  distro: ReadonlyMap<string, MapRow>;
  /** Keyed by npm package name (rows listing `a|b` appear under each). */
  npmGlobals: ReadonlyMap<string, MapRow>;
  dockerToolsArgs: readonly DockerToolsArg[];
}

const rows = (tsv: string): string[][] => (tsv === '' ? [] : tsv.split('\n').map((line) => line.split('\t')));

function mapRow(attrColumn: string, verified: string | undefined, note: string | undefined): MapRow {
  const attrs = attrColumn.trim() === '-' ? [] : attrColumn.trim().split(/\s+/);
  return { attrs, verified: verified === 'yes', note: (note ?? '').trim() };
}

function distroTable(): Map<string, MapRow> {
  const distro = new Map<string, MapRow>();
  for (const [manager, name, attr, verified, note] of rows(DISTRO_MAP_TSV)) {
    distro.set(`${manager}:${name}`, mapRow(attr, verified, note));
  }
  return distro;
}

function npmGlobalsTable(): Map<string, MapRow> {
  const npmGlobals = new Map<string, MapRow>();
  for (const [names, attr, verified, note] of rows(NPM_GLOBAL_MAP_TSV)) {
    for (const name of names.split('|')) npmGlobals.set(name, mapRow(attr, verified, note));
  }
  return npmGlobals;
}

/** A table split and indexed the first time it is asked for. */
function lazily<T>(make: () => T): () => T {
  let table: T | undefined;
  return () => (table ??= make());
}

const tables: { [Table in keyof NixpkgsIndex]: () => NixpkgsIndex[Table] } = {
  attributes: lazily(() => new Set(ATTRIBUTE_NAMES.split('\n'))),
  pythonPackages: lazily(() => new Set(PYTHON_PACKAGE_NAMES.split('\n'))),
  runtimes: lazily(() =>
    rows(RUNTIMES_TSV).map(([image, tags, attr, verified, note]): RuntimeRow => ({
      image,
      tagPatterns: tags.split('|'),
      ...mapRow(attr, verified, note),
    })),
  ),
  distro: lazily(distroTable),
  npmGlobals: lazily(npmGlobalsTable),
  dockerToolsArgs: lazily(() => rows(DOCKERTOOLS_ARGS_TSV).map(([fn, arg, , source]): DockerToolsArg => ({ function: fn, arg, source }))),
};

/**
 * The parsed tables. Each is built on first use, so a static audit that needs no suggestion never
 * pays for them, and one that maps apt packages does not split the 10,000 Python package names.
 */
const index = Object.defineProperties(
  {} as NixpkgsIndex,
  Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, { get: table, enumerable: true }])),
);

export function nixpkgsIndex(): NixpkgsIndex {
  return index;
}

const PYTHON_SETS = ['python3Packages.', 'python3.pkgs.', 'ps.'];

/**
 * Whether an attribute path is backed by the index: its first component is an indexed top-level
 * name, and for Python package sets the package itself is indexed too. Deeper components (outputs
 * such as `.dev`, `php.extensions.X`) come from the hand-checked maps and are taken as given.
 */
export function isIndexedAttr(path: string): boolean {
  const pythonSet = PYTHON_SETS.find((prefix) => path.startsWith(prefix));
  if (pythonSet) {
    const [name] = path.slice(pythonSet.length).split('.');
    return index.pythonPackages.has(name) && (pythonSet === 'ps.' || index.attributes.has(pythonSet.split('.')[0]));
  }
  return index.attributes.has(path.split('.')[0]);
}
