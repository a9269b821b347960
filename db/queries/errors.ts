// Small typed errors thrown by the DAL; lib/api/http.ts maps them to HTTP responses.

export class NotFoundError extends Error {
  constructor(
    readonly entity: 'indicator' | 'region' | 'source' | 'period' | 'program' | 'edition' | 'target' | 'annotation',
    readonly code: string,
    readonly parameter?: string,
  ) {
    super(`Unknown ${entity} "${code}"`);
  }
}

/** A request the DAL cannot answer as asked (e.g. a map level that is not below its parent). */
export class InvalidParameterError extends Error {
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}
