import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { GITHUB_COMMENT_LIMIT, markdownReporter, renderMarkdown } from '../../src/report/markdown.js';
import { sampleReport, SAMPLE_RULES } from './sample-report.js';

const options = { root: process.cwd(), color: false };

describe('Markdown reporter', () => {
  it('opens with a one-glance headline and a total line', () => {
    const lines = markdownReporter(sampleReport(), options).split('\n');
    expect(lines[0]).toBe('### ❌ repro-audit: 6 things in 2 files will not rebuild the same tomorrow');
    expect(lines[2]).toBe('**Total:** 6 findings (5 errors, 1 note) · in 2 of 2 audited files · 2 suppressed · 1 could not be audited');
    expect(lines[4]).toBe('Most frequent: `RA101` unpinned-base-image ×3, `RA301` remote-script-piped-to-shell ×2, `RA401` pip-unpinned ×1');
  });

  it('renders one table per file with a row per rule and message, the exact fix, cells escaped', () => {
    const markdown = markdownReporter(sampleReport(), options);
    expect(markdown).toContain('#### `test/report/fixtures/app/Dockerfile`\n\n| Rule | Lines | Severity | Finding | Fix |\n|---|---|---|---|---|\n');
    expect(markdown).toContain('| `RA101` unpinned-base-image | 2 | 🔴 error | `node:20-alpine` is a mutable tag \\| it moves when the publisher pushes. | Pin `node:20-alpine` to its current digest |');
    // Two findings of one rule saying the same thing share a row; no generic advice stands in for a fix.
    // Raw HTML is shown as text and @mentions do not notify anyone.
    expect(markdown).toContain('| `RA301` remote-script-piped-to-shell | 7–8 | 🔴 error | Runs `https://example.com/install.sh` unverified \\<script\\>alert(1)\\</script\\> as @&#8203;octocat. |  |');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('#### `test/report/fixtures/odd dir/Dockerfile.prod`\n\n| Rule | Lines | Severity | Finding |\n');
    expect(markdown).not.toContain('flask');
    expect(markdown).toContain('| `test/report/fixtures/broken/Dockerfile` | 3 | Unterminated heredoc \\<\\<EOF started on line 3 |');
  });

  it('links each rule to its documentation when it has an address', () => {
    const report = sampleReport();
    report.rules = report.rules.map((rule) => ({ ...rule, helpUri: `https://example.com/rules.md#${rule.id.toLowerCase()}-x(y)` }));
    expect(markdownReporter(report, options)).toContain('| [`RA101`](https://example.com/rules.md#ra101-x%28y%29) unpinned-base-image | 2 |');
  });

  it('gives the Nix way once per distinct answer: a list at brief, folded snippets at full, nothing at off', () => {
    const brief = markdownReporter(sampleReport(), options);
    expect(brief).toContain(
      '#### ❄️ The Nix way\n\n- `test/report/fixtures/app/Dockerfile` line 2 (`RA101`): Pull the base with dockerTools.pullImage pinned by digest.\n- `test/report/fixtures/app/Dockerfile` line 14 (`RA401`): Take requests from a pinned nixpkgs.\n',
    );
    expect(brief).not.toContain('<details>');
    const full = markdownReporter(sampleReport(), { ...options, nix: 'full' });
    expect(full).toContain(
      '<details><summary>test/report/fixtures/app/Dockerfile line 2 (RA101)</summary>\n\nPull the base with dockerTools.pullImage pinned by digest.\n\n```nix\ndockerTools.pullImage {\n  imageName = "node";',
    );
    expect(full.match(/<details>/g)).toHaveLength(2);
    expect(full.match(/<\/details>/g)).toHaveLength(2);
    const off = markdownReporter(sampleReport(), { ...options, nix: 'off' });
    expect(off).not.toMatch(/Nix|nixpkgs/);
  });

  it('says the same Nix answer once for every finding it covers', () => {
    const base = sampleReport();
    const node = base.findings[0]!;
    const findings: Finding[] = Array.from({ length: 40 }, (_, i) => ({ ...node, suppressed: undefined, file: `svc-${i % 4}/Dockerfile`, region: { ...node.region, startLine: 2 + (i >> 2) } }));
    const markdown = markdownReporter({ ...base, findings, errors: [], files: ['svc-0/Dockerfile', 'svc-1/Dockerfile', 'svc-2/Dockerfile', 'svc-3/Dockerfile'] }, { ...options, nix: 'full' });
    expect(markdown.match(/```nix/g)).toHaveLength(1);
    expect(markdown).toContain('<details><summary>svc-0/Dockerfile lines 2–11; svc-1/Dockerfile lines 2–11; svc-2/Dockerfile lines 2–11; svc-3/Dockerfile lines 2–11 (RA101)</summary>');
    // One row per file: the same rule and message, lines as ranges.
    expect(markdown.match(/^\| `RA101` unpinned-base-image \| 2–11 \|/gm)).toHaveLength(4);
  });

  it('says so plainly when nothing was found', () => {
    expect(markdownReporter({ findings: [], errors: [], rules: SAMPLE_RULES, files: ['a/Dockerfile', 'b/Dockerfile'] }, options)).toBe(
      '### ✅ repro-audit: no reproducibility problems found in 2 files\n\n**Total:** 0 findings · in 0 of 2 audited files\n',
    );
  });

  it('stays under GitHub’s comment limit and says where the rest is', () => {
    const base = sampleReport();
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({ ...base.findings[0]!, file: `services/svc-${String(i).padStart(4, '0')}/Dockerfile` }));
    const report = { ...base, findings: many, files: many.map((f) => f.file) };
    const markdown = markdownReporter(report, options);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shownRows = markdown.split('\n').filter((l) => l.startsWith('| `RA101`')).length;
    expect(shownRows).toBeGreaterThan(50);
    expect(shownRows).toBeLessThan(3000);
    expect(markdown).not.toContain('The Nix way\n\n>');
    expect(markdown).toContain(`> ${3000 - shownRows} more findings and 1 more Nix answer not shown here to stay within GitHub's size limit. See the SARIF upload in the Security tab, or \`repro-audit --format json\` for all of them.`);
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
