import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { DocumentNode, GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Limits } from '../config.js';
import { limitError, type LimitKind } from '../schema/limit-error.js';

/** graphql-armor words its refusals as "Syntax Error: …"; this keeps the sentence, not the prefix. */
const reason = (err: GraphQLError) => err.message.replace(/^Syntax Error: /, '');

/** An armor rejection handler: reports (validation rules) or throws (the parser) a coded error instead. */
function reject(limit: LimitKind, max: number) {
  return (ctx: ValidationContext | null, err: GraphQLError) => {
    const coded = limitError(limit, max, reason(err));
    if (!ctx) throw coded;
    ctx.reportError(coded);
  };
}

/** Refuses a document longer than the limit before anything reads it (HTTP and WebSocket alike). */
function useDocumentCharacterLimit(max: number): Plugin {
  return {
    onParse({ params }) {
      const length = typeof params.source === 'string' ? params.source.length : params.source.body.length;
      if (length > max) throw limitError('characters', max, `The document has ${length} characters; at most ${max} are accepted`);
    },
  };
}

/**
 * The guards that run before an operation does any work: size in characters, then tokens
 * (while parsing), then depth, aliases and directives (while validating). Cost runs last,
 * with the variables (see schema/complexity.ts).
 */
export function queryLimitPlugins(limits: Limits): Plugin[] {
  const armor = (limit: LimitKind, n: number) => ({ n, exposeLimits: true, propagateOnRejection: false, onReject: [reject(limit, n)] });
  return [
    useDocumentCharacterLimit(limits.maxDocumentChars),
    maxTokensPlugin(armor('tokens', limits.maxTokens)),
    maxDepthPlugin(armor('depth', limits.maxDepth)),
    maxAliasesPlugin(armor('aliases', limits.maxAliases)),
    maxDirectivesPlugin(armor('directives', limits.maxDirectives)),
  ];
}

/**
 * yoga's parse caches count entries, not bytes: a thousand 10 MB documents (or their parse
 * errors) would be kept. These hold at most `bytes`, estimating a document's AST at 20
 * bytes per character of its source (the key).
 */
export function boundedParseCaches(bytes: number) {
  const sized = <T extends object>() =>
    new LRUCache<string, T>({ maxSize: Math.max(1, bytes / 2), sizeCalculation: (_value, key) => Math.max(1, key.length * 20) });
  return { documentCache: sized<DocumentNode>(), errorCache: sized<Error>() };
}
