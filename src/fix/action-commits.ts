/**
 * The commit an action's tag or branch names today, asked of the GitHub REST API (`GET
 * /repos/{owner}/{repo}/commits/{ref}`, which peels annotated tags). `GITHUB_API_URL` (set on
 * runners, and by GitHub Enterprise) chooses the API; `GITHUB_TOKEN` raises the rate limit.
 */
import { fetchWithRetry, readBodyLimited } from '../registry/index.js';

export interface ActionCommitResolver {
  resolve(owner: string, repo: string, ref: string): Promise<string>;
}

/** A commit object is a few KiB; this bounds what a misbehaving server can make us hold. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export class GitHubCommitResolver implements ActionCommitResolver {
  private readonly apiUrl: string;
  private readonly token: string | undefined;
  private readonly cache = new Map<string, Promise<string>>();

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    this.token = env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
  }

  resolve(owner: string, repo: string, ref: string): Promise<string> {
    const key = `${owner}/${repo}@${ref}`;
    let commit = this.cache.get(key);
    if (!commit) {
      commit = this.fetchCommit(owner, repo, ref);
      this.cache.set(key, commit);
    }
    return commit;
  }

  private async fetchCommit(owner: string, repo: string, ref: string): Promise<string> {
    const url = `${this.apiUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/${encodeURIComponent(ref)}`;
    const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'repro-audit' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetchWithRetry(url, { headers }, `the GitHub API (${owner}/${repo})`);
    const body = new TextDecoder().decode(await readBodyLimited(response, MAX_RESPONSE_BYTES, `the GitHub API's answer for ${owner}/${repo}@${ref}`));
    if (response.status === 404 || response.status === 422) throw new Error(`GitHub knows no commit, tag or branch \`${ref}\` in ${owner}/${repo}`);
    if (!response.ok) throw new Error(`the GitHub API answered ${response.status} for ${owner}/${repo}@${ref}${response.status === 403 || response.status === 429 ? ' (rate limited? set GITHUB_TOKEN)' : ''}`);
    const sha = (JSON.parse(body) as { sha?: unknown }).sha;
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) throw new Error(`the GitHub API gave no commit for ${owner}/${repo}@${ref}`);
    return sha;
  }
}
