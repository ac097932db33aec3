import { shellCommands, type DockerfileModel, type Instruction } from '../model/index.js';
import { packageOperationOf, type PackageManager, type PackageOperation } from '../shell/index.js';

/** Every package-manager operation of the file's RUNs (ONBUILD triggers included). */
export function* packageOperationsOf(model: DockerfileModel, managers: ReadonlySet<PackageManager>): Generator<{ instruction: Instruction; operation: PackageOperation }> {
  for (const { instruction, command } of shellCommands(model)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { instruction, operation };
  }
}
