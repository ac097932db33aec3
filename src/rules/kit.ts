/**
 * The rule kit: the one module a rule imports, and the API for writing rules.
 *
 * Built-in rules (`rules/*.ts`) import it as `../src/rules/kit.js`. A JavaScript module passed with
 * `--rules` receives it as the argument of its default export:
 *
 * ```js
 * export default ({ defineRule, shellCommands, commandName, code }) => defineRule({ ... });
 * ```
 *
 * Everything a rule needs is here: defining a rule and reporting findings; the Dockerfile model and
 * the questions asked of it; the parsed shell of every RUN and what is known about its programs;
 * package-manager operations; files of the build context; the Nix way of solving a finding. Each
 * export is documented where it is declared. Nothing else of repro-audit is an API: rules that reach
 * past the kit break when the inside changes.
 */

// Defining a rule: `defineRule({ id, name, summary, severity, tags, precision, docs, check })`;
// `check({ model, context, options, settings, report })` reports `ReportDescriptor`s.
// A rule over another kind of file: `defineFileRule('nix' | 'flake-lock' | 'workflow' | 'compose', {...})`,
// whose `check({ document, context, options, settings, report })` gets that file's model.
export { defineFileRule, defineRule } from './rule.js';
export type { AuditSettings, DocumentKind, DocumentRule, DocumentRuleContext, DockerfileRule, ReportDescriptor, Rule, RuleContext } from './rule.js';
export type { FileKind, RuleDocs, RuleMeta } from '../findings/index.js';
// The rule behind RA201-RA204, for OS package managers: every requested package must name one exact version.
export { unpinnedOsPackageRule, type OsPackageRuleOptions } from './os-package-rule.js';
// Whether an OS install takes its packages from a repository snapshot that never changes (a pin of every package),
// or from a repository of one release (Alpine's `v3.20/main`), pinned at the release level only.
export { installsFromSnapshot, repositoryPinOf, type RepositoryPin } from './snapshots.js';

// Findings: what `report` fills in, and Markdown inline code for messages.
export type { Finding, Fix, NixSuggestion, Region, RelatedLocation, Severity, Span, TextEdit } from '../findings/index.js';
export { code } from '../findings/index.js';

// The Dockerfile model (`context.model`) and the questions asked of it.
export type {
  ArgDeclaration,
  Directive,
  DockerfileModel,
  ImageName,
  ImageReference,
  Instruction,
  InstructionArg,
  InstructionFlag,
  Property,
  ShellUnit,
  Stage,
} from '../model/index.js';
export {
  argumentsSource,
  argumentsText,
  findStage,
  instructionLocation,
  instructionText,
  instructionsWithTriggers,
  imagePinProblem,
  isFullSha256Digest,
  isWindowsImage,
  parseImageName,
  regionOfWords,
  shellCommands,
  variablesOf,
  stageChain,
  stageLabel,
} from '../model/index.js';

// The parsed shell of a RUN (`instruction.script`) or of a shell unit (`context.units`): commands with wrappers removed, words with known values.
export type { Heredoc, PackageManager, PackageOperation, PackageSpec, ShellCommand, ShellRedirect, ShellScript, ShellWord, ToolchainRequest, VariableScope } from '../shell/index.js';
// What is known about programs, by name: one table for shells, interpreters, downloaders, wrappers, package managers, verifiers.
export {
  buildStampOf,
  commandName,
  downloaderName,
  isDownloader,
  isInterpreter,
  isShellName,
  isVerifier,
  managersOf,
  packageManagerOf,
  programName,
  type PackageEcosystem,
} from '../shell/index.js';
export { contains, downloadUrls, isVerificationInput, urlText, webClientCall, type WebClientCall } from '../shell/index.js';
// Which file a download writes, which file a check verifies, which downloads become trusted keys, and which keys a command fetches and trusts itself.
export { checksFingerprint, downloadedFiles, fileKey, keysFetchedBy, operandKeys, treatment, trustedOnArrival, trustLabel, trustsKey } from '../shell/index.js';
export { hasOption, splitArgs, type SplitArgs } from '../shell/index.js';
export { comesFromBaseImage, environmentValue, isExactToolchain, normalizePythonName, packageOperationOf, poetryReleaseInstalledBy, toolchainRequestsOf, writtenName } from '../shell/index.js';
// Why a word's value is unknown, in the one wording messages use (` (`V` has no value here, ...)`).
export { unknownValueNote } from './unknown-values.js';
// Package-manager operations of shell units (installs, upgrades, lockfile installs, one-off runs),
// and the toolchains they ask for by channel or version (rustup, uv python, corepack).
export { packageOperationsOf, toolchainRequestsIn } from './packages.js';

// Files of the build context (`context.context`), found through the COPYs that brought them.
export {
  commandsBefore,
  locateContextFile,
  presenceInStage,
  readCondaFiles,
  readPipRequirements,
  readToolchainFile,
  shellDirectoryBefore,
  workdirAt,
  type BuildContextReader,
  type CondaFiles,
  type CondaFileSpec,
  type FileRequirement,
  type LocatedFile,
  type PipRequirements,
  type Presence,
  type ToolchainFile,
  type UnreadableRequirements,
} from '../build-context/index.js';

// The Nix way of solving a finding: suggestions in terms of nixpkgs attributes that exist.
export { nixForAddUrl, nixForDownload, nixForGitClone, nixForImage, nixForNativeCpu, nixForPackages, nixOncePerInstall, type InstallNix } from '../nix/index.js';

// Nix files (`document` of a `nix` rule; a `flake.nix` carries the `flake.lock` beside it) and flake
// locks (`flake-lock` rules): the syntax tree as tree-sitter-nix names its nodes, and the questions
// asked of it (which builtin a name is, calls, literal strings, attribute sets, a flake's inputs).
export type { FlakeInput, FlakeLock, FlakeValue, LockNode, LockValue, NixBinding, NixFile, NixNode } from '../nixlang/index.js';
export {
  flakeHubFlake,
  flakeInputs,
  flakeRefAttributes,
  nixAttr,
  nixAttrsetShape,
  nixBindings,
  nixBuiltinName,
  nixCall,
  nixChild,
  nixChildren,
  nixDottedName,
  nixInDeadVersionBranch,
  nixStringValue,
  nixText,
  nixUnwrap,
  nixWalk,
  nixpkgsLockInputs,
  type NixAttrsetShape,
  type NixpkgsLockInput,
} from '../nixlang/index.js';

// GitHub Actions workflows and action metadata (`workflow` rules): every `uses:`, container image and `run:` step.
export type { ActionReference, ActionsLock, CiImage, RunStep, WorkflowFile } from '../workflows/index.js';

// Compose files (`compose` rules): services with their images and builds; Compose's `${VARIABLE}` interpolation.
export type { ComposeBuild, ComposeFile, ComposeService, Interpolation } from '../compose/index.js';
export { interpolate } from '../compose/index.js';
