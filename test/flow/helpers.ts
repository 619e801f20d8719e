import {NetworkError, OAuthError, TlsError, type AppError} from '../../source/errors/app-error.js';
import {createInitialState, wizardReducer, type WizardAction, type WizardState} from '../../source/flow/index.js';
import type {ErrorReason} from '../../source/errors/reasons.js';
import type {TokenResult} from '../../source/oauth/types.js';
import {netText, oauthText} from '../../source/i18n/text.js';
import {say} from '../../source/i18n/catalogs.js';
import type {Lang} from '../../source/i18n/lang.js';

export const secret = 'S3cr3t-Value-Never-Shown-0123456789';
export const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJva3RhIn0.signature-part-WXYZ';

export const now = () => new Date(2026, 10, 28, 14, 30);

export const typed = {
	seguraUrl: 'https://segura.example.com',
	clientId: 'client-123',
	clientSecret: secret,
} as const;

export function run(state: WizardState, ...actions: WizardAction[]): WizardState {
	return actions.reduce(wizardReducer, state);
}

export function start(lang: Lang = 'en'): WizardState {
	return createInitialState({now, lang});
}

/** Types a value and presses Enter. */
export function answer(value: string): WizardAction[] {
	return [{type: 'collect/input', value}, {type: 'collect/submit'}];
}

/** Step 1 with the proposals accepted. */
export function collected(state = start()): WizardState {
	return run(
		state,
		...answer(typed.seguraUrl),
		...answer(''),
		...answer(''),
		...answer(typed.clientId),
		...answer(typed.clientSecret),
	);
}

export function atConfigure(state = collected()): WizardState {
	return run(state, {type: 'provider/choose', kind: 'internal'});
}

export function atClear(): WizardState {
	return run(atConfigure(), {type: 'configure/continue'});
}

export function fetching(at = 1_000): WizardState {
	return run(atClear(), {type: 'clear/continue', at});
}

export const result: TokenResult = {
	accessToken: token,
	tokenType: 'Bearer',
	expiresIn: 3600,
	expiresAt: new Date(Date.UTC(2026, 10, 28, 15, 30)),
	claims: {sub: 'okta', exp: 1_795_880_000},
};

export function fetched(): WizardState {
	const state = fetching();
	return run(state, {type: 'fetch/succeeded', id: idOf(state), result});
}

export function atCopy(): WizardState {
	return run(fetched(), {type: 'fetch/proceed'});
}

export function idOf(state: WizardState): number {
	if (state.step !== 'fetch' || state.call.status !== 'running') throw new Error(`not fetching: ${state.step}`);
	return state.call.id;
}

/** The errors these tests fail with, as the engine words them (the catalog's, not the tests'). */
const samples = {
	refused: oauthText.invalidClient(401, 'invalid_client', undefined, false),
	network: netText.dns('segura.example.com'),
	tls: netText.tlsSelfSigned('segura.example.com'),
};

function text(kind: keyof typeof samples) {
	return samples[kind];
}

/** A sample error's words in `lang`. */
export function sampleText(kind: keyof typeof samples, lang: Lang) {
	return say(samples[kind], lang);
}

export function oauthError(reason?: ErrorReason): AppError {
	return new OAuthError(text('refused'), reason === undefined ? undefined : {reason});
}

export function networkError(reason?: ErrorReason): AppError {
	return new NetworkError(text('network'), reason === undefined ? undefined : {reason});
}

export function tlsError(reason: ErrorReason): AppError {
	return new TlsError(text('tls'), {reason});
}

export function failed(error: AppError = oauthError('invalid_client')): WizardState {
	const state = fetching();
	return run(state, {type: 'fetch/failed', id: idOf(state), error});
}

/** Narrows a state in a test, failing with what it was instead. */
export function expectStep<S extends WizardState['step']>(state: WizardState, step: S): Extract<WizardState, {step: S}> {
	if (state.step !== step) throw new Error(`expected step ${step}, got ${state.step}`);
	return state as Extract<WizardState, {step: S}>;
}
