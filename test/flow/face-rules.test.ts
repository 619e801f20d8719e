import {describe, expect, it} from 'vitest';
import {answeredValue, characterKey, createInitialState, enterAfterTypedAhead, fieldView, pasteNote, profileChoices, toSavedProfiles, typedAheadValue, type WizardAction} from '../../source/flow/index.js';
import {sampleProfile} from '../profiles/store-helpers.js';
import {answer, expectStep, now, run, secret, start} from './helpers.js';

// Rules both faces follow, kept in the flow rather than in the one face that needs them first.

function atSecret(): ReturnType<typeof expectStep<'collect'>> {
	return expectStep(run(start(), ...answer('https://segura.example.com'), ...answer(''), ...answer(''), ...answer('client-1')), 'collect');
}

describe('rules of the faces, in the flow', () => {
	it('a value and its Enter in one chunk: the value, then Enter unless the value needed cleaning', () => {
		expect(typedAheadValue('client-1\r')).toBe('client-1');
		expect(typedAheadValue('client-1')).toBeUndefined();
		expect(typedAheadValue('\r')).toBeUndefined();
		const collect = expectStep(run(start(), {type: 'collect/input', value: 'https://segura.example.com'}), 'collect');
		expect(enterAfterTypedAhead(collect, 0)).toEqual({type: 'collect/submit'});
		const quoted = expectStep(run(start(), {type: 'collect/input', value: '"https://segura.example.com"'}), 'collect');
		expect(enterAfterTypedAhead(quoted, 0)).toBeUndefined();
	});

	it('names the letters the wizard binds, and nothing else', () => {
		expect(characterKey('q')).toBe('q');
		expect(characterKey(' ')).toBe('space');
		expect(characterKey('x')).toBeUndefined();
		expect(characterKey('qq')).toBeUndefined();
	});

	it('an empty answer to the hidden secret prompt keeps the secret typed before; the view never holds it', () => {
		const typed = expectStep(run(atSecret(), {type: 'collect/input', value: secret}), 'collect');
		expect(answeredValue(typed, '')).toBe(secret);
		expect(answeredValue(typed, 'other')).toBe('other');
		expect(answeredValue(atSecret(), '')).toBe('');
		expect(fieldView(typed)).toMatchObject({isKeptOnEnter: true, defaultAnswer: undefined});
	});

	it('says what a paste lost, as the field says it', () => {
		expect(pasteNote([], 'en')).toBeUndefined();
		expect(pasteNote(['quotes'], 'en')).toMatchObject({tone: 'notice', code: 'cleaned'});
	});

	it('offers use, edit and remove for a profile, and starts anew past the last', () => {
		const state = expectStep(createInitialState({now, profiles: toSavedProfiles([{...sampleProfile('prod'), history: []}])}), 'profiles');
		const choices = profileChoices(state, 0, 7);
		expect(choices.map(choice => choice.label)).toEqual(['use', 'edit', 'remove']);
		expect(choices[0]!.actions).toEqual<WizardAction[]>([{type: 'profiles/highlight', index: 0}, {type: 'profiles/use', at: 7}]);
		expect(profileChoices(state, 1, 7).map(choice => choice.actions)).toEqual([[{type: 'start-fresh'}]]);
	});
});
