import type {ExtraKeyLabel} from '../i18n/text.js';
import type {KeyLabel, WizardText} from '../i18n/wizard-text.js';
import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import type {Issue, IssueCode} from '../model/issues.js';

// The parts every step's view and key table are made of.

/** What a line of a screen says about itself: faces draw its marker and colour from this alone. */
export type Tone = 'plain' | 'success' | 'error' | 'warning' | 'notice' | 'progress' | 'hint';

export type ViewLine = Readonly<{tone: Tone; text: string}>;

/** A label and its value, shown in two columns. */
export type Row = Readonly<{label: string; value: string}>;

/** The marker of each tone, so the meaning never rests on colour alone. */
export const toneMarkers: Readonly<Record<Tone, string>> = {plain: '', success: '✔', error: '✖', warning: '⚠', notice: 'ℹ', progress: '…', hint: '→'};

/** The line as plain text: its marker, then its words. */
export function lineText(line: ViewLine): string {
	const marker = toneMarkers[line.tone];
	return marker ? `${marker} ${line.text}` : line.text;
}

/** An issue ready to show: its level is its tone. */
export type IssueView = ViewLine & Readonly<{tone: Issue['level']; code: IssueCode}>;

export function issueView(issue: Issue, lang: Lang): IssueView {
	return {tone: issue.level, code: issue.code, text: wizardTextFor(lang).issues[issue.code](issue)};
}

/** The keys the wizard binds, named as a face reports them. Letters only where no text is typed. */
export const keyNames = ['enter', 'escape', 'shift-tab', 'tab', 'up', 'down', 'left', 'right', 'space', 'ctrl-r', 'c', 'd', 'e', 'g', 'i', 'k', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'y', '1', '2'] as const;

export type KeyName = (typeof keyNames)[number];

/** A key a face read as a plain character, if the wizard binds it: a letter, a digit, the space bar. */
export function characterKey(input: string): KeyName | undefined {
	if (input === ' ') return 'space';
	return input.length === 1 && (keyNames as readonly string[]).includes(input) ? (input as KeyName) : undefined;
}

/**
 * One entry of a state's key table: the keys, what the hint line calls it (none: a shortcut shown
 * elsewhere, such as beside an option), how the keys are written, and the action they mean. The
 * hint line, the key handling and the plain face's menus all read the same table.
 */
export type Binding<A> = Readonly<{
	keys: readonly KeyName[];
	label?: KeyLabel | ExtraKeyLabel;
	shown: (names: WizardText['keyNames']) => string;
	action: (at: number) => A;
}>;

/** Yes to a question: y, and s (sim) too, whatever the language; shown as the language's own. */
export function yesBinding<A>(action: A): Binding<A> {
	return {keys: ['y', 's'], label: 'yes', shown: n => n.yes, action: () => action};
}

export const backBinding: Binding<Readonly<{type: 'back'}>> = {keys: ['escape', 'shift-tab'], label: 'back', shown: n => n.escape, action: () => ({type: 'back'})};

export const quitBinding: Binding<Readonly<{type: 'quit'}>> = {keys: ['q'], label: 'quit', shown: () => 'q', action: () => ({type: 'quit'})};

/** The item `by` places away in `list`, stopping at either end. */
export function stepThrough<T>(list: readonly T[], current: T, by: number): T {
	const index = Math.min(Math.max(list.indexOf(current) + by, 0), list.length - 1);
	return list[index]!;
}

/** The item `by` places away in `list`, going round. */
export function cycleThrough<T>(list: readonly T[], current: T, by: number): T {
	return list[(list.indexOf(current) + by + list.length) % list.length]!;
}

/**
 * The text the keyboard edits: its value, whether it is selected (the first key typed replaces it),
 * the action that puts a new text in its place, and the one that keeps a selected text to edit it.
 */
export type EditorTarget<A> = Readonly<{value: string; isSelected: boolean; change: (value: string) => A; keep: A}>;
