import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type PracticeServer, startPracticeServer} from '../../source/demo/practice-server.js';
import {createCa, createCertificateSet, issueLeaf, type CertificateSet} from '../helpers/certificates.js';
import {startProxy, type RunningProxy} from '../helpers/proxy-server.js';
import {practiceProfile, saveProfiles} from '../helpers/saved-profile.js';
import {freePort, type RunningServer, startHttpServer, startHttpsServer, startTcpServer} from '../helpers/servers.js';
import {cleanEnv, cleanHomesAfterEach, doctor, type JsonReport, lineOf, marks, startAppliance, startRefusingProxy, statuses} from './doctor-helpers.js';

// `segura-token doctor` against real servers on loopback: the practice server with every link
// holding, then each link broken on purpose, named in English, in Portuguese and in JSON.

cleanHomesAfterEach();

let practice: PracticeServer;
let certs: CertificateSet;
let caFile: string;
const servers: Array<{close(): Promise<void>}> = [];
const clientId = 'doctorClient01';
const clientSecret = 'doctorSecret0123456789';

beforeAll(async () => {
	practice = await startPracticeServer();
	certs = createCertificateSet();
	const folder = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'segura-doctor-ca-'));
	caFile = path.join(folder, 'ca.pem');
	fs.writeFileSync(caFile, certs.ca.cert);
	servers.push({close: () => Promise.resolve(fs.rmSync(folder, {recursive: true, force: true}))});
});

afterAll(async () => {
	await Promise.all([practice, ...servers].map(async server => server?.close()));
});

async function serve<T extends {close(): Promise<void>}>(server: Promise<T>): Promise<T> {
	const running = await server;
	servers.push(running);
	return running;
}

/** A profile folder holding the practice server's provider of that kind, its secret remembered or not. */
async function practiceEnv(kind: 'internal' | 'third-party', remember: boolean, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
	const env = cleanEnv(extra);
	await saveProfiles(env, [practiceProfile(practice, 'lab', kind, remember)]);
	return env;
}

type Broken = Readonly<{
	link: string;
	en: string;
	pt: string;
	code: number;
	reason: string;
	says: RegExp;
	diz: RegExp;
}>;

/** The same walk in English, in Portuguese and as JSON: the same link broken, with its words and exit code. */
async function expectBroken(args: readonly string[], env: NodeJS.ProcessEnv, broken: Broken): Promise<JsonReport> {
	const en = await doctor(args, {env});
	expect(en.code, en.stdout + en.stderr).toBe(broken.code);
	const line = lineOf(en.stdout, broken.en);
	expect(line, en.stdout).toMatch(/^✘ /);
	expect(en.stdout).toMatch(broken.says);
	expect(en.stdout).toContain(`Stopped at the first broken link, ${broken.en} (exit ${broken.code})`);
	// Every link before it holds (or was not needed); none after it ran.
	const shown = marks(en.stdout);
	expect(shown.at(-1)).toEqual([broken.en, '✘']);
	expect(shown.slice(0, -1).every(([, mark]) => mark === '✔' || mark === '–' || mark === '!')).toBe(true);

	const pt = await doctor(args, {env, lang: 'pt-BR'});
	expect(pt.code).toBe(broken.code);
	expect(lineOf(pt.stdout, broken.pt)).toMatch(/^✘ /);
	expect(pt.stdout).toMatch(broken.diz);
	expect(pt.stdout).toContain(`Parou no primeiro elo quebrado, ${broken.pt} (saída ${broken.code})`);

	const json = await doctor([...args, '--json'], {env});
	expect(json.code).toBe(broken.code);
	const report = JSON.parse(json.stdout) as JsonReport;
	expect(report).toMatchObject({ok: false, exitCode: broken.code, failed: broken.link});
	const failed = report.links.find(link => link.link === broken.link)!;
	expect(failed.status).toBe('fail');
	expect(failed.error).toMatchObject({code: broken.reason, exitCode: broken.code});
	const order = report.links.map(link => link.link);
	for (const link of report.links.slice(order.indexOf(broken.link) + 1)) expect(link.status).toBe('not-run');
	return report;
}

describe('against the practice server', () => {
	it('every link holds, in English, in Portuguese and in JSON, exit 0', async () => {
		const env = await practiceEnv('internal', true);
		const en = await doctor(['--profile', 'lab'], {env});
		expect(en.code, en.stdout).toBe(0);
		expect(marks(en.stdout)).toEqual([
			['URL', '✔'],
			['DNS', '✔'],
			['Proxy', '✔'],
			['TCP', '✔'],
			['TLS', '–'],
			['HTTP', '✔'],
			['Token', '✔'],
			['SCIM', '✔'],
			['Provider kind', '✔'],
		]);
		expect(lineOf(en.stdout, 'HTTP')).toContain('401 Unauthorized: a token endpoint answers here');
		expect(lineOf(en.stdout, 'SCIM')).toContain('The token works');
		expect(lineOf(en.stdout, 'Provider kind')).toContain('internal users, as expected');
		expect(en.stdout).toMatch(/Every link holds: this machine can get a token for Okta's SCIM app\.\n$/);
		// Each line that ran has its time.
		expect(lineOf(en.stdout, 'TCP')).toMatch(/\d(\.\d)? ms {2}connected to 127\.0\.0\.1 port \d+/);
		const secret = practice.providers[0]!.clientSecret;
		expect(en.stdout + en.stderr).not.toContain(secret);

		const pt = await doctor(['--profile', 'lab'], {env, lang: 'pt-BR'});
		expect(pt.code).toBe(0);
		expect(lineOf(pt.stdout, 'Tipo de provedor')).toMatch(/^✔ .*usuários internos, como esperado/);
		expect(pt.stdout).toContain('Todos os elos estão bons');

		const json = await doctor(['--profile', 'lab', '--json'], {env});
		const report = JSON.parse(json.stdout) as JsonReport;
		expect(json.code).toBe(0);
		expect(report).toMatchObject({ok: true, exitCode: 0, failed: null});
		expect(statuses(report)).toEqual({url: 'ok', dns: 'ok', proxy: 'ok', tcp: 'ok', tls: 'skip', http: 'ok', token: 'ok', scim: 'ok', kind: 'ok'});
		expect(report.links.find(link => link.link === 'scim')?.data).toMatchObject({status: 200, totalResults: 5});
		expect(json.stdout).not.toContain(secret);
	});

	it('without a secret: Token, SCIM and the kind are not checked (no failure), and it says how to give one', async () => {
		const env = await practiceEnv('internal', false);
		const en = await doctor(['--profile', 'lab'], {env});
		expect(en.code).toBe(0);
		expect(lineOf(en.stdout, 'Token')).toMatch(/^– Token .*not checked: no Client Secret at hand/);
		expect(en.stdout).toContain('SEGURA_CLIENT_SECRET');
		expect(en.stdout).toContain('--client-secret-stdin');
		expect(en.stdout).toContain('Every link checked holds; not checked: Token, SCIM, Provider kind.');
		const pt = await doctor(['--profile', 'lab'], {env, lang: 'pt-BR'});
		expect(lineOf(pt.stdout, 'Token')).toContain('não testado: sem Client Secret à mão');
		// With the secret piped in, the same profile walks the whole chain.
		const piped = await doctor(['--profile', 'lab', '--client-secret-stdin'], {env, stdin: practice.providers[0]!.clientSecret});
		expect(piped.code).toBe(0);
		expect(lineOf(piped.stdout, 'SCIM')).toMatch(/^✔ /);
	});

	it('through a real CONNECT proxy: the proxy named, the tunnel used for TCP', async () => {
		const proxy: RunningProxy = await serve(startProxy());
		const env = await practiceEnv('internal', true, {HTTP_PROXY: proxy.url});
		const result = await doctor(['--profile', 'lab'], {env});
		expect(result.code, result.stdout).toBe(0);
		expect(lineOf(result.stdout, 'Proxy')).toMatch(/^✔ Proxy .*127\.0\.0\.1:\d+ \(from HTTP_PROXY\).*opened a tunnel to 127\.0\.0\.1:\d+ \(CONNECT 200\)/);
		expect(lineOf(result.stdout, 'TCP')).toContain('through the tunnel of the proxy');
		expect(proxy.connects.length).toBeGreaterThanOrEqual(3);
		// NO_PROXY sends it straight, and says why.
		const bypassed = await doctor(['--profile', 'lab'], {env: {...env, NO_PROXY: '127.0.0.1'}});
		expect(lineOf(bypassed.stdout, 'Proxy')).toContain('none: NO_PROXY lists 127.0.0.1, so HTTP_PROXY is not used for it');
	});
});

describe('over TLS', () => {
	it('every link holds against an appliance on localhost whose CA is given with --ca: every address, the chain, who issued it', async () => {
		const appliance = await serve(startAppliance(certs.valid, {clientId, clientSecret}));
		const local = (url: string) => url.replace('127.0.0.1', 'localhost');
		const args = ['--token-url', local(appliance.tokenUrl), '--base-url', local(appliance.baseUrl), '--client-id', clientId, '--kind', 'internal', '--ca', caFile];
		const result = await doctor(args, {env: cleanEnv({SEGURA_CLIENT_SECRET: clientSecret})});
		expect(result.code, result.stdout).toBe(0);
		expect(marks(result.stdout).map(([, mark]) => mark)).toEqual(['✔', '✔', '✔', '✔', '✔', '✔', '✔', '✔', '✔']);
		expect(lineOf(result.stdout, 'DNS')).toMatch(/localhost → (127\.0\.0\.1|::1)/);
		expect(lineOf(result.stdout, 'TLS')).toMatch(/TLSv1\.[23], .*certificate verified/);
		expect(result.stdout).toMatch(/ 0 subject: CN=127\.0\.0\.1, O=segura-token tests\n/);
		expect(result.stdout).toMatch(/ 1 subject: CN=segura-token test CA/);
		expect(result.stdout).toContain('Name: the certificate is valid for localhost');
		expect(lineOf(result.stdout, 'HTTP')).toContain('401 Unauthorized from segura-appliance: a token endpoint answers here');
		expect(result.stdout).not.toContain(clientSecret);
	});

	it('through an https:// proxy (TLS to the proxy, then TLS to the server inside its tunnel)', async () => {
		const proxy = await serve(startProxy({tls: certs.valid}));
		const appliance = await serve(startAppliance(certs.valid, {clientId, clientSecret}));
		const env = cleanEnv({HTTPS_PROXY: proxy.url, SEGURA_CLIENT_SECRET: clientSecret});
		const result = await doctor(['--token-url', appliance.tokenUrl, '--base-url', appliance.baseUrl, '--client-id', clientId, '--ca', caFile, '--json'], {env});
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(result.code, result.stdout).toBe(0);
		expect(statuses(report)).toMatchObject({proxy: 'ok', tcp: 'ok', tls: 'ok', http: 'ok', token: 'ok', scim: 'ok'});
		expect(report.links.find(link => link.link === 'proxy')?.data).toMatchObject({variable: 'HTTPS_PROXY', status: 200});
		expect(proxy.connects.length).toBeGreaterThanOrEqual(4);
	});

	it('a server that accepts the connection and never answers the handshake: the TLS link, within --timeout', async () => {
		const silent = await serve(startTcpServer(() => undefined));
		const result = await doctor(['--token-url', `https://127.0.0.1:${silent.port}/iso/oauth2/token`, '--timeout', '1', '--json'], {env: cleanEnv()});
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report).toMatchObject({failed: 'tls', exitCode: 3});
		expect(report.links.find(link => link.link === 'tls')?.error?.code).toBe('connect_timeout');
		expect(report.links.find(link => link.link === 'tcp')?.status).toBe('ok');
	});

	it('plain HTTP on an https:// port: the TLS link, with the hint to use http://', async () => {
		const plain = await serve(startHttpServer((_request, response) => response.end()));
		const result = await doctor(['--token-url', `https://127.0.0.1:${plain.port}/iso/oauth2/token`], {env: cleanEnv()});
		expect(result.code).toBe(3);
		expect(lineOf(result.stdout, 'TLS')).toMatch(/^✘ TLS .*The secure \(TLS\) connection to 127\.0\.0\.1 failed/);
		expect(result.stdout).toContain('use an http:// URL');
	});
});

describe('each link broken on purpose', () => {
	it('URL: an http:// URL to another machine, exit 2', async () => {
		await expectBroken(['--token-url', 'http://segura.example.com/iso/oauth2/token'], cleanEnv(), {
			link: 'url', en: 'URL', pt: 'URL', code: 2, reason: 'invalid_url', says: /http:\/\//, diz: /http:\/\//,
		});
	});

	it('DNS: a name that does not resolve', async () => {
		const report = await expectBroken(['--token-url', 'https://segura-doctor.invalid/iso/oauth2/token'], cleanEnv(), {
			link: 'dns', en: 'DNS', pt: 'DNS', code: 3, reason: 'dns',
			says: /The name segura-doctor\.invalid could not be found \(DNS\)/,
			diz: /O nome segura-doctor\.invalid não foi encontrado \(DNS\)/,
		});
		expect(report.links[0]?.status).toBe('ok');
	});

	it('TCP: a closed port', async () => {
		const port = await freePort();
		await expectBroken(['--token-url', `https://127.0.0.1:${port}/iso/oauth2/token`], cleanEnv(), {
			link: 'tcp', en: 'TCP', pt: 'TCP', code: 3, reason: 'refused',
			says: new RegExp(`127\\.0\\.0\\.1 refused the connection on port ${port}`),
			diz: new RegExp(`127\\.0\\.0\\.1 recusou a conexão na porta ${port}`),
		});
	});

	it('TLS: a self-signed certificate, with its chain, who issued it and the --ca advice', async () => {
		const server = await serve(startHttpsServer(certs.selfSigned, (_request, response) => response.end()));
		const report = await expectBroken(['--token-url', `${server.origin}/iso/oauth2/token`], cleanEnv(), {
			link: 'tls', en: 'TLS', pt: 'TLS', code: 3, reason: 'tls_self_signed',
			says: /The certificate of 127\.0\.0\.1 is self-signed/,
			diz: /O certificado de 127\.0\.0\.1 é autoassinado/,
		});
		const tls = report.links.find(link => link.link === 'tls')!;
		expect(tls.details.join('\n')).toContain('Certificate chain:');
		expect(tls.details.join('\n')).toContain('Issuer: the server itself (a self-signed certificate');
		expect(tls.details.join('\n')).toMatch(/--ca: .*openssl s_client -connect 127\.0\.0\.1:\d+ -showcerts/);
		expect(tls.data).toMatchObject({verified: false, nameMatches: true, issuer: {kind: 'self-signed'}});
		expect((tls.data?.chain as unknown[]).length).toBe(1);
		expect(server.stats.requests).toBe(0);
		// --insecure lets it through, said as a warning, and the walk goes on to HTTP.
		const insecure = await doctor(['--token-url', `${server.origin}/iso/oauth2/token`, '--insecure'], {env: cleanEnv()});
		expect(lineOf(insecure.stdout, 'TLS')).toMatch(/^! TLS /);
		expect(insecure.stdout).toContain('Not enforced (--insecure): The certificate of 127.0.0.1 is self-signed');
		// The server answers an empty 200: no token endpoint.
		expect(lineOf(insecure.stdout, 'HTTP')).toMatch(/^✘ HTTP .*200/);
		expect(insecure.code).toBe(3);
	});

	it('TLS: an expired certificate, even from a CA given with --ca', async () => {
		const server = await serve(startHttpsServer(certs.expired, (_request, response) => response.end()));
		const report = await expectBroken(['--token-url', `${server.origin}/iso/oauth2/token`, '--ca', caFile], cleanEnv(), {
			link: 'tls', en: 'TLS', pt: 'TLS', code: 3, reason: 'tls_expired',
			says: /The certificate of 127\.0\.0\.1 has expired/,
			diz: /O certificado de 127\.0\.0\.1 expirou/,
		});
		expect(report.links.find(link => link.link === 'tls')?.details.join('\n')).toMatch(/\(EXPIRED \d+ days? ago\)/);
	});

	it('TLS: a certificate for another name', async () => {
		const server = await serve(startHttpsServer(certs.wrongHost, (_request, response) => response.end()));
		await expectBroken(['--token-url', `${server.origin}/iso/oauth2/token`, '--ca', caFile], cleanEnv(), {
			link: 'tls', en: 'TLS', pt: 'TLS', code: 3, reason: 'tls_hostname',
			says: /issued for another name \(wrong-host\.example\)[\s\S]*Name: the certificate is NOT valid for 127\.0\.0\.1/,
			diz: /emitido para outro nome[\s\S]*Nome: o certificado NÃO vale para 127\.0\.0\.1/,
		});
	});

	it('TLS: an issuer that looks like a TLS-inspecting proxy is named as one', async () => {
		const inspector = createCa('Zscaler Root CA');
		const server = await serve(startHttpsServer(issueLeaf(inspector), (_request, response) => response.end()));
		const report = await expectBroken(['--token-url', `${server.origin}/iso/oauth2/token`], cleanEnv(), {
			link: 'tls', en: 'TLS', pt: 'TLS', code: 3, reason: 'tls_unknown_ca',
			says: /looks like a TLS-inspecting proxy \(Zscaler\), not a public certificate authority/,
			diz: /parece um proxy que inspeciona TLS \(Zscaler\)/,
		});
		expect(report.links.find(link => link.link === 'tls')?.data).toMatchObject({issuer: {kind: 'inspecting', vendor: 'Zscaler'}});
	});

	it('Proxy: a proxy that refuses CONNECT', async () => {
		const proxy = await serve(startRefusingProxy(403));
		const env = cleanEnv({HTTPS_PROXY: proxy.url});
		await expectBroken(['--token-url', 'https://127.0.0.1:9/iso/oauth2/token'], env, {
			link: 'proxy', en: 'Proxy', pt: 'Proxy', code: 3, reason: 'proxy_refused',
			says: /The proxy 127\.0\.0\.1:\d+ did not open a connection to 127\.0\.0\.1:9 \(it answered 403\)/,
			diz: /O proxy 127\.0\.0\.1:\d+ não abriu a conexão com 127\.0\.0\.1:9 \(respondeu (com )?403\)/,
		});
		expect(proxy.connects).toContain('127.0.0.1:9');
	});

	it('Proxy: a proxy that cannot be reached, and one that asks for a login', async () => {
		const port = await freePort();
		await expectBroken(['--token-url', 'https://127.0.0.1:9/iso/oauth2/token'], cleanEnv({HTTPS_PROXY: `http://127.0.0.1:${port}`}), {
			link: 'proxy', en: 'Proxy', pt: 'Proxy', code: 3, reason: 'proxy_unreachable',
			says: new RegExp(`Could not reach the proxy 127\\.0\\.0\\.1:${port} \\(set by HTTPS_PROXY\\)`),
			diz: new RegExp(`Não foi possível alcançar o proxy 127\\.0\\.0\\.1:${port}`),
		});
		const guarded = await serve(startProxy({login: {user: 'jump', password: 'proxyPassw0rd'}}));
		const result = await doctor(['--token-url', 'https://127.0.0.1:9/iso/oauth2/token', '--json'], {env: cleanEnv({HTTPS_PROXY: guarded.url})});
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report.failed).toBe('proxy');
		expect(report.links.find(link => link.link === 'proxy')?.error?.code).toBe('proxy_auth');
	});

	it('HTTP: a Token URL that redirects (not followed), and one where nothing is', async () => {
		const redirecting = await serve(startHttpServer((_request, response) => {
			response.writeHead(302, {location: 'https://login.example.com/sso', server: 'nginx'});
			response.end();
		}));
		await expectBroken(['--token-url', `${redirecting.origin}/iso/oauth2/token`], cleanEnv(), {
			link: 'http', en: 'HTTP', pt: 'HTTP', code: 3, reason: 'redirect',
			says: /302[\s\S]*login\.example\.com\/sso[\s\S]*answer: 302 Found, server: nginx \(a redirect is never followed\)/,
			diz: /302[\s\S]*resposta: 302 Found, servidor: nginx/,
		});
		expect(redirecting.stats.requests).toBe(3);
		const empty: RunningServer = await serve(startHttpServer((_request, response) => {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('no');
		}));
		const result = await doctor(['--token-url', `${empty.origin}/iso/oauth2/token`, '--json'], {env: cleanEnv()});
		expect(JSON.parse(result.stdout)).toMatchObject({failed: 'http', exitCode: 3});
	});

	it('Token: a wrong Client Secret (401), exit 4', async () => {
		const env = await practiceEnv('internal', false, {SEGURA_CLIENT_SECRET: 'not-the-secret-0000'});
		await expectBroken(['--profile', 'lab'], env, {
			link: 'token', en: 'Token', pt: 'Token', code: 4, reason: 'invalid_client',
			says: /401/, diz: /401/,
		});
	});

	it('SCIM: a 403 from the allowed-IP list, exit 5', async () => {
		const appliance = await serve(startAppliance(certs.valid, {clientId, clientSecret, scimStatus: 403}));
		const args = ['--token-url', appliance.tokenUrl, '--base-url', appliance.baseUrl, '--client-id', clientId, '--ca', caFile];
		const report = await expectBroken(args, cleanEnv({SEGURA_CLIENT_SECRET: clientSecret}), {
			link: 'scim', en: 'SCIM', pt: 'SCIM', code: 5, reason: 'forbidden',
			says: /403/, diz: /403/,
		});
		const tls = report.links.find(link => link.link === 'tls')!;
		expect(tls.status).toBe('ok');
		expect(tls.data).toMatchObject({verified: true, nameMatches: true, issuer: {kind: 'private'}});
		expect(tls.details).toContain('Trusted through --ca, NODE_EXTRA_CA_CERTS or a profile\'s CA file, not through the public CAs.');
		expect(JSON.stringify(report)).not.toContain(clientSecret);
	});

	it('Provider kind: the token names the other kind, exit 5', async () => {
		const env = await practiceEnv('third-party', true);
		// The profile holds the third-party provider's credentials; --kind says internal.
		await expectBroken(['--profile', 'lab', '--kind', 'internal'], env, {
			link: 'kind', en: 'Provider kind', pt: 'Tipo de provedor', code: 5, reason: 'provider_kind',
			says: /The token was issued by the provider of third-party users, not of internal users/,
			diz: /O token foi emitido pelo provedor de usuários terceiros, não de usuários internos/,
		});
	});
});
