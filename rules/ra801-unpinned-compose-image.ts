import { code, defineFileRule, imagePinProblem, interpolate, nixForImage } from '../src/rules/kit.js';

export default defineFileRule('compose', {
  id: 'RA801',
  name: 'unpinned-compose-image',
  summary: 'Compose service image referenced by a tag instead of a digest',
  severity: 'warning',
  tags: ['compose', 'base-image', 'digest'],
  precision: 'very-high',
  docs: {
    why: [
      '`image: postgres:16` pulls whatever `postgres:16` points to on the day a machine first pulls it: the',
      'publisher moves the tag with every patch release, so two developers, or CI and production, run',
      'different images from the same Compose file, and `latest` or no tag moves with every release. Only a',
      'digest (`@sha256:...`) names exactly one image. A service that also has `build:` names the image it',
      'builds, not one it pulls, and is left alone (its Dockerfile is audited instead).',
    ].join(' '),
    failing: 'services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis\n',
    passing:
      'services:\n  db:\n    image: postgres:16@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3\n' +
      '  app:\n    build: .\n    image: acme/app:dev\n',
    fix: 'Pin the digest and keep the tag: `image: postgres:16@sha256:<digest>`. `repro-audit fix` resolves each tag against its registry and writes the digest of the multi-platform index; Renovate and Dependabot keep such pins current. An image from a variable (`${TAG}`) is pinned where the variable is set.',
    nix: 'With Nix the services\' images are built from nixpkgs (`pkgs.dockerTools.buildLayeredImage`), pinned by flake.lock, or pulled with `pkgs.dockerTools.pullImage` and a digest.',
  },
  check({ document: compose, report, settings }) {
    for (const service of compose.services) {
      if (!service.image || service.build) continue;
      const raw = service.image.value.trim();
      const base = { region: compose.positions.regionOf(service.image.valueSpan ?? service.image.span), anchor: compose.positions.regionOf(service.anchor) };
      const expanded = interpolate(raw, (name) => compose.environment.get(name));
      if (expanded.value === undefined) {
        report({
          ...base,
          severity: 'note',
          message: `The image ${code(raw)} of service ${code(service.name)} depends on ${expanded.unresolved.map((name) => code(name)).join(', ')}, which has no value or default here, so what it names is decided where Compose runs; give it a default pinned by digest (\`\${NAME:-image:tag@sha256:...}\`).`,
        });
        continue;
      }
      const shown = expanded.value === raw ? code(raw) : `${code(raw)} (= ${code(expanded.value)})`;
      const problem = imagePinProblem(expanded.value, `The image ${shown} of service ${code(service.name)}`, settings.trustedRegistries);
      if (!problem) continue;
      report({ ...base, severity: problem.severity, message: problem.message, nix: problem.name ? nixForImage(problem.name, expanded.value) : undefined });
    }
  },
});
