/**
 * Reading GitHub Actions workflows and action metadata into the model rules ask: every `uses:`,
 * every container image, every `run:` step with its shell. Loaded on demand (it needs the YAML reader).
 */
import path from 'node:path';
import type { Span } from '../findings/index.js';
import type { ShellUnit } from '../model/index.js';
import { loadYamlReader, type YamlSource } from '../yaml-source/index.js';
import { runStepUnits } from './run-units.js';
import type { ActionReference, ActionsLock, CiImage, RunStep, WorkflowFile } from './types.js';

const { mapEntries, mapGet, parseYamlSource, scalarOf, seqItems, spanOf } = await loadYamlReader();

/** `lockKey`: the workflow's path in its repository, for `actions.lock` (workflows in `.github/workflows/` only). */
export function parseWorkflow(text: string, file: string, lockKey?: string): WorkflowFile {
  const source = parseYamlSource(text, file);
  const isAction = /^action\.ya?ml$/i.test(path.basename(file));
  const workflow: WorkflowFile = {
    file,
    text,
    positions: source.positions,
    kind: isAction ? 'action' : 'workflow',
    uses: [],
    images: [],
    runs: [],
    units: [],
    comments: source.comments.map((comment) => comment.span),
    errors: source.errors,
  };
  if (lockKey) workflow.lockKey = lockKey;
  if (!source.root) return workflow;
  const reader = new WorkflowReader(source, workflow);
  if (isAction) reader.readAction(source.root);
  else reader.readWorkflow(source.root);
  // Read on first use, as a Dockerfile's RUN scripts are: a PowerShell step needs its grammar,
  // which only an audit of the steps loads (fixing action pins reads no step).
  let units: ShellUnit[] | undefined;
  Object.defineProperty(workflow, 'units', { get: () => (units ??= runStepUnits(workflow)), enumerable: true });
  return workflow;
}

class WorkflowReader {
  constructor(
    private readonly source: YamlSource,
    private readonly workflow: WorkflowFile,
  ) {}

  readWorkflow(root: unknown): void {
    const workflowShell = this.defaultShell(root);
    for (const { key: job, keySpan, value } of mapEntries(mapGet(root, 'jobs', this.source), this.source)) {
      const anchor = spanOf(value) ? { start: keySpan.start, end: spanOf(value)!.end } : keySpan;
      const called = scalarOf(mapGet(value, 'uses', this.source), this.source);
      if (called) this.addUses(called, anchor);
      const container = mapGet(value, 'container', this.source);
      this.addImage(scalarOf(container, this.source) ?? scalarOf(mapGet(container, 'image', this.source), this.source), 'container', anchor, job);
      for (const service of mapEntries(mapGet(value, 'services', this.source), this.source)) {
        const serviceAnchor = { start: service.keySpan.start, end: spanOf(service.value)?.end ?? service.keySpan.end };
        this.addImage(scalarOf(mapGet(service.value, 'image', this.source), this.source), 'service', serviceAnchor, job, service.key);
      }
      const runsOn = scalarOf(mapGet(value, 'runs-on', this.source), this.source)?.value;
      this.readSteps(mapGet(value, 'steps', this.source), this.defaultShell(value) ?? workflowShell, runsOn);
    }
  }

  readAction(root: unknown): void {
    const runs = mapGet(root, 'runs', this.source);
    const image = scalarOf(mapGet(runs, 'image', this.source), this.source);
    if (image?.value.startsWith('docker://')) this.addImage(image, 'action-image', spanOf(runs) ?? image.span);
    this.readSteps(mapGet(runs, 'steps', this.source), undefined, undefined);
  }

  private readSteps(steps: unknown, defaultShell: string | undefined, runsOn: string | undefined): void {
    for (const step of seqItems(steps, this.source)) {
      const anchor = spanOf(step);
      if (!anchor) continue;
      const uses = scalarOf(mapGet(step, 'uses', this.source), this.source);
      if (uses) this.addUses(uses, anchor);
      const run = scalarOf(mapGet(step, 'run', this.source), this.source);
      if (run) {
        const shell = scalarOf(mapGet(step, 'shell', this.source), this.source)?.value ?? defaultShell;
        const entry: RunStep = { run, anchor };
        if (shell !== undefined) entry.shell = shell;
        if (runsOn !== undefined) entry.runsOn = runsOn;
        this.workflow.runs.push(entry);
      }
    }
  }

  private defaultShell(node: unknown): string | undefined {
    return scalarOf(mapGet(mapGet(mapGet(node, 'defaults', this.source), 'run', this.source), 'shell', this.source), this.source)?.value;
  }

  private addUses(uses: NonNullable<ReturnType<typeof scalarOf>>, anchor: Span): void {
    const value = uses.value.trim();
    const reference: ActionReference = { uses, kind: 'action', anchor };
    const comment = this.commentAfter(uses.span.end);
    if (comment !== undefined) reference.comment = comment;
    if (value.startsWith('./') || value.startsWith('.\\')) reference.kind = 'local';
    else if (value.startsWith('docker://')) {
      reference.kind = 'docker';
      this.addImage(uses, 'docker-step', anchor);
    } else {
      const at = value.lastIndexOf('@');
      if (at <= 0) return;
      reference.name = value.slice(0, at);
      reference.ref = value.slice(at + 1);
      if (/\/\.github\/workflows\/[^/]+\.ya?ml$/.test(reference.name)) reference.kind = 'reusable-workflow';
    }
    this.workflow.uses.push(reference);
  }

  private addImage(image: ReturnType<typeof scalarOf>, usage: CiImage['usage'], anchor: Span, job?: string, service?: string): void {
    if (!image || image.value.trim() === '') return;
    const entry: CiImage = { image, reference: image.value.trim().replace(/^docker:\/\//, ''), usage, anchor };
    if (job !== undefined) entry.job = job;
    if (service !== undefined) entry.service = service;
    this.workflow.images.push(entry);
  }

  /** The text of a comment that starts on the same line, after `offset`. */
  private commentAfter(offset: number): string | undefined {
    const line = this.workflow.positions.lineOf(offset);
    const comment = this.source.comments.find((candidate) => candidate.span.start >= offset && this.workflow.positions.lineOf(candidate.span.start) === line);
    return comment?.text.replace(/^#\s*/, '').trim();
  }
}

/** Reads `actions.lock`; a file that is not the format we know reads as locking nothing. */
export function parseActionsLock(text: string, file: string): ActionsLock {
  const source = parseYamlSource(text, file);
  const lock: ActionsLock = { file, workflows: new Map(), commits: new Map() };
  if (source.errors.length > 0 || !source.root) return lock;
  for (const { key, value } of mapEntries(mapGet(source.root, 'workflows', source), source)) {
    lock.workflows.set(key, new Set(seqItems(value, source).flatMap((item) => scalarOf(item, source)?.value ?? [])));
  }
  for (const { key, value } of mapEntries(mapGet(source.root, 'dependencies', source), source)) {
    const commit = scalarOf(mapGet(value, 'commit', source), source)?.value.replace(/^sha1-/, '');
    if (commit && /^[0-9a-f]{40}$/.test(commit)) lock.commits.set(key, commit);
  }
  return lock;
}
