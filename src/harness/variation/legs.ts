import os from 'node:os';
import type { Axis, BuilderKind } from './axes.js';

/** A CPU model QEMU user-mode presents to build steps. */
export type CpuModel = 'Westmere' | 'max';

/** What the probe must observe inside a leg for its CPU model. */
export const CPU_MODEL_FEATURES: Record<CpuModel, { avx: boolean; avx2: boolean }> = {
  Westmere: { avx: false, avx2: false },
  max: { avx: true, avx2: true },
};

/**
 * Everything that defines one build of a comparison. Two legs differ exactly in the fields their
 * varied axes control; the attribution reads `varied` to say which input a difference came from.
 */
export interface LegSpec {
  /** `a` or `b`; also used in temp names and messages. */
  name: 'a' | 'b';
  builder: BuilderKind;
  /** Set when build steps run under QEMU with this CPU model (cpu axis). */
  cpuModel?: CpuModel;
  /**
   * Build args the harness passes on top of the user's: SOURCE_DATE_EPOCH always (the same value in
   * both legs: it is an input of a reproducible build, not a variation), TZ/LANG/LC_ALL when varied.
   */
  harnessArgs: Record<string, string>;
  /** CPUs the build may use, e.g. `0` or `0-1`; undefined = no restriction. */
  cpuset?: string;
  /** Expected number of CPUs visible to build steps when `cpuset` is set. */
  expectedCpus?: number;
  /** Directory name the context is copied to (build-path axis), unique per leg. */
  contextDirName: string;
  network: 'none' | 'default';
  /**
   * Time axis: no step of the leg's Dockerfile runs until this long after the previous leg's build
   * ended, so every step sees a later clock than the same step of the other leg (`date` output
   * differs). The builder waits before it starts, or (buildah) its probe holds the steps back.
   */
  clockLaterByMs?: number;
}

export interface LegPair {
  varied: Axis[];
  legs: [LegSpec, LegSpec];
  /** The SOURCE_DATE_EPOCH both legs build with. */
  sourceDateEpoch: string;
}

/** How much later leg b's clock is on the time axis: past a whole second, so `date` output differs. */
export const TIME_AXIS_GAP_MS = 1_100;

/**
 * SOURCE_DATE_EPOCH when the user passes none (2023-11-14T22:13:20Z). Any fixed value holds the input
 * equal in both legs; this one is recent enough that tools accept it as a build date.
 */
export const DEFAULT_SOURCE_DATE_EPOCH = '1700000000';

/** The arg names the harness injects so build steps see them (declared after each FROM). */
export const HARNESS_ARG_NAMES = ['SOURCE_DATE_EPOCH', 'TZ', 'LANG', 'LC_ALL'] as const;

export interface LegPairOptions {
  varied: Axis[];
  builder: BuilderKind;
  network: 'none' | 'default';
  /** The user's `--build-arg SOURCE_DATE_EPOCH`, else the default. */
  sourceDateEpoch?: string;
  /** CPUs of the host (for the parallelism axis). */
  hostCpus?: number;
}

/** Builds the two legs: equal in every field except those of the varied axes. */
export function makeLegPair(options: LegPairOptions): LegPair {
  const hostCpus = options.hostCpus ?? os.availableParallelism();
  const sourceDateEpoch = options.sourceDateEpoch ?? DEFAULT_SOURCE_DATE_EPOCH;
  const varies = (axis: Axis) => options.varied.includes(axis);
  const make = (name: 'a' | 'b'): LegSpec => {
    const second = name === 'b';
    const pick = <T>(axis: Axis, first: T, other: T): T => (varies(axis) && second ? other : first);
    const harnessArgs: Record<string, string> = { SOURCE_DATE_EPOCH: sourceDateEpoch };
    if (varies('timezone')) harnessArgs.TZ = pick('timezone', 'UTC', 'Pacific/Kiritimati');
    if (varies('locale')) {
      harnessArgs.LANG = pick('locale', 'C', 'en_US.UTF-8');
      harnessArgs.LC_ALL = harnessArgs.LANG;
    }
    const leg: LegSpec = {
      name,
      builder: options.builder,
      harnessArgs,
      contextDirName: varies('build-path') && second ? 'ctx-b-renamed/deeper' : 'ctx',
      network: options.network,
    };
    if (varies('time') && second) leg.clockLaterByMs = TIME_AXIS_GAP_MS;
    if (varies('cpu')) leg.cpuModel = pick<CpuModel>('cpu', 'Westmere', 'max');
    if (varies('parallelism')) {
      const cpus = pick('parallelism', 1, hostCpus);
      leg.cpuset = cpus === 1 ? '0' : `0-${cpus - 1}`;
      leg.expectedCpus = cpus;
    }
    return leg;
  };
  return { varied: [...options.varied], legs: [make('a'), make('b')], sourceDateEpoch };
}

/** Short description of a leg for messages, e.g. `CPU Westmere, no AVX`. */
export function describeLeg(leg: LegSpec, varied: readonly Axis[]): string {
  const parts: string[] = [];
  if (leg.cpuModel) parts.push(leg.cpuModel === 'Westmere' ? 'CPU Westmere, no AVX' : 'CPU max, AVX/AVX2');
  for (const [name, value] of Object.entries(leg.harnessArgs)) if (name !== 'LC_ALL' && name !== 'SOURCE_DATE_EPOCH') parts.push(`${name}=${value}`);
  if (leg.cpuset) parts.push(`cpus ${leg.cpuset}`);
  if (leg.clockLaterByMs) parts.push(`clock ≥ ${(leg.clockLaterByMs / 1000).toFixed(1)} s after leg a`);
  if (varied.includes('build-path')) parts.push(`context …/${leg.contextDirName}`);
  return parts.join(', ') || `leg ${leg.name}`;
}
