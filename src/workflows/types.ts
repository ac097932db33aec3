import type { PositionMapper, Span } from '../findings/index.js';
import type { ShellUnit } from '../model/index.js';
import type { YamlScalar } from '../yaml-source/index.js';

/** What a `uses:` names. */
export interface ActionReference {
  uses: YamlScalar;
  /**
   * `action`: `owner/repo[/path]@ref` run as a step; `reusable-workflow`: a job calling
   * `owner/repo/.github/workflows/x.yml@ref`; `local`: `./path` in this repository; `docker`:
   * `docker://image`.
   */
  kind: 'action' | 'reusable-workflow' | 'local' | 'docker';
  /** `owner/repo` or `owner/repo/path`, for actions and reusable workflows. */
  name?: string;
  ref?: string;
  /** The comment after the value on the same line, `#` removed (`v4.2.1` beside a commit). */
  comment?: string;
  /** The step or job that holds it (a suppression comment above it applies). */
  anchor: Span;
}

/** A container image a workflow or action runs: `container:`, `services:`, `docker://` steps, a Docker action's image. */
export interface CiImage {
  image: YamlScalar;
  /** The image reference, `docker://` removed. */
  reference: string;
  usage: 'container' | 'service' | 'docker-step' | 'action-image';
  /** The job, service or step that holds it. */
  anchor: Span;
  /** `container`/`service`: the job's id; `service`: and the service's name. */
  job?: string;
  service?: string;
}

/** A step with a `run:` script (shell analysis needs it; kept with its shell). */
export interface RunStep {
  run: YamlScalar;
  /** The step's `shell:`, else the job's or workflow's `defaults.run.shell`; undefined: the runner's default. */
  shell?: string;
  /** The job's `runs-on` as written, when it is plain text (a Windows runner defaults to PowerShell). */
  runsOn?: string;
  anchor: Span;
}

/**
 * `.github/workflows/actions.lock`, written by `gh actions-lock`: for each workflow it onboards
 * (by its path in the repository), the actions it uses (`owner/repo@ref`), and for each of those
 * the commit GitHub runs instead of whatever the ref names at run time.
 */
export interface ActionsLock {
  file: string;
  /** Workflow path (`.github/workflows/ci.yml`) → the `uses:` values it locks. */
  workflows: Map<string, Set<string>>;
  /** `owner/repo@ref` → the locked commit (hex). */
  commits: Map<string, string>;
}

/** A GitHub Actions workflow, or the metadata file of an action (`action.yml`). */
export interface WorkflowFile {
  file: string;
  text: string;
  positions: PositionMapper;
  kind: 'workflow' | 'action';
  uses: ActionReference[];
  images: CiImage[];
  runs: RunStep[];
  /** The `run:` scripts that run in bash or sh, parsed: the shell rules read them as they read RUNs. */
  units: ShellUnit[];
  comments: Span[];
  errors: Array<{ span: Span; message: string }>;
  /**
   * For a workflow in `.github/workflows/`: its path in the repository, the key of
   * `actions.lock`, and the lock itself (`null` when the repository has none).
   */
  lockKey?: string;
  actionsLock?: ActionsLock | null;
}
