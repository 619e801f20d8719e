import {once} from 'node:events';
import {startPracticeServer, type PracticeServer} from '../demo/practice-server.js';
import {ConfigError} from '../errors/app-error.js';
import {demoErrors, demoText} from '../i18n/demo.js';
import type {Lang} from '../i18n/lang.js';
import type {CommandIo} from '../cli/command-io.js';

export type DemoServeOptions = Readonly<{port?: number; json: boolean}>;

/**
 * `segura-token demo --serve`: the practice server alone. Its provider details are this command's
 * output, so they go to stdout (one JSON line with --json); it serves until io.signal aborts.
 * Printing the practice secrets is deliberate: they are random, loopback-only and needed to practise.
 */
export async function demoServe(options: DemoServeOptions, io: CommandIo): Promise<number> {
	const server = await start(options.port);
	try {
		io.stdout.write(options.json ? `${JSON.stringify(details(server))}\n` : describe(server, io.lang));
		io.stderr.write(`${demoText.serving[io.lang]}\n`);
		if (!io.signal.aborted) await once(io.signal, 'abort');
	} finally {
		await server.close();
	}
	return 0;
}

async function start(port: number | undefined): Promise<PracticeServer> {
	if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
		throw new ConfigError(demoErrors.invalidPort(String(port)), {reason: 'usage'});
	}
	try {
		return await startPracticeServer({port: port ?? 0});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
		const text =
			code === 'EADDRINUSE'
				? demoErrors.portInUse(port ?? 0)
				: code === 'EACCES'
					? demoErrors.portDenied(port ?? 0)
					: demoErrors.cannotStart(code);
		throw new ConfigError(text, {cause: error, reason: code === 'EADDRINUSE' ? 'port_in_use' : 'listen'});
	}
}

function details(server: PracticeServer) {
	return {
		seguraUrl: server.seguraUrl,
		providers: server.providers.map(({kind, baseUrl, tokenUrl, clientId, clientSecret}) => ({
			kind,
			baseUrl,
			tokenUrl,
			clientId,
			clientSecret,
		})),
	};
}

function describe(server: PracticeServer, lang: Lang): string {
	const labels = [demoText.baseUrl, demoText.tokenUrl, demoText.clientId, demoText.clientSecret].map(text => text[lang]);
	const width = Math.max(demoText.seguraUrl[lang].length, ...labels.map(label => label.length)) + 2;
	const row = (label: string, value: string) => `${label.padEnd(width)}${value}`;
	const lines = [demoText.title[lang], '', row(demoText.seguraUrl[lang], server.seguraUrl)];
	for (const provider of server.providers) {
		const values = [provider.baseUrl, provider.tokenUrl, provider.clientId, provider.clientSecret];
		lines.push('', demoText.provider[lang][provider.kind], ...labels.map((label, i) => `  ${row(label, values[i] ?? '')}`));
	}
	const example = server.providers.find(p => p.kind === 'internal') ?? server.providers[0];
	if (example) {
		lines.push(
			'',
			demoText.tryIt[lang],
			`  SEGURA_CLIENT_SECRET='${example.clientSecret}' segura-token get --token-url ${example.tokenUrl} --client-id ${example.clientId}`,
		);
	}
	return `${lines.join('\n')}\n`;
}
