// What one HTTP exchange is made of, as sendRequest and the --verbose trace both see it.

export type HttpRequest = Readonly<{
	url: URL;
	method: 'GET' | 'POST';
	headers: Readonly<Record<string, string>>;
	body?: string;
}>;

export type HttpHeaders = Readonly<Record<string, string | string[] | undefined>>;

export type HttpResponse = Readonly<{
	status: number;
	statusText: string;
	/** Lowercase names. */
	headers: HttpHeaders;
	body: Buffer;
	/** Whether the request went through a proxy (so this machine's own address means little). */
	proxied: boolean;
}>;
