/**
 * Everything a rebuild creates (temp dirs, images, containers, storage roots, processes) is
 * registered here the moment it exists, and released in reverse order when the run ends, fails, times
 * out or is interrupted. A failing release is reported but never stops the others.
 */
export class Cleanup {
  private readonly actions: { label: string; release: () => Promise<void> | void }[] = [];
  private running: Promise<string[]> | undefined;

  /** Registers a release action; returns a function that runs it early (and unregisters it). */
  add(label: string, release: () => Promise<void> | void): () => Promise<void> {
    const entry = { label, release };
    this.actions.push(entry);
    return async () => {
      const index = this.actions.indexOf(entry);
      if (index < 0) return;
      this.actions.splice(index, 1);
      await release();
    };
  }

  get size(): number {
    return this.actions.length;
  }

  /** Releases everything, newest first. Returns messages for releases that failed. Idempotent. */
  run(): Promise<string[]> {
    this.running ??= (async () => {
      const problems: string[] = [];
      while (this.actions.length > 0) {
        const entry = this.actions.pop()!;
        try {
          await entry.release();
        } catch (error) {
          problems.push(`could not clean up ${entry.label}: ${(error as Error).message}`);
        }
      }
      return problems;
    })();
    return this.running;
  }
}

export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly signalName: NodeJS.Signals) {
    super(`interrupted by ${signalName}`);
  }
}
