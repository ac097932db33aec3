/**
 * The `run:` scripts of a workflow or composite action as shell units, so every shell rule that
 * reads a Dockerfile's RUNs reads them too, with findings on the workflow's own lines and columns.
 */
import type { PositionMapper, Region, Span } from '../findings/index.js';
import { variablesOf, type ShellUnit } from '../model/index.js';
import { isShellName, loadShellParser, runsPowerShell } from '../shell/index.js';
import type { RunStep, WorkflowFile } from './types.js';

const { parsePowerShell, parseRunScript } = await loadShellParser();

/**
 * The units of the steps that run in bash or sh (`shell: bash`/`sh` with their options, or no
 * `shell:` on a runner that is not Windows: GitHub's default there is bash) and in PowerShell
 * (`shell: pwsh`/`powershell`, or no `shell:` on a Windows runner). `cmd` and `python` steps are not read.
 */
export function runStepUnits(workflow: WorkflowFile): ShellUnit[] {
  return workflow.runs.flatMap((step) => {
    const shell = shellOf(step);
    return shell ? [unitOf(workflow, step, shell)] : [];
  });
}

function shellOf(step: RunStep): 'posix' | 'powershell' | undefined {
  const program = step.shell?.trim().split(/\s+/)[0] ?? (/windows/i.test(step.runsOn ?? '') ? 'pwsh' : 'bash');
  if (isShellName(program)) return 'posix';
  return runsPowerShell(program) ? 'powershell' : undefined;
}

function unitOf(workflow: WorkflowFile, step: RunStep, shell: 'posix' | 'powershell'): ShellUnit {
  const { text, fileOffset } = scriptOf(workflow, step);
  const positions = mapperOf(workflow.positions, fileOffset, text);
  const anchor = workflow.positions.regionOf(step.anchor);
  const variables = variablesOf({});
  const script =
    shell === 'powershell'
      ? parsePowerShell({ text, map: { base: 0 }, variables, positions })
      : parseRunScript({ text, span: { start: 0, end: text.length }, heredocs: [], escapeChar: '\\', variables, positions });
  return { file: workflow.file, text, positions, script, anchor };
}

/**
 * The script the runner hands the shell, and where each of its characters is in the workflow. A
 * block scalar (`run: |`) is read from the file line by line with its indentation removed, so a
 * heredoc's terminator is found as the shell finds it; a folded one (`>`) joins lines as YAML folds
 * them (a newline becomes a space, same length). A one-line plain or quoted value maps 1:1; any
 * other (escapes, flow scalars over several lines) maps every character to the value's start.
 * `${{ expression }}` becomes a shell variable of the same length (`${_matrix_python_}`): GitHub
 * substitutes it before the shell runs, with a value not known here.
 */
function scriptOf(workflow: WorkflowFile, step: RunStep): { text: string; fileOffset: (offset: number) => number } {
  const { run } = step;
  const indicator = workflow.text[run.span.start];
  if (indicator === '|' || indicator === '>') {
    const block = blockLines(workflow.text, run.span);
    let text = block.map((line) => line.text).join('\n');
    if (indicator === '>') text = foldLines(block.map((line) => line.text));
    const lineStarts = block.map((_, index) => block.slice(0, index).reduce((sum, line) => sum + line.text.length + 1, 0));
    return {
      text: withExpressionsAsVariables(text),
      fileOffset: (offset) => {
        let index = lineStarts.length - 1;
        while (index > 0 && lineStarts[index]! > offset) index--;
        const line = block[index];
        return line ? line.start + Math.min(offset - lineStarts[index]!, line.text.length) : run.span.start;
      },
    };
  }
  const valueSpan = run.valueSpan;
  const text = withExpressionsAsVariables(run.value);
  return { text, fileOffset: valueSpan ? (offset) => valueSpan.start + Math.min(offset, valueSpan.end - valueSpan.start) : () => run.span.start };
}

/** The content lines of a block scalar (header line skipped), each with its indentation removed and where it starts in the file. */
function blockLines(fileText: string, span: Span): Array<{ text: string; start: number }> {
  const headerEnd = fileText.indexOf('\n', span.start);
  if (headerEnd < 0 || headerEnd >= span.end) return [];
  const raw: Array<{ text: string; start: number }> = [];
  let start = headerEnd + 1;
  while (start < span.end) {
    const newline = fileText.indexOf('\n', start);
    const end = newline < 0 || newline > span.end ? span.end : newline;
    raw.push({ text: fileText.slice(start, end).replace(/\r$/, ''), start });
    start = end + 1;
  }
  const indent = Math.min(...raw.filter((line) => line.text.trim() !== '').map((line) => line.text.length - line.text.trimStart().length));
  if (!Number.isFinite(indent)) return [];
  while (raw.length > 0 && raw[raw.length - 1]!.text.trim() === '') raw.pop();
  return raw.map((line) => ({ text: line.text.slice(Math.min(indent, line.text.length - line.text.trimStart().length)), start: line.start + Math.min(indent, line.text.length) }));
}

/** YAML's folding, keeping the length: a line break between two lines of text at the block's indentation reads as a space. */
function foldLines(lines: readonly string[]): string {
  return lines
    .map((line, index) => {
      const next = lines[index + 1];
      if (next === undefined) return line;
      const folds = line.trim() !== '' && next.trim() !== '' && !/^\s/.test(line) && !/^\s/.test(next);
      return line + (folds ? ' ' : '\n');
    })
    .join('');
}

function withExpressionsAsVariables(text: string): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, inner: string) => `\${_${inner.replace(/[^A-Za-z0-9_]/g, '_')}_}`);
}

/** Offsets of the unit's text to lines and columns of the workflow. */
function mapperOf(file: PositionMapper, fileOffset: (offset: number) => number, text: string): PositionMapper {
  const regionOf = (span: Span): Region => {
    const start = fileOffset(span.start);
    const end = span.end > span.start ? fileOffset(span.end - 1) + 1 : start;
    return file.regionOf({ start, end: Math.max(start, end) });
  };
  const lineCount = text.split('\n').length;
  return {
    regionOf,
    lineOf: (offset) => file.lineOf(fileOffset(offset)),
    lineStart: (line) => {
      for (let offset = 0; offset < text.length; offset = text.indexOf('\n', offset) + 1 || text.length) {
        if (file.lineOf(fileOffset(offset)) >= line) return offset;
      }
      return text.length;
    },
    lineCount,
  };
}
