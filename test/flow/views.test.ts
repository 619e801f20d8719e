import {languages, type Lang} from '../../source/i18n/lang.js';
import {describe, expect, it} from 'vitest';
import {addedView, clearView, configureView, copyView, createInitialState, failureView, fetchingView, fieldView, keyAction, keyHints, lineText, providerView, resultView, stepItems, stepLine, summaries, summaryLine, type WizardState} from '../../source/flow/index.js';
import {wrapItems} from '../../source/text/wrap.js';
import {answer, atClear, atConfigure, atCopy, collected, expectStep, failed, fetched, fetching, idOf, networkError, now, oauthError, result, run, sampleText, secret, start, token, typed} from './helpers.js';

/** The zone and the clock pinned: one minute before the token's expiry at 15:30 UTC, less an hour. */
const utc = {timeZone: 'UTC', now: new Date(Date.UTC(2026, 10, 28, 14, 31))};
const saoPaulo = {...utc, timeZone: 'America/Sao_Paulo'};

function atSecret(state = start()): WizardState {
	return run(state, ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer(typed.clientId), {type: 'collect/input', value: secret});
}

describe('step indicator', () => {
	it('marks the current step with brackets and finished ones with ✔', () => {
		expect(stepLine(atConfigure())).toBe('1 Collect ✔ · 2 Provider ✔ · [3 Configure] · 4 Clear · 5 Fetch · 6 Copy');
		expect(stepLine(start('pt-BR'))).toBe('[1 Coletar] · 2 Provedor · 3 Ajustar · 4 Limpar · 5 Obter · 6 Copiar');
	});

	it('fits 80 columns in both languages at every step', () => {
		for (const state of [start(), collected(), atConfigure(), atClear(), fetching(), atCopy()]) {
			expect(stepLine(state, 'en').length).toBeLessThanOrEqual(80);
			expect(stepLine(state, 'pt-BR').length).toBeLessThanOrEqual(80);
		}
	});

	it('shrinks to one step on a narrow screen', () => {
		expect(stepLine(atConfigure(), 'en', 40)).toBe('Step 3/6 · Configure');
		expect(stepLine(atConfigure(), 'pt-BR', 40)).toBe('Passo 3 de 6 · Ajustar');
	});

	it('gives the face each step\'s status', () => {
		expect(stepItems(atClear()).map(item => item.status)).toEqual(['done', 'done', 'done', 'current', 'todo', 'todo']);
		const done = run(atCopy(), {type: 'copy/use'}, {type: 'copy/finish'});
		expect(stepItems(done).every(item => item.status === 'done')).toBe(true);
	});
});

describe('summaries of finished steps', () => {
	it('has none in step 1', () => {
		expect(summaries(atSecret())).toEqual([]);
	});

	it('collapses each finished step to "✔ value", secrets masked', () => {
		const done = run(atCopy(), {type: 'copy/use'}, {type: 'copy/finish'});
		expect(summaries(done, 'en', utc).map(summary => `✔ ${summary.name}: ${summary.value}`)).toEqual([
			'✔ Collect: https://segura.example.com · client-123 · ••••••••••••',
			'✔ Provider: Internal users',
			'✔ Configure: okta-scim internal 2026-11-28 · Basic header (RFC)',
			'✔ Clear: Clean session',
			'✔ Fetch: expires in 59 min, at 15:30 UTC · Bearer',
			'✔ Copy: ••••••••WXYZ · Token added',
		]);
	});

	it('shows scope and parameters of Configure, in Portuguese too', () => {
		const state = run(
			atConfigure(collected(start('pt-BR'))),
			{type: 'configure/edit', field: 'params', value: 'ttl=60,x=1'},
			{type: 'configure/edit', field: 'scope', value: 'scim'},
			{type: 'configure/edit', field: 'auth', value: 'body'},
			{type: 'configure/continue'},
		);
		expect(summaries(state).map(summary => `✔ ${summary.name}: ${summary.value}`)).toEqual([
			'✔ Coletar: https://segura.example.com · client-123 · ••••••••••••',
			'✔ Provedor: Usuários internos',
			// The default token name in Portuguese, with the Brazilian date.
			'✔ Ajustar: okta-scim internos 28/11/2026 · credenciais no corpo · scim · ttl=60 x=1',
		]);
	});

	it('fits 40 columns (39 drawn) by leaving whole items out from the right: the time left stays, in both languages', () => {
		const done = run(atCopy(), {type: 'copy/use'}, {type: 'copy/finish'});
		const line = (lang: Lang, step: string, width = 39) => summaryLine(summaries(done, lang, utc).find(summary => summary.step === step)!, width);
		expect(line('en', 'fetch', 80)).toBe('✔ Fetch: expires in 59 min, at 15:30 UTC · Bearer');
		expect(line('en', 'fetch', 40)).toBe('✔ Fetch: expires in 59 min, at 15:30 UTC');
		expect(line('en', 'fetch')).toBe('✔ Fetch: expires in 59 min');
		expect(line('pt-BR', 'fetch')).toBe('✔ Obter: expira em 59 min, às 15:30 UTC');
		expect(line('en', 'collect')).toBe('✔ Collect: https://segura.example.com');
		expect(line('en', 'collect', 60)).toBe('✔ Collect: https://segura.example.com · client-123');
		// A whole item or none: "client-1…" never shows.
		expect(line('en', 'configure', 70)).toBe('✔ Configure: okta-scim internal 2026-11-28 · Basic header (RFC)');
		expect(line('en', 'configure', 45)).toBe('✔ Configure: okta-scim internal 2026-11-28');
		// An item too long even alone is cut at its end, as a last resort.
		expect(line('en', 'configure', 30)).toBe('✔ Configure: okta-scim intern…');
		for (const lang of languages) {
			for (const summary of summaries(done, lang, utc)) expect([...summaryLine(summary, 39)].length, summary.step).toBeLessThanOrEqual(39);
		}
	});

	it('never contains the secret or the token, in any state, in either language', () => {
		const states = [atSecret(), collected(), atConfigure(), atClear(), fetching(), fetched(), failed(), atCopy(),
			run(atCopy(), {type: 'copy/request', how: 'print'}), run(atCopy(), {type: 'copy/use'}, {type: 'copy/finish'})];
		for (const state of states) {
			for (const lang of languages) {
				const text = JSON.stringify(summaries(state, lang));
				expect(text).not.toContain(secret);
				expect(text).not.toContain(token);
				expect(text).not.toContain(token.slice(0, 20));
			}
		}
	});
});

describe('fieldView', () => {
	it('says what the field is and where Segura shows it', () => {
		const view = fieldView(expectStep(run(start(), ...answer(typed.seguraUrl)), 'collect'));
		expect(view).toMatchObject({field: 'baseUrl', position: 2, count: 5, label: 'Base URL', isSecret: false});
		expect(view.help).toBe('In Segura: Settings > Provisioning > Identity management (IGA) > Providers > Actions > Provider details: Base URL.');
		const pt = fieldView(expectStep(run(start('pt-BR'), ...answer(typed.seguraUrl), ...answer(''), ...answer('')), 'collect'));
		expect(pt.label).toBe('ID do Cliente');
		expect(pt.help).toContain('Configurações > Provisionamento > Gerenciamento de identidade (IGA) > Provedores > Ações > Detalhes do provider');
		expect(pt.help).toContain('ícone de olho');
	});

	it('shows the proposal as the placeholder, with what Enter does', () => {
		const view = fieldView(expectStep(run(start(), ...answer(typed.seguraUrl), ...answer('')), 'collect'));
		expect(view.placeholder).toBe('https://segura.example.com/iso/oauth2/token');
		expect(view.proposalNote).toBe('Proposed from the Segura URL: Enter accepts it, typing replaces it.');
		expect(view.canSubmit).toBe(true);
		expect(fieldView(expectStep(start(), 'collect'))).toMatchObject({placeholder: 'https://segura.example.com', proposalNote: undefined});
	});

	it('shows live errors, warnings and notices with a marker each', () => {
		const typing = run(start(), ...answer(typed.seguraUrl), {type: 'collect/input', value: ' http://other.example.com/x'});
		expect(fieldView(expectStep(typing, 'collect')).issues.map(lineText)).toEqual([
			'✖ http:// would send the secret unencrypted: use https:// (http only for this machine: localhost, 127.0.0.1, ::1).',
			'⚠ Not the Segura URL\'s server (segura.example.com): check that it comes from the same Segura.',
			'⚠ A Segura Base URL ends in /iso/scim/v2.',
			'ℹ Removed spaces from the paste.',
		]);
		expect(fieldView(expectStep(typing, 'collect')).canSubmit).toBe(false);
	});

	it('says "required" only after a refused Enter', () => {
		const state = start();
		expect(fieldView(expectStep(state, 'collect')).issues).toEqual([]);
		const refused = run(state, {type: 'collect/submit'});
		expect(fieldView(expectStep(refused, 'collect')).issues.map(lineText)).toEqual(['✖ Required.']);
		expect(fieldView(expectStep(refused, 'collect'), 'pt-BR').issues.map(lineText)).toEqual(['✖ Campo obrigatório.']);
	});

	it('shows a hidden secret as at most 12 bullets and its length, and the secret once revealed', () => {
		const long = run(start(), ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer('id'), {type: 'collect/input', value: 'k'.repeat(5000)});
		const view = fieldView(expectStep(long, 'collect'));
		expect(view).toMatchObject({isSecret: true, isRevealed: false, display: '••••••••••••', lengthNote: '5000 characters'});
		const shown = fieldView(expectStep(run(long, {type: 'collect/toggle-reveal'}), 'collect'));
		expect(shown).toMatchObject({isRevealed: true, display: 'k'.repeat(5000), lengthNote: undefined});
	});

	it('never shows the secret in anything but the value the input edits, while hidden', () => {
		const view = fieldView(expectStep(atSecret(), 'collect'), 'pt-BR');
		const {value, ...shown} = view;
		expect(value).toBe(secret);
		expect(JSON.stringify(shown)).not.toContain(secret);
	});

	it('lists the practice server\'s values for the field', () => {
		const demoDetails = {
			seguraUrl: 'http://127.0.0.1:4000',
			providers: [
				{kind: 'internal', baseUrl: 'b1', tokenUrl: 't1', clientId: 'id1', clientSecret: 's1'},
				{kind: 'third-party', baseUrl: 'b2', tokenUrl: 't2', clientId: 'id2', clientSecret: 's2'},
			],
		} as const;
		const state = createInitialState({now, lang: 'pt-BR', demoDetails});
		expect(fieldView(expectStep(state, 'collect')).demo).toEqual([{label: 'Servidor de prática', value: 'http://127.0.0.1:4000'}]);
		const id = run(state, ...answer('http://127.0.0.1:4000'), ...answer(''), ...answer(''));
		expect(fieldView(expectStep(id, 'collect')).demo).toEqual([
			{label: 'Servidor de prática · Usuários internos', value: 'id1'},
			{label: 'Servidor de prática · Usuários terceiros', value: 'id2'},
		]);
		expect(fieldView(expectStep(start(), 'collect')).demo).toEqual([]);
	});
});

describe('providerView', () => {
	it('asks the kind with the manual\'s warning, the highlight marked without colour', () => {
		const view = providerView(expectStep(run(collected(start('pt-BR')), {type: 'provider/highlight', kind: 'third-party'}), 'provider'));
		expect(view.question).toBe('De qual provedor são essas credenciais?');
		expect(view.warning).toContain('usuários internos ou usuários terceiros');
		expect(view.warning).toContain('push');
		expect(view.options.map(option => [option.key, option.label, option.isHighlighted])).toEqual([
			['i', 'Usuários internos', false],
			['t', 'Usuários terceiros', true],
		]);
	});
});

describe('configureView', () => {
	it('shows the request as the Postman form does, the secret masked', () => {
		const view = configureView(expectStep(atConfigure(), 'configure'));
		expect(view.rows).toEqual([
			{label: 'Type', value: 'OAuth 2.0'},
			{label: 'Add auth data to', value: 'Request Headers'},
			{label: 'Header Prefix', value: 'Bearer'},
			{label: 'Grant Type', value: 'Client Credentials'},
			{label: 'Access Token URL', value: 'https://segura.example.com/iso/oauth2/token'},
			{label: 'Client ID', value: 'client-123'},
			{label: 'Client Secret', value: '••••••••••••'},
		]);
		expect(JSON.stringify(view)).not.toContain(secret);
	});

	it('shows the editable fields, the default token name as placeholder and the focus', () => {
		const view = configureView(expectStep(run(atConfigure(), {type: 'configure/focus', field: 'auth'}), 'configure'));
		expect(view.fields.map(field => [field.field, field.isFocused])).toEqual([
			['tokenName', false],
			['auth', true],
			['scope', false],
			['params', false],
			['profileName', false],
			['rememberSecret', false],
		]);
		expect(view.fields[0]).toMatchObject({label: 'Token Name', value: '', placeholder: 'okta-scim internal 2026-11-28'});
		expect(view.fields[1]!.display).toBe('Send as Basic Auth header (RFC 6749 encoding)');
		expect(view.fields[1]!.choices?.map(choice => choice.isSelected)).toEqual([true, false, false]);
		expect(view.canContinue).toBe(true);
	});

	it('shows a wrong parameter live and blocks Continue', () => {
		const state = run(atConfigure(), {type: 'configure/edit', field: 'params', value: 'ttl=0 ttl=5'});
		const view = configureView(expectStep(state, 'configure'), 'pt-BR');
		expect(view.fields[3]!.issues.map(lineText)).toEqual([
			'✖ ttl é a validade em minutos: um número inteiro maior que 0, por exemplo ttl=60.',
			'✖ ttl aparece duas vezes.',
		]);
		expect(view.canContinue).toBe(false);
	});

	it('follows the provider kind in the default token name', () => {
		const state = run(atConfigure(), {type: 'back'}, {type: 'provider/choose', kind: 'third-party'});
		expect(configureView(expectStep(state, 'configure')).fields[0]!.placeholder).toBe('okta-scim third-party 2026-11-28');
	});
});

describe('clear, fetch and copy views', () => {
	it('warns on Fetch and Copy when the token names the other provider kind, and k switches step 2', () => {
		const other = {...result, claims: {...result.claims, provider_kind: 'third-party'}};
		const state = run(fetching(), {type: 'fetch/succeeded', id: idOf(fetching()), result: other});
		const view = resultView(other, 'x', 'internal', 'en');
		expect(view.kindWarning?.text).toBe(
			'This token was issued by the provider of third-party users, but step 2 says internal users: Okta groups pushed with it would land in the third-party users menu. To switch step 2 to third-party users, choose switch kind; or go back and copy the values of the right provider.',
		);
		expect(resultView(other, 'x', 'internal', 'pt-BR').kindWarning?.text).toContain('emitido pelo provedor de usuários terceiros, mas no passo 2 foi escolhido o provedor de usuários internos');
		// The warning names the choice as both faces offer it: a key on the Ink bar, a menu item in plain.
		expect(resultView(other, 'x', 'internal', 'pt-BR').kindWarning?.text).toContain('escolha mudar o tipo');
		expect(keyHints(state).map(hint => `${hint.keys} ${hint.label}`)).toContain('k switch kind');
		expect(keyHints(state, 'pt-BR').map(hint => `${hint.keys} ${hint.label}`)).toContain('m mudar o tipo');
		expect(keyAction(state, 'm', 0)).toEqual(keyAction(state, 'k', 0));
		const switched = run(state, {type: 'provider/switch', kind: 'third-party'});
		expect(resultView(other, 'x', 'third-party', 'en').kindWarning).toBeUndefined();
		expect(expectStep(switched, 'fetch').kind).toBe('third-party');
		const copy = expectStep(run(state, {type: 'fetch/proceed'}), 'copy');
		expect(copyView(copy).kindWarning?.tone).toBe('warning');
		// A token that names no kind (Segura's claim names are unconfirmed) warns of nothing.
		expect(resultView(result, 'x', 'internal', 'en').kindWarning).toBeUndefined();
	});

	it('k: a token name that was proposed follows the kind; one the user typed stays, in both languages', () => {
		const other = {...result, claims: {...result.claims, provider_kind: 'internal'}};
		for (const [lang, from, to] of [['en', 'okta-scim third-party 2026-11-28', 'okta-scim internal 2026-11-28'], ['pt-BR', 'okta-scim terceiros 28/11/2026', 'okta-scim internos 28/11/2026']] as const) {
			const started = run(atConfigure(collected(start(lang))), {type: 'back'}, {type: 'provider/choose', kind: 'third-party'}, {type: 'configure/continue'}, {type: 'clear/continue', at: 1});
			const state = run(started, {type: 'fetch/succeeded', id: idOf(started), result: other});
			expect(expectStep(state, 'fetch').tokenName).toBe(from);
			const switched = expectStep(run(state, {type: 'provider/switch', kind: 'internal'}), 'fetch');
			expect(switched.tokenName).toBe(to);
			expect(resultView(other, switched.tokenName, switched.kind, lang).rows[0]!.value).toBe(to);
			// From step 6 too, and the file it proposes is named after it.
			const copy = expectStep(run(state, {type: 'fetch/proceed'}, {type: 'provider/switch', kind: 'internal'}), 'copy');
			expect(copy.tokenName).toBe(to);
			expect(copyView(expectStep(run(copy, {type: 'file/ask'}), 'copy')).file.placeholder).toBe(`./${to.replaceAll(' ', '-').replaceAll('/', '-')}.token`);
		}
		// Typed in step 3: kept as typed.
		const typedName = run(atConfigure(), {type: 'back'}, {type: 'provider/choose', kind: 'third-party'}, {type: 'configure/edit', field: 'tokenName', value: 'my token'}, {type: 'configure/continue'}, {type: 'clear/continue', at: 1});
		const named = run(typedName, {type: 'fetch/succeeded', id: idOf(typedName), result: other}, {type: 'provider/switch', kind: 'internal'});
		expect(expectStep(named, 'fetch')).toMatchObject({kind: 'internal', tokenName: 'my token'});
	});

	it('lists what was cleared', () => {
		const state = expectStep(atClear(), 'clear');
		expect(clearView(state).items).toEqual(['Cookies: none kept', 'Cached token: none', 'Open connections: none; the request opens a new one']);
		expect(clearView(state, 'pt-BR').title).toBe('Sessão limpa');
		expect(clearView(state).save).toEqual([]);
	});

	it('counts the seconds of a running request', () => {
		const state = expectStep(fetching(1_000), 'fetch');
		expect(fetchingView(state, 4_900)).toEqual({text: 'Getting a new access token from segura.example.com (3 s)', seconds: 3});
	});

	it('shows the result with lifetime, expiry, claims, and never the token', () => {
		const view = resultView({...result, scope: 'scim', retriedWith: 'raw'}, 'okta-scim internal 2026-11-28', 'internal', 'pt-BR', utc);
		expect(view.title).toBe('Autenticação concluída');
		expect(view.rows).toEqual([
			{label: 'Token Name', value: 'okta-scim internal 2026-11-28'},
			{label: 'Tipo do token', value: 'Bearer'},
			{label: 'Validade', value: '1 h'},
			{label: 'Expira', value: 'em 59 min, às 15:30 UTC'},
			{label: 'Escopo', value: 'scim'},
		]);
		// JWT times as times, with the zone, not bare numbers.
		expect(view.claims).toEqual([{label: 'sub', value: 'okta'}, {label: 'exp', value: 'em 1 h 2 min, às 15:33 UTC'}]);
		expect(resultView(result, 'x', 'internal', 'en', saoPaulo).rows.find(row => row.label === 'Expires')?.value).toBe('in 59 min, at 12:30 UTC−03:00');
		expect(view.retriedNote).toContain('sem codificação');
		expect(JSON.stringify(view)).not.toContain(token);
	});

	it('shows a failure with the engine\'s text and where edit goes', () => {
		const view = failureView(networkError('dns'), 'pt-BR');
		expect(view).toEqual({
			title: 'Não foi possível obter o token',
			...sampleText('network', 'pt-BR'),
			editNote: 'Editar leva de volta a Token URL, no passo 1 (Coletar).',
		});
		expect(failureView(oauthError('invalid_client'), 'en').editNote).toBe('Edit goes back to Client ID (1 Collect).');
		expect(failureView(oauthError('invalid_scope'), 'en').editNote).toBe('Edit goes back to Scope (3 Configure).');
	});

	it('shows the token masked, printed or not, and how it was copied', () => {
		const state = expectStep(atCopy(), 'copy');
		expect(copyView(state)).toEqual({
			title: 'Access token',
			display: '••••••••WXYZ',
			output: [],
			verification: [],
			file: {isAsking: false, placeholder: './okta-scim-internal-2026-11-28.token', lines: []},
		});
		expect(copyView(expectStep(run(state, {type: 'copy/request', how: 'print'}), 'copy')).display).toBe('••••••••WXYZ');
		const copying = run(state, {type: 'copy/request', how: 'clipboard'});
		expect(copyView(expectStep(copying, 'copy'), 'pt-BR').output.map(lineText)).toEqual(['… Copiando…']);
		const copied = run(copying, {type: 'copy/done', id: copying.seq, result: {used: [{way: 'system', tool: 'xclip'}], failed: []}});
		// The same words as `get --copy`, with the wizard's own way out.
		expect(copyView(expectStep(copied, 'copy'), 'pt-BR').output.map(lineText)).toEqual(['✔ Copiado para a área de transferência deste computador.']);
		// One sentence of what happened, one of what to do if it did not: the tools' details are for --verbose.
		const sent = run(copying, {type: 'copy/done', id: copying.seq, result: {used: [{way: 'osc52'}], failed: [{way: 'system', reason: 'not-found', tool: 'xclip'}]}});
		expect(copyView(expectStep(sent, 'copy')).output.map(lineText)).toEqual([
			"✔ Sent to your terminal's clipboard; a terminal cannot confirm it arrived.",
			'→ If nothing arrives when you paste, choose print to show the token alone on a line.',
		]);
		// On "Token added" print is not offered: the token is printed as the wizard ends.
		expect(copyView(expectStep(run(sent, {type: 'copy/use'}), 'copy')).output.map(lineText)).toEqual([
			"✔ Sent to your terminal's clipboard; a terminal cannot confirm it arrived.",
			'→ If nothing arrives when you paste, the token is printed alone on a line when the wizard ends.',
		]);
		const failedCopy = run(copying, {type: 'copy/failed', id: copying.seq, error: networkError()});
		expect(copyView(expectStep(failedCopy, 'copy')).output.map(lineText)).toEqual([`✖ ${sampleText('network', 'en').message}`, `→ ${sampleText('network', 'en').hint}`]);
	});

	it('says "Token added", where to paste it in Okta, and when it expires', () => {
		const added = expectStep(run(atCopy(), {type: 'copy/use'}), 'copy');
		expect(addedView(added.result, 'en', utc)).toEqual({
			title: 'Token added',
			where: 'Paste the token in the authentication screen of Okta\'s SCIM app (Provisioning > Integration > API Token), without "Bearer" (Okta adds it), then click Test API Credentials.',
			expiry: 'The token expires in 59 min, at 15:30 UTC (lifetime 1 h).',
		});
		const pt = addedView(added.result, 'pt-BR', utc);
		// Postman's own words, as the manual quotes them, with the Portuguese beside them.
		expect(pt.title).toBe('Token added (token adicionado)');
		expect(pt.where).toContain('tela de autenticação da aplicação SCIM da Okta (Provisioning > Integration > API Token)');
		expect(pt.where).toContain('Test API Credentials');
		expect(pt.expiry).toBe('O token expira em 59 min, às 15:30 UTC (validade de 1 h).');
		expect(addedView(added.result, 'pt-BR', saoPaulo).expiry).toBe('O token expira em 59 min, às 12:30 UTC−03:00 (validade de 1 h).');
		expect(addedView(added.result, 'en', {...utc, now: new Date(Date.UTC(2026, 10, 27, 14, 31))}).expiry).toBe('The token expires in 24 h 59 min, on 2026-11-28 at 15:30 UTC (lifetime 1 h).');
		expect(addedView({accessToken: token, tokenType: 'Bearer'}, 'pt-BR').expiry).toBe('O servidor não informou quando o token expira.');
	});

	it('keeps the hints to two lines at 80 columns, and every hint whole at 40', () => {
		for (const state of [start(), atSecret(), collected(), atConfigure(), atClear(), fetching(), fetched(), failed(), atCopy()]) {
			for (const lang of languages) {
				const items = keyHints(state, lang).map(hint => `${hint.keys} ${hint.label}`);
				expect(wrapItems(items, ' · ', 80).length).toBeLessThanOrEqual(2);
				for (const item of items) expect(item.length).toBeLessThanOrEqual(40);
			}
		}
	});
});
