import {isSecretName, isTokenName} from '../model/credential-names.js';
import {minMaskedRun, percentDecode, secretForms, secretMasker} from '../text/secret-masker.js';

/**
 * The one place --verbose decides what of an exchange must not be shown. Credentials are
 * recognised where they are sent (the Authorization and Proxy-Authorization headers, secret form
 * fields, token fields of a JSON answer) and replaced by "[redacted]" ("[redacted …WXYZ]" for a
 * token: its last four characters, enough to tell two tokens apart). Each value found is also
 * learnt, so that any echo of it anywhere else (a header, an error page) is masked as
 * secretMasker masks (any run of 8 of its characters). Output is raw text: the caller passes it
 * through the display sanitiser.
 */
export class Redactor {
	#forms = new Set<string>();
	#mask: (text: string) => string = text => text;

	constructor(private readonly word: string) {}

	/** "[redacted]", or "[redacted …WXYZ]" for a token long enough that its end gives nothing away. */
	mark(token?: string): string {
		return token !== undefined && token.length >= 16 ? `[${this.word} …${token.slice(-4)}]` : `[${this.word}]`;
	}

	/** Remembers a secret so that masking finds it, in the forms it travels in. */
	learn(value: string): void {
		const before = this.#forms.size;
		for (const form of secretForms(value)) this.#forms.add(form);
		if (this.#forms.size !== before) this.#mask = secretMasker([...this.#forms]);
	}

	/** Every learnt secret masked in `text`. */
	mask(text: string): string {
		return this.#mask(text);
	}

	/** A header's value as it may be shown; learns the credentials it carries. */
	header(name: string, value: string): string {
		const lower = name.toLowerCase();
		if (lower === 'authorization' || lower === 'proxy-authorization') return this.#credentials(value);
		if (isSecretName(lower)) {
			this.learn(value);
			return this.mark();
		}
		// X-Access-Token, X-Refresh-Token, X-Api-Token: shown by their last four characters.
		if (isTokenName(lower)) {
			this.learn(value);
			return this.mark(value);
		}
		if (lower === 'cookie') return value.split(';').map(pair => this.#cookie(pair)).join(';');
		if (lower === 'set-cookie') {
			const at = value.indexOf(';');
			return at === -1 ? this.#cookie(value) : `${this.#cookie(value.slice(0, at))}${this.mask(value.slice(at))}`;
		}
		return this.mask(value);
	}

	/** An application/x-www-form-urlencoded body with its secret and token fields redacted, the rest as sent. */
	form(body: string): string {
		const pairs = body.split('&').map(pair => {
			const at = pair.indexOf('=');
			const key = at === -1 ? undefined : decodeForm(pair.slice(0, at));
			const kind = key === undefined ? undefined : isSecretName(key) ? 'secret' : isTokenName(key) ? 'token' : undefined;
			return {pair, at, kind, value: at === -1 ? '' : decodeForm(pair.slice(at + 1))};
		});
		// Every credential learnt first, so a field that repeats another's value is masked too.
		for (const {kind, value} of pairs) if (kind) this.learn(value);
		return pairs
			.map(({pair, at, kind, value}) => (kind ? `${pair.slice(0, at)}=${this.mark(kind === 'token' ? value : undefined)}` : this.mask(pair)))
			.join('&');
	}

	/** A JSON value with secret and token fields redacted (at any depth); learns them. */
	json(value: unknown): unknown {
		if (Array.isArray(value)) return value.map(item => this.json(item));
		if (typeof value !== 'object' || value === null) return typeof value === 'string' ? this.mask(value) : value;
		// No prototype: a key such as "__proto__" from the server is kept as data.
		const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
		for (const [key, item] of Object.entries(value)) {
			if (typeof item === 'string' && (isSecretName(key) || isTokenName(key))) {
				this.learn(item);
				out[key] = isTokenName(key) ? this.mark(item) : this.mark();
			} else {
				out[key] = this.json(item);
			}
		}
		return out;
	}

	/** scheme://user:[redacted]@host:port/path?query of a URL (no lone "/" path), learning its password. */
	url(url: URL): string {
		if (url.password) this.learn(url.password);
		const login = url.username || url.password ? `${url.username}${url.password ? `:${this.mark()}` : ''}@` : '';
		const rest = url.pathname === '/' && !url.search ? '' : `${url.pathname}${url.search}`;
		return `${url.protocol}//${login}${url.host}${this.mask(rest)}`;
	}

	#credentials(value: string): string {
		const match = /^(\S+)\s+(\S.*)$/.exec(value.trim());
		if (!match) {
			this.learn(value.trim());
			return this.mark();
		}
		const [, scheme = '', credentials = ''] = match;
		this.learn(credentials);
		if (/^basic$/i.test(scheme)) {
			// base64 of "id:secret": the secret is learnt too, as sent and decoded.
			const pair = Buffer.from(credentials, 'base64').toString('utf8');
			const secret = pair.slice(pair.indexOf(':') + 1);
			if (pair.includes(':') && secret) this.learn(secret);
			return `${scheme} ${this.mark()}`;
		}
		return `${scheme} ${/^bearer$/i.test(scheme) ? this.mark(credentials) : this.mark()}`;
	}

	#cookie(pair: string): string {
		const at = pair.indexOf('=');
		if (at === -1) return this.mask(pair);
		const value = pair.slice(at + 1).trim();
		// A short value (theme=dark) is no session, and masking it everywhere would hide words.
		if (value.length >= minMaskedRun) this.learn(value);
		return `${pair.slice(0, at)}=${this.mark()}`;
	}
}

function decodeForm(text: string): string {
	return percentDecode(text.replaceAll('+', ' '));
}
