import type { GitHubClient, PullRequestRef } from './github-client.js';

/** Hidden first line that finds our comment again on later runs (with its author, never alone). */
export const COMMENT_MARKER = '<!-- repro-audit -->';
/**
 * The rebuild mode's comment has a marker of its own: lint and rebuild usually run as two jobs of
 * the same pull request, and each keeps its own comment instead of overwriting the other's.
 */
export const REBUILD_COMMENT_MARKER = '<!-- repro-audit:rebuild -->';

/** The login `GITHUB_TOKEN` writes as: an installation token has no user of its own to ask for. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export type CommentOutcome =
  | { kind: 'created' | 'updated'; url: string }
  | { kind: 'unchanged' | 'not-needed' }
  /** The token may not write to the pull request (a fork's read-only token, or missing permission). */
  | { kind: 'forbidden'; message: string };

/** Whose comments are ours, and how that was found out (said in the log). */
export interface CommentAuthor {
  login: string;
  source: 'user' | 'installation';
}

/**
 * The token's own identity: the authenticated user for a personal or OAuth token (`GET /user`);
 * for an installation token such as `GITHUB_TOKEN`, which `GET /user` refuses, the Actions bot.
 */
export async function commentAuthor(client: GitHubClient): Promise<CommentAuthor> {
  try {
    const { data } = await client.octokit.rest.users.getAuthenticated();
    return { login: data.login, source: 'user' };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) return { login: ACTIONS_BOT_LOGIN, source: 'installation' };
    throw error;
  }
}

/**
 * Keeps exactly one repro-audit comment on the pull request: updated in place when it exists,
 * created only when there is something to say (so clean PRs get no comment at all). Only a comment
 * `author` wrote, whose first line is `marker`, counts as ours: anyone can post a comment that starts with the marker, and
 * rewriting theirs would both lose their text and let them choose where our report goes.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  author: CommentAuthor,
  markdown: string,
  worthCreating: boolean,
  marker: string = COMMENT_MARKER,
): Promise<CommentOutcome> {
  const body = `${marker}\n${markdown}`;
  const { octokit } = client;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const ours = comments.find((comment) => comment.user?.login === author.login && comment.body?.startsWith(`${marker}\n`));
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
