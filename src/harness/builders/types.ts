import type { BuildStep, InstrumentedDockerfile } from '../dockerfile/instrument.js';
import type { BuildMachine, ImageIndex, LayerChain } from '../image/index.js';
import type { HostFacts } from '../machine/facts.js';
import type { LegSpec } from '../variation/legs.js';
import type { Cleanup } from '../run/cleanup.js';
import type { StepDeath } from './step-death.js';

/** Output of one step of a leg, as the builder printed it. */
export interface StepLog {
  /** The instrumented step, when the builder's step number could be mapped. */
  step?: BuildStep;
  /** The builder's own header, e.g. `Step 3/5 : RUN make`. */
  header: string;
  /** Last lines of the step's output (bounded). */
  lines: string[];
  /** Lines where the engine or QEMU reported a death by signal, kept however much followed them. */
  signalReports: string[];
}

export interface StepFailure {
  /** The step that failed (undefined when the builder did not say which). */
  step?: BuildStep;
  /** Exit code of the step's command, when it ran and exited non-zero. */
  exitCode?: number;
  /** The signal that killed the step's program, when the engine's output shows one. */
  death?: StepDeath;
  /** The builder's error message. */
  message: string;
  /** Tail of the failing step's output. */
  outputTail: string[];
}

/** A leg's image as exported for the comparison. */
export interface LegImage {
  /** A `docker save` archive or an OCI image layout directory. */
  path: string;
  /** Indexes of the base images' layers, known before the build (see `IndexOptions.knownChains`). */
  knownChains: readonly LayerChain[];
  /** Blobs the export left out: layers of `knownChains`, which nothing needs to read. */
  absentBlobs: ReadonlySet<string>;
  /** Exports the image again with every layer, for when a left-out layer's content is needed. */
  exportWhole?: () => Promise<string>;
  /** Its index, when it was started before the comparison (while the other leg builds). */
  index?: Promise<ImageIndex>;
}

export interface LegResult {
  leg: LegSpec;
  /** The built image; undefined when the build failed or nothing will be compared with it. */
  image?: LegImage;
  steps: StepLog[];
  failure?: StepFailure;
  /** Wall-clock milliseconds of the builder's build command alone (its wait for `notBefore` left out). */
  buildMs: number;
  /** Milliseconds spent waiting for the request's `notBefore` (the time axis), before or inside the build. */
  clockWaitMs: number;
  /** The probe held the build's steps back until `notBefore` (and said how long it waited). */
  clockHeldByProbe?: boolean;
  /** Wall-clock milliseconds spent exporting the image. */
  exportMs: number;
  /** When the build started and ended (export excluded): the times the builder stamps fall in. */
  startedAt: Date;
  finishedAt: Date;
  /** The machine the leg ran on, as the leg saw it (set once its probe is read). */
  machine?: BuildMachine;
}

export interface LegBuildRequest {
  leg: LegSpec;
  dockerfile: InstrumentedDockerfile;
  /** A private copy of the build context for this leg (its directory name is the leg's). */
  contextDir: string;
  /** The user's --build-arg values (the harness's are in `leg.harnessArgs`). */
  buildArgs: Record<string, string>;
  /** Directory for this leg's temporary files; removed by the run's cleanup. */
  workDir: string;
  cleanup: Cleanup;
  /** Receives every output line, for progress. */
  onLine: (line: string) => void;
  /** Aborts the build (timeout, Ctrl-C). */
  signal: AbortSignal;
  /** Export the built image; false when nothing will be compared with it (the other leg failed). */
  exportImage: boolean;
  /** The time axis: no instruction of the Dockerfile may run before this time. */
  notBefore?: Date;
}

export interface Builder {
  readonly kind: LegSpec['builder'];
  /** Describes the engine for messages, e.g. `Docker Engine 20.10.24 at unix:///var/run/docker.sock`. */
  describe(): string;
  /** Makes base images available to the builder (no pulls from registries). */
  prepare(baseImages: readonly string[], workDir: string, cleanup: Cleanup, signal: AbortSignal): Promise<void>;
  build(request: LegBuildRequest): Promise<LegResult>;
  /** The host its legs run on (name, kernel, CPU, builder version), for build records. */
  hostFacts(baseImages: readonly string[], cleanup: Cleanup, signal: AbortSignal): Promise<HostFacts>;
  /** How the builder's own timestamps are held equal between legs. */
  readonly stamps: 'clamped' | 'masked';
}
