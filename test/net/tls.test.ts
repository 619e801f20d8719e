import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {ConfigError, errorText, TlsError} from '../../source/errors/app-error.js';
import {createDispatcher} from '../../source/net/create-dispatcher.js';
import {trustedCas} from '../../source/net/trusted-cas.js';
import {caught, expectBothLanguages} from '../helpers/app-errors.js';
import {createCertificateSet, type CertificateSet, type Pem} from '../helpers/certificates.js';
import {startHttpsServer, type RunningServer} from '../helpers/servers.js';
import {send} from './send.js';

let certs: CertificateSet;
let folder: string;
let caFile: string;
const servers: Record<string, RunningServer> = {};

async function serve(name: string, pem: Pem): Promise<void> {
	servers[name] = await startHttpsServer(pem, (_request, response) => {
		response.writeHead(200, {'Content-Type': 'application/json'});
		response.end('{"ok":true}');
	});
}

function origin(name: string): string {
	const server = servers[name];
	if (!server) throw new Error(`no server ${name}`);
	return server.origin;
}

beforeAll(async () => {
	certs = createCertificateSet();
	folder = await mkdtemp(path.join(tmpdir(), 'segura-token-tls-'));
	caFile = path.join(folder, 'ca.pem');
	await writeFile(caFile, certs.ca.cert);
	await Promise.all(
		(['valid', 'expired', 'notYetValid', 'wrongHost', 'selfSigned', 'unknownCa'] as const).map(async name => serve(name, certs[name])),
	);
});

afterAll(async () => {
	await Promise.all(Object.values(servers).map(async server => server.close()));
	await rm(folder, {recursive: true, force: true});
});

describe('certificate problems, each with its reason, exit 3 and a hint', () => {
	const cases = [
		{
			name: 'selfSigned',
			reason: 'tls_self_signed',
			en: 'The certificate of 127.0.0.1 is self-signed, so this machine cannot trust it.',
			pt: 'O certificado de 127.0.0.1 é autoassinado, então esta máquina não pode confiar nele.',
			hint: /--ca FILE.*--insecure/,
		},
		{
			name: 'unknownCa',
			reason: 'tls_unknown_ca',
			en: 'The certificate of 127.0.0.1 was issued by a certificate authority (CA) this machine does not trust.',
			pt: 'O certificado de 127.0.0.1 foi emitido por uma autoridade certificadora (CA) em que esta máquina não confia.',
			hint: /--ca FILE.*--insecure/,
		},
		{
			name: 'wrongHost',
			reason: 'tls_hostname',
			en: 'The certificate of 127.0.0.1 was issued for another name (wrong-host.example).',
			pt: 'O certificado de 127.0.0.1 foi emitido para outro nome (wrong-host.example).',
			hint: /--insecure/,
		},
		{
			name: 'expired',
			reason: 'tls_expired',
			en: 'The certificate of 127.0.0.1 has expired.',
			pt: 'O certificado de 127.0.0.1 expirou.',
			hint: /renewed.*--insecure/,
		},
		{
			name: 'notYetValid',
			reason: 'tls_not_yet_valid',
			en: 'The certificate of 127.0.0.1 is not valid yet.',
			pt: 'O certificado de 127.0.0.1 ainda não é válido.',
			hint: /clock.*--insecure/,
		},
	] as const;

	for (const item of cases) {
		test(`${item.reason}`, async () => {
			// The test CA is trusted, so only the problem under test remains.
			const error = await caught(async () => send(origin(item.name), {caFile}));
			expect(error).toBeInstanceOf(TlsError);
			expect(error.reason).toBe(item.reason);
			expect(error.exitCode).toBe(3);
			expect(errorText(error, 'en').message).toBe(item.en);
			expect(errorText(error, 'pt-BR').message).toBe(item.pt);
			expect(errorText(error, 'en').hint).toMatch(item.hint);
			expectBothLanguages(error);
		});

		test(`${item.reason}: --insecure connects anyway`, async () => {
			const response = await send(origin(item.name), {insecure: true});
			expect(response.status).toBe(200);
		});
	}

	test('without --ca, a certificate from the test CA is an unknown CA', async () => {
		const error = await caught(async () => send(origin('valid')));
		expect(error.reason).toBe('tls_unknown_ca');
	});

	test('the hostname hint says --ca does not help there', async () => {
		const error = await caught(async () => send(origin('wrongHost'), {caFile}));
		expect(errorText(error, 'en').hint).toContain('--ca does not help');
	});
});

describe('trusted CAs', () => {
	test('--ca FILE makes a certificate of that CA trusted', async () => {
		const response = await send(origin('valid'), {caFile});
		expect(response.status).toBe(200);
	});

	test('a self-signed certificate passed with --ca is trusted', async () => {
		const file = path.join(folder, 'self.pem');
		await writeFile(file, certs.selfSigned.cert);
		const response = await send(origin('selfSigned'), {caFile: file});
		expect(response.status).toBe(200);
	});

	test('NODE_EXTRA_CA_CERTS of the given environment is honoured', async () => {
		const response = await send(origin('valid'), {env: {NODE_EXTRA_CA_CERTS: caFile}});
		expect(response.status).toBe(200);
	});

	test('NODE_EXTRA_CA_CERTS and --ca add up, on top of Node\'s own roots', async () => {
		const self = path.join(folder, 'self-2.pem');
		await writeFile(self, certs.selfSigned.cert);
		const cas = await trustedCas({caFile: self}, {NODE_EXTRA_CA_CERTS: caFile});
		expect(cas).toHaveLength(tls.rootCertificates.length + 2);
		expect(cas?.slice(0, tls.rootCertificates.length)).toEqual(tls.rootCertificates);
		expect(cas).toContain(certs.ca.cert.trim());
		expect((await send(origin('valid'), {caFile: self, env: {NODE_EXTRA_CA_CERTS: caFile}})).status).toBe(200);
		expect((await send(origin('selfSigned'), {caFile: self, env: {NODE_EXTRA_CA_CERTS: caFile}})).status).toBe(200);
	});

	test('without --ca or NODE_EXTRA_CA_CERTS, Node\'s defaults are kept as they are', async () => {
		expect(await trustedCas({}, {})).toBeUndefined();
	});

	test('a missing CA file is a ConfigError (exit 2) that names it', async () => {
		const missing = path.join(folder, 'nope.pem');
		const error = await caught(async () => createDispatcher({caFile: missing}, {}));
		expect(error).toBeInstanceOf(ConfigError);
		expect(error.exitCode).toBe(2);
		expect(error.reason).toBe('ca_unreadable');
		expect(errorText(error, 'en').message).toBe(`Cannot read the CA file ${missing} (--ca): file not found.`);
		expect(errorText(error, 'pt-BR').message).toBe(`Não foi possível ler o arquivo de CA ${missing} (--ca): arquivo não encontrado.`);
		expectBothLanguages(error);
	});

	test('a folder given as CA file is a ConfigError', async () => {
		const error = await caught(async () => createDispatcher({caFile: folder}, {}));
		expect(error.reason).toBe('ca_unreadable');
		expect(errorText(error, 'en').message).toContain('it is a folder');
	});

	test('a broken NODE_EXTRA_CA_CERTS is a ConfigError that names the variable', async () => {
		const missing = path.join(folder, 'gone.pem');
		const error = await caught(async () => createDispatcher({}, {NODE_EXTRA_CA_CERTS: missing}));
		expect(error.reason).toBe('ca_unreadable');
		expect(errorText(error, 'en').message).toContain('(NODE_EXTRA_CA_CERTS)');
	});

	test('a DER (binary) file is not PEM: ConfigError with the openssl conversion', async () => {
		const der = path.join(folder, 'ca.der');
		await writeFile(der, Buffer.from(certs.ca.cert.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
		const error = await caught(async () => createDispatcher({caFile: der}, {}));
		expect(error).toBeInstanceOf(ConfigError);
		expect(error.reason).toBe('ca_not_pem');
		expect(errorText(error, 'en').hint).toContain('openssl x509 -inform der');
	});

	test('a PEM block that does not parse is not a certificate', async () => {
		const broken = path.join(folder, 'broken.pem');
		await writeFile(broken, '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n');
		const error = await caught(async () => createDispatcher({caFile: broken}, {}));
		expect(error.reason).toBe('ca_not_pem');
	});
});
