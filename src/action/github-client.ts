import * as github from '@actions/github';

export interface GitHubClient {
  octokit: ReturnType<typeof github.getOctokit>;
}

/** The pull request an event is about, from the event payload the runner hands the Action. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha?: string;
  headSha?: string;
  /** True when the head branch lives in another repository (its token is read-only). */
  fromFork: boolean;
  /** How many files the pull request changes, as the event says (`pull_request.changed_files`). */
  changedFiles?: number;
}

export function createClient(token: string): GitHubClient | undefined {
  return token ? { octokit: github.getOctokit(token) } : undefined;
}

export function pullRequestOf(context: typeof github.context): PullRequestRef | undefined {
  const pr = context.payload.pull_request as
    | {
        number: number;
        changed_files?: unknown;
        base?: { sha?: string; repo?: { full_name?: string } };
        head?: { sha?: string; repo?: { full_name?: string } | null };
      }
    | undefined;
  if (!pr || !process.env.GITHUB_REPOSITORY) return undefined;
  const { owner, repo } = context.repo;
  const headRepo = pr.head?.repo?.full_name;
  return {
    owner,
    repo,
    number: pr.number,
    baseSha: pr.base?.sha,
    headSha: pr.head?.sha,
    fromFork: headRepo !== undefined && headRepo !== pr.base?.repo?.full_name,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
  };
}
