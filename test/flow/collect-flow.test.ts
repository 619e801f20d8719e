import {describe, expect, it} from 'vitest';
import {createInitialState, emptyCredentials} from '../../source/flow/index.js';
import {answer, collected, expectStep, now, run, secret, start, typed} from './helpers.js';

describe('step 1, Collect', () => {
	it('starts at the Segura URL with nothing typed', () => {
		const state = expectStep(start('pt-BR'), 'collect');
		expect(state).toMatchObject({field: 'seguraUrl', tried: false, isSecretRevealed: false, lang: 'pt-BR', kind: undefined});
		expect(state.today).toEqual(now());
		expect(state.values).toEqual(emptyCredentials);
	});

	it('defaults to English', () => {
		expect(createInitialState({now}).lang).toBe('en');
	});

	it('keeps what is typed in the current field', () => {
		const state = expectStep(run(start(), {type: 'collect/input', value: 'https://seg'}), 'collect');
		expect(state.draft).toBe('https://seg');
		expect(state.values.seguraUrl).toBe('');
		expect(state.field).toBe('seguraUrl');
	});

	it('walks the five fields in order', () => {
		let state = start();
		const seen: string[] = [];
		for (const value of [typed.seguraUrl, '', '', typed.clientId, secret]) {
			seen.push(expectStep(state, 'collect').field);
			state = run(state, ...answer(value));
		}
		expect(seen).toEqual(['seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret']);
		expect(expectStep(state, 'provider').values).toEqual({
			seguraUrl: 'https://segura.example.com',
			baseUrl: 'https://segura.example.com/iso/scim/v2',
			tokenUrl: 'https://segura.example.com/iso/oauth2/token',
			clientId: 'client-123',
			clientSecret: secret,
		});
	});

	it('refuses a submit with an error, keeps the value and from now on shows "required"', () => {
		const state = expectStep(run(start(), ...answer('http://segura.example.com')), 'collect');
		expect(state).toMatchObject({field: 'seguraUrl', tried: true});
		expect(state.draft).toBe('http://segura.example.com');
		expect(expectStep(run(start(), {type: 'collect/submit'}), 'collect').tried).toBe(true);
	});

	it('lets warnings through', () => {
		const state = expectStep(
			run(start(), ...answer(typed.seguraUrl), ...answer('https://other.example.com/scim')),
			'collect',
		);
		expect(state.field).toBe('tokenUrl');
		expect(state.values.baseUrl).toBe('https://other.example.com/scim');
	});

	it('stores a cleaned paste', () => {
		const state = expectStep(run(start(), ...answer(' "https://segura.example.com"\n')), 'collect');
		expect(state.values.seguraUrl).toBe('https://segura.example.com');
	});

	it('stores the proposal when Enter is pressed on an empty Base or Token URL', () => {
		const state = expectStep(run(start(), ...answer(typed.seguraUrl), ...answer('')), 'collect');
		expect(state.values.baseUrl).toBe('https://segura.example.com/iso/scim/v2');
	});

	it('forgets accepted proposals when the Segura URL changes, but keeps URLs the user typed', () => {
		let state = run(start(), ...answer(typed.seguraUrl), ...answer(''), ...answer('https://segura.example.com/custom/oauth2/token'));
		state = run(state, {type: 'back'}, {type: 'back'}, {type: 'back'});
		expect(expectStep(state, 'collect').field).toBe('seguraUrl');
		state = run(state, ...answer('https://new.example.com'));
		const collect = expectStep(state, 'collect');
		expect(collect.field).toBe('baseUrl');
		expect(collect.values.baseUrl).toBe('');
		expect(collect.values.tokenUrl).toBe('https://segura.example.com/custom/oauth2/token');
		const next = expectStep(run(collect, ...answer('')), 'collect');
		expect(next.values.baseUrl).toBe('https://new.example.com/iso/scim/v2');
	});

	it('keeps accepted proposals when the Segura URL is submitted unchanged', () => {
		let state = run(start(), ...answer(typed.seguraUrl), ...answer(''));
		state = run(state, {type: 'back'}, {type: 'back'}, {type: 'collect/submit'});
		expect(expectStep(state, 'collect').values.baseUrl).toBe('https://segura.example.com/iso/scim/v2');
	});

	it('toggles the secret between hidden and shown, and hides it again on leaving', () => {
		let state = run(start(), ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer('id'));
		state = run(state, {type: 'collect/toggle-reveal'});
		expect(expectStep(state, 'collect').isSecretRevealed).toBe(true);
		state = run(state, {type: 'back'}, {type: 'collect/submit'});
		expect(expectStep(state, 'collect').isSecretRevealed).toBe(false);
	});

	it('goes back field by field, keeping every value typed, even one not yet submitted', () => {
		let state = run(start(), ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer(typed.clientId));
		state = run(state, {type: 'collect/input', value: 'half-typed'});
		const fields: string[] = [];
		for (let i = 0; i < 4; i++) {
			state = run(state, {type: 'back'});
			fields.push(expectStep(state, 'collect').field);
		}
		expect(fields).toEqual(['clientId', 'tokenUrl', 'baseUrl', 'seguraUrl']);
		state = run(state, {type: 'collect/submit'}, {type: 'collect/submit'}, {type: 'collect/submit'}, {type: 'collect/submit'});
		expect(expectStep(state, 'collect')).toMatchObject({field: 'clientSecret', draft: 'half-typed'});
		expect(expectStep(state, 'collect').values).toMatchObject({
			seguraUrl: typed.seguraUrl,
			clientId: typed.clientId,
			clientSecret: 'half-typed',
		});
	});

	it('clears the "required" flag when moving to another field', () => {
		const state = run(start(), ...answer(typed.seguraUrl), {type: 'back'});
		const refused = run(state, {type: 'collect/input', value: ''}, {type: 'collect/submit'});
		expect(expectStep(refused, 'collect').tried).toBe(true);
		const moved = run(refused, ...answer(typed.seguraUrl));
		expect(expectStep(moved, 'collect').tried).toBe(false);
	});

	it('does nothing on Back at the first field, and ignores actions of other steps', () => {
		const state = start();
		expect(run(state, {type: 'back'})).toBe(state);
		expect(run(state, {type: 'provider/choose'})).toBe(state);
		expect(run(state, {type: 'clear/continue', at: 1})).toBe(state);
		expect(run(state, {type: 'fetch/succeeded', id: 1, result: {accessToken: 'x', tokenType: 'Bearer'}})).toBe(state);
	});

	it('goes from the secret to Provider, and back to the secret keeping it', () => {
		const provider = expectStep(collected(), 'provider');
		expect(provider.highlight).toBe('internal');
		const back = expectStep(run(provider, {type: 'back'}), 'collect');
		expect(back.field).toBe('clientSecret');
		expect(back.values.clientSecret).toBe(secret);
	});
});
