import { code, defineFileRule, type ActionReference, type WorkflowFile } from '../src/rules/kit.js';

/** Refs that are branches by name (they move with every push); other refs are taken for tags. */
const BRANCH = /^(main|master|trunk|develop|dev|next|nightly|latest|stable|releases?\/.+|release-.+)$/;

/** Whether GitHub's workflow lockfile (`.github/workflows/actions.lock`) pins this step's action for this workflow. */
function lockedByActionsLock(workflow: WorkflowFile, use: ActionReference): boolean {
  if (use.kind !== 'action' || !workflow.lockKey || !workflow.actionsLock) return false;
  const value = use.uses.value.trim();
  return (workflow.actionsLock.workflows.get(workflow.lockKey)?.has(value) ?? false) && workflow.actionsLock.commits.has(value);
}

export default defineFileRule('workflow', {
  id: 'RA701',
  name: 'unpinned-action',
  summary: 'GitHub Action or reusable workflow used by a tag or branch instead of a full commit SHA',
  severity: 'warning',
  tags: ['github-actions', 'supply-chain', 'ci'],
  precision: 'very-high',
  docs: {
    why: [
      '`uses: actions/checkout@v4` runs whatever commit the tag `v4` points to when the job starts. Tags and',
      'branches move: the maintainer moves `v4` with every release, and whoever controls the repository (or',
      'an attacker who took it over, as with tj-actions/changed-files in 2025) can point it at any code, which',
      'then runs with your workflow\'s token and secrets. Only a full commit SHA names one version of the',
      'action. A workflow onboarded to GitHub\'s workflow lockfile (`.github/workflows/actions.lock`, written',
      'by `gh actions-lock`) runs the commit recorded there for each action, which counts as pinned; reusable',
      'workflows (`jobs.<id>.uses`) are not covered by the lockfile and need the SHA themselves.',
    ].join(' '),
    failing: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n',
    passing: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
    fix: 'Pin the full commit SHA and keep the tag as a comment for humans and update bots: `uses: actions/checkout@<sha> # v4.2.2`. `repro-audit fix` resolves each tag through the GitHub API and writes exactly that; Dependabot and Renovate keep such pins current. Or onboard the workflow to GitHub\'s lockfile with `gh actions-lock`.',
  },
  check({ document: workflow, report }) {
    for (const use of workflow.uses) {
      if ((use.kind !== 'action' && use.kind !== 'reusable-workflow') || !use.ref || !use.name) continue;
      if (/^[0-9a-f]{40}$/.test(use.ref) || lockedByActionsLock(workflow, use)) continue;
      const what = use.kind === 'reusable-workflow' ? 'reusable workflow' : 'action';
      const branch = BRANCH.test(use.ref);
      const shortSha = /^[0-9a-f]{7,39}$/.test(use.ref);
      const ref = branch ? `the branch ${code(use.ref)}, which moves with every push` : shortSha ? `the abbreviated commit ${code(use.ref)}, which another commit can come to match` : `the tag ${code(use.ref)}, which its maintainer can move`;
      report({
        region: workflow.positions.regionOf(use.uses.valueSpan ?? use.uses.span),
        anchor: workflow.positions.regionOf(use.anchor),
        severity: branch ? 'error' : undefined,
        message: `The ${what} ${code(use.name)} runs ${ref}: the code that runs with this workflow's token can change without a change here. Pin the full commit SHA and keep ${code(use.ref)} as a comment.`,
      });
    }
  },
});
