import { code, defineRule, imagePinProblem, nixForImage, type ImageReference } from '../src/rules/kit.js';

const USAGE: Record<ImageReference['usage'], string> = {
  from: 'base image',
  'copy-from': 'image copied from (`COPY --from`)',
  'mount-from': 'image mounted (`RUN --mount=from=`)',
  syntax: 'Dockerfile frontend (`# syntax=`)',
};

export default defineRule({
  id: 'RA101',
  name: 'unpinned-image',
  summary: 'Image referenced by a tag instead of a digest',
  severity: 'warning',
  tags: ['base-image', 'supply-chain', 'digest'],
  precision: 'very-high',
  hadolint: ['DL3006', 'DL3007'],
  docs: {
    why: [
      'A tag such as `node:20-alpine` is a pointer the publisher moves: every rebuild of the image, every',
      'security patch of Alpine, every new Node 20 release makes the same Dockerfile build on different',
      'bytes. `latest` and untagged references move with every release of any version. Only a digest',
      '(`@sha256:...`) names exactly one image, forever. The same holds for images used by `COPY --from=`,',
      '`RUN --mount=from=` and for the `# syntax=` frontend that parses the Dockerfile itself.',
    ].join(' '),
    failing: 'FROM node:20-alpine\nCOPY --from=golang:1.22 /usr/local/go /usr/local/go\n',
    passing:
      'FROM node:20-alpine@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446\n' +
      'COPY --from=golang:1.22@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3 /usr/local/go /usr/local/go\n',
    fix: [
      'Pin the digest and keep the tag for humans and update bots: `FROM node:20-alpine@sha256:<digest>`.',
      '`repro-audit fix --write Dockerfile` resolves each tag against its registry and writes the digest of',
      'the multi-platform index (so every architecture keeps working); let Renovate or Dependabot bump it.',
      'When the image comes from an ARG (`FROM $BASE`), pin the ARG default. Registries you control can be',
      'trusted in `.repro-audit.yml` with `trusted-registries`. `--platform linux/arm64` pins one platform\'s',
      'manifest instead of the index, for images that must only ever run there; the index digest is the',
      'default because a single-platform pin breaks every other architecture that builds the file.',
      '`COPY --from=NAME` or `RUN --mount=from=NAME` with a bare name (no registry, path, tag or digest) that is no stage is reported as a note:',
      'BuildKit first looks for a named build context (`docker buildx build --build-context NAME=...`), which',
      'the Dockerfile cannot pin; pin what you pass there (a `docker-image://...@sha256:` context), or write',
      'an image reference with its registry and digest.',
    ].join(' '),
    nix: [
      'In a flake, the runtime comes from nixpkgs (`pkgs.nodejs_20`) and the image is built with',
      '`pkgs.dockerTools.buildLayeredImage`; `flake.lock` pins nixpkgs to one commit and its `narHash`, so',
      'the whole image, not just its base, is pinned by content. `repro-audit nixify` writes such a flake.',
    ].join(' '),
  },
  check({ model, report, settings }) {
    for (const reference of model.imageReferences) {
      if (reference.kind !== 'image') continue;
      const what = USAGE[reference.usage];
      const base = { region: reference.region, instruction: reference.instruction };
      if (reference.resolved === undefined) {
        report({
          ...base,
          severity: 'note',
          message: `The ${what} ${code(reference.raw)} cannot be resolved: ${reference.unresolved.map((name) => `\`${name}\``).join(', ')} has no default value, so what it names is decided at build time; give it a default pinned by digest.`,
        });
        continue;
      }
      const shown = reference.raw === reference.resolved ? code(reference.raw) : `${code(reference.raw)} (= ${code(reference.resolved)})`;
      const mayNameBuildContext = reference.usage !== 'from' && reference.usage !== 'syntax';
      const problem = imagePinProblem(reference.resolved, `The ${what} ${shown}`, settings.trustedRegistries, { mayNameBuildContext });
      if (!problem) continue;
      const nix = reference.usage === 'syntax' || !problem.name || problem.severity === 'note' ? undefined : nixForImage(problem.name, reference.resolved);
      report({ ...base, severity: problem.severity, message: problem.message, nix });
    }
  },
});
