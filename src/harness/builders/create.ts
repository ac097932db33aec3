import { defaultCacheDir, locateCache } from '../../engine/index.js';
import { checkCpuBuilderRequirements } from '../cpu/requirements.js';
import { prepareCpuHelpers } from '../cpu/helpers.js';
import { EnvironmentError } from '../errors.js';
import type { Progress } from '../run/progress.js';
import type { BuilderKind } from '../variation/axes.js';
import { BuildahBuilder } from './buildah.js';
import { connectDocker } from './docker-connection.js';
import { DockerBuilder } from './docker.js';
import { DEFAULT_IMAGE_STORE_LIMITS, openImageStore, STORE_DRIVER, type ImageStoreLimits } from './image-store.js';
import type { Builder } from './types.js';

export interface BuilderRequest {
  kind: BuilderKind;
  runId: string;
  progress: Progress;
  env?: NodeJS.ProcessEnv;
  imageCache?: false | Partial<ImageStoreLimits>;
  /** Docker hosts per leg (`tcp://…`, `unix://…`, `ssh://…`); a leg without one uses DOCKER_HOST. */
  legHosts?: Partial<Record<'a' | 'b', string>>;
}

/**
 * One builder per leg: the same one, unless the legs run on different Docker hosts. Each host is
 * reached as the docker CLI would with DOCKER_HOST set to it (TLS from DOCKER_TLS_VERIFY and
 * DOCKER_CERT_PATH), and answers before any build starts.
 */
export async function createLegBuilders(request: BuilderRequest): Promise<[Builder, Builder]> {
  const env = request.env ?? process.env;
  if (request.kind === 'buildah' || !request.legHosts || Object.keys(request.legHosts).length === 0) {
    const builder = await createBuilder(request);
    return [builder, builder];
  }
  const byEndpoint = new Map<string, Promise<Builder>>();
  const builderOf = (endpoint: string | undefined) => {
    const key = endpoint ?? '';
    let builder = byEndpoint.get(key);
    if (!builder) {
      builder = connectDocker(endpoint ? { ...env, DOCKER_HOST: endpoint } : env).then(({ docker, endpoint: used, version }) => new DockerBuilder(docker, used, version, request.runId));
      byEndpoint.set(key, builder);
    }
    return builder;
  };
  return Promise.all([builderOf(request.legHosts.a), builderOf(request.legHosts.b)]);
}

async function createBuilder(request: BuilderRequest): Promise<Builder> {
  const { docker, endpoint, version } = await connectDocker(request.env);
  if (request.kind === 'docker') return new DockerBuilder(docker, endpoint, version, request.runId);
  const { tools, problems } = await checkCpuBuilderRequirements();
  if (!tools) throw new EnvironmentError(`the buildah/QEMU builder cannot run here:\n  - ${problems.join('\n  - ')}`);
  request.progress.phase('preparing the CPU probe and QEMU wrapper (compiled once per machine)');
  // Kept beside the result cache, under the same root (REPRO_AUDIT_CACHE_DIR, else XDG_CACHE_HOME).
  const cacheRoot = defaultCacheDir(request.env ?? process.env);
  const helpers = await prepareCpuHelpers({ qemuBinary: tools.qemu, buildahBinary: tools.buildah, cacheRoot: locateCache(cacheRoot).dir });
  if (request.imageCache === false) return new BuildahBuilder(helpers, docker, request.runId, request.progress);
  const store = openImageStore(cacheRoot, `${helpers.version} ${STORE_DRIVER}`, { ...DEFAULT_IMAGE_STORE_LIMITS, ...request.imageCache });
  if ('refused' in store) request.progress.note(`note: base images are not cached: ${store.refused}`);
  return new BuildahBuilder(helpers, docker, request.runId, request.progress, 'refused' in store ? undefined : store);
}
