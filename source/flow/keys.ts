import type {Lang} from '../i18n/lang.js';
import {wizardTextFor, type KeyLabel, type WizardText} from '../i18n/wizard.js';
import type {WizardAction} from './actions.js';
import {proposalFor} from './check-field.js';
import {clientAuthChoices, rememberChoices} from './configure-rules.js';
import type {CopyState, FetchState, ProfilesState, WizardState} from './state.js';
import {collectFields, configureFields} from './steps.js';

/** The keys the wizard binds, named as a face reports them. Letters only where no text is typed. */
export type KeyName =
	| 'enter'
	| 'escape'
	| 'shift-tab'
	| 'tab'
	| 'up'
	| 'down'
	| 'left'
	| 'right'
	| 'space'
	| 'ctrl-r'
	| 'c'
	| 'e'
	| 'i'
	| 'p'
	| 'q'
	| 'r'
	| 't'
	| 'u'
	| 'd'
	| 'n'
	| 'y'
	| 'v'
	| 'o'
	| '1'
	| '2';

type Binding = Readonly<{
	keys: readonly KeyName[];
	/** What the hint line shows; no label: a shortcut shown elsewhere (e.g. beside an option). */
	label?: KeyLabel;
	shown: (names: WizardText['keyNames']) => string;
	action: (at: number) => WizardAction;
}>;

const back: Binding = {keys: ['escape', 'shift-tab'], label: 'back', shown: n => n.escape, action: () => ({type: 'back'})};

function step<T>(list: readonly T[], current: T, by: number): T {
	const index = Math.min(Math.max(list.indexOf(current) + by, 0), list.length - 1);
	return list[index]!;
}

function cycle<T>(list: readonly T[], current: T, by: number): T {
	return list[(list.indexOf(current) + by + list.length) % list.length]!;
}

function fetchBindings(state: FetchState): readonly Binding[] {
	switch (state.phase) {
		case 'fetching':
			return [{...back, label: 'cancel'}];
		case 'fetched':
			return [{keys: ['enter'], label: 'proceed', shown: n => n.enter, action: () => ({type: 'fetch/proceed'})}, back];
		case 'failed':
			return [
				{keys: ['r'], label: 'retry', shown: () => 'r', action: at => ({type: 'fetch/retry', at})},
				{keys: ['e', 'enter'], label: 'edit', shown: () => 'e', action: () => ({type: 'fetch/edit'})},
				{keys: ['q'], label: 'quit', shown: () => 'q', action: () => ({type: 'quit'})},
				back,
			];
	}
}

function copyBindings(state: CopyState): readonly Binding[] {
	if (state.phase === 'added') {
		return [{keys: ['enter'], label: 'finish', shown: n => n.enter, action: () => ({type: 'copy/finish'})}, back];
	}
	if (state.file.status === 'asking') {
		return [
			{keys: ['enter'], label: 'save', shown: n => n.enter, action: () => ({type: 'file/submit'})},
			{keys: ['escape'], label: 'cancel', shown: n => n.escape, action: () => ({type: 'file/cancel'})},
		];
	}
	if (state.file.status === 'confirming') {
		return [
			{keys: ['y'], label: 'yes', shown: () => 'y', action: () => ({type: 'file/confirm-overwrite'})},
			{keys: ['n', 'escape'], label: 'no', shown: () => 'n', action: () => ({type: 'file/cancel'})},
		];
	}
	return [
		{keys: ['c'], label: 'copy', shown: () => 'c', action: () => ({type: 'copy/request', how: 'clipboard'})},
		{keys: ['r', 'ctrl-r'], label: state.isRevealed ? 'hide' : 'show', shown: () => 'r', action: () => ({type: 'copy/toggle-reveal'})},
		{keys: ['p'], label: 'print', shown: () => 'p', action: () => ({type: 'copy/request', how: 'print'})},
		{keys: ['o'], label: 'saveFile', shown: () => 'o', action: () => ({type: 'file/ask'})},
		{keys: ['v'], label: 'verify', shown: () => 'v', action: () => ({type: 'verify/request'})},
		{keys: ['u', 'enter'], label: 'useToken', shown: () => 'u', action: () => ({type: 'copy/use'})},
		back,
	];
}

function profilesBindings(state: ProfilesState): readonly Binding[] {
	const {removal} = state;
	if (removal.status === 'confirming') {
		return [
			{keys: ['y'], label: 'yes', shown: () => 'y', action: () => ({type: 'profiles/confirm-remove'})},
			{keys: ['n', 'escape'], label: 'no', shown: () => 'n', action: () => ({type: 'back'})},
		];
	}
	if (removal.status === 'running') return [];
	const isProfile = state.highlight < state.profiles.length;
	const move = (by: number) => () => ({type: 'profiles/highlight', index: state.highlight + by}) as const;
	return [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: move(-1)},
		{keys: ['down'], shown: n => n.upDown, action: move(1)},
		{keys: ['enter'], label: isProfile ? 'use' : 'choose', shown: n => n.enter, action: at => ({type: 'profiles/use', at})},
		...(isProfile
			? ([
					{keys: ['e'], label: 'edit', shown: () => 'e', action: () => ({type: 'profiles/edit'})},
					{keys: ['d'], label: 'remove', shown: () => 'd', action: () => ({type: 'profiles/remove'})},
				] satisfies Binding[])
			: []),
		{keys: ['n'], label: 'new', shown: () => 'n', action: () => ({type: 'start-fresh'})},
	];
}

// Key bindings as data, one table per state: the hint line and the key handling cannot disagree.
function bindings(state: WizardState): readonly Binding[] {
	switch (state.step) {
		case 'profiles':
			return profilesBindings(state);
		case 'collect': {
			const list: Binding[] = [{keys: ['enter'], label: 'next', shown: n => n.enter, action: () => ({type: 'collect/submit'})}];
			const proposal = proposalFor(state.field, state.values);
			if (proposal !== undefined && state.draft === '') {
				list.push({keys: ['tab'], label: 'fillProposal', shown: n => n.tab, action: () => ({type: 'collect/input', value: proposal})});
			}
			if (state.field === 'clientSecret') {
				list.push({
					keys: ['ctrl-r'],
					label: state.isSecretRevealed ? 'hide' : 'show',
					shown: n => n.ctrlR,
					action: () => ({type: 'collect/toggle-reveal'}),
				});
			}
			if (state.field !== collectFields[0]) list.push(back);
			return list;
		}
		case 'provider':
			return [
				{keys: ['up'], label: 'move', shown: n => n.upDown, action: () => ({type: 'provider/highlight', kind: 'internal'})},
				{keys: ['down'], shown: n => n.upDown, action: () => ({type: 'provider/highlight', kind: 'third-party'})},
				{keys: ['enter'], label: 'choose', shown: n => n.enter, action: () => ({type: 'provider/choose'})},
				{keys: ['i', '1'], shown: () => 'i', action: () => ({type: 'provider/choose', kind: 'internal'})},
				{keys: ['t', '2'], shown: () => 't', action: () => ({type: 'provider/choose', kind: 'third-party'})},
				back,
			];
		case 'configure': {
			const list: Binding[] = [
				{keys: ['up'], label: 'move', shown: n => n.upDown, action: () => ({type: 'configure/focus', field: step(configureFields, state.focus, -1)})},
				{keys: ['down'], shown: n => n.upDown, action: () => ({type: 'configure/focus', field: step(configureFields, state.focus, 1)})},
			];
			if (state.focus === 'auth') {
				const to = (by: number) => () => ({type: 'configure/edit', field: 'auth', value: cycle(clientAuthChoices, state.config.auth, by)}) as const;
				list.push(
					{keys: ['right', 'space'], label: 'change', shown: n => n.leftRight, action: to(1)},
					{keys: ['left'], shown: n => n.leftRight, action: to(-1)},
				);
			}
			if (state.focus === 'rememberSecret') {
				const to = (by: number) => () =>
					({type: 'configure/edit', field: 'rememberSecret', value: cycle(rememberChoices, state.config.rememberSecret, by)}) as const;
				list.push(
					{keys: ['right', 'space'], label: 'change', shown: n => n.leftRight, action: to(1)},
					{keys: ['left'], shown: n => n.leftRight, action: to(-1)},
				);
			}
			list.push({keys: ['enter'], label: 'continue', shown: n => n.enter, action: () => ({type: 'configure/continue'})}, back);
			return list;
		}
		case 'clear':
			return [{keys: ['enter'], label: 'getToken', shown: n => n.enter, action: at => ({type: 'clear/continue', at})}, back];
		case 'fetch':
			return fetchBindings(state);
		case 'copy':
			return copyBindings(state);
		case 'done':
		case 'quit':
			return [];
	}
}

/**
 * The action a key means in this state, or undefined: then the key is not the flow's, and a text
 * field may take it. `at` is the wall clock in ms, for the actions that start a request.
 */
export function keyAction(state: WizardState, key: KeyName, at: number): WizardAction | undefined {
	return bindings(state).find(binding => binding.keys.includes(key))?.action(at);
}

export type KeyHint = Readonly<{keys: string; label: string}>;

/** The keys of this state, for the hint line, in the language of the screen. */
export function keyHints(state: WizardState, lang: Lang = state.lang): readonly KeyHint[] {
	const text = wizardTextFor(lang);
	return bindings(state).flatMap(binding =>
		binding.label ? [{keys: binding.shown(text.keyNames), label: text.keyLabels[binding.label]}] : []);
}

export function keyHintLine(state: WizardState, lang: Lang = state.lang): string {
	return keyHints(state, lang).map(hint => `${hint.keys} ${hint.label}`).join(' · ');
}

export type MenuChoice = KeyHint & Readonly<{action: WizardAction}>;

/**
 * The labelled bindings of this state with the action each means: the plain face offers them
 * as a menu, so its choices and the Ink face's keys come from the same table.
 */
export function menuChoices(state: WizardState, at: number, lang: Lang = state.lang): readonly MenuChoice[] {
	const text = wizardTextFor(lang);
	return bindings(state).flatMap(binding =>
		binding.label ? [{keys: binding.shown(text.keyNames), label: text.keyLabels[binding.label], action: binding.action(at)}] : []);
}
