import { shellCommands, type DockerfileModel, type Instruction, type ShellUnit } from '../model/index.js';
import { packageOperationOf, toolchainRequestsOf, type PackageManager, type PackageOperation, type ToolchainRequest } from '../shell/index.js';

/** Every package-manager operation of some shell units (a model: its RUNs, ONBUILD triggers included). */
export function packageOperationsOf(source: DockerfileModel, managers: ReadonlySet<PackageManager>): Generator<{ unit: ShellUnit; instruction: Instruction; operation: PackageOperation }>;
export function packageOperationsOf(source: DockerfileModel | Iterable<ShellUnit>, managers: ReadonlySet<PackageManager>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; operation: PackageOperation }>;
export function* packageOperationsOf(source: DockerfileModel | Iterable<ShellUnit>, managers: ReadonlySet<PackageManager>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; operation: PackageOperation }> {
  for (const { unit, instruction, command } of shellCommands(source)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { unit, instruction, operation };
  }
}

/** Every toolchain asked for by channel or version in some shell units (a model: its RUNs, ONBUILD triggers included). */
export function toolchainRequestsIn(source: DockerfileModel): Generator<{ unit: ShellUnit; instruction: Instruction; request: ToolchainRequest }>;
export function toolchainRequestsIn(source: DockerfileModel | Iterable<ShellUnit>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; request: ToolchainRequest }>;
export function* toolchainRequestsIn(source: DockerfileModel | Iterable<ShellUnit>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; request: ToolchainRequest }> {
  for (const { unit, instruction, command } of shellCommands(source)) {
    for (const request of toolchainRequestsOf(command)) yield { unit, instruction, request };
  }
}
