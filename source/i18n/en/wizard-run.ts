import {listOf} from '../sentence.js';
import type {ExtraText} from '../wizard-text.js';

/** What became of the token and of the values a run changed. */
export const extraText: ExtraText = {
	keyLabels: {saveToProfile: 'save to profile'},
	fate: {
		places: {tmux: "tmux's buffer", system: "this computer's clipboard", terminal: "your terminal's clipboard (unconfirmed)"},
		copied: (places, isAdded) => `${isAdded ? 'Token added: copied' : 'Token copied'} to ${listOf(places, 'and')}.`,
		written: (path, isAdded) => `${isAdded ? 'Token added: written' : 'Token written'} to ${path} (mode 0600).`,
		notCopied: 'Token not copied: select the line above (a triple-click selects all of it).',
	},
	kindField: 'provider kind',
	drift: (profile, fields) => `Not as in profile "${profile}": ${listOf(fields, 'and')}. Press s to save the values that worked to it.`,
	synced: (profile, fields) => `Profile "${profile}" updated with the values that worked: ${listOf(fields, 'and')}.`,
	followsSegura: 'The Base URL and Token URL are proposed again from it.',
	profileAddress: profile => `Profile "${profile}" keeps this address. If the server moved, press e and give its Segura URL: the Base URL and Token URL follow it, and s saves them to the profile once a token comes.`,
	practiceMoved: (profile, from, to) =>
		`The practice server listens at ${to} now; profile "${profile}" was saved with ${from}: this run uses ${to}.`,
	practiceSecret: profile => `Practice secret filled in: the practice server's own Client Secret, which profile "${profile}" does not keep.`,
	otherServers: (base, token) => `The Base URL's server (${base}) is not the Token URL's (${token}): the token is checked on another server than the one that issued it.`,
};

/** How the wizard starts. */
export const wizardRunText = {
	dumbTerminal: 'This terminal (TERM=dumb) cannot draw the wizard: using plain prompts (--plain).',
	demoStarted: (url: string, file: string) =>
		`Practice server running at ${url} until the wizard ends. Step 1 proposes its values, kept in ${file} for next time (demo --reset makes new ones).`,
};

export const plainText = {
	keepSecret: 'Enter keeps the current value',
	escBack: '(Esc goes back, Ctrl+C quits)',
	/** Plain lines read whole lines: Esc counts once Enter sends it. */
	escEnterBack: '(Esc then Enter goes back, Ctrl+C quits)',
	whatNext: 'What now?',
	continue: 'Continue',
	edit: (label: string) => `Change: ${label}`,
	hidden: 'not shown as you type',
	choose: (count: number) => `Number (1-${count})`,
	notAChoice: (answer: string, count: number) => `"${answer}" is not one of the choices: type a number from 1 to ${count}.`,
	yesNo: {yes: 'Yes', no: 'No', yesFirst: '(Y/n)', noFirst: '(y/N)'},
	selectHelp: '↑↓ move · Enter choose',
	inputEnded: 'Standard input ended before the wizard did.',
};
