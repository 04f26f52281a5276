// The API's one error shape, `{"error": {"code", "message"}}`, and zod issues turned into a
// message that names the field.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, err: ApiError): Response {
  return c.json({ error: { code: err.code, message: err.message } }, err.status);
}

/** One line naming the first bad field: `query "from": expected a date YYYY-MM-DD`. */
export function describeIssues(where: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${where}: invalid`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ');
    return `${where}: unknown parameter ${keys}`;
  }
  const field = issue.path.map(String).join('.');
  return `${where}${field ? ` "${field}"` : ''}: ${issue.message}`;
}

/** Parses with a schema or throws a 400 naming the field. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'BAD_REQUEST', describeIssues(where, parsed.error));
  return parsed.data;
}
