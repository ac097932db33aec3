import type { ShellWord } from '../types.js';

/** A command's arguments split into options, option values and positionals. */
export interface SplitArgs {
  /** Option words (`-y`, `--no-cache`, `--virtual`), values not included. */
  options: string[];
  /** Values of options that take one, by option (`--virtual` → [`.build-deps`]). */
  values: Map<string, ShellWord[]>;
  positionals: ShellWord[];
}

/**
 * Splits arguments into options and positionals. `optionsWithValue` lists the options whose value
 * is the next word; `--opt=value` and `-Xvalue` forms of those are recognised too.
 */
export function splitArgs(words: readonly ShellWord[], optionsWithValue: ReadonlySet<string>): SplitArgs {
  const options: string[] = [];
  const values = new Map<string, ShellWord[]>();
  const positionals: ShellWord[] = [];
  const addValue = (option: string, word: ShellWord) => {
    const list = values.get(option);
    if (list) list.push(word);
    else values.set(option, [word]);
  };
  let onlyPositionals = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const value = word.value ?? word.raw;
    if (onlyPositionals || !value.startsWith('-') || value === '-') {
      positionals.push(word);
      continue;
    }
    if (value === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = value.indexOf('=');
    // `--opt=value`, and Go's single-dash `-ldflags=...`.
    if (equals > 1 && (value.startsWith('--') || !optionsWithValue.has(value.slice(0, 2)))) {
      const option = value.slice(0, equals);
      options.push(option);
      addValue(option, { ...word, value: value.slice(equals + 1) });
      continue;
    }
    options.push(value);
    if (optionsWithValue.has(value)) {
      const next = words[i + 1];
      if (next) addValue(value, next);
      i++;
    } else if (!value.startsWith('--') && value.length > 2 && optionsWithValue.has(value.slice(0, 2))) {
      // `-tNAME`: a short option with its value attached.
      addValue(value.slice(0, 2), { ...word, value: value.slice(2) });
    }
  }
  return { options, values, positionals };
}

/** Whether any of `names` was given, short options clustered or not (`-yq` gives `-y`). */
export function hasOption(split: SplitArgs, ...names: string[]): boolean {
  return split.options.some((option) => names.includes(option) || names.some((name) => isShortCluster(option, name)));
}

/** `-yq` contains `-y`. */
function isShortCluster(option: string, name: string): boolean {
  return name.length === 2 && name[0] === '-' && option.length > 2 && option[0] === '-' && option[1] !== '-' && option.includes(name[1]!);
}
