import { code, defineRule, instructionsWithTriggers, nixForAddUrl } from '../src/rules/kit.js';

export default defineRule({
  id: 'RA403',
  name: 'add-url-without-checksum',
  summary: 'ADD <url> without --checksum',
  severity: 'warning',
  tags: ['download', 'supply-chain', 'checksum', 'add'],
  precision: 'very-high',
  docs: {
    why: '`ADD https://...` downloads the file at build time and trusts whatever arrives. BuildKit can verify it (`ADD --checksum=sha256:<hex>`), and fails the build when the bytes differ; without it, a re-uploaded release or a moved `latest` link changes the image silently.',
    failing: 'FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n',
    passing: 'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n',
    fix: 'Add `--checksum=sha256:<hex>` (needs `# syntax=docker/dockerfile:1.6` or later). `repro-audit fix --network --write` downloads the file once and writes the flag for you.',
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` puts the file in the store by content; copy it into the image with `copyToRoot`.',
  },
  check({ model, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword !== 'ADD' || instruction.form === 'none') continue;
      if (instruction.flags.some((flag) => flag.name === 'checksum' && flag.value)) continue;
      const sources = instruction.args.slice(0, -1);
      for (const source of sources) {
        const url = source.value ?? source.raw;
        if (!/^https?:\/\//i.test(url) || /\.git(#|$)/.test(url)) continue;
        report({
          region: model.positions.regionOf(source.span),
          instruction,
          message: `${code(url)} is downloaded by ADD without \`--checksum\`: the build accepts whatever bytes the server returns. Add \`--checksum=sha256:...\`.`,
          nix: nixForAddUrl(url),
        });
      }
    }
  },
});
