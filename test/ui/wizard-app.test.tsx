import {pollUntil} from '../helpers/poll.js';
import {afterEach, describe, expect, it} from 'vitest';
import type {PracticeServer} from '../../source/demo/practice-server.js';
import {keys, widestLine} from '../helpers/ink.js';
import {startHttpServer, type RunningServer} from '../helpers/servers.js';
import {closeRun, collect, collectToClear, credentials, startServer, startWizard, toClear, toCopy, type WizardRun} from './helpers.js';

let run: WizardRun | undefined;
let practice: PracticeServer | undefined;
let hanging: RunningServer | undefined;

afterEach(async () => {
	if (run) await closeRun(run);
	await practice?.close();
	await hanging?.close();
	run = undefined;
	practice = undefined;
	hanging = undefined;
});


/** Brings a fresh wizard (against the practice server) to a given place. */
const places: ReadonlyArray<readonly [string, (wizard: WizardRun, server: PracticeServer) => Promise<void>]> = [
	['step 1, first field', async () => {}],
	['step 1, the secret half typed', async (wizard, server) => {
		await collect(wizard, {seguraUrl: server.seguraUrl, ...credentials.internal});
	}],
	['step 2', async (wizard, server) => {
		await collect(wizard, {seguraUrl: server.seguraUrl, ...credentials.internal});
		await wizard.session.press(keys.enter, '[2 Provider]');
	}],
	['step 3', async (wizard, server) => {
		await collect(wizard, {seguraUrl: server.seguraUrl, ...credentials.internal});
		await wizard.session.press(keys.enter, '[2 Provider]');
		await wizard.session.press('i', '[3 Configure]');
	}],
	['step 4', async (wizard, server) => toClear(wizard, server)],
	['step 5, the token shown', async (wizard, server) => {
		await toClear(wizard, server);
		await wizard.session.press(keys.enter, 'Authentication complete');
	}],
	['step 5, after a failure', async (wizard, server) => {
		await toClear(wizard, server, 'internal', 'Not0The1Right2Secret');
		await wizard.session.press(keys.enter, 'The token request failed');
	}],
	['step 6', async (wizard, server) => toCopy(wizard, server)],
	['step 6, Token added', async (wizard, server) => {
		await toCopy(wizard, server);
		await wizard.session.press('u', 'Token added');
	}],
];

describe('Ctrl+C', () => {
	it.each(places)('at %s exits 130, says so after the wizard, and leaves any token', async (place, bringTo) => {
		practice = await startServer();
		run = await startWizard();
		const wizard = run;
		await bringTo(wizard, practice);
		wizard.session.write(keys.ctrlC);
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([130]);
		// The wizard's frame is gone; what stays is printed after it (run-ink.tsx): the reason, then any token.
		expect(wizard.session.frame()).toBe('');
		const [said, ...rest] = wizard.farewells.at(-1) ?? [];
		expect(said).toBe('✖ Interrupted (Ctrl+C).');
		const token = wizard.results.at(-1)?.accessToken;
		if (/token shown|step 6/.test(place)) {
			expect(rest[0]).toBe(token);
			// What became of it, honestly: only Use token copied it here.
			expect(rest[1]).toBe(place === 'step 6, Token added'
				? "✔ Token added: copied to your terminal's clipboard (unconfirmed)."
				: '⚠ Token not copied: select the line above (a triple-click selects all of it).');
		} else {
			expect(rest).toEqual([]);
		}
		// Nothing reacts any more: the app is gone.
		const drawn = wizard.session.frames().length;
		wizard.session.write('x');
		wizard.session.write(keys.enter);
		expect(wizard.session.frames()).toHaveLength(drawn);
		expect(wizard.exits).toEqual([130]);
	});

	it('while the request runs exits 130 and drops the connection', async () => {
		hanging = await startHttpServer(() => new Promise(() => {}));
		const server = hanging;
		run = await startWizard();
		const wizard = run;
		const {session} = wizard;
		await collectToClear(wizard, {seguraUrl: server.origin, clientId: 'client-123', clientSecret: credentials.internal.clientSecret});
		await session.press(keys.enter, 'Getting a new access token');
		await pollUntil(() => server.stats.requests === 1);
		session.write(keys.ctrlC);
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([130]);
		expect(wizard.farewells).toEqual([['✖ Interrupted (Ctrl+C).']]);
		await pollUntil(() => server.openConnections() === 0);
	});
});

describe('the whole wizard', () => {
	it('runs through the six steps; the secret is never drawn, the token only printed after the end', async () => {
		practice = await startServer();
		run = await startWizard();
		const wizard = run;
		const {session} = wizard;
		const seen: string[] = [];
		const note = async (match: string) => seen.push(await session.waitFor(match));
		await collect(wizard, {seguraUrl: practice.seguraUrl, ...credentials.internal});
		await session.press(keys.enter, '[2 Provider]');
		await note('[2 Provider]');
		await session.press(keys.enter, '[3 Configure]');
		await note('[3 Configure]');
		await session.press(keys.enter, '[4 Clear]');
		await note('[4 Clear]');
		await session.press(keys.enter, 'Authentication complete');
		await note('[5 Fetch]');
		await session.press(keys.enter, '[6 Copy]');
		await note('[6 Copy]');
		await session.press('u', 'Token added');
		session.write(keys.enter);
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([0]);
		// Each finished step collapses to one "✔ Step: value" line, in order.
		const last = seen.at(-1)!;
		const summaries = last.split('\n').filter(line => line.startsWith('✔ '));
		expect(summaries.map(line => line.slice(2, line.indexOf(':')))).toEqual(['Collect', 'Provider', 'Configure', 'Clear', 'Fetch']);
		expect(summaries[0]).toBe(`✔ Collect: ${practice.seguraUrl} · ${credentials.internal.clientId} · ${'•'.repeat(12)}`);
		const token = wizard.results[0]!.accessToken;
		const frames = session.frames();
		// The token is never drawn by Ink: it is printed after, on its own line.
		expect(frames.filter(frame => frame.includes(token.slice(0, 24)))).toEqual([]);
		expect(wizard.farewells[0]![0]).toBe(token);
		// Every frame fits 80 columns and 24 rows.
		for (const frame of frames) {
			expect(widestLine(frame)).toBeLessThanOrEqual(80);
			expect(frame.split('\n').length).toBeLessThanOrEqual(24);
		}
	});

	it('at 40 columns: the compact step line, and no line wider than 40', async () => {
		practice = await startServer();
		run = await startWizard({columns: 40});
		const wizard = run;
		const {session} = wizard;
		expect(session.frame().split('\n')[0]).toBe('Step 1/6 · Collect');
		await collect(wizard, {seguraUrl: practice.seguraUrl, ...credentials.internal});
		await session.press(keys.enter, /^Step 2\/6 · Provider$/m);
		await session.press(keys.down, '▸ [t]');
		await session.press(keys.up, '▸ [i]');
		await session.press(keys.enter, /^Step 3\/6 · Configure$/m);
		await session.press(keys.down, /^▸ Client/m);
		await session.press(keys.right);
		await session.press(keys.enter, /^Step 4\/6 · Clear$/m);
		await session.press(keys.enter, /^Step 5\/6 · Fetch$/m);
		await session.waitFor('Authentication complete');
		await session.press(keys.enter, /^Step 6\/6 · Copy$/m);
		await session.press('r', 'Printed alone on its own line');
		await session.press('c', "terminal's clipboard");
		await session.press('u', 'Token added');
		session.write(keys.enter);
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([0]);
		const token = wizard.results[0]!.accessToken;
		// The token's own line is the terminal's to wrap (Ink writes it, then the frame again).
		const frames = session.frames().map(frame => (frame.startsWith(`${token}\n`) ? frame.slice(token.length + 1) : frame));
		const wide = frames.filter(frame => widestLine(frame) > 40);
		expect(wide).toEqual([]);
		// The full indicator never shows: it needs about 70 columns.
		expect(frames.filter(frame => frame.includes('[1 Collect]'))).toEqual([]);
	});

	it('in Portuguese (lang pt-BR), from the first field to "Token adicionado"', async () => {
		practice = await startServer();
		run = await startWizard({lang: 'pt-BR'});
		const wizard = run;
		const {session} = wizard;
		let frame = session.frame();
		expect(frame).toContain('[1 Coletar] · 2 Provedor · 3 Ajustar · 4 Limpar · 5 Obter · 6 Copiar');
		expect(frame).toContain('URL do Segura (1/5)');
		expect(frame).toContain('Enter avançar');
		await session.type('http://exemplo.com.br');
		expect(session.frame()).toContain('✖ Com http:// o Client Secret seguiria sem criptografia');
		for (let i = 0; i < 'http://exemplo.com.br'.length; i++) await session.press(keys.backspace);
		await collect(wizard, {seguraUrl: practice.seguraUrl, ...credentials.internal}, 'pt-BR');
		expect(session.frame()).toContain(`${credentials.internal.clientSecret.length} caracteres`);
		expect(session.frame()).toContain('Ctrl+R revelar');
		frame = await session.press(keys.enter, '[2 Provedor]');
		expect(frame).toContain('De qual provedor são essas credenciais?');
		expect(frame).toContain('▸ [i] Usuários internos');
		expect(frame).toContain('  [t] Usuários terceiros');
		expect(frame.replace(/\s+/g, ' ')).toContain('⚠ Colete os dados do provedor relacionado ao tipo de grupo');
		frame = await session.press('i', '[3 Ajustar]');
		expect(frame).toContain('A requisição, como no formulário OAuth 2.0 do Postman');
		expect(frame).toContain('✔ Provedor: Usuários internos');
		frame = await session.press(keys.enter, '[4 Limpar]');
		expect(frame).toContain('Sessão limpa');
		expect(frame).toContain('✔ Cookies: nenhum guardado');
		expect(frame).toContain('Enter Get New Access Token');
		frame = await session.press(keys.enter, '✔ Autenticação concluída');
		expect(frame).toMatch(/^Tipo do token +Bearer$/m);
		expect(frame).toMatch(/^Validade +1 h$/m);
		expect(frame).toMatch(/^Expira +em [\d a-z]+, (em \d\d\/\d\d\/\d{4} )?às \d\d:\d\d UTC\S*$/m);
		expect(frame).toContain('Claims do JWT (assinatura não verificada)');
		expect(frame).toContain('Enter Proceed');
		// The full indicator fits 80 columns in Portuguese too, at the last step.
		frame = await session.press(keys.enter, '1 Coletar ✔ · 2 Provedor ✔ · 3 Ajustar ✔ · 4 Limpar ✔ · 5 Obter ✔ · [6 Copiar]');
		expect(frame).toContain('Token de acesso (Access token)');
		await session.press('c', 'Enviado à área de transferência do seu terminal');
		frame = await session.press('u', '✔ Token added (token adicionado)');
		expect(frame.replace(/\s+/g, ' ')).toContain('Cole o token na tela de autenticação da aplicação SCIM da Okta (Provisioning > Integration > API Token)');
		expect(frame).toMatch(/O token expira em [\d a-z]+, (em \d\d\/\d\d\/\d{4} )?às \d\d:\d\d UTC\S* \(validade de 1 h\)\./);
		session.write(keys.enter);
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([0]);
		// Copied with c before Use token: the closing words say where it went.
		expect(wizard.farewells[0]!.slice(1, 3).join(' ')).toBe('✔ Token added (token adicionado): copiado para a área de transferência do seu terminal (sem confirmação).');
	});

	it('Ctrl+C in Portuguese says so in Portuguese', async () => {
		run = await startWizard({lang: 'pt-BR'});
		const wizard = run;
		wizard.session.write(keys.ctrlC);
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([130]);
		expect(wizard.farewells).toEqual([['✖ Interrompido (Ctrl+C).']]);
	});
});
