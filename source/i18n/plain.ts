import type {Localized} from './lang.js';

export const plainText = {
	keepSecret: {en: 'Enter keeps the current value', 'pt-BR': 'Enter mantém o valor atual'},
	escBack: {en: '(Esc goes back, Ctrl+C quits)', 'pt-BR': '(Esc volta, Ctrl+C sai)'},
	/** Plain lines read whole lines: Esc counts once Enter sends it. */
	escEnterBack: {en: '(Esc then Enter goes back, Ctrl+C quits)', 'pt-BR': '(Esc e depois Enter volta, Ctrl+C sai)'},
	whatNext: {en: 'What now?', 'pt-BR': 'E agora?'},
	continue: {en: 'Continue', 'pt-BR': 'Avançar'},
	edit: {en: (label: string) => `Change: ${label}`, 'pt-BR': (label: string) => `Alterar: ${label}`},
	hidden: {en: 'not shown as you type', 'pt-BR': 'não aparece ao digitar'},
	choose: {en: (count: number) => `Number (1-${count})`, 'pt-BR': (count: number) => `Número (1-${count})`},
	notAChoice: {
		en: (answer: string, count: number) => `"${answer}" is not one of the choices: type a number from 1 to ${count}.`,
		'pt-BR': (answer: string, count: number) => `"${answer}" não é uma das opções: digite um número de 1 a ${count}.`,
	},
	yesNo: {
		en: {yes: 'Yes', no: 'No', yesFirst: '(Y/n)', noFirst: '(y/N)'},
		'pt-BR': {yes: 'Sim', no: 'Não', yesFirst: '(S/n)', noFirst: '(s/N)'},
	},
	selectHelp: {en: '↑↓ move · Enter choose', 'pt-BR': '↑↓ mover · Enter escolher'},
	inputEnded: {
		en: 'Standard input ended before the wizard did.',
		'pt-BR': 'A entrada padrão terminou antes do assistente.',
	},
} as const satisfies Record<string, Localized<unknown>>;
