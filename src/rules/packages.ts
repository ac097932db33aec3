import { shellCommands } from '../model/queries.js';
import type { DockerfileModel, Instruction } from '../model/types.js';
import { packageOperationOf } from '../shell/packages/index.js';
import type { PackageManager, PackageOperation } from '../shell/types.js';

/** Every package-manager operation of the file's RUNs (ONBUILD triggers included). */
export function* packageOperationsOf(model: DockerfileModel, managers: ReadonlySet<PackageManager>): Generator<{ instruction: Instruction; operation: PackageOperation }> {
  for (const { instruction, command } of shellCommands(model)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { instruction, operation };
  }
}
