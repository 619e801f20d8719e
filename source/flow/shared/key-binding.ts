import type {ExtraKeyLabel} from '../../i18n/text.js';
import type {KeyLabel, WizardText} from '../../i18n/wizard-text.js';
import type {WizardAction} from '../actions.js';

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
	| 'g'
	| 'i'
	| 'k'
	| 'm'
	| 'p'
	| 'q'
	| 'r'
	| 't'
	| 'u'
	| 'd'
	| 'n'
	| 'y'
	| 's'
	| 'v'
	| 'o'
	| '1'
	| '2';

/**
 * One entry of a state's key table: the keys, what the hint line calls it (none: a shortcut shown
 * elsewhere, such as beside an option), how the keys are written, and the action they mean. The
 * hint line, the key handling and the plain face's menus all read the same table.
 */
export type Binding = Readonly<{
	keys: readonly KeyName[];
	label?: KeyLabel | ExtraKeyLabel;
	shown: (names: WizardText['keyNames']) => string;
	action: (at: number) => WizardAction;
}>;

/** Yes to a question: y, and s (sim) too, whatever the language; shown as the language's own. */
export function yesBinding(action: WizardAction): Binding {
	return {keys: ['y', 's'], label: 'yes', shown: n => n.yes, action: () => action};
}

export const backBinding: Binding = {keys: ['escape', 'shift-tab'], label: 'back', shown: n => n.escape, action: () => ({type: 'back'})};

/** The item `by` places away in `list`, stopping at either end. */
export function stepThrough<T>(list: readonly T[], current: T, by: number): T {
	const index = Math.min(Math.max(list.indexOf(current) + by, 0), list.length - 1);
	return list[index]!;
}

/** The item `by` places away in `list`, going round. */
export function cycleThrough<T>(list: readonly T[], current: T, by: number): T {
	return list[(list.indexOf(current) + by + list.length) % list.length]!;
}
