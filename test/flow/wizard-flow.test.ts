import {describe, expect, it} from 'vitest';
import {CancelledError, errorText} from '../../source/errors/app-error.js';
import {copyView, createInitialState, endingOf, failureView, pendingEffect, type WizardState} from '../../source/flow/index.js';
import {answer, atClear, atConfigure, atCopy, collected, expectStep, failed, fetched, fetching, idOf, networkError, now, oauthError, result, run, secret, start, typed} from './helpers.js';
import {cancelledText} from '../../source/i18n/text.js';
import type {Lang} from '../../source/i18n/lang.js';

describe('step 2, Provider', () => {
	it('moves the highlight and chooses the highlighted kind with Enter', () => {
		const state = run(collected(), {type: 'provider/highlight', kind: 'third-party'});
		expect(expectStep(state, 'provider').highlight).toBe('third-party');
		const configure = expectStep(run(state, {type: 'provider/choose'}), 'configure');
		expect(configure).toMatchObject({kind: 'third-party', focus: 'tokenName'});
	});

	it('chooses a kind directly', () => {
		expect(expectStep(atConfigure(), 'configure').kind).toBe('internal');
	});

	it('highlights the kind chosen before when the user comes back', () => {
		const state = run(collected(), {type: 'provider/choose', kind: 'third-party'}, {type: 'back'});
		expect(expectStep(state, 'provider').highlight).toBe('third-party');
	});

	it('keeps the kind when going back to step 1 and forward again', () => {
		let state = run(collected(), {type: 'provider/choose', kind: 'third-party'}, {type: 'back'}, {type: 'back'});
		expect(expectStep(state, 'collect').kind).toBe('third-party');
		state = run(state, {type: 'collect/submit'});
		expect(expectStep(state, 'provider').highlight).toBe('third-party');
	});
});

describe('step 3, Configure', () => {
	it('edits the token name, client authentication, scope and parameters', () => {
		const state = run(
			atConfigure(),
			{type: 'configure/edit', field: 'tokenName', value: 'mine'},
			{type: 'configure/edit', field: 'auth', value: 'body'},
			{type: 'configure/edit', field: 'scope', value: 'scim'},
			{type: 'configure/edit', field: 'params', value: 'ttl=30'},
		);
		expect(expectStep(state, 'configure').config).toEqual({tokenName: 'mine', auth: 'body', scope: 'scim', params: 'ttl=30', profileName: '', rememberSecret: 'no'});
	});

	it('moves the focus', () => {
		expect(expectStep(run(atConfigure(), {type: 'configure/focus', field: 'scope'}), 'configure').focus).toBe('scope');
	});

	it('refuses to continue with a wrong parameter and puts the focus on it', () => {
		const state = run(atConfigure(), {type: 'configure/edit', field: 'params', value: 'ttl=zero'}, {type: 'configure/continue'});
		expect(expectStep(state, 'configure').focus).toBe('params');
	});

	it('continues to Clear', () => {
		expect(expectStep(atClear(), 'clear').kind).toBe('internal');
	});

	it('keeps the edits through Back to Provider and step 1', () => {
		let state = run(atConfigure(), {type: 'configure/edit', field: 'params', value: 'ttl=30'}, {type: 'back'});
		expect(state.step).toBe('provider');
		state = run(state, {type: 'back'}, {type: 'collect/submit'}, {type: 'provider/choose'});
		expect(expectStep(state, 'configure').config.params).toBe('ttl=30');
	});
});

describe('step 4, Clear', () => {
	it('starts the request with the values typed and the settings of step 3', () => {
		const state = expectStep(run(
			atConfigure(),
			{type: 'configure/edit', field: 'params', value: 'ttl=60'},
			{type: 'configure/continue'},
			{type: 'clear/continue', at: 5_000},
		), 'fetch');
		expect(state).toMatchObject({call: {status: 'running', job: {startedAt: 5_000}}, tokenName: 'okta-scim internal 2026-11-28'});
		expect(state.request).toEqual({
			tokenUrl: 'https://segura.example.com/iso/oauth2/token',
			clientId: typed.clientId,
			clientSecret: secret,
			auth: 'basic',
			encoding: 'rfc',
			params: [['ttl', '60']],
		});
	});

	it('goes back to Configure', () => {
		expect(run(atClear(), {type: 'back'}).step).toBe('configure');
	});
});

describe('step 5, Fetch', () => {
	it('asks the face for the request, once per attempt', () => {
		const state = fetching();
		expect(pendingEffect(state)).toEqual({
			type: 'fetch',
			id: idOf(state),
			request: expect.objectContaining({clientSecret: secret}),
			network: {},
			profile: undefined,
			tokenName: 'okta-scim internal 2026-11-28',
			issuedWith: {tokenUrl: 'https://segura.example.com/iso/oauth2/token', baseUrl: 'https://segura.example.com/iso/scim/v2'},
		});
		expect(pendingEffect(atClear())).toBeUndefined();
	});

	it('shows the result and proceeds to Copy', () => {
		const state = expectStep(fetched(), 'fetch');
		expect(state.call).toMatchObject({status: 'done', result});
		expect(pendingEffect(state)).toBeUndefined();
		const copy = expectStep(run(state, {type: 'fetch/proceed'}), 'copy');
		expect(copy).toMatchObject({phase: 'shown', output: {status: 'idle'}, result});
	});

	it('ignores an answer to another attempt', () => {
		const state = fetching();
		expect(run(state, {type: 'fetch/succeeded', id: idOf(state) + 1, result})).toBe(state);
		expect(run(state, {type: 'fetch/failed', id: idOf(state) - 1, error: oauthError()})).toBe(state);
	});

	it('cancels with Esc: a CancelledError shown as a failure, not the end of the app', () => {
		const state = expectStep(run(fetching(), {type: 'back'}), 'fetch');
		if (state.call.status !== 'failed') throw new Error(state.call.status);
		expect(state.call.error).toBeInstanceOf(CancelledError);
		expect(state.call.error.reason).toBe('cancelled');
		expect(errorText(state.call.error, 'pt-BR').message).toBe('Requisição cancelada.');
		expect(pendingEffect(state)).toBeUndefined();
	});

	it('ignores the answer of a cancelled request, and retries with a new id', () => {
		const first = fetching();
		const cancelled = run(first, {type: 'back'});
		expect(run(cancelled, {type: 'fetch/succeeded', id: idOf(first), result})).toBe(cancelled);
		const retried = expectStep(run(cancelled, {type: 'fetch/retry', at: 9_000}), 'fetch');
		expect(retried.call).toMatchObject({status: 'running', job: {startedAt: 9_000}});
		expect(idOf(retried)).toBeGreaterThan(idOf(first));
	});

	it('fails with the engine\'s error and offers retry, edit and quit', () => {
		const state = expectStep(failed(networkError('reset')), 'fetch');
		expect(state.call.status).toBe('failed');
		expect(run(state, {type: 'fetch/retry', at: 2}).step).toBe('fetch');
		const edit = expectStep(run(state, {type: 'fetch/edit'}), 'collect');
		expect(edit).toMatchObject({field: 'tokenUrl', draft: 'https://segura.example.com/iso/oauth2/token'});
		expect(expectStep(run(state, {type: 'quit'}), 'quit').error.exitCode).toBe(3);
	});

	it('a Segura host refused or not found: edit goes to the Segura URL, and the Base and Token URL proposed from it follow', () => {
		for (const reason of ['refused', 'dns'] as const) {
			const state = expectStep(failed(networkError(reason)), 'fetch');
			expect(failureView(state.call.status === 'failed' ? state.call.error : networkError(), 'en', state).editNote).toBe(
				'Edit goes back to Segura URL (1 Collect). The Base URL and Token URL are proposed again from it.',
			);
			let edit: WizardState = expectStep(run(state, {type: 'fetch/edit'}), 'collect');
			expect(edit).toMatchObject({field: 'seguraUrl', draft: typed.seguraUrl, isSelected: true});
			edit = run(edit, ...answer('https://segura.example.net:8443'));
			// The old proposals went with the old host: Enter takes the new ones.
			expect(expectStep(edit, 'collect')).toMatchObject({field: 'baseUrl', draft: ''});
			edit = run(edit, ...answer(''), ...answer(''));
			expect(edit.values).toMatchObject({baseUrl: 'https://segura.example.net:8443/iso/scim/v2', tokenUrl: 'https://segura.example.net:8443/iso/oauth2/token'});
		}
		// A Token URL on another host than the Segura URL: that is the one to fix.
		const elsewhere = run(start(), ...answer(typed.seguraUrl), ...answer(''), ...answer('https://sso.example.com/iso/oauth2/token'), ...answer(typed.clientId), ...answer(secret), {type: 'provider/choose', kind: 'internal'}, {type: 'configure/continue'}, {type: 'clear/continue', at: 1});
		const refused = run(elsewhere, {type: 'fetch/failed', id: idOf(elsewhere), error: networkError('refused')}, {type: 'fetch/edit'});
		expect(expectStep(refused, 'collect').field).toBe('tokenUrl');
	});

	it('quits with exit 3 after a name not found', () => {
		const state = expectStep(failed(networkError('dns')), 'fetch');
		const quit = expectStep(run(state, {type: 'quit'}), 'quit');
		expect(quit.error.reason).toBe('dns');
		expect(quit.error.exitCode).toBe(3);
	});

	it('edits an invalid_client at the Client ID, and walks back to a new request with every value kept', () => {
		let state = run(failed(oauthError('invalid_client')), {type: 'fetch/edit'});
		expect(expectStep(state, 'collect').field).toBe('clientId');
		state = run(state, {type: 'collect/submit'}, {type: 'collect/input', value: 'new-secret'}, {type: 'collect/submit'});
		state = run(state, {type: 'provider/choose'}, {type: 'configure/continue'}, {type: 'clear/continue', at: 3});
		const fetch = expectStep(state, 'fetch');
		expect(fetch.request).toMatchObject({clientId: typed.clientId, clientSecret: 'new-secret'});
		expect(fetch.kind).toBe('internal');
	});

	it('edits an OAuth request error in Configure', () => {
		const state = expectStep(run(failed(oauthError('invalid_scope')), {type: 'fetch/edit'}), 'configure');
		expect(state.focus).toBe('scope');
	});

	it('goes back to Clear from a result or a failure', () => {
		expect(run(fetched(), {type: 'back'}).step).toBe('clear');
		expect(run(failed(), {type: 'back'}).step).toBe('clear');
	});
});

describe('step 6, Copy', () => {
	it('shows the token by printing it, never in the step\'s own view', () => {
		const state = run(atCopy(), {type: 'copy/request', how: 'print'});
		expect(pendingEffect(state)).toMatchObject({type: 'copy', how: 'print'});
		expect(JSON.stringify(copyView(expectStep(state, 'copy')))).not.toContain(expectStep(state, 'copy').result.accessToken);
	});

	it('asks the face to copy, then notes how it went', () => {
		const state = expectStep(run(atCopy(), {type: 'copy/request', how: 'clipboard'}), 'copy');
		const effect = pendingEffect(state);
		if (effect?.type !== 'copy') throw new Error('no copy effect');
		expect(effect).toMatchObject({how: 'clipboard', token: result.accessToken});
		expect(run(state, {type: 'copy/request', how: 'print'})).toBe(state);
		const copied = {used: [{way: 'osc52'}], failed: []} as const;
		expect(run(state, {type: 'copy/done', id: effect.id + 1, result: copied})).toBe(state);
		const done = expectStep(run(state, {type: 'copy/done', id: effect.id, result: copied}), 'copy');
		expect(done.output).toEqual({status: 'done', job: {how: 'clipboard'}, result: copied});
		expect(pendingEffect(done)).toBeUndefined();
	});

	it('notes a failed copy and lets the user print instead', () => {
		let state = run(atCopy(), {type: 'copy/request', how: 'clipboard'});
		const effect = pendingEffect(state)!;
		state = run(state, {type: 'copy/failed', id: effect.id, error: networkError()});
		expect(expectStep(state, 'copy').output).toMatchObject({status: 'failed', job: {how: 'clipboard'}});
		state = run(state, {type: 'copy/request', how: 'print'});
		expect(pendingEffect(state)).toMatchObject({type: 'copy', how: 'print'});
	});

	it('Use token shows "Token added", then finishes with the token', () => {
		const added = expectStep(run(atCopy(), {type: 'copy/use'}), 'copy');
		expect(added.phase).toBe('added');
		const done = expectStep(run(added, {type: 'copy/finish'}), 'done');
		expect(done.result).toEqual(result);
		expect(done.tokenName).toBe('okta-scim internal 2026-11-28');
		expect(run(done, {type: 'back'})).toBe(done);
		expect(run(done, {type: 'quit'})).toBe(done);
	});

	it('does not finish before Use token', () => {
		const state = atCopy();
		expect(run(state, {type: 'copy/finish'})).toBe(state);
	});

	it('goes back from "Token added" to the token, and from the token to the result', () => {
		const added = run(atCopy(), {type: 'copy/use'});
		expect(expectStep(run(added, {type: 'back'}), 'copy').phase).toBe('shown');
		const result = expectStep(run(atCopy(), {type: 'back'}), 'fetch');
		expect(result.call.status).toBe('done');
	});
});

describe('quit', () => {
	it('quits with 130 from any step before a token', () => {
		for (const state of [collected(), atConfigure(), atClear(), fetching()]) {
			const quit = expectStep(run(state, {type: 'quit'}), 'quit');
			expect(quit.error).toBeInstanceOf(CancelledError);
			expect(quit.error.exitCode).toBe(130);
		}
	});

	it('ends as done once there is a token: quitting then loses nothing', () => {
		for (const state of [fetched(), atCopy(), run(atCopy(), {type: 'copy/use'})]) {
			const done = expectStep(run(state, {type: 'quit'}), 'done');
			expect(endingOf(done)).toMatchObject({code: 0, farewell: {token: expect.any(String) as string}});
		}
	});

	it('says what became of the token in its closing words, never "Token added" for a token left as it was', () => {
		const closing = (state: WizardState, lang: Lang = 'en') => endingOf(state, undefined, lang).farewell?.lines[0];
		const notCopied = {tone: 'warning', text: 'Token not copied: select the line above (a triple-click selects all of it).'};
		// q at step 5 and at step 6 without copying, printing or writing it.
		expect(closing(run(fetched(), {type: 'quit'}))).toEqual(notCopied);
		expect(closing(run(atCopy(), {type: 'quit'}))).toEqual(notCopied);
		// Printed only: the line above is still the way to take it.
		const printing = run(atCopy(), {type: 'copy/request', how: 'print'});
		expect(closing(run(printing, {type: 'copy/done', id: printing.seq, result: undefined}, {type: 'quit'}))).toEqual(notCopied);
		// Copied with c, then q: where it went, without "Token added".
		const copying = run(atCopy(), {type: 'copy/request', how: 'clipboard'});
		const copied = run(copying, {type: 'copy/done', id: copying.seq, result: {used: [{way: 'osc52-tmux'}, {way: 'tmux-buffer'}], failed: []}});
		expect(closing(run(copied, {type: 'quit'}))).toEqual({tone: 'success', text: "Token copied to tmux's buffer and your terminal's clipboard (unconfirmed)."});
		// A copy that reached nothing is no copy.
		const failing = run(atCopy(), {type: 'copy/request', how: 'clipboard'});
		expect(closing(run(failing, {type: 'copy/failed', id: failing.seq, error: new CancelledError(cancelledText)}, {type: 'quit'}))).toEqual(notCopied);
		// Written to a file, then Use token: "Token added", and where.
		const asked = run(atCopy(), {type: 'file/ask'}, {type: 'file/input', value: './t.token'}, {type: 'file/submit'});
		const written = run(asked, {type: 'file/done', id: asked.seq});
		// (Use token copies it too; that copy has not answered when Enter ends the wizard.)
		const used = run(written, {type: 'copy/use'});
		expect(closing(run(used, {type: 'copy/finish'}), 'pt-BR')).toEqual({tone: 'success', text: 'Token added (token adicionado): gravado em ./t.token (permissão 0600).'});
		// Back to step 5 and forward again: what was done with the token is kept.
		expect(closing(run(copied, {type: 'back'}, {type: 'quit'}))).toMatchObject({tone: 'success'});
	});

	it('quits with the failure\'s own exit code after a failure', () => {
		expect(expectStep(run(failed(oauthError('invalid_client')), {type: 'quit'}), 'quit').error.exitCode).toBe(4);
	});
});

describe('prefill and start fresh', () => {
	const prefill = {
		values: {
			seguraUrl: 'https://segura.example.com',
			baseUrl: 'https://segura.example.com/iso/scim/v2',
			tokenUrl: 'https://segura.example.com/iso/oauth2/token',
			clientId: 'saved-id',
			clientSecret: 'saved-secret',
		},
		kind: 'third-party',
		config: {tokenName: 'saved', auth: 'basic', encoding: 'raw', scope: 's', params: [['ttl', '60']]},
	} as const;

	it('lands on Clear with steps 1 to 3 done when everything is there', () => {
		const state = expectStep(createInitialState({now, prefill}), 'clear');
		expect(state.kind).toBe('third-party');
		expect(state.config).toEqual({tokenName: 'saved', auth: 'basic-raw', scope: 's', params: 'ttl=60', profileName: '', rememberSecret: 'no'});
		expect(state.values.clientSecret).toBe('saved-secret');
	});

	it('lands on the Client Secret when it was not remembered', () => {
		const {clientSecret: _, ...values} = prefill.values;
		const state = expectStep(createInitialState({now, prefill: {...prefill, values}}), 'collect');
		expect(state).toMatchObject({field: 'clientSecret', draft: ''});
		expect(state.values.clientId).toBe('saved-id');
		expect(state.kind).toBe('third-party');
	});

	it('lands on the first field that fails validation', () => {
		const state = createInitialState({now, prefill: {...prefill, values: {...prefill.values, tokenUrl: 'http://segura.example.com/x'}}});
		expect(expectStep(state, 'collect').field).toBe('tokenUrl');
	});

	it('fills in proposals for missing URLs', () => {
		const state = createInitialState({now, prefill: {...prefill, values: {...prefill.values, baseUrl: undefined}}});
		expect(expectStep(state, 'clear').values.baseUrl).toBe('https://segura.example.com/iso/scim/v2');
	});

	it('lands on Provider without a kind, and on Configure with a wrong parameter', () => {
		expect(createInitialState({now, prefill: {...prefill, kind: undefined}}).step).toBe('provider');
		const state = createInitialState({now, prefill: {...prefill, config: {params: [['ttl', 'x']]}}});
		expect(expectStep(state, 'configure').focus).toBe('params');
	});

	it('loads a profile as an action, and starts fresh keeping only the language and practice details', () => {
		const demoDetails = {seguraUrl: 'http://127.0.0.1:1', providers: []};
		const initial = createInitialState({now, lang: 'pt-BR', demoDetails});
		const loaded = run(initial, {type: 'prefill', prefill});
		expect(loaded.step).toBe('clear');
		const fresh = expectStep(run(loaded, {type: 'start-fresh'}), 'collect');
		expect(fresh).toMatchObject({field: 'seguraUrl', draft: '', kind: undefined, lang: 'pt-BR', demo: demoDetails});
		expect(fresh.values.clientSecret).toBe('');
	});

	it('does not load a profile over a running request', () => {
		const state = fetching();
		expect(run(state, {type: 'prefill', prefill})).toBe(state);
		expect(run(state, {type: 'start-fresh'})).toBe(state);
	});
});

describe('states carry nothing of the step they left', () => {
	it('has no result or error in an earlier step after going back', () => {
		const back: WizardState = run(failed(), {type: 'fetch/edit'});
		expect(Object.keys(back).sort()).toEqual(
			['config', 'demo', 'draft', 'field', 'isSecretRevealed', 'isSelected', 'kind', 'lang', 'network', 'profile', 'profiles', 'seq', 'step', 'storePath', 'today', 'tried', 'values'],
		);
	});
});
