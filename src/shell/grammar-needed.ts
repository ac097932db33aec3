/**
 * Thrown when a PowerShell script is met before its grammar loaded. The grammar is 1 MB of
 * WebAssembly that only Windows RUNs need: whoever parses catches this, awaits
 * `loadPowerShellGrammar()` and parses again (a module of its own so that catching it loads nothing).
 */
export class PowerShellGrammarNeeded extends Error {
  constructor() {
    super('the PowerShell grammar is not loaded (await loadPowerShellGrammar() and parse again)');
  }
}
