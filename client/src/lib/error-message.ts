// Turns a failed GraphQL operation into a message an officer can act on.
import type { CombinedError } from 'urql';
import type { MessageKey, MessageParams } from './i18n.ts';

export type ErrorMessage = { key: MessageKey; params?: MessageParams };

export function errorMessage(error: CombinedError): ErrorMessage {
  if (error.networkError || error.graphQLErrors.length === 0) {
    return { key: 'state.serverUnreachable' };
  }
  const notFound = error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
  if (notFound) return { key: 'state.documentNotFound' };
  return { key: 'state.serverError', params: { message: error.graphQLErrors[0]?.message ?? '' } };
}
