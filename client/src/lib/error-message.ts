// Turns a failed GraphQL operation into a message an officer can act on.
import type { CombinedError } from 'urql';
import type { MessageKey, MessageParams } from './i18n.ts';

export type ErrorMessage = { key: MessageKey; params?: MessageParams };

export function errorMessage(error: CombinedError): ErrorMessage {
  if (error.networkError || error.graphQLErrors.length === 0) {
    return { key: 'state.serverUnreachable' };
  }
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED')) return { key: 'state.forbidden' };
  if (codes.includes('NOT_FOUND')) return { key: 'state.documentNotFound' };
  return { key: 'state.serverError', params: { message: error.graphQLErrors[0]?.message ?? '' } };
}
