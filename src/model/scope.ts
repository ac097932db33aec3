import type { VariableScope } from '../shell/index.js';
import type { Stage } from './types.js';

interface History {
  /** Versions at which the name was set, ascending. */
  versions: number[];
  values: (string | undefined)[];
}

/**
 * One scope's variables as they change, instruction by instruction (a stage's, or the global one).
 * Every instruction keeps a view of them, so the views share one record instead of each ARG or ENV
 * copying the whole scope: a file of 10,000 ARGs used to make 10,000 copies of a scope that grows
 * to 10,000 names.
 * `now()` hands out a view that later `set`s do not change; views cost nothing until a variable
 * changes after them, and a lookup is a binary search in that variable's own history.
 */
export class ScopeTimeline {
  private readonly histories = new Map<string, History>();
  private version = 0;
  private view: VariableScope | undefined;

  constructor(initial: Iterable<readonly [string, string | undefined]> = []) {
    for (const [name, value] of initial) this.set(name, value);
  }

  set(name: string, value: string | undefined): void {
    if (this.view) {
      // A view of the current version was handed out: changes go to the next one.
      this.version++;
      this.view = undefined;
    }
    const history = this.histories.get(name);
    if (!history) this.histories.set(name, { versions: [this.version], values: [value] });
    else if (history.versions.at(-1) === this.version) history.values[history.values.length - 1] = value;
    else {
      history.versions.push(this.version);
      history.values.push(value);
    }
  }

  /** The variables as they are now. */
  now(): VariableScope {
    if (!this.view) {
      const version = this.version;
      this.view = { get: (name) => this.lookup(name, version)?.value, has: (name) => this.lookup(name, version) !== undefined };
    }
    return this.view;
  }

  /** Names with their current values, in the order they were first set. */
  *entries(): Generator<[string, string | undefined]> {
    for (const [name, history] of this.histories) yield [name, history.values.at(-1)];
  }

  private lookup(name: string, version: number): { value: string | undefined } | undefined {
    const history = this.histories.get(name);
    if (!history || history.versions[0]! > version) return undefined;
    // The last change at or before `version`.
    let low = 0;
    let high = history.versions.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (history.versions[middle]! <= version) low = middle;
      else high = middle - 1;
    }
    return { value: history.values[low] };
  }
}

/** ARGs BuildKit defines in the global scope without a declaration. */
const AUTOMATIC_PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];

/**
 * The scopes of one file as it is read, instruction by instruction: the global scope before the
 * first FROM, then each stage's own. ARG does not cross stages; ENV crosses into stages built FROM
 * a stage, so each stage's ENV is also kept on its own. A stage's ENV only changes while the stage is
 * read, before any later stage can start FROM it.
 */
export class FileScopes {
  /** Automatic platform ARGs are unknown (they depend on the builder) unless `--build-arg` sets them. */
  readonly global: ScopeTimeline;
  private current: ScopeTimeline;
  private env = new Map<string, string | undefined>();
  private readonly stageEnv = new Map<Stage, Map<string, string | undefined>>();
  private inStage = false;

  constructor(private readonly buildArgs: Readonly<Record<string, string>>) {
    this.global = new ScopeTimeline(AUTOMATIC_PLATFORM_ARGS.map((name) => [name, buildArgs[name]]));
    this.current = this.global;
  }

  /** The variables the next instruction sees. */
  now(): VariableScope {
    return this.current.now();
  }

  /** A new stage starts, with the ENV of the stage it is built from, if any. */
  enterStage(stage: Stage, parent: Stage | undefined): void {
    this.env = new Map(parent ? this.stageEnv.get(parent) ?? [] : []);
    this.current = new ScopeTimeline(this.env);
    this.stageEnv.set(stage, this.env);
    this.inStage = true;
  }

  /** `ARG NAME[=default]`: `--build-arg` wins; inside a stage, `ARG NAME` re-imports the global value. */
  declareArg(name: string, defaultValue: string | undefined): void {
    this.current.set(name, this.buildArgs[name] ?? defaultValue ?? (this.inStage ? this.global.now().get(name) : undefined));
  }

  setEnv(name: string, value: string | undefined): void {
    this.current.set(name, value);
    this.env.set(name, value);
  }
}
