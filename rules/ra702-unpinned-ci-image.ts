import { code, defineFileRule, imagePinProblem, nixForImage, type CiImage } from '../src/rules/kit.js';

/** The image as the reader knows it: where in the workflow it runs. */
function subjectOf(image: CiImage): string {
  const shown = code(image.reference);
  switch (image.usage) {
    case 'container':
      return `The container image ${shown} of job ${code(image.job!)}`;
    case 'service':
      return `The image ${shown} of service ${code(image.service!)} in job ${code(image.job!)}`;
    case 'docker-step':
      return `The image ${shown} this step runs`;
    case 'action-image':
      return `The image ${shown} of this Docker action`;
  }
}

export default defineFileRule('workflow', {
  id: 'RA702',
  name: 'unpinned-ci-image',
  summary: 'Workflow container, service or `docker://` image referenced by a tag instead of a digest',
  severity: 'warning',
  tags: ['github-actions', 'base-image', 'digest', 'ci'],
  precision: 'very-high',
  docs: {
    why: [
      'A job\'s `container:`, its `services:` and `docker://` steps run images by reference, and a tag such as',
      '`postgres:16` is a pointer the publisher moves: the same workflow tests against a different database,',
      'compiler or tool set from one week to the next, and `latest` moves with every release. Only a digest',
      '(`@sha256:...`) names exactly one image.',
    ].join(' '),
    failing: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    container: node:20\n    services:\n      db:\n        image: postgres:16\n',
    passing:
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    container: node:20@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446\n' +
      '    services:\n      db:\n        image: postgres:16@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3\n',
    fix: 'Pin the digest and keep the tag: `container: node:20@sha256:<digest>`. `repro-audit fix` resolves each tag against its registry and writes the digest of the multi-platform index; Renovate and Dependabot keep such pins current.',
    nix: 'With Nix the job\'s tools come from a pinned flake (`nix develop --command ...` with nixpkgs locked in flake.lock) instead of a container image.',
  },
  check({ document: workflow, report, settings }) {
    for (const image of workflow.images) {
      // `${{ matrix.image }}` is decided when the workflow runs.
      if (image.reference.includes('${{')) continue;
      const problem = imagePinProblem(image.reference, subjectOf(image), settings.trustedRegistries);
      if (!problem) continue;
      report({
        region: workflow.positions.regionOf(image.image.valueSpan ?? image.image.span),
        anchor: workflow.positions.regionOf(image.anchor),
        severity: problem.severity,
        message: problem.message,
        nix: problem.name ? nixForImage(problem.name, image.reference) : undefined,
      });
    }
  },
});
