import {confirm, input, password, select} from '@inquirer/prompts';
import {
	configureView,
	copyView,
	editAction,
	fieldView,
	profilesView,
	menuChoices,
	proposalFor,
	providerView,
	type CollectState,
	type ConfigureState,
	type CopyState,
	type ProfilesState,
	type WizardAction,
	type WizardState,
} from '../flow/index.js';
import {plainText} from '../i18n/plain.js';
import {displayText} from '../text/display.js';
import {wizardTextFor} from '../i18n/wizard.js';
import {clearLines, configureLines, copyLines, fetchLines, fieldLines, providerLines} from './plain-views.js';

export type PromptContext = Readonly<{
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	signal: AbortSignal;
	clearPromptOnDone: boolean;
}>;

type Print = (line: string) => void;

/** Prints the state's view and asks the one question it needs; answers are the flow's actions. */
export async function askFor(state: WizardState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	switch (state.step) {
		case 'profiles':
			return askProfile(state, context, now, print);
		case 'collect':
			return askField(state, context, print);
		case 'provider': {
			providerLines(state).forEach(print);
			const view = providerView(state);
			const kind = await select(
				{message: view.question, choices: view.options.map(option => ({name: option.label, value: option.kind})), default: state.highlight},
				context,
			);
			return [{type: 'provider/choose', kind}];
		}
		case 'configure':
			return askConfigure(state, context, print);
		case 'clear':
			clearLines(state).forEach(print);
			return menu(state, context, now);
		case 'fetch':
			fetchLines(state).forEach(print);
			return menu(state, context, now);
		case 'copy':
			return askCopy(state, context, now, print);
		case 'done':
		case 'quit':
			return [];
	}
}


async function askField(state: CollectState, context: PromptContext, print: Print): Promise<readonly WizardAction[]> {
	fieldLines(state).forEach(print);
	print(`  ${plainText.escBack[state.lang]}`);
	const view = fieldView(state);
	const message = view.label;
	// A password prompt cannot show a default: Enter on an empty one keeps the secret typed before,
	// as an input prompt's default would.
	const value = view.isSecret
		? (await password({message: state.draft ? `${message} ${plainText.keepSecret[state.lang]}` : message, mask: '•'}, context)) || state.draft
		: await input({message, default: displayText(state.draft) || proposalFor(state.field, state.values) || undefined}, context);
	// Warnings and notices about an accepted value are said once, right after it.
	const accepted = fieldView({...state, draft: value});
	if (accepted.canSubmit) accepted.issues.forEach(issue => print(`  ${issue.line}`));
	return [{type: 'collect/input', value}, {type: 'collect/submit'}];
}

async function askProfile(state: ProfilesState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const view = profilesView(state);
	const text = wizardTextFor(state.lang);
	if (state.removal.status === 'confirming') {
		const isSure = await confirm({message: view.status ?? '', default: false}, context);
		return [isSure ? {type: 'profiles/confirm-remove'} : {type: 'back'}];
	}
	if (view.status) print(view.status);
	const index = await select({message: view.title, choices: view.lines.map((line, at) => ({name: line.line.slice(2), value: at, ...(line.detail ? {description: line.detail} : {})})), default: state.highlight}, context);
	if (index >= state.profiles.length) return [{type: 'start-fresh'}];
	const what = await select(
		{
			message: state.profiles[index]!.name,
			choices: [
				{name: text.keyLabels.use, value: 'use' as const},
				{name: text.keyLabels.edit, value: 'edit' as const},
				{name: text.keyLabels.remove, value: 'remove' as const},
			],
		},
		context,
	);
	const act: Record<typeof what, WizardAction> = {use: {type: 'profiles/use', at: now}, edit: {type: 'profiles/edit'}, remove: {type: 'profiles/remove'}};
	return [{type: 'profiles/highlight', index}, act[what]];
}

async function askConfigure(state: ConfigureState, context: PromptContext, print: Print): Promise<readonly WizardAction[]> {
	configureLines(state).forEach(print);
	const view = configureView(state);
	const choice = await select(
		{
			message: plainText.whatNext[state.lang],
			choices: [
				{name: plainText.continue[state.lang], value: 'continue' as const},
				...view.fields.map(field => ({name: plainText.edit[state.lang](field.label), value: field.field})),
			],
		},
		context,
	);
	if (choice === 'continue') return [{type: 'configure/continue'}];
	const field = view.fields.find(candidate => candidate.field === choice)!;
	print(`  ${field.help}`);
	const value = field.choices
		? await select({message: field.label, choices: field.choices.map(option => ({name: option.label, value: option.value})), default: field.value}, context)
		: await input({message: field.label, default: displayText(field.value) || undefined}, context);
	const action = editAction(choice, value);
	return action ? [action] : [];
}

async function askCopy(state: CopyState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const {file} = copyView(state);
	if (state.file.status === 'asking') {
		const path = await input({message: file.lines[0] ?? '', default: file.placeholder}, context);
		return [{type: 'file/input', value: path}, {type: 'file/submit'}];
	}
	if (state.file.status === 'confirming') {
		const isSure = await confirm({message: file.lines[0] ?? '', default: false}, context);
		return [isSure ? {type: 'file/confirm-overwrite'} : {type: 'file/cancel'}];
	}
	copyLines(state).forEach(print);
	return menu(state, context, now);
}

/** The state's own choices (retry, edit, quit; copy, show, print, Use token…) as a menu. */
async function menu(state: WizardState, context: PromptContext, now: number): Promise<readonly WizardAction[]> {
	const choices = menuChoices(state, now);
	if (choices.length === 0) return [];
	const index = await select({message: plainText.whatNext[state.lang], choices: choices.map((choice, at) => ({name: choice.label, value: at}))}, context);
	return [choices[index]!.action];
}
