import { InterruptedError } from '../harness/index.js';
import { EXIT } from './io.js';

export interface InterruptHandle {
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal;
  /** The signal that interrupted the run, if any. */
  readonly received: NodeJS.Signals | undefined;
  dispose(): void;
}

/**
 * Turns SIGINT/SIGTERM into an abort so the run unwinds through its cleanup instead of dying with
 * containers and storage left behind. A second signal exits at once.
 */
export function handleInterrupts(): InterruptHandle {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(interruptedExit(signal));
    received = signal;
    controller.abort(new InterruptedError(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** 128 + the signal's number, as a shell reports a command the signal ended. */
export function interruptedExit(signal: NodeJS.Signals): number {
  return EXIT.interrupted[signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM'];
}
