// The import boundaries of repro-audit, checked by dependency-cruiser on every `npm test`
// (test/architecture/boundaries.test.ts); README's "Design" section explains them.
//
// The folders of src/ in layers, lowest first. A folder may import its own files and the folders
// of lower layers, never one of its own layer or above: the contract (findings) and the file
// helpers (safe-fs) depend on nothing; reporters know only the contract; the shell parser sits
// below the Dockerfile model that uses it; the commands (cli) sit on top of everything.
const LAYERS = [
  ['findings', 'safe-fs'],
  ['report'],
  ['shell', 'yaml-source'],
  ['model', 'nixlang'],
  ['build-context', 'registry', 'workflows', 'compose'],
  ['nix'],
  ['rules'],
  ['config'],
  ['engine'],
  ['fix', 'harness'],
  ['action'],
  ['cli'],
];

const folders = (names) => `^src/(${names.join('|')})/`;

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer.join('-')}`,
  comment: `src/${layer.join(', src/')} may import only the layers below: ${LAYERS.slice(0, index).flat().join(', ') || 'none'}`,
  severity: 'error',
  from: { path: folders(layer) },
  // Its own folder is fine; a peer of the same layer or anything higher is not.
  to: { path: folders(LAYERS.slice(index).flat()), pathNot: '^src/$1/' },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle, through any number of files (type-only and dynamic imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'through-front-file',
      comment: "Across src folders, import only a folder's front file (index.ts); files of one folder import each other directly.",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-library-imports-cli',
      comment: 'src/cli holds the commands; the libraries (every other folder) never import it.',
      severity: 'error',
      from: { path: '^(src|rules)/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    ...layerRules,
    {
      name: 'rules-only-through-kit',
      comment: 'A rule in rules/ imports only the rule kit (src/rules/kit.ts), the documented API of built-in and user rules alike: no other module of repro-audit, no other rule, no package (Node built-ins aside).',
      severity: 'error',
      from: { path: '^rules/' },
      to: { pathNot: '^src/rules/kit\\.ts$' },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript compiler API; swc reads the sources for the cruise.
    parser: 'swc',
    // Type-only imports are imports too: a type borrowed from a higher layer is a boundary crossed.
    tsPreCompilationDeps: true,
    // Packages are cruised as leaves, so a rule importing one is seen; Node built-ins are not.
    includeOnly: '^(src|rules)/|(^|/)node_modules/',
    doNotFollow: { path: 'node_modules' },
  },
};
