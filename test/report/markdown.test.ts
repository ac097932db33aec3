import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { GITHUB_COMMENT_LIMIT, markdownReporter, renderMarkdown } from '../../src/report/markdown.js';
import { sampleReport, SAMPLE_RULES } from './sample-report.js';

const options = { root: process.cwd(), color: false };

describe('Markdown reporter', () => {
  it('opens with a one-glance headline and a total line', () => {
    const lines = markdownReporter(sampleReport(), options).split('\n');
    expect(lines[0]).toBe('### ❌ repro-audit: 6 things in 2 Dockerfiles will not rebuild the same tomorrow');
    expect(lines[2]).toBe('**Total:** 6 findings (5 errors, 1 note) · in 2 of 2 audited files · 2 suppressed · 1 could not be audited');
    expect(lines[4]).toBe('Most frequent: `RA101` unpinned-base-image ×3, `RA301` remote-script-piped-to-shell ×2, `RA401` pip-unpinned ×1');
  });

  it('renders one table per file with line, rule, severity, message and fix, cells escaped', () => {
    const markdown = markdownReporter(sampleReport(), options);
    expect(markdown).toContain('#### `test/report/fixtures/app/Dockerfile`\n\n| Line | Rule | Severity | Message | Fix |\n|---:|---|---|---|---|\n');
    expect(markdown).toContain('| 2 | `RA101` unpinned-base-image | 🔴 error | `node:20-alpine` is a mutable tag \\| it moves when the publisher pushes. | Pin `node:20-alpine` to its current digest |');
    // Raw HTML is shown as text and @mentions do not notify anyone.
    expect(markdown).toContain('| 7 | `RA301` remote-script-piped-to-shell | 🔴 error | Runs `https://example.com/install.sh` unverified \\<script\\>alert(1)\\</script\\> as @&#8203;octocat. | Download with `ADD --checksum` and run the verified file. |');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('#### `test/report/fixtures/odd dir/Dockerfile.prod`');
    expect(markdown).not.toContain('flask');
    expect(markdown).toContain('| `test/report/fixtures/broken/Dockerfile` | 3 | Unterminated heredoc \\<\\<EOF started on line 3 |');
  });

  it('puts the Nix way in a collapsed details block', () => {
    const markdown = markdownReporter(sampleReport(), options);
    expect(markdown).toContain(
      '<details><summary>❄️ The Nix way for line 2 (RA101)</summary>\n\n**Nix:** Pull the base with dockerTools.pullImage pinned by digest.\n\n```nix\ndockerTools.pullImage {\n  imageName = "node";',
    );
    expect(markdown.match(/<details>/g)).toHaveLength(2);
    expect(markdown.match(/<\/details>/g)).toHaveLength(2);
  });

  it('says so plainly when nothing was found', () => {
    expect(markdownReporter({ findings: [], errors: [], rules: SAMPLE_RULES, files: ['a/Dockerfile', 'b/Dockerfile'] }, options)).toBe(
      '### ✅ repro-audit: no reproducibility problems found in 2 Dockerfiles\n\n**Total:** 0 findings · in 0 of 2 audited files\n',
    );
  });

  it('stays under GitHub’s comment limit and says where the rest is', () => {
    const base = sampleReport();
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({ ...base.findings[0]!, file: `services/svc-${String(i).padStart(4, '0')}/Dockerfile` }));
    const report = { ...base, findings: many, files: many.map((f) => f.file) };
    const markdown = markdownReporter(report, options);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shownRows = markdown.split('\n').filter((l) => l.startsWith('| 2 |')).length;
    expect(shownRows).toBeGreaterThan(50);
    expect(shownRows).toBeLessThan(3000);
    expect(markdown).toContain(`> ${3000 - shownRows} more findings not shown here to stay within GitHub's size limit. See the SARIF upload in the Security tab, or \`repro-audit --format json\` for all of them.`);
    const small = renderMarkdown(report, { ...options, maxBytes: 5000, fullReportHint: 'the job summary' });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(5000);
    expect(small).toContain('See the job summary for all of them.');
  });

  it('never exceeds its byte budget, whatever the findings, errors and characters', () => {
    const base = sampleReport();
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '日', '😀', '`', '|', '<', '@', '\n', ' '), maxLength: 300 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.array(text, { maxLength: 40 }), fc.integer({ min: 1_500, max: 20_000 }), (messages, errors, maxBytes) => {
        const report = {
          ...base,
          findings: messages.map((message, i) => ({ ...base.findings[i % 3]!, suppressed: undefined, message, file: `dir-${i % 7}-${message.slice(0, 20)}/Dockerfile` })),
          errors: errors.map((message, i) => ({ file: `broken-${i}/${message.slice(0, 30)}`, line: i, message })),
        };
        const markdown = renderMarkdown(report, { ...options, maxBytes, fullReportHint: 'the job summary' });
        expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});
