import type {Socket} from 'node:net';
import {checkUrlOption} from '../cli/check-option.js';
import {AppError} from '../errors/app-error.js';
import {doctorText} from '../i18n/text.js';
import {defaultTimeoutMs, type NetOptions} from '../model/net-options.js';
import type {ProviderKind} from '../model/provider-kind.js';
import {describeProxy, readProxySettings} from '../net/proxy-env.js';
import {trustedCas} from '../net/trusted-cas.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import {displayLine} from '../text/display.js';
import {checkKind, checkScim, checkToken} from './check-credentials.js';
import {checkDns} from './check-dns.js';
import {checkHttp, type RequestDeps} from './check-http.js';
import {directRoute, openTunnel, type Route, routeFor} from './check-proxy.js';
import {connectTcp, tunnelledTcp} from './check-tcp.js';
import {checkTls} from './check-tls.js';
import {elapsed} from './deadline.js';
import {type DoctorReport, failure, type LinkName, linkNames, type LinkResult, type Outcome} from './links.js';

/** What the walk checks: the values of a profile or of the command line, as given (the URL link judges them). */
export type DoctorTarget = Readonly<{
	tokenUrl: string;
	baseUrl?: string;
	/** The token request but its URL; its secret absent when none is at hand. Undefined without a Client ID. */
	credentials?: Omit<TokenRequest, 'tokenUrl' | 'clientSecret'> & Readonly<{clientSecret?: string}>;
	/** The provider kind the token should name: the profile's, or --kind. */
	kind?: ProviderKind;
	net: NetOptions;
}>;

export type DoctorDeps = RequestDeps & Readonly<{now?: () => Date}>;

/**
 * Walks the chain from this machine to a token Okta can use, link by link, each checked on its
 * own (never guessed from a later error), and stops at the first broken one: the URLs' shape,
 * DNS, the proxy, TCP, TLS, HTTP to the Token URL, a token with the credentials (when there is a
 * secret), Okta's SCIM check with it, and the provider kind the token names.
 */
export async function runDoctor(target: DoctorTarget, deps: DoctorDeps): Promise<DoctorReport> {
	const results: LinkResult[] = [];
	const run = async (link: LinkName, check: () => Outcome | Promise<Outcome>): Promise<boolean> => {
		const start = performance.now();
		const outcome = await check();
		results.push({link, ...(outcome.status === 'skip' ? {} : {ms: elapsed(start)}), ...outcome});
		return outcome.status !== 'fail';
	};
	const {net} = target;
	const timeoutMs = net.timeoutMs ?? defaultTimeoutMs;
	const limits = {timeoutMs, ...(deps.signal ? {signal: deps.signal} : {})};
	const now = deps.now ?? (() => new Date());

	let urls: {tokenUrl: URL; baseUrl?: string} | undefined;
	const urlsOk = await run('url', () => {
		const checked = checkUrls(target);
		if ('urls' in checked) urls = checked.urls;
		return checked.outcome;
	});
	if (!urlsOk || !urls) return report(results);
	const {tokenUrl, baseUrl} = urls;

	let route: Route = {};
	let routeError: AppError | undefined;
	try {
		route = routeFor(readProxySettings(deps.env), tokenUrl);
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		routeError = error;
	}
	if (!(await run('dns', () => checkDns(tokenUrl, route.proxy, limits)))) return report(results);

	// The CAs the requests trust, read once: an unusable --ca file fails the first link that needs it.
	let cas: Promise<string[] | undefined> | undefined;
	const trusted = async () => (cas ??= trustedCas(net, deps.env));
	let socket: Socket | undefined;
	try {
		const {proxy} = route;
		const proxyOk = await run('proxy', async () => {
			if (routeError) return failure(routeError);
			if (!proxy) return directRoute(tokenUrl, route);
			const ca = proxy.url.protocol === 'https:' ? await guarded(trusted) : undefined;
			if (ca instanceof AppError) return failure(ca);
			const tunnel = await openTunnel(tokenUrl, proxy, {ca, insecure: net.insecure === true, ...limits});
			socket = tunnel.socket;
			return tunnel.outcome;
		});
		if (!proxyOk) return report(results);
		const tcpOk = await run('tcp', async () => {
			if (proxy) return tunnelledTcp(tokenUrl, describeProxy(proxy));
			const connected = await connectTcp(tokenUrl, limits);
			socket = connected.socket;
			return connected.outcome;
		});
		if (!tcpOk) return report(results);
		const tlsOk = await run('tls', async () => {
			if (tokenUrl.protocol !== 'https:' || !socket) return {status: 'skip', summary: doctorText.tlsNone, details: []};
			const ca = await guarded(trusted);
			if (ca instanceof AppError) return failure(ca);
			return checkTls(tokenUrl, socket, {ca, insecure: net.insecure === true, ...(proxy ? {proxy} : {}), ...limits, now: now()});
		});
		if (!tlsOk) return report(results);
	} finally {
		socket?.destroy();
	}

	if (!(await run('http', () => checkHttp(tokenUrl, net, deps)))) return report(results);
	let token: TokenResult | undefined;
	const {credentials} = target;
	const tokenOk = await run('token', async () => {
		if (!credentials) return {status: 'skip', summary: doctorText.noClientId, details: []};
		if (!credentials.clientSecret) return {status: 'skip', summary: doctorText.noSecret, details: [doctorText.secretHow]};
		const checked = await checkToken({...credentials, clientSecret: credentials.clientSecret, tokenUrl: tokenUrl.href}, net, deps);
		token = checked.token;
		return checked.outcome;
	});
	if (!tokenOk) return report(results);
	const scimOk = await run('scim', () => {
		if (!token) return {status: 'skip', summary: doctorText.noToken, details: []};
		if (!baseUrl) return {status: 'skip', summary: doctorText.noBaseUrl, details: []};
		return checkScim(baseUrl, token.accessToken, net, deps);
	});
	if (!scimOk) return report(results);
	await run('kind', () => (token ? checkKind(token, target.kind) : {status: 'skip', summary: doctorText.noToken, details: []}));
	return report(results);
}

/** The URL link: the Token URL (and the Base URL, when there is one) held to the rules `get` and `verify` hold them to. */
function checkUrls(target: DoctorTarget): {outcome: Outcome; urls?: {tokenUrl: URL; baseUrl?: string}} {
	try {
		const token = checkUrlOption('--token-url', 'tokenUrl', target.tokenUrl);
		const base = target.baseUrl === undefined ? undefined : checkUrlOption('--base-url', 'baseUrl', target.baseUrl);
		const summary = doctorText.urls(displayLine(token.value), base ? displayLine(base.value) : undefined);
		const details = [...token.notes, ...(base?.notes ?? [])];
		const outcome: Outcome = {status: 'ok', summary, details, data: {tokenUrl: token.value, baseUrl: base?.value ?? null}};
		return {outcome, urls: {tokenUrl: new URL(token.value), ...(base ? {baseUrl: base.value} : {})}};
	} catch (error) {
		if (error instanceof AppError) return {outcome: failure(error)};
		throw error;
	}
}

/** An AppError (an unusable CA file) as a value, to be the link's failure. */
async function guarded<T>(work: () => Promise<T>): Promise<T | AppError> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
}

/** Every link in order, those after the broken one not run; the exit code is the broken link's. */
function report(results: readonly LinkResult[]): DoctorReport {
	const broken = results.find(result => result.status === 'fail');
	const links = linkNames.map(link => results.find(result => result.link === link) ?? {link, status: 'not-run' as const, summary: doctorText.notRun, details: []});
	return {links, exitCode: broken ? (broken.error?.exitCode ?? 1) : 0, failed: broken?.link};
}
