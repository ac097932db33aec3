import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import type { GitHubClient, PullRequestRef } from './github-client.js';
import { actionLog } from './log.js';

/** GitHub's list-files endpoint stops here, however many files the pull request changes. */
export const LIST_FILES_LIMIT = 3_000;

/**
 * Repository-relative paths a pull request adds or modifies (removed files cannot be audited).
 * Asks the REST API, page by page, and believes it only when it listed every file the event says
 * the pull request changes (the API stops at 3,000). Otherwise, or when the API is unavailable,
 * asks `git diff` between the base and head commits, which needs them fetched (`fetch-depth: 0`).
 * Undefined when neither can answer: the caller audits everything.
 */
export async function pullRequestChangedFiles(client: GitHubClient | undefined, pr: PullRequestRef, workspace: string): Promise<string[] | undefined> {
  if (client) {
    try {
      const files = await client.octokit.paginate(client.octokit.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
      });
      const incomplete = pr.changedFiles !== undefined ? files.length < pr.changedFiles : files.length >= LIST_FILES_LIMIT;
      if (!incomplete) return files.filter((file) => file.status !== 'removed').map((file) => file.filename);
      const of = pr.changedFiles !== undefined ? ` of the ${pr.changedFiles}` : '';
      core.warning(`The API listed ${files.length}${of} files this pull request changes (GitHub lists at most ${LIST_FILES_LIMIT}); asking git for the complete list.`, {
        title: 'repro-audit: incomplete list of changed files',
      });
    } catch (error) {
      actionLog(`Could not list the pull request's files through the API (${describe(error)}); asking git instead.`);
    }
  }
  if (!pr.baseSha || !pr.headSha) {
    core.warning('The pull request event names no base and head commits to ask git with; auditing every path instead.');
    return undefined;
  }
  try {
    const { stdout } = await promisify(execFile)('git', ['diff', '--name-only', '--diff-filter=d', '-z', `${pr.baseSha}...${pr.headSha}`], {
      cwd: workspace,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.split('\0').filter(Boolean);
  } catch (error) {
    core.warning(`Could not find the files this pull request changes (${describe(error)}); auditing every path instead. Check out with fetch-depth: 0 to let git answer.`);
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'status' in error) return `HTTP ${String((error as { status: unknown }).status)}`;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
