import {describe, expect, it} from 'vitest';
import {keyAction, keyHintLine, keyHints, pendingEffect, type KeyName, type WizardState} from '../../source/flow/index.js';
import {wizardText} from '../../source/i18n/text.js';
import {
	answer,
	atClear,
	atConfigure,
	atCopy,
	collected,
	expectStep,
	failed,
	fetched,
	fetching,
	run,
	start,
	typed,
} from './helpers.js';

function press(state: WizardState, ...keys: KeyName[]): WizardState {
	return keys.reduce((current, key) => {
		const action = keyAction(current, key, 7_000);
		return action ? run(current, action) : current;
	}, state);
}

describe('keys', () => {
	it('leaves letters to the text field in step 1', () => {
		expect(keyAction(start(), 'c', 0)).toBeUndefined();
		expect(keyAction(start(), 'q', 0)).toBeUndefined();
		expect(keyAction(start(), 'enter', 0)).toEqual({type: 'collect/submit'});
	});

	it('has no Back on the first field, and Esc or Shift+Tab on the others', () => {
		expect(keyAction(start(), 'escape', 0)).toBeUndefined();
		const second = run(start(), ...answer(typed.seguraUrl));
		expect(keyAction(second, 'escape', 0)).toEqual({type: 'back'});
		expect(keyAction(second, 'shift-tab', 0)).toEqual({type: 'back'});
	});

	it('fills the proposal in with Tab, for editing, only while the field is empty', () => {
		const state = run(start(), ...answer(typed.seguraUrl));
		expect(keyAction(state, 'tab', 0)).toEqual({type: 'collect/input', value: 'https://segura.example.com/iso/scim/v2'});
		expect(keyAction(run(state, {type: 'collect/input', value: 'x'}), 'tab', 0)).toBeUndefined();
	});

	it('reveals the secret with Ctrl+R, only on the secret', () => {
		const state = run(start(), ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer('id'));
		expect(keyHintLine(state)).toBe('Enter next · Ctrl+R show · Esc back');
		const shown = press(state, 'ctrl-r');
		expect(expectStep(shown, 'collect').isSecretRevealed).toBe(true);
		expect(keyHintLine(shown)).toBe('Enter next · Ctrl+R hide · Esc back');
		expect(keyAction(run(start(), ...answer(typed.seguraUrl)), 'ctrl-r', 0)).toBeUndefined();
	});

	it('picks the provider with arrows and Enter, or with i / t', () => {
		expect(expectStep(press(collected(), 'down', 'enter'), 'configure').kind).toBe('third-party');
		expect(expectStep(press(collected(), 'down', 'up', 'enter'), 'configure').kind).toBe('internal');
		expect(expectStep(press(collected(), 't'), 'configure').kind).toBe('third-party');
		expect(expectStep(press(collected(), '2'), 'configure').kind).toBe('third-party');
		expect(expectStep(press(collected(), 'i'), 'configure').kind).toBe('internal');
		expect(keyHintLine(collected(), 'pt-BR')).toBe('↑↓ mover · Enter escolher · Esc voltar');
	});

	it('moves between the Configure fields and changes the client authentication with ←→ or Space', () => {
		let state = press(atConfigure(), 'down');
		expect(expectStep(state, 'configure').focus).toBe('auth');
		expect(keyHintLine(state)).toBe('↑↓ move · ←→ change · Enter continue · Esc back');
		state = press(state, 'right');
		expect(expectStep(state, 'configure').config.auth).toBe('basic-raw');
		state = press(state, 'space', 'space');
		expect(expectStep(state, 'configure').config.auth).toBe('basic-rfc');
		state = press(state, 'left');
		expect(expectStep(state, 'configure').config.auth).toBe('body');
		state = press(state, 'down', 'down');
		expect(expectStep(state, 'configure').focus).toBe('params');
		expect(keyAction(state, 'space', 0)).toBeUndefined();
		state = press(state, 'down', 'down', 'down', 'down');
		expect(expectStep(state, 'configure').focus).toBe('rememberSecret');
		state = press(state, 'space');
		expect(expectStep(state, 'configure').config.rememberSecret).toBe('yes');
		state = press(state, 'up', 'up', 'up', 'up', 'up');
		expect(expectStep(state, 'configure').focus).toBe('tokenName');
		expect(press(state, 'enter').step).toBe('clear');
	});

	it('starts the request from Clear with Enter, stamped with the time of the key', () => {
		const state = expectStep(press(atClear(), 'enter'), 'fetch');
		expect(state.call).toMatchObject({status: 'running', job: {startedAt: 7_000}});
	});

	it('cancels a running request with Esc', () => {
		expect(keyHintLine(fetching())).toBe('Esc cancel');
		const state = expectStep(press(fetching(), 'escape'), 'fetch');
		expect(state.call.status).toBe('failed');
	});

	it('proceeds from the result with Enter', () => {
		expect(press(fetched(), 'enter').step).toBe('copy');
	});

	it('offers retry, edit and quit after a failure', () => {
		expect(keyHintLine(failed())).toBe('r retry · e edit · q quit · Esc back');
		expect(keyHintLine(failed(), 'pt-BR')).toBe('r repetir · e editar · q sair · Esc voltar');
		expect(expectStep(press(failed(), 'r'), 'fetch').call.status).toBe('running');
		expect(press(failed(), 'e').step).toBe('collect');
		expect(press(failed(), 'enter').step).toBe('collect');
		expect(press(failed(), 'q').step).toBe('quit');
	});

	it('copies, prints and uses the token with single letters; r (show) prints it as p does', () => {
		const state = atCopy();
		expect(keyHintLine(state)).toBe('c copy · p print · o to a file · v verify · u/Enter Use token · q quit · Esc back');
		expect(keyHintLine(state, 'pt-BR')).toBe('c copiar · i imprimir · g gravar · t testar · u/Enter Use token · q sair · Esc voltar');
		expect(pendingEffect(press(state, 'c'))).toMatchObject({how: 'clipboard'});
		expect(pendingEffect(press(state, 'p'))).toMatchObject({how: 'print'});
		expect(pendingEffect(press(state, 'r'))).toMatchObject({how: 'print'});
		expect(pendingEffect(press(state, 'ctrl-r'))).toMatchObject({how: 'print'});
		const added = expectStep(press(state, 'u'), 'copy');
		expect(added.phase).toBe('added');
		expect(keyHintLine(added)).toBe('Enter finish · Esc back');
		expect(press(added, 'enter').step).toBe('done');
	});

	it('in Portuguese, a letter is the initial of the verb beside it (q, the Unix key for quitting, aside); either language\'s letter works', () => {
		for (const state of [atCopy(), failed(), press(atCopy(), 'r')]) {
			for (const hint of keyHints(state, 'pt-BR').filter(item => /^[a-z]$/.test(item.keys) && item.keys !== 'q')) {
				// A toggle keeps the letter of its first state: r revelar, then r ocultar.
				const verb = hint.label === wizardText['pt-BR'].keyLabels.hide ? wizardText['pt-BR'].keyLabels.show : hint.label;
				expect(verb.charAt(0), `${hint.keys} ${hint.label}`).toBe(hint.keys);
			}
		}
		for (const [english, portuguese] of [['p', 'i'], ['o', 'g'], ['v', 't']] as const) expect(keyAction(atCopy(), portuguese, 0)).toEqual(keyAction(atCopy(), english, 0));
		expect(expectStep(press(atCopy(), 'g'), 'copy').file.status).toBe('asking');
		expect(expectStep(press(atCopy(), 't'), 'copy').verification.status).toBe('running');
	});

	it('binds nothing once the wizard is over', () => {
		const done = press(atCopy(), 'u', 'enter');
		expect(keyHints(done)).toEqual([]);
		expect(keyAction(done, 'enter', 0)).toBeUndefined();
	});
});
