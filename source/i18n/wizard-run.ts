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
