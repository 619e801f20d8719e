import type {ErrorText, Localized} from './lang.js';

export const copyFailedText: Localized<ErrorText> = {
	en: {
		message: 'Could not reach any clipboard from here (no terminal to send OSC 52 to, no tmux, no desktop).',
		hint: 'press p to print the token on a line of its own, or r to show it, and copy it from the screen',
	},
	'pt-BR': {
		message: 'Não foi possível chegar a nenhuma área de transferência daqui (sem terminal para o OSC 52, sem tmux, sem área de trabalho).',
		hint: 'aperte p para imprimir o token numa linha só dele, ou r para mostrá-lo, e copie da tela',
	},
};

export const wizardRunText = {
	dumbTerminal: {
		en: 'This terminal (TERM=dumb) cannot draw the wizard: using plain prompts (--plain).',
		'pt-BR': 'Este terminal (TERM=dumb) não desenha o assistente: usando perguntas simples (--plain).',
	},
	demoStarted: {
		en: (url: string) => `Practice server running at ${url} (stops when the wizard ends).`,
		'pt-BR': (url: string) => `Servidor de prática rodando em ${url} (para quando o assistente terminar).`,
	},
} as const;
