import { shellCommands, type DockerfileModel, type Instruction, type ShellUnit } from '../model/index.js';
import { packageOperationOf, type PackageManager, type PackageOperation } from '../shell/index.js';

/** Every package-manager operation of some shell units (a model: its RUNs, ONBUILD triggers included). */
export function* packageOperationsOf(source: DockerfileModel | Iterable<ShellUnit>, managers: ReadonlySet<PackageManager>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; operation: PackageOperation }> {
  for (const { unit, instruction, command } of shellCommands(source)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { unit, instruction, operation };
  }
}
