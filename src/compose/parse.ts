/**
 * Reading Compose files into services with their images and builds. Loaded on demand (it needs
 * the YAML reader).
 */
import { loadYamlReader } from '../yaml-source/index.js';
import type { ComposeBuild, ComposeFile, ComposeService } from './types.js';

const { mapEntries, mapGet, parseYamlSource, scalarOf, seqItems, spanOf } = await loadYamlReader();

export function parseCompose(text: string, file: string, environment: Map<string, string> = new Map()): ComposeFile {
  const source = parseYamlSource(text, file);
  const compose: ComposeFile = {
    file,
    text,
    positions: source.positions,
    services: [],
    comments: source.comments.map((comment) => comment.span),
    errors: source.errors,
    environment,
  };
  for (const { key, keySpan, value } of mapEntries(mapGet(source.root, 'services', source), source)) {
    const service: ComposeService = { name: key, anchor: { start: keySpan.start, end: spanOf(value)?.end ?? keySpan.end } };
    const image = scalarOf(mapGet(value, 'image', source), source);
    if (image) service.image = image;
    const pullPolicy = scalarOf(mapGet(value, 'pull_policy', source), source);
    if (pullPolicy) service.pullPolicy = pullPolicy.value;
    const build = mapGet(value, 'build', source);
    const span = spanOf(build);
    if (build !== undefined && span) {
      const short = scalarOf(build, source);
      const entry: ComposeBuild = { context: short?.value ?? scalarOf(mapGet(build, 'context', source), source)?.value ?? '.', args: {}, inline: false, span };
      const dockerfile = scalarOf(mapGet(build, 'dockerfile', source), source);
      if (dockerfile) entry.dockerfile = dockerfile.value;
      entry.inline = mapGet(build, 'dockerfile_inline', source) !== undefined;
      const args = mapGet(build, 'args', source);
      for (const arg of mapEntries(args, source)) {
        const argValue = scalarOf(arg.value, source);
        if (argValue) entry.args[arg.key] = argValue.value;
      }
      for (const item of seqItems(args, source)) {
        const text = scalarOf(item, source)?.value ?? '';
        const equals = text.indexOf('=');
        if (equals > 0) entry.args[text.slice(0, equals)] = text.slice(equals + 1);
      }
      service.build = entry;
    }
    compose.services.push(service);
  }
  return compose;
}
