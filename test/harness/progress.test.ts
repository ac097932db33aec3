import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/harness/run/progress.js';

describe('rebuild progress', () => {
  it('shows the control characters a Dockerfile step quotes instead of sending them to the terminal', () => {
    for (const isTTY of [false, true]) {
      let written = '';
      const progress = createProgress({ write: (text: string) => (written += text), isTTY }, { TERM: 'xterm' });
      progress.phase('leg a: building');
      progress.step('STEP 3/4: RUN echo "\u001b]0;owned\u0007" \u202e');
      progress.note('warning: a \r carriage return');
      progress.phase('comparing');
      progress.stop();
      const ours = written.replace(/\r\u001b\[2K/g, '');
      expect(ours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
      expect(written).toContain('\\x1b]0;owned\\x07');
    }
  });
});
