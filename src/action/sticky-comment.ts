import type { GitHubClient, PullRequestRef } from './github-client.js';

/** Hidden first line that finds our comment again on later runs. */
export const COMMENT_MARKER = '<!-- repro-audit -->';

export type CommentOutcome =
  | { kind: 'created' | 'updated'; url: string }
  | { kind: 'unchanged' | 'not-needed' }
  /** The token may not write to the pull request (a fork's read-only token, or missing permission). */
  | { kind: 'forbidden'; message: string };

/**
 * Keeps exactly one repro-audit comment on the pull request: updated in place when it exists,
 * created only when there is something to say (so clean PRs get no comment at all).
 */
export async function upsertStickyComment(client: GitHubClient, pr: PullRequestRef, markdown: string, worthCreating: boolean): Promise<CommentOutcome> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const { octokit } = client;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const ours = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
  try {
    if (ours) {
      if (ours.body === body) return { kind: 'unchanged' };
      const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: ours.id, body });
      return { kind: 'updated', url: data.html_url };
    }
    if (!worthCreating) return { kind: 'not-needed' };
    const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
    return { kind: 'created', url: data.html_url };
  } catch (error) {
    if (httpStatus(error) === 403) return { kind: 'forbidden', message: error instanceof Error ? error.message : String(error) };
    throw error;
  }
}

export function httpStatus(error: unknown): number | undefined {
  return error && typeof error === 'object' && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}
