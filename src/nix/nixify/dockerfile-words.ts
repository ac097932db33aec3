import { argumentsSource, expandVariables, type DockerfileModel, type Instruction } from '../../model/index.js';

/**
 * `ENV`/`LABEL` pairs as the builder sets them, with the variables the value refers to that have
 * no known value: the value keeps those references (`${NAME}`) as text, which Docker would have
 * expanded from the base image's environment and an image built by Nix would not.
 */
export function keyValuePairs(model: DockerfileModel, instruction: Instruction): [string, string, string[]][] {
  return (instruction.properties ?? []).map((property) => {
    if (property.value !== undefined) return [property.name, property.value, []];
    const unresolved: string[] = [];
    const value = expandVariables(property.raw, (name) => instruction.variables.get(name) ?? (unresolved.push(name), `\${${name}}`), model.escapeChar, { quotes: true }).value;
    return [property.name, value ?? property.raw, [...new Set(unresolved)]];
  });
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
