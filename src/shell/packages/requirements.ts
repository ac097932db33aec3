/** One meaningful line of a pip requirements file. */
export interface RequirementsEntry {
  /** 1-based line where the (possibly continued) line starts. */
  line: number;
  kind: 'requirement' | 'editable' | 'requirements-file' | 'constraints-file';
  /** The requirement text (per-requirement options such as `--hash` removed), or the referenced file. */
  text: string;
}

const REFERENCES: Record<string, RequirementsEntry['kind']> = {
  '-r': 'requirements-file',
  '--requirement': 'requirements-file',
  '-c': 'constraints-file',
  '--constraint': 'constraints-file',
  '-e': 'editable',
  '--editable': 'editable',
};

/**
 * Parses a requirements file the way pip reads it: `\` joins lines, `#` starts a comment at the
 * start of a line or after whitespace, `-r`/`-c` reference other files, `-e` is an editable
 * requirement, other option lines (`--index-url`, `--pre`, ...) are settings, and options after a
 * requirement (`--hash=...`) belong to it.
 */
export function parseRequirementsFile(text: string): RequirementsEntry[] {
  const entries: RequirementsEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let logical = lines[index]!;
    while (logical.endsWith('\\') && index + 1 < lines.length) logical = logical.slice(0, -1) + lines[++index]!;
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') continue;
    if (content.startsWith('-')) {
      const option = /^(--?[A-Za-z-]+)(?:\s*=\s*|\s+)?(.*)$/.exec(content);
      const kind = option ? REFERENCES[option[1]!] : undefined;
      if (kind && option![2]) entries.push({ line, kind, text: stripQuotes(beforeOption(option![2].trim(), /--?[A-Za-z]/y).trim()) });
      continue;
    }
    entries.push({ line, kind: 'requirement', text: beforeOption(content, /--?[A-Za-z][A-Za-z-]*(?:[=\s]|$)/y).trim() });
  }
  return entries;
}

/**
 * The text before the first blanks followed by an option (`option` is sticky and tried where each run
 * of blanks ends). As `split(/\s+--?…/)[0]` the blanks were retried from each of their positions,
 * quadratic in a long run of them.
 */
function beforeOption(text: string, option: RegExp): string {
  const blanks = /\s+/g;
  for (let run = blanks.exec(text); run; run = blanks.exec(text)) {
    option.lastIndex = blanks.lastIndex;
    if (option.test(text)) return text.slice(0, run.index);
  }
  return text;
}

function stripQuotes(text: string): string {
  return text.replace(/^(['"])(.*)\1$/, '$2');
}

/** PEP 503 normalised project name: `Foo_Bar.baz` and `foo-bar-baz` are the same project. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
