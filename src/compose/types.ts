import type { PositionMapper, Span } from '../findings/index.js';
import type { YamlScalar } from '../yaml-source/index.js';

/** A service's `build:`: the folder sent to the builder, the Dockerfile in it, the build args. */
export interface ComposeBuild {
  /** As written (`.` when `build:` names no context); may hold `${VARIABLES}`. */
  context: string;
  /** As written, relative to the context; undefined: `Dockerfile`. */
  dockerfile?: string;
  /** `args:`, as a mapping or a list of `NAME=value` (a name alone takes its value from the environment: left out). */
  args: Record<string, string>;
  /** `dockerfile_inline:` instead of a file. */
  inline: boolean;
  span: Span;
}

export interface ComposeService {
  name: string;
  /** From the service's name to the end of its mapping (a suppression comment above it applies). */
  anchor: Span;
  image?: YamlScalar;
  build?: ComposeBuild;
  /** `pull_policy:` as written. */
  pullPolicy?: string;
}

/** A Compose file (`compose.yaml`, `docker-compose.yml`, ...). */
export interface ComposeFile {
  file: string;
  text: string;
  positions: PositionMapper;
  services: ComposeService[];
  comments: Span[];
  errors: Array<{ span: Span; message: string }>;
  /** Variables of the `.env` file beside it (what Compose interpolates `${NAME}` with, besides the shell's). */
  environment: Map<string, string>;
}
