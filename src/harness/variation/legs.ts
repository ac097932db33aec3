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
  /** Build args the harness passes (SOURCE_DATE_EPOCH, TZ, LANG, LC_ALL), on top of the user's. */
  harnessArgs: Record<string, string>;
  /** CPUs the build may use, e.g. `0` or `0-1`; undefined = no restriction. */
  cpuset?: string;
  /** Expected number of CPUs visible to build steps when `cpuset` is set. */
  expectedCpus?: number;
  /** Directory name the context is copied to (build-path axis), unique per leg. */
  contextDirName: string;
  network: 'none' | 'default';
}

export interface LegPair {
  varied: Axis[];
  legs: [LegSpec, LegSpec];
}

/** Minimum wall-clock gap between the starts of the two legs when `time` varies. */
export const TIME_AXIS_GAP_MS = 1_000;

/** The arg names the harness injects so build steps see them (declared after each FROM). */
export const HARNESS_ARG_NAMES = ['SOURCE_DATE_EPOCH', 'TZ', 'LANG', 'LC_ALL'] as const;

export interface LegPairOptions {
  varied: Axis[];
  builder: BuilderKind;
  network: 'none' | 'default';
  /** CPUs of the host (for the parallelism axis). */
  hostCpus?: number;
}

/** Builds the two legs: equal in every field except those of the varied axes. */
export function makeLegPair(options: LegPairOptions): LegPair {
  const hostCpus = options.hostCpus ?? os.availableParallelism();
  const varies = (axis: Axis) => options.varied.includes(axis);
  const make = (name: 'a' | 'b'): LegSpec => {
    const second = name === 'b';
    const pick = <T>(axis: Axis, first: T, other: T): T => (varies(axis) && second ? other : first);
    const harnessArgs: Record<string, string> = {};
    if (varies('time')) harnessArgs.SOURCE_DATE_EPOCH = pick('time', '1000000000', '1700000000');
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
    if (varies('cpu')) leg.cpuModel = pick<CpuModel>('cpu', 'Westmere', 'max');
    if (varies('parallelism')) {
      const cpus = pick('parallelism', 1, hostCpus);
      leg.cpuset = cpus === 1 ? '0' : `0-${cpus - 1}`;
      leg.expectedCpus = cpus;
    }
    return leg;
  };
  return { varied: [...options.varied], legs: [make('a'), make('b')] };
}
