import { terminalText } from '../../report/index.js';

/**
 * Progress of a rebuild on stderr: a spinner line with the current phase and step on a TTY, plain
 * timestamped lines otherwise (pipes, CI logs), where a spinner would only add noise.
 */
export interface Progress {
  /** A new phase, e.g. `leg a (Westmere): building`. */
  phase(text: string): void;
  /** A builder step header, e.g. `Step 3/5 : RUN make`. */
  step(text: string): void;
  /** A message that stays visible (warnings). */
  note(text: string): void;
  stop(): void;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createProgress(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): Progress {
  const interactive = Boolean(stream.isTTY) && env.CI !== 'true' && env.TERM !== 'dumb';
  return interactive ? new SpinnerProgress(stream) : new LineProgress(stream);
}

class LineProgress implements Progress {
  private readonly started = Date.now();
  constructor(private readonly stream: ProgressStream) {}
  private write(text: string) {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1).padStart(6);
    // Step headers quote the Dockerfile: its text is shown, never run by the terminal.
    this.stream.write(`[rebuild ${seconds}s] ${terminalText(text)}\n`);
  }
  phase(text: string) {
    this.write(text);
  }
  step(text: string) {
    this.write(`  ${text}`);
  }
  note(text: string) {
    this.write(text);
  }
  stop() {}
}

class SpinnerProgress implements Progress {
  private frame = 0;
  private phaseText = '';
  private stepText = '';
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly stream: ProgressStream) {
    this.timer = setInterval(() => this.render(), 100);
    this.timer.unref();
  }
  private render() {
    this.frame = (this.frame + 1) % FRAMES.length;
    const columns = (this.stream as { columns?: number }).columns ?? 100;
    const line = `${FRAMES[this.frame]} ${terminalText(this.phaseText)}${this.stepText ? ` — ${terminalText(this.stepText)}` : ''}`;
    this.stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
  }
  phase(text: string) {
    if (this.phaseText) this.stream.write(`\r\x1b[2K✔ ${terminalText(this.phaseText)}\n`);
    this.phaseText = text;
    this.stepText = '';
    this.render();
  }
  step(text: string) {
    this.stepText = text;
  }
  note(text: string) {
    this.stream.write(`\r\x1b[2K${terminalText(text)}\n`);
    this.render();
  }
  stop() {
    clearInterval(this.timer);
    if (this.phaseText) this.stream.write(`\r\x1b[2K✔ ${terminalText(this.phaseText)}\n`);
    this.phaseText = '';
  }
}
