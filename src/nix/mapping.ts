import type { ImageName } from '../model/index.js';
import type { PackageManager } from '../shell/index.js';
import { isIndexedAttr, nixpkgsIndex, type RuntimeRow } from './data/index.js';
import { distroCandidates } from './distro-names.js';

/** How one distro or language package maps to nixpkgs. */
export interface PackageMapping {
  /** The package as the manager names it. */
  name: string;
  /** nixpkgs attribute paths (`python3Packages.flask`, `openssl.dev`); empty when unmapped. */
  attrs: string[];
  /**
   * `map`: a hand-written row of the data set; `index`: the same name is an indexed attribute;
   * `normalised`: an indexed attribute found by rewriting the name (`libssl3` → `openssl`);
   * `none`: nothing in the data set or the index (which proves nothing: the index is incomplete);
   * `not-needed`: the package has no job in a Nix-built image (apt plumbing, init systems).
   */
  how: 'map' | 'index' | 'normalised' | 'none' | 'not-needed';
  note?: string;
}

const OUTPUT_SUFFIX = /\.(dev|lib|out|bin|man|doc)$/;

function fromRow(name: string, attrs: string[], note: string, how: PackageMapping['how']): PackageMapping {
  const indexed = attrs.filter(isIndexedAttr);
  if (attrs.length === 0) return { name, attrs: [], how: 'not-needed', note: note || undefined };
  if (indexed.length === 0) return { name, attrs: [], how: 'none', note: note || undefined };
  return { name, attrs: indexed, how, note: note || undefined };
}

/** Distro package names carry an architecture (`:amd64`) or, from callers that did not split it, a version. */
function bareDistroName(name: string): string {
  return name.replace(/[:=].*$/, '').toLowerCase();
}

/**
 * Distro packages whose nixpkgs package has a different name that no rewrite finds. Written by
 * hand from the distro package descriptions; every target is checked against the index on use.
 */
const DISTRO_ALIASES: Record<string, string[]> = {
  'libmagickwand-dev': ['imagemagick'],
  'libmagickcore-dev': ['imagemagick'],
  'libmagickcore-7.q16-10-extra': ['imagemagick'],
  'libatomic1': ['stdenv.cc.cc.lib'],
  'libavcodec-extra': ['ffmpeg'],
  'libavfilter-extra': ['ffmpeg'],
  'libavformat-extra': ['ffmpeg'],
  'libswscale-dev': ['ffmpeg'],
  'libffmpeg-nvenc-dev': ['ffmpeg'],
  'libhdf5-serial-dev': ['hdf5'],
  'librsvg2-bin': ['librsvg'],
  'binutils-gold': ['binutils'],
  'libldap-common': ['openldap'],
  'apache2-utils': ['apacheHttpd'],
  'libgssapi-krb5-2': ['krb5'],
  'libsasl2-modules-gssapi-mit': ['cyrus_sasl'],
  'ssh-client': ['openssh'],
  'iputils-tracepath': ['iputils'],
  'libimage-exiftool-perl': ['exiftool'],
  'icu-data-full': ['icu'],
  'gnu-libiconv-dev': ['libiconv'],
  'argon2-dev': ['libargon2'],
  'libidn-dev': ['libidn2'],
  'libidn12': ['libidn2'],
  'nano-tiny': ['nano'],
  'gpg-agent': ['gnupg'],
  'texlive-xetex': ['texlive'],
  'texlive-fonts-recommended': ['texlive'],
  'texlive-plain-generic': ['texlive'],
  'imagemagick-pdf': ['imagemagick'],
  'imagemagick-jpeg': ['imagemagick'],
  'imagemagick-raw': ['imagemagick'],
  'imagemagick-tiff': ['imagemagick'],
  'imagemagick-heic': ['imagemagick'],
  'imagemagick-webp': ['imagemagick'],
  'imagemagick-svg': ['imagemagick'],
  'libheif-examples': ['libheif'],
  'ca-certificates-java': ['cacert'],
  'protoc': ['protobuf'],
  'shadow-uidmap': ['shadow'],
  'xsltproc': ['libxslt'],
  'libxml2-utils': ['libxml2'],
  // nixpkgs' bluez5 is its bluez binding.
  'libbluetooth-dev': ['bluez5'],
  'bluez': ['bluez5'],
  'bluez-dev': ['bluez5'],
  'bluez-libs': ['bluez5'],
  'bluez-deprecated': ['bluez5'],
  // MongoDB's own server packages; nixpkgs' mongodb-ce repackages the same binaries (SSPL: unfree).
  'mongodb-org': ['mongodb-ce'],
  'mongodb-org-server': ['mongodb-ce'],
  'mongodb-org-database': ['mongodb-ce'],
  // terminfo and locales live in ncurses and glibcLocales (nixpkgs is glibc-based).
  'ncurses-terminfo-base': ['ncurses'],
  'ncurses-terminfo': ['ncurses'],
  'musl-locales': ['glibcLocales'],
  'musl-locales-lang': ['glibcLocales'],
  // Source packages that build several distro packages, each named after one of its parts.
  'userspace-rcu': ['liburcu'],
  'libsharpyuv0': ['libwebp'],
  'libsharpyuv-dev': ['libwebp'],
  'libwebpmux3': ['libwebp'],
  'libwebpdemux2': ['libwebp'],
  'libevent-pthreads-2.1': ['libevent'],
  'libgdbm-compat-dev': ['gdbm'],
  'libpangocairo-1.0-0': ['pango'],
  'libx11-xcb1': ['libx11'],
  'libjbig0': ['jbigkit'],
  'libvulkan1': ['vulkan-loader'],
  'libvulkan-dev': ['vulkan-loader'],
  'libturbojpeg': ['libjpeg_turbo'],
  'libldap': ['openldap'],
  'libldap-2.4': ['openldap'],
  'libc-client-dev': ['uwimap'],
  'libsnmp40t64': ['net-snmp'],
  'net-snmp-agent-libs': ['net-snmp'],
  'cgroup-tools': ['libcgroup'],
  'hwdata-usb': ['hwdata'],
  'ip6tables': ['iptables'],
  'samba-client': ['samba'],
  'libnss-myhostname': ['systemd'],
  // Renamed or vendor-named packages.
  'fonts-roboto': ['roboto'],
  'sq': ['sequoia-sq'],
  'code': ['vscode'],
  'docker-ce': ['docker'],
  'brave-browser': ['brave'],
};

/** Packages that only matter to the distro's own package management or image conventions. */
const DISTRO_NOT_NEEDED = new Set(['apt-utils', 'apt-file', 'ubuntu-minimal', 'ubuntu-standard', 'unminimize', 'equivs', 'abuild', 'alpine-baselayout']);

function mapDistroPackage(manager: 'apt' | 'apk', raw: string): PackageMapping {
  const { distro } = nixpkgsIndex();
  const name = bareDistroName(raw);
  const row = distro.get(`${manager}:${name}`);
  if (row) return fromRow(raw, row.attrs, row.note, 'map');
  if (DISTRO_NOT_NEEDED.has(name)) return { name: raw, attrs: [], how: 'not-needed', note: 'distro packaging tool or meta-package' };
  const alias = DISTRO_ALIASES[name]?.filter(isIndexedAttr);
  if (alias?.length) return { name: raw, attrs: alias, how: 'normalised' };
  if (isIndexedAttr(name) && !name.includes('.')) return { name: raw, attrs: [name], how: 'index' };
  const python = pythonModulePackage(name);
  if (python) return { name: raw, attrs: [python], how: 'normalised' };
  for (const candidate of distroCandidates(name)) {
    const candidateRow = distro.get(`${manager}:${candidate}`) ?? distro.get(`${manager === 'apt' ? 'apk' : 'apt'}:${candidate}`);
    if (candidateRow && candidateRow.attrs.length > 0) {
      const attrs = candidateRow.attrs.map((attr) => attr.replace(OUTPUT_SUFFIX, ''));
      const mapped = fromRow(raw, [...new Set(attrs)], `via ${candidate}`, 'normalised');
      if (mapped.attrs.length > 0) return mapped;
    }
    if (!candidate.includes('.') && isIndexedAttr(candidate)) {
      return { name: raw, attrs: [candidate], how: 'normalised', note: `via ${candidate}` };
    }
  }
  return { name: raw, attrs: [], how: 'none' };
}

/** Debian `python3-foo` and Alpine `py3-foo` packages are Python modules. */
function pythonModulePackage(name: string): string | undefined {
  const match = /^(?:python3|py3)-(.+)$/.exec(name);
  if (!match) return undefined;
  const attr = pythonAttr(match[1]);
  return attr ? `python3Packages.${attr}` : undefined;
}

/** RPM names that differ from both nixpkgs and Debian; targets are checked against the index on use. */
const RPM_ALIASES: Record<string, string[]> = {
  'openssh-clients': ['openssh'],
  'openssh-server': ['openssh'],
  'shadow-utils': ['shadow'],
  'httpd': ['apacheHttpd'],
  'httpd-devel': ['apacheHttpd'],
  'gcc-gfortran': ['gfortran'],
  'gcc-c++': ['gcc'],
  'awk': ['gawk'],
  'glibc-langpack-en': ['glibcLocales'],
  'glibc-locale-source': ['glibcLocales'],
  'glibc-all-langpacks': ['glibcLocales'],
  'procps-ng': ['procps'],
  'which': ['which'],
  'xz-devel': ['xz'],
  'zlib-devel': ['zlib'],
  'openssl-devel': ['openssl'],
  'libffi-devel': ['libffi'],
  'bzip2-devel': ['bzip2'],
  'readline-devel': ['readline'],
  'sqlite-devel': ['sqlite'],
  'libpq-devel': ['libpq'],
  'postgresql-devel': ['libpq'],
};

const RPM_NOT_NEEDED = new Set(['epel-release', 'dnf-plugins-core', 'yum-utils', 'rpm-build', 'systemd-rpm-macros', 'mariner-repos-microsoft-preview', 'azurelinux-repos']);

/**
 * dnf/yum/zypper: best effort. The same name when the index has it, an RPM spelling, the Debian
 * row of the same name (ca-certificates, tar), or the name without `-devel`/`-libs`.
 */
function mapRpmPackage(raw: string): PackageMapping {
  const name = bareDistroName(raw);
  if (RPM_NOT_NEEDED.has(name)) return { name: raw, attrs: [], how: 'not-needed', note: 'distro repository or packaging tool' };
  const { distro } = nixpkgsIndex();
  const python = /^python(3)\.?(\d+)$/.exec(name);
  for (const candidate of [name, name.replace(/-(devel|libs)$/, ''), python ? `python3${python[2]}` : '']) {
    if (!candidate) continue;
    if (!candidate.includes('.') && isIndexedAttr(candidate)) {
      return { name: raw, attrs: [candidate], how: candidate === name ? 'index' : 'normalised' };
    }
    const alias = RPM_ALIASES[candidate]?.filter(isIndexedAttr);
    if (alias?.length) return { name: raw, attrs: alias, how: 'normalised' };
    const row = distro.get(`apt:${candidate}`);
    if (row && row.attrs.length > 0) {
      const mapped = fromRow(raw, row.attrs, row.note, 'normalised');
      if (mapped.attrs.length > 0) return mapped;
    }
  }
  return { name: raw, attrs: [], how: 'none' };
}

/**
 * Spellings nixpkgs uses for common PyPI names that normalisation alone does not find. Each target
 * is checked against the index when used, so a stale entry maps nothing rather than a wrong name.
 */
const PYTHON_SPELLINGS: Record<string, string> = {
  'opencv-python': 'opencv4',
  'opencv-python-headless': 'opencv4',
  'opencv-contrib-python': 'opencv4',
  'msgpack-python': 'msgpack',
  'python-dateutil': 'python-dateutil',
  'beautifulsoup': 'beautifulsoup4',
  'bs4': 'beautifulsoup4',
  'pyyaml': 'pyyaml',
  'tensorflow-cpu': 'tensorflow',
  'tensorflow-gpu': 'tensorflow',
  'psycopg': 'psycopg',
  'mysqlclient': 'mysqlclient',
  'pytorch': 'torch',
  'sklearn': 'scikit-learn',
};

/** PEP 503 normalisation, as nixpkgs mostly names Python packages. */
export function normalisePythonName(name: string): string {
  return name
    .replace(/\[.*$/, '')
    .replace(/\s*[<>=!~;@].*$/, '')
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

/** The python3Packages attribute for a PyPI name, if the index has one. */
export function pythonAttr(raw: string): string | undefined {
  const { pythonPackages } = nixpkgsIndex();
  const name = normalisePythonName(raw);
  const candidates = [
    name,
    PYTHON_SPELLINGS[name],
    name.replace(/-/g, '_'),
    name.replace(/^python-/, ''),
    name.replace(/^py-/, 'py'),
    name.replace(/-binary$/, ''),
  ];
  return candidates.find((candidate): candidate is string => candidate !== undefined && pythonPackages.has(candidate));
}

function mapPythonPackage(raw: string): PackageMapping {
  const attr = pythonAttr(raw);
  if (attr) return { name: raw, attrs: [`python3Packages.${attr}`], how: attr === normalisePythonName(raw) ? 'index' : 'normalised' };
  return { name: raw, attrs: [], how: 'none' };
}

/** `@scope/name@1.2` → `@scope/name`. */
function bareNpmName(name: string): string {
  const at = name.indexOf('@', 1);
  return at > 0 ? name.slice(0, at) : name;
}

function mapNpmPackage(raw: string): PackageMapping {
  const name = bareNpmName(raw);
  const row = nixpkgsIndex().npmGlobals.get(name);
  if (row) return fromRow(raw, row.attrs, row.note, 'map');
  if (!name.startsWith('@') && isIndexedAttr(name)) return { name: raw, attrs: [name], how: 'index' };
  return { name: raw, attrs: [], how: 'none' };
}

/** `github.com/x/y/cmd/tool@v1.2` → `tool`; `golang.org/x/tools/gopls@latest` → `gopls`. */
export function goToolName(modulePath: string): string {
  const parts = modulePath
    .replace(/@.*$/, '')
    .split('/')
    .filter((part) => part !== '' && part !== '...' && !/^v\d+$/.test(part));
  return parts[parts.length - 1] ?? modulePath;
}

function mapToolPackage(raw: string, tool: string): PackageMapping {
  const name = tool.toLowerCase();
  if (!name.includes('.') && isIndexedAttr(name)) return { name: raw, attrs: [name], how: 'index' };
  return { name: raw, attrs: [], how: 'none' };
}

/**
 * Package names as the shell would see them: an unquoted variable such as `$PHPIZE_DEPS` expands
 * to several words, which may arrive here as one value holding whitespace.
 */
export function splitPackageNames(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split(/\s+/)).filter((name) => name !== '');
}

export function mapPackage(manager: PackageManager, name: string): PackageMapping {
  switch (manager) {
    case 'apt':
    case 'apk':
      return mapDistroPackage(manager, name);
    case 'dnf':
    case 'yum':
    case 'microdnf':
    case 'zypper':
      return mapRpmPackage(name);
    case 'pip':
    case 'uv':
      return mapPythonPackage(name);
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun':
      return mapNpmPackage(name);
    case 'go':
      return mapToolPackage(name, goToolName(name));
    case 'gem':
    case 'cargo':
      return mapToolPackage(name, name.replace(/[:@=].*$/, ''));
  }
}

/** What a base image maps to. */
export interface ImageMapping {
  /** The image as written. */
  raw: string;
  /** The image without tag or digest (`node`, `ghcr.io/x/y`), when the reference could be parsed. */
  familiar?: string;
  /** nixpkgs attributes for the runtime the image provides (empty for OS base images and unknowns). */
  attrs: string[];
  /**
   * `runtime`: a language/server runtime with an indexed attribute; `removed`: the data set knows the
   * runtime but this nixpkgs no longer has that version; `base-os`: an OS image Nix images do not
   * need; `scratch`; `windows`: Nix cannot build it; `unknown`: no row in the data set;
   * `unresolved`: the reference depends on a build argument without a value.
   */
  kind: 'runtime' | 'removed' | 'base-os' | 'scratch' | 'windows' | 'unknown' | 'unresolved';
  note?: string;
}

const WINDOWS_IMAGE = /(^|[/:-])(windows|servercore|nanoserver|windowsservercore|ltsc20\d\d)([/:.-]|$)/i;

/** Whether an image reference names a Windows image (by the conventions Microsoft's tags follow). */
export function isWindowsImage(reference: string): boolean {
  return WINDOWS_IMAGE.test(reference);
}

const globCache = new Map<string, RegExp>();

/** Compiled once per pattern: every base image of an audit is matched against every runtime row. */
function globToRegExp(glob: string): RegExp {
  let compiled = globCache.get(glob);
  if (!compiled) {
    const body = glob.replace(/[.+^${}()[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    compiled = new RegExp(`^${body}$`);
    globCache.set(glob, compiled);
  }
  return compiled;
}

function rowMatches(row: RuntimeRow, image: string, tag: string | undefined): boolean {
  const images = row.image.split('|');
  const imageMatches = images.some((pattern) => globToRegExp(pattern).test(image));
  if (!imageMatches) return false;
  return row.tagPatterns.some((pattern) => {
    if (pattern === '<none>' || pattern === '*') return tag === undefined || pattern === '*';
    return tag !== undefined && pattern !== '-' && globToRegExp(pattern).test(tag);
  });
}

/** The data set names Docker Hub images without `library/` and other registries in full. */
function imageKey(name: ImageName): string {
  return name.familiar.replace(/^(docker\.io\/)?(library\/)?/, '');
}

/**
 * Images the data set has no row for, written by hand. OS images (on any registry) need no
 * equivalent; a few tool images map to their tool. Targets are checked against the index.
 */
const EXTRA_IMAGES: { pattern: RegExp; attrs: string[]; note: string }[] = [
  {
    pattern: /(^|\/)(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|archlinux|clearlinux|photon|ubi\d*(-minimal|-micro|-init)?|ubi\d+\/ubi(-minimal|-micro|-init)?|opensuse\/(leap|tumbleweed)|parrotsec\/core|kalilinux\/[\w-]+|cbl-mariner\/base\/core|azurelinux\/base\/core)$/,
    attrs: [],
    note: 'no attr: base OS image; dockerTools images start from scratch',
  },
  {
    pattern: /^buildpack-deps$/,
    attrs: [],
    note: 'no attr: base OS image (Debian with curl, git and build tools); list the tools the build uses, e.g. pkgs.curl pkgs.git pkgs.gcc',
  },
  { pattern: /^bash$/, attrs: ['bashInteractive'], note: 'the bash image is bash on Alpine' },
  { pattern: /^nixos\/nix$/, attrs: ['nix'], note: 'Nix itself; a flake usually makes Nix in the image unnecessary' },
];

function classifyRow(raw: string, familiar: string, attrs: string[], note: string): ImageMapping {
  if (attrs.length === 0) {
    return { raw, familiar, attrs: [], kind: /^no attr/i.test(note) ? 'base-os' : 'removed', note: note || undefined };
  }
  const indexed = attrs.filter(isIndexedAttr);
  return { raw, familiar, attrs: indexed, kind: indexed.length > 0 ? 'runtime' : 'removed', note: note || undefined };
}

export function mapImage(name: ImageName | undefined, raw: string): ImageMapping {
  if (isWindowsImage(name ? `${name.familiar}:${name.tag ?? ''}` : raw)) {
    return { raw, attrs: [], kind: 'windows', note: 'Nix cannot build Windows images: nixpkgs and dockerTools build Linux images only' };
  }
  if (raw.trim().toLowerCase() === 'scratch') return { raw, attrs: [], kind: 'scratch', note: 'equivalent to a dockerTools image with no fromImage' };
  if (!name) return { raw, attrs: [], kind: 'unresolved', note: 'the image depends on a build argument without a default' };
  const familiar = name.familiar;
  const image = imageKey(name);
  // A mirror (`mirror.example/alpine`) holds the same image under its last path component.
  const keys = name.registry === 'docker.io' ? [image] : [image, image.split('/').pop() ?? image];
  const { runtimes } = nixpkgsIndex();
  for (const key of keys) {
    const row = runtimes.find((candidate) => rowMatches(candidate, key, name.tag));
    if (row) return classifyRow(raw, familiar, row.attrs, row.note);
  }
  const extra = EXTRA_IMAGES.find((candidate) => candidate.pattern.test(image));
  if (extra) return classifyRow(raw, familiar, extra.attrs, extra.note);
  const versions = runtimes.filter((candidate) => candidate.image.split('|').includes(image)).flatMap((candidate) => candidate.attrs.filter(isIndexedAttr));
  // The data set knows the image but not this tag: for versioned runtimes that means the version is gone.
  if (versions.length > 0) {
    return { raw, familiar, attrs: [], kind: 'removed', note: `no nixpkgs attribute for tag ${name.tag ?? '(none)'}; this nixpkgs has ${[...new Set(versions)].join(', ')}` };
  }
  return { raw, familiar, attrs: [], kind: 'unknown' };
}
