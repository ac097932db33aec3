import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** docs/action.md's workflows for the harness modes: valid YAML, every action pinned, fork-safe. */
const docs = fs.readFileSync('docs/action.md', 'utf8');
const section = docs.slice(docs.indexOf('## Rebuilds across runners'));
const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!) as Workflow);
const action = parse(fs.readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { steps?: Step[]; uses?: string }>;
}

describe('docs/action.md: the reusable workflow and the rebuild workflow', () => {
  const steps = workflows.flatMap((workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []));

  it('has the matrix of recorders, one compare job, and a pull request rebuild', () => {
    expect(workflows).toHaveLength(3);
    const modes = steps.filter((step) => step.uses?.startsWith('repro-audit/')).map((step) => step.with?.mode);
    expect(modes).toEqual(['record', 'compare', 'rebuild']);
  });

  it('pins every third-party action by commit SHA', () => {
    for (const step of steps.filter((each) => each.uses && !each.uses.startsWith('repro-audit/'))) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
    expect(section).toContain('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1');
    expect(section).toContain('actions/upload-artifact@043fb46d1a93c77aae656e7c1c64a875d1fc6a0a # v7.0.1');
    expect(section).toContain('actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1');
    expect(section).toContain('github/codeql-action/upload-sarif@ff2f1c621b7f889edc0d3c761ac2e6a3f8cdb0dd # v4.37.7');
  });

  it('never triggers on pull_request_target, and passes only inputs and outputs action.yml declares', () => {
    for (const workflow of workflows) expect(JSON.stringify(workflow.on)).not.toContain('pull_request_target');
    for (const step of steps.filter((each) => each.uses?.startsWith('repro-audit/'))) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    }
    for (const [, output] of section.matchAll(/steps\.\w+\.outputs\.([\w-]+)/g)) expect(Object.keys(action.outputs)).toContain(output);
  });
});
