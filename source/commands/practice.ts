import fs from 'node:fs';
import path from 'node:path';
import type {CommandIo} from '../cli/command-io.js';
import {ConfigError} from '../errors/app-error.js';
import {demoErrors} from '../i18n/text.js';
import {providerKinds, type ProviderKind} from '../model/provider-kind.js';
import {ensureDirectory} from '../profiles/store-file.js';
import {profileStorePaths} from '../profiles/store-paths.js';
import type {PracticeServer} from '../demo/practice-server.js';

type Credentials = Readonly<{clientId: string; clientSecret: string}>;

/** What makes the practice server the same from one run to the next, kept beside the profiles. */
type PracticeSettings = Readonly<{port: number; credentials: Readonly<Record<ProviderKind, Credentials>>}>;

export type PracticeStart = Readonly<{
	/** `--port N`: listen there (and keep it); otherwise the port of the last run, or any free one. */
	port?: number;
	/** `--reset`: new credentials and a new port, as on the very first run. */
	reset?: boolean;
}>;

/** $XDG_CONFIG_HOME/segura-token/practice.json: it holds the practice secrets, so it is 0600 in a 0700 folder. */
export function practiceFile(env: NodeJS.ProcessEnv): string {
	return path.join(profileStorePaths(env).directory, 'practice.json');
}

function isCredentials(value: unknown): value is Credentials {
	const item = value as Partial<Credentials> | undefined;
	return typeof item?.clientId === 'string' && /^[A-Za-z0-9]{8,64}$/.test(item.clientId) && typeof item.clientSecret === 'string' && /^[A-Za-z0-9]{8,128}$/.test(item.clientSecret);
}

/** The settings of the last run; undefined when there are none or they are not ours to use (then they are made anew). */
function readSettings(file: string): PracticeSettings | undefined {
	try {
		const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PracticeSettings>;
		const {port, credentials} = data;
		if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) return undefined;
		if (!credentials || !providerKinds.every(kind => isCredentials(credentials[kind]))) return undefined;
		return {port, credentials};
	} catch {
		return undefined;
	}
}

function writeSettings(file: string, settings: PracticeSettings): void {
	ensureDirectory(path.dirname(file));
	const temporary = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, {mode: 0o600});
	fs.renameSync(temporary, file);
}

/**
 * The practice server with the port and credentials of the last run, so a profile saved against
 * it today works tomorrow. The first run (or `--reset`) takes any free port and new credentials,
 * and keeps them; `--port N` moves it to N. A kept port now taken by another program is an error
 * that says how to move it.
 */
export async function startStablePracticeServer(io: CommandIo, options: PracticeStart): Promise<PracticeServer> {
	const {startPracticeServer} = await import('../demo/practice-server.js');
	const file = practiceFile(io.env);
	const kept = options.reset ? undefined : readSettings(file);
	const port = options.port ?? kept?.port ?? 0;
	let server: PracticeServer;
	try {
		server = await startPracticeServer({port, lang: io.lang, ...(kept ? {credentials: kept.credentials} : {})});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
		const isKept = options.port === undefined && kept !== undefined;
		const text =
			code === 'EADDRINUSE'
				? isKept
					? demoErrors.keptPortInUse(port)
					: demoErrors.portInUse(port)
				: code === 'EACCES'
					? demoErrors.portDenied(port)
					: demoErrors.cannotStart(code);
		throw new ConfigError(text, {cause: error, reason: code === 'EADDRINUSE' ? 'port_in_use' : 'listen'});
	}
	const credentials = Object.fromEntries(server.providers.map(({kind, clientId, clientSecret}) => [kind, {clientId, clientSecret}])) as Record<ProviderKind, Credentials>;
	const settings: PracticeSettings = {port: Number(new URL(server.seguraUrl).port), credentials};
	if (JSON.stringify(settings) !== JSON.stringify(kept)) {
		try {
			writeSettings(file, settings);
		} catch {
			// Not kept: the next run makes new ones. Practising today does not depend on it.
		}
	}
	return server;
}
