/**
 * hadolint 2.15.1 pinning findings on the corpus that repro-audit does not report, each reviewed by
 * reading the corpus file: `finding` is `<code> <file relative to the corpus folder>:<line>`.
 */
export interface NotFlagged {
  finding: string;
  because: string;
}

/** Findings repro-audit is right not to report. */
export const notFlagged: NotFlagged[] = [
  {
    finding: 'DL3028 dockerfiles/discourse__discourse_docker/image/base/Dockerfile:193',
    because:
      '`gem install --local --force pups-1.4.0.gem` installs a local .gem file that the same RUN fetched with `gem fetch pups --version 1.4.0` and checked with `sha256sum -c`: the version is pinned and the file verified; hadolint only sees a gem name without `:version`.',
  },
  {
    finding: 'DL3006 dockerfiles/qdrant__qdrant/Dockerfile:166',
    because:
      '`FROM qdrant-${GPU:+gpu-}${GPU:-cpu} AS qdrant` names one of the stages `qdrant-cpu` / `qdrant-gpu` defined above it, chosen by the GPU build argument: a stage, not an image to tag.',
  },
  {
    finding: 'DL3016 dockerfiles/RealOrko__nodejs-handlebars-cli/Dockerfile:10',
    because:
      '`npm install . -g` installs the project folder itself (copied by `COPY . .`): npm links a folder outside the global root and installs nothing from the registry, so there is no package version to pin in this command.',
  },
];

/**
 * Findings repro-audit should report and does not yet: the test fails when this list is not exactly
 * what is missed, so a fix must remove its entries. None today.
 */
export const knownMisses: string[] = [];
