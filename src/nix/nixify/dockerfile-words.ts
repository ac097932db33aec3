import { argumentsSource, expandVariables, type DockerfileModel, type Instruction } from '../../model/index.js';

/**
 * `ENV`/`LABEL` pairs as the builder sets them. A value that uses a variable without a known value
 * keeps the reference (`${NAME}`), which the image's environment may still supply.
 */
export function keyValuePairs(model: DockerfileModel, instruction: Instruction): [string, string][] {
  return (instruction.properties ?? []).map((property) => [
    property.name,
    property.value ?? expandVariables(property.raw, (name) => instruction.variables.get(name) ?? `\${${name}}`, model.escapeChar, { quotes: true }).value ?? property.raw,
  ]);
}

/**
 * The strings of an exec-form instruction (`CMD ["a", "b c"]`), read as the JSON the builder
 * reads; falls back to the model's arguments when the text is not a JSON array of strings.
 */
export function execArguments(model: DockerfileModel, instruction: Instruction): string[] {
  try {
    const parsed: unknown = JSON.parse(argumentsSource(model, instruction));
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {
    // not JSON after all: use what the model read
  }
  return instruction.args.map((arg) => arg.value ?? arg.raw);
}
