export const wizardRunText = {
	dumbTerminal: {
		en: 'This terminal (TERM=dumb) cannot draw the wizard: using plain prompts (--plain).',
		'pt-BR': 'Este terminal (TERM=dumb) não consegue mostrar o assistente: as perguntas seguem em linhas simples (--plain).',
	},
	demoStarted: {
		en: (url: string, file: string) =>
			`Practice server running at ${url} until the wizard ends. Step 1 proposes its values, kept in ${file} for next time (demo --reset makes new ones).`,
		'pt-BR': (url: string, file: string) =>
			`Servidor de prática no ar em ${url} enquanto o assistente estiver aberto. O passo 1 sugere os valores desse servidor, gravados em ${file} para as próximas vezes (para gerar valores novos: demo --reset).`,
	},
} as const;
