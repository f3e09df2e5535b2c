// Database failures mapped to one error type in one place, with the query that failed.
import { GraphQLError } from 'graphql';

export class StoreError extends Error {
  constructor(
    message: string,
    readonly query: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The error a GraphQL client sees when the store is unreachable: masked detail, a code to act on. */
export function storeUnavailable(cause: unknown): GraphQLError {
  return new GraphQLError('Không truy cập được cơ sở dữ liệu', {
    extensions: { code: 'STORE_UNAVAILABLE' },
    originalError: cause instanceof Error ? cause : undefined,
  });
}
