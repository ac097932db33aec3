import { AXES } from '../variation/axes.js';
import type { BuildMachine } from '../image/types.js';
import type { ProbeVerdict } from '../probe/verify.js';
import type { LegPair, LegSpec } from '../variation/legs.js';
import type { HostFacts } from './facts.js';

/**
 * The machine one leg ran on, as the leg saw it: its host's, except the CPU of a leg whose steps ran
 * under QEMU, which is the emulated model with the features its probe read from CPUID (/proc/cpuinfo
 * shows the host's CPU even there).
 */
export function legMachine(host: HostFacts, leg: LegSpec, pair: LegPair, probe: ProbeVerdict | undefined, stampWindow?: { startedAt: Date; finishedAt: Date }): BuildMachine {
  const cpu: BuildMachine['cpu'] = !leg.cpuModel
    ? host.cpu
    : probe?.cpuFlags
      ? { model: `QEMU ${leg.cpuModel} (emulated)`, flags: probe.cpuFlags, source: 'cpuid-probe' }
      : { model: `QEMU ${leg.cpuModel} (emulated)`, flags: [], source: 'unknown', unknownBecause: 'the CPU probe did not report' };
  return {
    ...host,
    cpu,
    sourceDateEpoch: pair.sourceDateEpoch,
    axesHeld: AXES.filter((axis) => !pair.varied.includes(axis)),
    axesVaried: [...pair.varied],
    ...(stampWindow ? { buildWindow: { startedAt: stampWindow.startedAt.toISOString(), finishedAt: stampWindow.finishedAt.toISOString() } } : {}),
  };
}
