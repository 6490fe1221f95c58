/** A small GraphQL-over-HTTP client with a cookie jar, as a browser would send requests. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export class GqlClient {
  private cookies = new Map<string, string>();
  lastSetCookie: string[] = [];

  constructor(
    public url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookies.size ? { cookie: this.cookieHeader } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const c of this.lastSetCookie) {
      const [pair, ...attrs] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] };
    return { status: res.status, headers: res.headers, data: body.data ?? null, errors: body.errors };
  }

  /** Like request, but fails the test with the errors when there are any. */
  async ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  async login(email: string, password: string): Promise<GqlResponse> {
    return this.request('mutation Login($input: LoginInput!) { login(input: $input) { id email role } }', { input: { email, password } });
  }
}

export const errorCode = (r: GqlResponse): string | undefined => r.errors?.[0]?.extensions?.code;
