import {once} from 'node:events';
import type {PracticeServer} from '../demo/practice-server.js';
import {demoText} from '../i18n/text.js';
import type {Lang} from '../i18n/lang.js';
import type {CommandIo} from '../cli/command-io.js';
import {startStablePracticeServer, type PracticeStart} from './practice.js';

export type DemoServeOptions = Readonly<{start: PracticeStart; json: boolean}>;

/**
 * `segura-token demo --serve`: the practice server alone. Its provider details are this command's
 * output, so they go to stdout (one JSON line with --json); it serves until io.signal aborts, and
 * says it stopped. Printing the practice secrets is deliberate: they are random, loopback-only and
 * needed to practise.
 */
export async function demoServe(options: DemoServeOptions, io: CommandIo): Promise<number> {
	const server = await startStablePracticeServer(io, options.start);
	try {
		io.stdout.write(options.json ? `${JSON.stringify(details(server))}\n` : describe(server, io.lang));
		io.stderr.write(`${demoText.serving[io.lang]}\n`);
		if (!io.signal.aborted) await once(io.signal, 'abort');
	} finally {
		await server.close();
	}
	io.stderr.write(`${demoText.stopped[io.lang]}\n`);
	return 0;
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
