import * as core from '@actions/core';
import { GITHUB_COMMENT_LIMIT, utf8Length } from '../report/index.js';
import type { GitHubClient, PullRequestRef } from './github-client.js';
import { actionLog } from './log.js';
import { commentAuthor, upsertStickyComment, type CommentOutcome } from './sticky-comment.js';

/** What one mode says in its own sticky comment. */
export interface PullRequestComment {
  /** The hidden first line that tells this mode's comment from the others' (sticky-comment.ts). */
  marker: string;
  /** The report in Markdown within `maxBytes` UTF-8 bytes; `fullReportHint` (Markdown) says where the rest is. */
  render: (maxBytes: number, fullReportHint: string) => string;
  /** Whether to create the comment when there is none yet (an existing one is always updated). */
  worthCreating: boolean;
}

/**
 * Keeps the mode's one comment on the pull request up to date. Returns true when the comment could
 * not be written (a fork's read-only token, no token, an API failure) and the job summary must
 * carry the report; a notice or warning says why.
 */
export async function commentOnPullRequest(client: GitHubClient | undefined, pr: PullRequestRef, comment: PullRequestComment): Promise<boolean> {
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  const footer = `\n<sub>repro-audit${runUrl ? ` · [workflow run](${runUrl})` : ''}</sub>\n`;
  // The body is the marker, a line break, the report and the footer, all within GitHub's limit.
  const maxBytes = GITHUB_COMMENT_LIMIT - utf8Length(`${comment.marker}\n${footer}`);
  const markdown = comment.render(maxBytes, runUrl ? `the [job summary](${runUrl}) or the Security tab` : 'the job summary or the Security tab') + footer;
  try {
    const outcome: CommentOutcome = client ? await upsert(client, pr, markdown, comment) : { kind: 'forbidden', message: 'no github-token was given' };
    switch (outcome.kind) {
      case 'created':
      case 'updated':
        actionLog(`Pull request comment ${outcome.kind}: ${outcome.url}`);
        return false;
      case 'unchanged':
      case 'not-needed':
        return false;
      case 'forbidden':
        core.notice(
          `The token cannot comment on this pull request (${outcome.message}); pull requests from forks get a read-only token. The report is in the job summary instead.`,
          { title: 'repro-audit: no PR comment' },
        );
        return true;
    }
  } catch (error) {
    core.warning(`Could not update the pull request comment (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the report is in the job summary.`);
    return true;
  }
}

async function upsert(client: GitHubClient, pr: PullRequestRef, markdown: string, comment: PullRequestComment): Promise<CommentOutcome> {
  const author = await commentAuthor(client);
  if (author.source === 'installation') actionLog(`The token is an installation token (GET /user is refused): the PR comment to update is the one ${author.login} wrote.`);
  return upsertStickyComment(client, pr, author, markdown, comment.worthCreating, comment.marker);
}
