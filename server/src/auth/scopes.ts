// Pothos scope-auth wiring: the `editor` scope comes from the request's bearer token, checked once per request.
import { GraphQLError } from 'graphql';
import type { Verdict } from './editor-token.ts';
import { bearerToken, verifyEditorToken } from './editor-token.ts';

/** What of the request context authorisation reads: the raw Authorization header. */
export interface AuthContext {
  authorization: string | null;
}

const verdicts = new WeakMap<AuthContext, Promise<Verdict>>();
const settled = new WeakMap<AuthContext, Verdict>();

/** The token's verdict for this request, verified once; the secret is read when a request needs it. */
export function verdictOf(context: AuthContext, env: NodeJS.ProcessEnv = process.env): Promise<Verdict> {
  let verdict = verdicts.get(context);
  if (!verdict) {
    verdict = verifyEditorToken(env.CANCU_JWT_SECRET, bearerToken(context.authorization)).then((v) => {
      settled.set(context, v);
      return v;
    });
    verdicts.set(context, verdict);
  }
  return verdict;
}

/** The scope-auth initializer: `authScopes: { editor: true }` on a field asks for a valid editor token. */
export async function editorScopes(context: AuthContext): Promise<{ editor: boolean }> {
  return { editor: (await verdictOf(context)).ok };
}

/** The error a refused field raises: FORBIDDEN with why (no secret on the server, no token, expired, …). */
export function forbiddenError(_parent: unknown, context: AuthContext): GraphQLError {
  const verdict = settled.get(context);
  const message = verdict && !verdict.ok ? verdict.message : 'Cần quyền biên tập viên để thực hiện thao tác này';
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Who made a change: the subject of the verified token (only called behind the `editor` scope). */
export async function editorSubject(context: AuthContext): Promise<string> {
  const verdict = await verdictOf(context);
  if (!verdict.ok) throw forbiddenError(null, context);
  return verdict.subject;
}
