import { code } from '../findings/index.js';
import type { DockerfileModel, Instruction } from '../model/index.js';
import type { ShellWord } from '../shell/index.js';

/**
 * Why the audit does not know a word's value, for messages (empty when it does): which variables
 * have no value here and where a value would come from. One wording for every rule that names a
 * package, a version or a URL built from variables.
 */
export function unknownValueNote(model: DockerfileModel, instruction: Instruction | undefined, word: ShellWord): string {
  if (word.value !== undefined) return '';
  // A workflow step's shell has no instruction: its variables come from outside the file.
  const variables = instruction?.variables ?? new Map<string, string | undefined>();
  const names = [...new Set([...word.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!))];
  const parts: string[] = [];
  const declared = names.filter((name) => variables.has(name) && variables.get(name) === undefined);
  const elsewhere = names.filter((name) => !variables.has(name) && declaredArgs(model).has(name));
  const unknown = names.filter((name) => !declared.includes(name) && !elsewhere.includes(name) && variables.get(name) === undefined);
  const list = (items: string[]) => items.map((name) => code(name)).join(', ');
  if (declared.length > 0) parts.push(`${list(declared)} ${declared.length === 1 ? 'has' : 'have'} no value here, so ${declared.length === 1 ? 'it is' : 'they are'} empty unless \`--build-arg\` sets ${declared.length === 1 ? 'it' : 'them'}`);
  if (elsewhere.length > 0) parts.push(`${list(elsewhere)} ${elsewhere.length === 1 ? 'is an ARG' : 'are ARGs'} of another stage or of the global scope, empty here unless declared again in this stage`);
  const outside = instruction ? "outside the Dockerfile: the base image's environment, or the script" : "outside the step: the runner's environment, or an earlier step's `$GITHUB_ENV`";
  if (unknown.length > 0) parts.push(`${list(unknown)} ${unknown.length === 1 ? 'comes' : 'come'} from ${outside}`);
  if (/\$\(|`/.test(word.raw)) parts.push('part of it is the output of a command');
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** Each model's ARG names, wherever declared (ARGs of other stages and global ones do not reach a stage undeclared). */
const argNames = new WeakMap<DockerfileModel, Set<string>>();

function declaredArgs(model: DockerfileModel): Set<string> {
  let names = argNames.get(model);
  if (!names) {
    names = new Set(model.instructions.filter((candidate) => candidate.keyword === 'ARG').flatMap((arg) => arg.args.map((word) => word.raw.split('=')[0]!)));
    argNames.set(model, names);
  }
  return names;
}
