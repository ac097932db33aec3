import { shellCommands, type DockerfileModel, type Instruction } from '../model/index.js';
import { packageOperationOf, toolchainRequestsOf, type PackageManager, type PackageOperation, type ToolchainRequest } from '../shell/index.js';

/** Every package-manager operation of the file's RUNs (ONBUILD triggers included). */
export function* packageOperationsOf(model: DockerfileModel, managers: ReadonlySet<PackageManager>): Generator<{ instruction: Instruction; operation: PackageOperation }> {
  for (const { instruction, command } of shellCommands(model)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { instruction, operation };
  }
}

/** Every toolchain asked for by channel or version in the file's RUNs (ONBUILD triggers included). */
export function* toolchainRequestsIn(model: DockerfileModel): Generator<{ instruction: Instruction; request: ToolchainRequest }> {
  for (const { instruction, command } of shellCommands(model)) {
    for (const request of toolchainRequestsOf(command)) yield { instruction, request };
  }
}
