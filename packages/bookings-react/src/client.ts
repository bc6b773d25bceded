import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createCheckoutCapabilityStore, type CheckoutCapabilityStore } from './checkout-capabilities';

/** One GraphQL error as the gateway answers it; `extensions.code` is the contract (docs/operations.md). */
export interface GraphqlErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/**
 * A request that did not produce a result: GraphQL errors (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT,
 * NOT_FOUND…) or an HTTP failure. Expected business outcomes are not errors: they come back as union members.
 */
export class BookingsRequestError extends Error {
  /** `extensions.code` of the first error, or `HTTP_<status>` when the answer held no GraphQL errors. */
  readonly code: string;

  constructor(
    readonly errors: readonly GraphqlErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
    this.name = 'BookingsRequestError';
    this.code = errors[0]?.extensions?.code ?? `HTTP_${status}`;
  }

  /** The input path a BAD_USER_INPUT error points at (`input.items.0.quantity`), when it names one. */
  get field(): string | undefined {
    return this.errors.find((error) => typeof error.extensions?.field === 'string')?.extensions?.field;
  }
}

export interface BookingsClientOptions {
  /** The GraphQL endpoint: the gateway (or the bookings subgraph itself). */
  url: string;
  /** The caller's bearer token, read before every request; no Authorization header when it gives none. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Where the checkout capabilities of started storefront sessions are kept; in memory by default. */
  checkoutCapabilities?: CheckoutCapabilityStore;
}

export interface RequestOptions {
  /** Extra headers for this request only (for example `Checkout-Capability`). */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  /**
   * The storefront session the request acts on: the client sends that session's checkout capability, when it
   * holds one, as the `Checkout-Capability` header.
   */
  checkoutSessionId?: string;
}

/** Sends typed operations: the result and variable types come from the document. */
export interface BookingsClient {
  request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    options?: RequestOptions,
  ): Promise<Result>;
  /** The capabilities this client sends; the storefront hooks put the one a session start returns here. */
  readonly checkoutCapabilities: CheckoutCapabilityStore;
}

interface GraphqlAnswer {
  data?: unknown;
  errors?: GraphqlErrorEntry[];
}

const printed = new WeakMap<DocumentNode, string>();

function source(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** A client over plain HTTP POST (application/json), the way the gateway expects it. */
export function createBookingsClient(options: BookingsClientOptions): BookingsClient {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const checkoutCapabilities = options.checkoutCapabilities ?? createCheckoutCapabilityStore();
  return {
    checkoutCapabilities,
    async request<Result, Variables>(
      document: TypedDocumentNode<Result, Variables>,
      variables: Variables,
      requestOptions: RequestOptions = {},
    ): Promise<Result> {
      const token = await options.getToken?.();
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
        ...options.headers,
        ...requestOptions.headers,
      };
      if (token) headers.authorization = `Bearer ${token}`;
      // Its own header, never the bearer token: the caller keeps its identity (a storefront key) beside it.
      const capability =
        requestOptions.checkoutSessionId === undefined
          ? null
          : checkoutCapabilities.get(requestOptions.checkoutSessionId);
      if (capability) headers['checkout-capability'] = capability.token;
      const response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: source(document), variables }),
        signal: requestOptions.signal,
      });
      const answer = await readAnswer(response);
      if (answer.errors && answer.errors.length > 0) throw new BookingsRequestError(answer.errors, response.status);
      if (!response.ok || answer.data === undefined || answer.data === null)
        throw new BookingsRequestError([], response.status);
      // The document's type is the server's promise about `data`; the schema check (codegen) keeps it honest.
      return answer.data as Result;
    },
  };
}

async function readAnswer(response: Response): Promise<GraphqlAnswer> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}
