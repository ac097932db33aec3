# A stand-in for nixpkgs, for evaluating generated flakes with a Nix too old for real nixpkgs and
# no network. Every attribute of repro-audit's index is a derivation-like value; the builders the
# generated flakes call check the argument names they get (dockerTools against
# dockertools-args.tsv) and the types of the values, and `throw` on anything else. So a misspelt
# attribute, an unknown argument or a wrong type fails evaluation, as it would with real nixpkgs.
# It proves the flake is well-formed against this interface, not that real nixpkgs builds it.
#
# ./index.json (written by test/support/nix.ts from src/nix/data):
#   { attrs = [ names ]; python = [ names ]; dockerToolsArgs = { fn = [ arg names ]; };
#     phpExtensions = [ names ]; }
let
  index = builtins.fromJSON (builtins.readFile ./index.json);
  inherit (builtins) all any attrNames concatStringsSep elem filter isAttrs isBool isFunction isInt isList isPath isString listToAttrs typeOf;

  fail = where: message: builtins.throw "nixpkgs-stub: ${where}: ${message}";

  isDerivation = v: isAttrs v && (v.type or null) == "derivation";
  storePath = name: "/nix/store/00000000000000000000000000000000-${name}";

  # Outputs are plain derivation values without outputs of their own, so deepSeq terminates.
  plainDrv = name: { type = "derivation"; inherit name; outPath = storePath name; drvPath = storePath "${name}.drv"; };
  mkDrv = name: extra: plainDrv name // {
    out = plainDrv name;
    dev = plainDrv "${name}-dev";
    lib = plainDrv "${name}-lib";
    bin = plainDrv "${name}-bin";
    man = plainDrv "${name}-man";
    doc = plainDrv "${name}-doc";
  } // extra;

  # --- argument checking ------------------------------------------------------------------------
  checkNames = where: allowed: args:
    let unknown = filter (n: !(elem n allowed)) (attrNames args);
    in if unknown != [ ] then fail where "unknown argument(s) ${concatStringsSep ", " unknown}; accepted: ${concatStringsSep " " allowed}" else true;
  checkRequired = where: required: args:
    let missing = filter (n: !(args ? ${n})) required;
    in if missing != [ ] then fail where "missing argument(s) ${concatStringsSep ", " missing}" else true;
  # type checks: each maps an argument name to a predicate and its description
  checkTypes = where: types: args:
    all (n: if args ? ${n} && types ? ${n} && !(types.${n}.ok args.${n})
      then fail where "argument ${n} must be ${types.${n}.what}, got ${typeOf args.${n}}" else true) (attrNames args);

  t = {
    string = { ok = isString; what = "a string"; };
    stringOrNull = { ok = v: v == null || isString v; what = "a string or null"; };
    bool = { ok = isBool; what = "a boolean"; };
    int = { ok = isInt; what = "an integer"; };
    attrs = { ok = isAttrs; what = "an attribute set"; };
    drv = { ok = isDerivation; what = "a derivation"; };
    drvOrNull = { ok = v: v == null || isDerivation v; what = "a derivation or null"; };
    source = { ok = v: isPath v || isDerivation v || isString v; what = "a path or a derivation"; };
    drvList = { ok = v: isList v && all isDerivation v; what = "a list of derivations"; };
    drvOrList = { ok = v: isDerivation v || (isList v && all isDerivation v); what = "a derivation or a list of derivations"; };
    strings = { ok = v: isList v && all isString v; what = "a list of strings"; };
    hash = { ok = v: isString v && (builtins.match "sha256-[A-Za-z0-9+/=]{44}|sha512-.*|[0-9a-z]{52}" v) != null; what = "an SRI hash"; };
    hashOrNull = { ok = v: v == null || (isString v && (builtins.match "sha256-[A-Za-z0-9+/=]{44}" v) != null); what = "an SRI hash or null"; };
  };

  checked = where: { allowed ? null, required ? [ ], types ? { } }: args: result:
    if !(isAttrs args) then fail where "expects an attribute set, got ${typeOf args}"
    else builtins.seq (allowed == null || checkNames where allowed args)
      (builtins.seq (checkRequired where required args)
        (builtins.seq (checkTypes where types args)
          (builtins.deepSeq args result)));

  # --- OCI image config (the keys dockerTools passes through to the image config) ---------------
  ociConfigTypes = {
    Cmd = t.strings;
    Entrypoint = t.strings;
    Env = { ok = v: isList v && all (e: isString e && builtins.match "[^=]+=.*" e != null) v; what = "a list of \"NAME=value\" strings"; };
    WorkingDir = t.string;
    User = t.string;
    ExposedPorts = { ok = v: isAttrs v && all (p: builtins.match "[0-9]+(-[0-9]+)?(/(tcp|udp|sctp))?" p != null && v.${p} == { }) (attrNames v); what = "an attribute set of \"PORT/proto\" = { }"; };
    Volumes = { ok = v: isAttrs v && all (p: v.${p} == { }) (attrNames v); what = "an attribute set of \"/path\" = { }"; };
    Labels = { ok = v: isAttrs v && all (k: isString v.${k}) (attrNames v); what = "an attribute set of strings"; };
    StopSignal = t.string;
    Healthcheck = t.attrs;
    ArgsEscaped = t.bool;
    OnBuild = t.strings;
    Shell = t.strings;
  };
  checkConfig = where: config:
    if config == null then true
    else checked "${where}.config" { allowed = attrNames ociConfigTypes; types = ociConfigTypes; } config true;

  # --- dockerTools ------------------------------------------------------------------------------
  argsOf = fn: index.dockerToolsArgs.${fn};
  imageTypes = {
    name = t.string;
    tag = t.stringOrNull;
    fromImage = { ok = v: v == null || isDerivation v || isPath v; what = "an image derivation, a path or null"; };
    contents = t.drvOrList;
    copyToRoot = { ok = v: v == null || isDerivation v || (isList v && all isDerivation v); what = "a derivation, a list of derivations or null"; };
    config = { ok = v: v == null || isAttrs v; what = "an attribute set or null"; };
    created = t.string;
    mtime = t.string;
    extraCommands = t.string;
    fakeRootCommands = t.string;
    enableFakechroot = t.bool;
    maxLayers = t.int;
    includeStorePaths = t.bool;
    passthru = t.attrs;
    architecture = t.string;
    uid = t.int;
    gid = t.int;
    uname = t.string;
    gname = t.string;
    includeNixDB = t.bool;
    meta = t.attrs;
    debug = t.bool;
  };
  imageBuilder = fn: args:
    checked "dockerTools.${fn}" { allowed = argsOf fn; required = [ "name" ]; types = imageTypes; } args
      (builtins.seq (checkConfig "dockerTools.${fn}" (args.config or null)) (mkDrv "${args.name}.tar.gz" { imageName = args.name; }));

  dockerTools = {
    buildLayeredImage = imageBuilder "buildLayeredImage";
    streamLayeredImage = imageBuilder "streamLayeredImage";
    buildImage = imageBuilder "buildImage";
    pullImage = args: checked "dockerTools.pullImage" {
      allowed = [ "imageName" "imageDigest" "sha256" "hash" "os" "arch" "finalImageName" "finalImageTag" "tlsVerify" ];
      required = [ "imageName" "imageDigest" ];
      types = { imageName = t.string; imageDigest = t.string; hash = t.hash; sha256 = t.string; };
    } args (mkDrv "docker-image-${baseNameOf args.imageName}" { });
    caCertificates = mkDrv "ca-certificates" { };
    inherit fakeNss;
    binSh = mkDrv "bin-sh" { };
    usrBinEnv = mkDrv "usr-bin-env" { };
  };

  # fakeNss is a callPackage result: `override` takes the extra /etc/passwd and /etc/group lines.
  fakeNss = mkDrv "fake-nss" {
    override = args: checked "fakeNss.override" {
      allowed = [ "extraPasswdLines" "extraGroupLines" ];
      types = { extraPasswdLines = t.strings; extraGroupLines = t.strings; };
    } args (mkDrv "fake-nss" { });
  };

  # --- lib --------------------------------------------------------------------------------------
  lib = {
    genAttrs = names: f: listToAttrs (map (n: { name = n; value = f n; }) names);
    fakeHash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    fakeSha256 = "0000000000000000000000000000000000000000000000000000";
    concatStringsSep = builtins.concatStringsSep;
    makeBinPath = paths: concatStringsSep ":" (map (p: "${p}/bin") paths);
    licenses = { };
  };

  # --- derivation builders ----------------------------------------------------------------------
  # Nix refuses a store path name with other characters, or starting with a dot.
  validName = where: name:
    if builtins.match "[A-Za-z0-9+_?=-][A-Za-z0-9+._?=-]*" name == null then fail where "${builtins.toJSON name} is not a valid store path name" else name;
  drvName = where: args:
    if args ? name then validName where args.name
    else if args ? pname && args ? version then validName where "${args.pname}-${args.version}"
    else fail where "needs name, or pname and version";
  mkDerivationLike = where: required: types: args:
    checked where { inherit required; types = { pname = t.string; version = t.string; name = t.string; src = t.source; buildInputs = t.drvList; nativeBuildInputs = t.drvList; propagatedBuildInputs = t.drvList; meta = t.attrs; } // types; } args
      (mkDrv (drvName where args) { });

  fetchurl = args: checked "fetchurl" {
    allowed = [ "url" "urls" "hash" "sha256" "name" "curlOpts" "executable" "postFetch" "downloadToTemp" ];
    required = [ "hash" ];
    types = { url = t.string; hash = t.hash; };
  } args (mkDrv (args.name or (baseNameOf args.url)) { });
  fetchFromGitHub = args: checked "fetchFromGitHub" {
    allowed = [ "owner" "repo" "rev" "tag" "hash" "sha256" "name" "fetchSubmodules" "leaveDotGit" "deepClone" "private" "githubBase" "postFetch" ];
    required = [ "owner" "repo" "hash" ];
    types = { owner = t.string; repo = t.string; rev = t.string; tag = t.string; hash = t.hash; };
  } args (mkDrv "source" { });
  fetchgit = args: checked "fetchgit" {
    allowed = [ "url" "rev" "tag" "hash" "sha256" "name" "fetchSubmodules" "leaveDotGit" "deepClone" "branchName" "sparseCheckout" "fetchLFS" ];
    required = [ "url" "hash" ];
    types = { url = t.string; rev = t.string; hash = t.hash; };
  } args (mkDrv "source" { });

  python3Packages = listToAttrs (map (n: { name = n; value = mkDrv "python3-${n}" { }; }) index.python);
  python = name: mkDrv name {
    pkgs = python3Packages;
    withPackages = f:
      if !(isFunction f) then fail "${name}.withPackages" "expects a function ps: [ ... ], got ${typeOf f}"
      else let chosen = f python3Packages; in
        if !(isList chosen && all isDerivation chosen) then fail "${name}.withPackages" "the function must return a list of python packages"
        else builtins.deepSeq chosen (mkDrv "${name}-env" { });
  };
  php = name: mkDrv name {
    extensions = listToAttrs (map (n: { name = n; value = mkDrv "${name}-extension-${n}" { }; }) index.phpExtensions);
    withExtensions = f:
      let exts = listToAttrs (map (n: { name = n; value = mkDrv "${name}-extension-${n}" { }; }) index.phpExtensions);
          chosen = f { enabled = [ ]; all = exts; };
      in if !(isList chosen && all isDerivation chosen) then fail "${name}.withExtensions" "the function must return a list of extensions"
        else builtins.deepSeq chosen (mkDrv "${name}-with-extensions" { });
    buildEnv = args: checked "${name}.buildEnv" {
      allowed = [ "extensions" "extraConfig" ];
      types = { extensions = { ok = isFunction; what = "a function { enabled, all }: [ ... ]"; }; extraConfig = t.string; };
    } args (
      let exts = listToAttrs (map (n: { name = n; value = mkDrv "${name}-extension-${n}" { }; }) index.phpExtensions);
          chosen = args.extensions { enabled = [ ]; all = exts; };
      in if !(isList chosen && all isDerivation chosen) then fail "${name}.buildEnv" "extensions must return a list of extensions"
        else builtins.deepSeq chosen (mkDrv "${name}-env" { }));
  };

  plain = listToAttrs (map (n: { name = n; value = mkDrv n { }; }) index.attrs);

  special = {
    inherit lib dockerTools fakeNss fetchurl fetchFromGitHub fetchgit python3Packages;
    phpPackages = mkDrv "php-packages" { composer = mkDrv "composer" { }; };
    python3 = python "python3";
    stdenv = mkDrv "stdenv" {
      cc = mkDrv "gcc-wrapper" { cc = mkDrv "gcc" { }; };
      mkDerivation = mkDerivationLike "stdenv.mkDerivation" [ ] { };
    };
    stdenvNoCC = mkDrv "stdenv-nocc" { mkDerivation = mkDerivationLike "stdenvNoCC.mkDerivation" [ ] { }; };
    runCommand = name: env: script:
      if !(isString name) then fail "runCommand" "name must be a string"
      else if !(isAttrs env) then fail "runCommand" "the second argument must be an attribute set"
      else if !(isString script) then fail "runCommand" "the script must be a string"
      else builtins.deepSeq env (mkDrv name { });
    writeText = name: text: if isString name && isString text then mkDrv name { } else fail "writeText" "expects two strings";
    writeTextDir = path: text: if isString path && isString text then mkDrv (baseNameOf path) { } else fail "writeTextDir" "expects two strings";
    writeShellScriptBin = name: text: if isString name && isString text then mkDrv name { } else fail "writeShellScriptBin" "expects two strings";
    mkShell = args: checked "mkShell" {
      types = { packages = t.drvList; buildInputs = t.drvList; nativeBuildInputs = t.drvList; inputsFrom = t.drvList; shellHook = t.string; name = t.string; };
    } args (mkDrv (args.name or "nix-shell") { });
    buildGoModule = mkDerivationLike "buildGoModule" [ "pname" "version" "src" "vendorHash" ] {
      vendorHash = t.hashOrNull; subPackages = t.strings; ldflags = t.strings; tags = t.strings; modRoot = t.string; env = t.attrs; doCheck = t.bool; proxyVendor = t.bool;
    };
    buildNpmPackage = mkDerivationLike "buildNpmPackage" [ "pname" "version" "src" "npmDepsHash" ] {
      npmDepsHash = t.hash; npmBuildScript = t.string; npmFlags = t.strings; dontNpmBuild = t.bool; nodejs = t.drv; env = t.attrs;
    };
    # cargoHash or cargoLock pins the crates: one of them is required, as in nixpkgs.
    rustPlatform = mkDrv "rust-platform" {
      buildRustPackage = args:
        if !(args ? cargoHash || args ? cargoLock) then fail "rustPlatform.buildRustPackage" "needs cargoHash or cargoLock"
        else mkDerivationLike "rustPlatform.buildRustPackage" [ "pname" "version" "src" ] {
          cargoHash = t.hash; cargoLock = { ok = v: isAttrs v && v ? lockFile && isPath v.lockFile; what = "an attribute set with lockFile, a path"; };
        } args;
    };
    maven = mkDrv "maven" {
      buildMavenPackage = mkDerivationLike "maven.buildMavenPackage" [ "pname" "version" "src" "mvnHash" ] {
        mvnHash = t.hash; installPhase = t.string; mvnParameters = t.string; buildOffline = t.bool;
      };
    };
    fetchYarnDeps = args: checked "fetchYarnDeps" {
      allowed = [ "yarnLock" "hash" "sha256" "name" ]; required = [ "yarnLock" "hash" ];
      types = { yarnLock = t.source; hash = t.hash; };
    } args (mkDrv "offline-cache" { });
    fetchPnpmDeps = args: checked "fetchPnpmDeps" {
      allowed = [ "pname" "version" "src" "hash" "fetcherVersion" "pnpm" "sourceRoot" "pnpmWorkspaces" ]; required = [ "hash" "fetcherVersion" ];
      types = { hash = t.hash; fetcherVersion = t.int; pname = t.string; version = t.string; src = t.source; };
    } args (mkDrv "pnpm-deps" { });
  } // listToAttrs (map (n: { name = n; value = python n; }) (filter (n: builtins.match "python3[0-9]+" n != null) index.attrs))
    // listToAttrs (map (n: { name = n; value = php n; }) (filter (n: builtins.match "php([0-9]+)?" n != null) index.attrs));

  pkgs = plain // special // { inherit pkgs; };
  systems = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ];
in
{
  inherit lib;
  legacyPackages = lib.genAttrs systems (system: pkgs);
  outPath = storePath "nixpkgs-stub";
}
