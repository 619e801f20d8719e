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
		en: (url: string, file: string) =>
			`Practice server running at ${url} until the wizard ends. Step 1 proposes its values, kept in ${file} for next time (demo --reset makes new ones).`,
		'pt-BR': (url: string, file: string) =>
			`Servidor de prática no ar em ${url} até o assistente terminar. O passo 1 sugere os valores dele, gravados em ${file} para a próxima vez (demo --reset cria outros).`,
	},
} as const;
