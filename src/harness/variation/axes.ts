/**
 * The variation axes of `repro-audit rebuild`: what differs between the two legs of a comparison.
 * Each axis names one environmental input a build may (wrongly) depend on; the two legs differ in
 * exactly the axes the user selected and agree on everything else.
 *
 * Not axes, on purpose: the umask of build steps (Docker's runc and buildah's chroot runtime both
 * set 0022 for every RUN, so a build cannot depend on the host's), and the hostname (both builders
 * name each step container randomly, so the two legs always differ in it).
 */

export const AXES = [
  'cpu',
  'time',
  'parallelism',
  'timezone',
  'locale',
  'build-path',
] as const;

export type Axis = (typeof AXES)[number];

export interface AxisInfo {
  /** One line for `--help` and docs. */
  summary: string;
  /** Builders able to apply the axis. */
  builders: readonly BuilderKind[];
}

export type BuilderKind = 'docker' | 'buildah';

export const AXIS_INFO: Record<Axis, AxisInfo> = {
  cpu: { summary: 'CPU feature set: Westmere (no AVX) vs max (AVX/AVX2), via QEMU user-mode', builders: ['buildah'] },
  time: { summary: 'the clock build steps see: the second leg starts over a second after the first ended (SOURCE_DATE_EPOCH stays fixed)', builders: ['docker', 'buildah'] },
  parallelism: { summary: 'CPUs available to the build: one vs all', builders: ['docker', 'buildah'] },
  timezone: { summary: 'TZ: UTC vs Pacific/Kiritimati (UTC+14)', builders: ['docker', 'buildah'] },
  locale: { summary: 'LANG/LC_ALL: C vs en_US.UTF-8', builders: ['docker', 'buildah'] },
  'build-path': { summary: 'directory the build context is copied to', builders: ['docker', 'buildah'] },
};

export function isAxis(name: string): name is Axis {
  return (AXES as readonly string[]).includes(name);
}

/** The axes a builder cannot apply, for a clear usage error. */
export function unsupportedAxes(axes: readonly Axis[], builder: BuilderKind): Axis[] {
  return axes.filter((axis) => !AXIS_INFO[axis].builders.includes(builder));
}
