// A local stand-in for the GitHub REST API, strict where GitHub is: every request must match an
// operation in GitHub's published OpenAPI description (@octokit/openapi) and carry valid path
// parameters, query and body; every response this fake sends is checked against the same
// description, so tests see bodies GitHub could really send. What it cannot serve is recorded as a
// violation, and tests assert there are none.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
}
interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  operations: Record<string, OpenApiOperation>;
}

let routes: Route[] | undefined;

function loadRoutes(): Route[] {
  if (routes) return routes;
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const description = JSON.parse(fs.readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, OpenApiOperation>> };
  routes = Object.entries(description.paths).map(([template, operations]) => {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    return { template, pattern, names, literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length, operations };
  });
  return routes;
}

const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false, logger: false });
ajvFormats.default(ajv);
const coercingAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true, logger: false });
// Compiled once per schema object; parameters are validated with type coercion (they arrive as strings).
const validators = new Map<object, ValidateFunction>();
const coercingValidators = new Map<object, ValidateFunction>();
function validatorFor(schema: object, coerce = false): ValidateFunction {
  const cache = coerce ? coercingValidators : validators;
  let validate = cache.get(schema);
  if (!validate) {
    validate = (coerce ? coercingAjv : ajv).compile(withNullableTyped(schema));
    cache.set(schema, validate);
  }
  return validate;
}

/**
 * GitHub's description marks some `oneOf` schemas `nullable` without a `type` (a commit's `author`),
 * which Ajv refuses to compile; such a schema reads as "this, or null".
 */
function withNullableTyped(schema: unknown): object {
  if (Array.isArray(schema)) return schema.map(withNullableTyped);
  if (schema === null || typeof schema !== 'object') return schema as object;
  const entries = Object.entries(schema).map(([key, value]) => [key, key === 'example' || key === 'examples' ? value : withNullableTyped(value)]);
  const copy = Object.fromEntries(entries) as Record<string, unknown>;
  if (copy.nullable === true && copy.type === undefined) {
    delete copy.nullable;
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  body?: unknown;
  status: number;
}

export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
}

export interface StoredComment {
  id: number;
  body: string;
  login: string;
}

/** GitHub's pull request files listing ends here, however many files the pull request changes. */
export const LIST_FILES_LIMIT = 3_000;

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_BODY_LIMIT = 65_536;

/** The login comments made with `GITHUB_TOKEN` (an installation token) are written as. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pullNumber: number;
  /**
   * Whose token the Action holds: a user's (a personal access token; `GET /user` answers with that
   * user), or by default an installation token such as `GITHUB_TOKEN`, which `GET /user` refuses
   * with 403 and whose comments GitHub writes as github-actions[bot].
   */
  tokenOwner?: string;
  /** The pull request's files; the listing stops at 3,000 of them, as GitHub's does. */
  changedFiles?: ChangedFile[];
  /** Comments already on the pull request (other people's, or an earlier repro-audit run's). */
  comments?: Array<{ body: string; login?: string }>;
  /** Answer writes with 403, as GitHub does for a fork's read-only token. */
  readOnlyToken?: boolean;
  /** Answer the pull request files listing with 503 (to exercise the git fallback). */
  pullFilesUnavailable?: boolean;
  /**
   * Commits of any repository by ref, `owner/repo@ref` → sha (what `GET /repos/{owner}/{repo}/commits/{ref}`
   * answers; other refs are 422, as GitHub answers a ref it does not know).
   */
  commits?: Record<string, string>;
}

export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: StoredComment[] = [];
  private nextCommentId = 1_000_001;
  /** Who the token writes comments as. */
  readonly identity: string;
  private server: http.Server | undefined;
  url = '';

  constructor(private readonly options: FakeGitHubOptions) {
    this.identity = options.tokenOwner ?? ACTIONS_BOT;
    for (const comment of options.comments ?? []) this.addComment(comment.body, comment.login ?? 'octocat');
  }

  static async start(options: FakeGitHubOptions): Promise<FakeGitHubApi> {
    loadRoutes();
    const api = new FakeGitHubApi(options);
    api.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => api.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => api.server!.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Comments carrying the given marker, as GitHub would list them now. */
  commentsWith(marker: string): StoredComment[] {
    return this.comments.filter((c) => c.body.startsWith(marker));
  }

  private addComment(body: string, login: string): StoredComment {
    const comment = { id: this.nextCommentId++, body, login };
    this.comments.push(comment);
    return comment;
  }

  private handle(req: http.IncomingMessage, rawBody: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toLowerCase();
    const rawQuery = Object.fromEntries(url.searchParams.entries());
    // Parameters are coerced to their schema types in place; the record keeps what was sent.
    const query: Record<string, unknown> = { ...rawQuery };
    const recorded: RecordedRequest = { method: method.toUpperCase(), path: url.pathname, query: rawQuery, status: 0 };
    this.requests.push(recorded);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const violation = (message: string, status = 422) => {
      this.violations.push(`${recorded.method} ${url.pathname}: ${message}`);
      reply(status, { message, documentation_url: 'https://docs.github.com/rest' });
    };

    const matches = loadRoutes()
      .map((route) => ({ route, match: route.pattern.exec(url.pathname) }))
      .filter((m): m is { route: Route; match: RegExpExecArray } => m.match !== null && m.route.operations[method] !== undefined)
      .sort((a, b) => b.route.literalSegments - a.route.literalSegments);
    if (matches.length === 0) return violation('no such operation in the GitHub REST API description', 404);
    const { route, match } = matches[0]!;
    const operation = route.operations[method]!;
    recorded.operationId = operation.operationId;

    if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? '')) return violation('request is not authenticated', 401);

    const parameters = operation.parameters ?? [];
    const pathParams: Record<string, unknown> = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    for (const parameter of parameters.filter((p) => p.in === 'path' || p.in === 'query')) {
      const source: Record<string, unknown> = parameter.in === 'path' ? pathParams : query;
      if (!(parameter.name in source)) {
        if (parameter.required) return violation(`missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      const holder = { value: source[parameter.name] };
      const validate = validatorFor(parameterSchema(parameter), true);
      if (!validate(holder)) return violation(`${parameter.in} parameter ${parameter.name}: ${ajv.errorsText(validate.errors)}`);
      source[parameter.name] = holder.value;
    }
    const unknownQuery = Object.keys(query).filter((name) => !parameters.some((p) => p.in === 'query' && p.name === name));
    if (unknownQuery.length > 0) return violation(`undocumented query parameters ${unknownQuery.join(', ')}`);

    let body: unknown;
    if (operation.requestBody) {
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        return violation('body is not JSON', 400);
      }
      const schema = operation.requestBody.content['application/json']?.schema;
      if (body === undefined && operation.requestBody.required) return violation('missing request body');
      if (schema && body !== undefined) {
        const validate = validatorFor(schema);
        if (!validate(body)) return violation(`request body: ${ajv.errorsText(validate.errors)}`);
      }
      recorded.body = body;
    }

    const respond = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
      if (!schema) this.violations.push(`fake answered ${operation.operationId} with undocumented status ${status}`);
      else {
        const validate = validatorFor(schema);
        if (!validate(payload)) this.violations.push(`fake's ${status} body for ${operation.operationId} does not match the description: ${ajv.errorsText(validate.errors)}`);
      }
      reply(status, payload, headers);
    };
    const tooLong = (text: string) => [...text].length > COMMENT_BODY_LIMIT;
    const bodyTooLong = () =>
      respond(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` }],
        documentation_url: 'https://docs.github.com/rest/issues/comments',
      });
    const forbidden = () =>
      respond(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments', status: '403' });

    const { owner, repo, pullNumber } = this.options;
    if (operation.operationId === 'users/get-authenticated') {
      if (this.options.tokenOwner === undefined) return forbidden();
      return respond(200, this.publicUser(this.options.tokenOwner));
    }
    const sameRepo = String(pathParams.owner) === owner && String(pathParams.repo) === repo;
    switch (operation.operationId) {
      case 'repos/get-commit': {
        const sha = this.options.commits?.[`${pathParams.owner}/${pathParams.repo}@${pathParams.ref}`];
        if (!sha) return respond(422, { message: `No commit found for SHA: ${pathParams.ref}`, documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '422' });
        return respond(200, this.commitEntry(String(pathParams.owner), String(pathParams.repo), sha));
      }
      case 'pulls/list-files': {
        if (!sameRepo || pathParams.pull_number !== pullNumber) return respond(404, notFound());
        if (this.options.pullFilesUnavailable) return reply(503, { message: 'Service unavailable' });
        const files = (this.options.changedFiles ?? []).slice(0, LIST_FILES_LIMIT).map((f, i) => this.fileEntry(f, i));
        return this.paginated(files, query, url, respond);
      }
      case 'issues/list-comments': {
        if (!sameRepo || pathParams.issue_number !== pullNumber) return respond(404, notFound());
        return this.paginated(
          this.comments.map((c) => this.commentEntry(c)),
          query,
          url,
          respond,
        );
      }
      case 'issues/create-comment': {
        if (!sameRepo || pathParams.issue_number !== pullNumber) return respond(404, notFound());
        if (this.options.readOnlyToken) return forbidden();
        if (tooLong((body as { body: string }).body)) return bodyTooLong();
        const comment = this.addComment((body as { body: string }).body, this.identity);
        return respond(201, this.commentEntry(comment), { location: `${this.url}/repos/${owner}/${repo}/issues/comments/${comment.id}` });
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === pathParams.comment_id);
        if (!sameRepo || !comment) return respond(404, notFound());
        if (this.options.readOnlyToken) return forbidden();
        if (tooLong((body as { body: string }).body)) return bodyTooLong();
        comment.body = (body as { body: string }).body;
        return respond(200, this.commentEntry(comment));
      }
      default:
        return violation(`the fake does not implement ${operation.operationId}`, 501);
    }
  }

  private paginated(items: unknown[], query: Record<string, unknown>, url: URL, respond: (status: number, payload: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const next = new URL(url.href.replace(/^http:\/\/localhost/, this.url));
      next.searchParams.set('page', String(n));
      next.searchParams.set('per_page', String(perPage));
      return `<${next.href}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    respond(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  private fileEntry(file: ChangedFile, index: number): object {
    const { owner, repo } = this.options;
    const sha = (index + 1).toString(16).padStart(40, 'a');
    const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha,
      filename: file.filename,
      status: file.status,
      additions: file.status === 'removed' ? 0 : 3,
      deletions: file.status === 'added' ? 0 : 1,
      changes: 4,
      blob_url: `https://github.com/${owner}/${repo}/blob/${sha}/${encoded}`,
      raw_url: `https://github.com/${owner}/${repo}/raw/${sha}/${encoded}`,
      contents_url: `${this.url}/repos/${owner}/${repo}/contents/${encoded}?ref=${sha}`,
      patch: '@@ -1,2 +1,4 @@\n-FROM node:18\n+FROM node:20-alpine',
    };
  }

  private commitEntry(owner: string, repo: string, sha: string): object {
    const api = `https://api.github.com/repos/${owner}/${repo}`;
    const person = { name: 'Mona Lisa', email: 'mona@example.com', date: '2026-11-30T12:00:00Z' };
    return {
      url: `${api}/commits/${sha}`,
      sha,
      node_id: `C_${sha.slice(0, 20)}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      commit: { url: `${api}/git/commits/${sha}`, author: person, committer: person, message: 'release', comment_count: 0, tree: { sha: 'f'.repeat(40), url: `${api}/git/trees/${'f'.repeat(40)}` } },
      author: null,
      committer: null,
      parents: [{ sha: 'e'.repeat(40), url: `${api}/commits/${'e'.repeat(40)}` }],
    };
  }

  private commentEntry(comment: StoredComment): object {
    const { owner, repo, pullNumber } = this.options;
    const api = 'https://api.github.com';
    return {
      id: comment.id,
      node_id: `IC_kwDOAB${comment.id}`,
      url: `${api}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${pullNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/repos/${owner}/${repo}/issues/${pullNumber}`,
      body: comment.body,
      user: this.simpleUser(comment.login),
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      author_association: comment.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
  }

  /** `GET /user` for a personal access token: the public profile of its owner. */
  private publicUser(login: string): object {
    return {
      ...this.simpleUser(login),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 3,
      public_gists: 0,
      followers: 1,
      following: 1,
      created_at: '2019-04-01T08:00:00Z',
      updated_at: '2026-11-01T08:00:00Z',
    };
  }

  private simpleUser(login: string): object {
    const userId = login === ACTIONS_BOT ? 41898282 : 583231 + [...login].reduce((sum, c) => sum + c.charCodeAt(0), 0);
    const api = 'https://api.github.com';
    return {
      login,
      id: userId,
      node_id: login === ACTIONS_BOT ? 'MDM6Qm90NDE4OTgyODI=' : 'MDQ6VXNlcjU4MzIzMQ==',
      avatar_url: `https://avatars.githubusercontent.com/u/${userId}?v=4`,
      gravatar_id: '',
      url: `${api}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${login.replace('[bot]', '')}`,
      followers_url: `${api}/users/${encodeURIComponent(login)}/followers`,
      following_url: `${api}/users/${encodeURIComponent(login)}/following{/other_user}`,
      gists_url: `${api}/users/${encodeURIComponent(login)}/gists{/gist_id}`,
      starred_url: `${api}/users/${encodeURIComponent(login)}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/${encodeURIComponent(login)}/subscriptions`,
      organizations_url: `${api}/users/${encodeURIComponent(login)}/orgs`,
      repos_url: `${api}/users/${encodeURIComponent(login)}/repos`,
      events_url: `${api}/users/${encodeURIComponent(login)}/events{/privacy}`,
      received_events_url: `${api}/users/${encodeURIComponent(login)}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false,
    };
  }
}

const parameterSchemas = new WeakMap<OpenApiParameter, object>();
function parameterSchema(parameter: OpenApiParameter): object {
  let schema = parameterSchemas.get(parameter);
  if (!schema) {
    schema = { type: 'object', properties: { value: parameter.schema } };
    parameterSchemas.set(parameter, schema);
  }
  return schema;
}

function notFound(): object {
  return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
}
