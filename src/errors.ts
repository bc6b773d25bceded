import { GraphQLError } from 'graphql';

/** GraphQL errors for what is not a business outcome (see shared/api-contract.md). */
export const badUserInput = (message: string, field: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

export const notFound = (what: string, id: string, field?: string): GraphQLError =>
  new GraphQLError(`${what} ${id} was not found`, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });

export const forbidden = (message = 'Not allowed'): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });

export const unauthenticated = (message = 'Authentication required'): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
