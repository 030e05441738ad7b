import { GraphQLError, type ExecutionResult } from 'graphql';
import { inspect } from 'graphql/jsutils/inspect.js';
import type { Plugin } from 'graphql-yoga';

/** Input fields whose values are secrets: never quoted back in an error message. */
const SECRET_FIELD = /password|secret|token/i;

function secretStrings(value: unknown, key = '', found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (SECRET_FIELD.test(key) && value) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) secretStrings(item, key, found);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) secretStrings(v, k, found);
  }
  return found;
}

/** Every value inside `value`, itself included. */
function subValues(value: unknown, into: unknown[] = []): unknown[] {
  into.push(value);
  if (Array.isArray(value)) for (const item of value) subValues(item, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) subValues(v, into);
  return into;
}

const COERCION = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /;

/**
 * graphql-js quotes the value it could not coerce (`Variable "$input" got invalid value
 * { password: "…", passwrd: "…" }; Field "passwrd" is not defined…`), and its scalars
 * quote leaves (`String cannot represent a non string value: …`). A variable's value is
 * the client's data, often a secret: the message keeps where and why, never the value.
 */
export function withoutVariableValues(message: string, variables: Record<string, unknown>): string {
  const head = COERCION.exec(message);
  if (!head) return message;
  const name = head[1]!;
  const rest = message.slice(head[0].length);
  const values = subValues(variables[name]);
  // The quoted value is one of the variable's sub-values as graphql-js prints it; the longest that fits is it.
  const printed = values.map((v) => inspect(v)).sort((a, b) => b.length - a.length);
  const shown = printed.find((p) => rest.startsWith(`${p} at "`) || rest.startsWith(`${p}; `));
  if (shown === undefined) return `Variable "$${name}" got an invalid value.`;
  let why = rest.slice(shown.length);
  for (const leaf of values) if (typeof leaf === 'string' && leaf) why = why.replaceAll(inspect(leaf), '(the value)');
  why = why.replace(/(value): [^;]*$/s, '$1.');
  return `Variable "$${name}" got an invalid value${why}`;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

function rewriteErrors(result: ExecutionResult, rewrite: (message: string) => string): ExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  let changed = false;
  const errors = result.errors.map((e) => {
    const message = rewrite(e.message);
    if (message === e.message) return e;
    changed = true;
    return new GraphQLError(message, { nodes: e.nodes, path: e.path, originalError: e.originalError, extensions: e.extensions });
  });
  return changed ? { ...result, errors } : undefined;
}

/**
 * Error messages never carry what the client sent as variable values (coercion errors),
 * nor the values of secret input fields (in any error), nor, when `suggestions` is off,
 * "Did you mean" hints that map the schema for a stranger.
 */
export function useErrorRedaction(options: { suggestions: boolean }): Plugin {
  const forVariables = (variables: Record<string, unknown> | null | undefined) => {
    const vars = variables ?? {};
    const secrets = secretStrings(vars);
    return (message: string) => {
      let m = withoutVariableValues(message, vars);
      for (const secret of secrets) m = m.replaceAll(JSON.stringify(secret), '"[redacted]"').replaceAll(secret, '[redacted]');
      return options.suggestions ? m : m.replace(SUGGESTION, '');
    };
  };
  const onResult = (rewrite: (message: string) => string) => ({ result, setResult }: { result: unknown; setResult: (r: ExecutionResult) => void }) => {
    if (!result || typeof result !== 'object' || !('errors' in result)) return;
    const next = rewriteErrors(result as ExecutionResult, rewrite);
    if (next) setResult(next);
  };
  return {
    onExecute({ args }) {
      return { onExecuteDone: onResult(forVariables(args.variableValues)) };
    },
    onSubscribe({ args }) {
      return { onSubscribeResult: onResult(forVariables(args.variableValues)) };
    },
  };
}
