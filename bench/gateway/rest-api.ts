// Gatehouse's REST API, called as an operator's script would: Bearer admin key, JSON bodies.
export type RestApi = <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;

export function restApi(baseUrl: string, key: string): RestApi {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok)
      throw new RestError(`${method} ${path} -> ${res.status} ${text.slice(0, 500)}`, res.status, text);
    return (text ? JSON.parse(text) : null) as T;
  };
}

export class RestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(message);
  }
}
