import type {ErrorText, Localized} from './lang.js';

// The secret command: a command line (a password manager, a vault) whose first line of output is
// the Client Secret. Every error names the command as typed, never what it printed.

type Text = Localized<ErrorText>;

const flag = '--client-secret-command';

/** The command line cannot be split into a program and its arguments. */
export const secretCommandSplitText = {
	empty: (source: string): Text => ({
		en: {message: `${source} is empty: it needs a command that prints the Client Secret.`, hint: `${flag} "pass show segura/prod"`},
		'pt-BR': {message: `${source} está vazio: é preciso um comando que mostre o Client Secret.`, hint: `${flag} "pass show segura/prod"`},
	}),
	unbalancedQuote: (source: string, quote: string): Text => ({
		en: {message: `${source}: the ${quote} quote opened in the command is never closed.`, hint: 'Close the quote, or escape it with a backslash.'},
		'pt-BR': {message: `${source}: a aspa ${quote} aberta no comando nunca é fechada.`, hint: 'Feche a aspa, ou escape-a com uma barra invertida.'},
	}),
	trailingBackslash: (source: string): Text => ({
		en: {message: `${source}: the command ends with a backslash, which escapes nothing.`, hint: 'Remove it, or write \\\\ for a backslash.'},
		'pt-BR': {message: `${source}: o comando termina com uma barra invertida, que não escapa nada.`, hint: 'Remova-a, ou escreva \\\\ para uma barra invertida.'},
	}),
	shellOnly: (source: string, what: string): Text => ({
		en: {
			message: `${source}: "${what}" needs a shell, and the command is run without one (no pipes, redirections, variables or globbing).`,
			hint: 'Quote it if it is part of an argument, or put the pipeline in a script and give the script as the command.',
		},
		'pt-BR': {
			message: `${source}: "${what}" precisa de um shell, e o comando é executado sem um (sem pipes, redirecionamentos, variáveis ou globbing).`,
			hint: 'Ponha entre aspas se for parte de um argumento, ou ponha o pipeline num script e informe o script como comando.',
		},
	}),
};

/** The command ran, or could not run, and gave no secret. */
export const secretCommandRunText = {
	notFound: (command: string, program: string): Text => ({
		en: {message: `The secret command "${command}" was not found: no program ${program} on the PATH.`, hint: 'Check the name, or give the program by its full path (~ and variables are not expanded).'},
		'pt-BR': {message: `O comando do Client Secret "${command}" não foi encontrado: não há programa ${program} no PATH.`, hint: 'Confira o nome, ou informe o programa pelo caminho completo (~ e variáveis não são expandidos).'},
	}),
	notRunnable: (command: string, code: string): Text => ({
		en: {message: `The secret command "${command}" could not be started (${code}).`, hint: 'Check that the program is executable: chmod +x, and a #! line for a script.'},
		'pt-BR': {message: `O comando do Client Secret "${command}" não pôde ser iniciado (${code}).`, hint: 'Confira se o programa é executável: chmod +x, e uma linha #! num script.'},
	}),
	failed: (command: string, exitCode: number): Text => ({
		en: {message: `The secret command "${command}" failed (exit code ${exitCode}): no Client Secret was read, and nothing was saved.`, hint: 'Run the command by itself to see why: it must print the Client Secret on its first line.'},
		'pt-BR': {message: `O comando do Client Secret "${command}" falhou (código de saída ${exitCode}): nenhum Client Secret foi lido, e nada foi gravado.`, hint: 'Execute o comando sozinho para ver o motivo: ele deve mostrar o Client Secret na primeira linha.'},
	}),
	killed: (command: string, signal: string): Text => ({
		en: {message: `The secret command "${command}" was ended by ${signal}: no Client Secret was read, and nothing was saved.`, hint: 'Run the command by itself to see why: it must print the Client Secret on its first line.'},
		'pt-BR': {message: `O comando do Client Secret "${command}" foi encerrado por ${signal}: nenhum Client Secret foi lido, e nada foi gravado.`, hint: 'Execute o comando sozinho para ver o motivo: ele deve mostrar o Client Secret na primeira linha.'},
	}),
	timedOut: (command: string, seconds: number): Text => ({
		en: {message: `The secret command "${command}" gave no Client Secret within ${seconds} s, and was stopped.`, hint: 'Run the command by itself: it may be waiting for something that never comes (a sign-in, a device).'},
		'pt-BR': {message: `O comando do Client Secret "${command}" não deu o Client Secret em ${String(seconds).replace('.', ',')} s, e foi interrompido.`, hint: 'Execute o comando sozinho: ele pode estar esperando algo que nunca chega (um login, um dispositivo).'},
	}),
	tooMuch: (command: string, limit: string): Text => ({
		en: {message: `The secret command "${command}" printed more than ${limit}, which is no Client Secret, and was stopped.`, hint: 'Give a command that prints the Client Secret alone (pass show NAME, op read op://…).'},
		'pt-BR': {message: `O comando do Client Secret "${command}" mostrou mais de ${limit}, o que não é um Client Secret, e foi interrompido.`, hint: 'Informe um comando que mostre só o Client Secret (pass show NOME, op read op://…).'},
	}),
	nothing: (command: string): Text => ({
		en: {message: `The secret command "${command}" printed nothing on its first line: no Client Secret was read, and nothing was saved.`, hint: 'Run the command by itself: it must print the Client Secret on its first line.'},
		'pt-BR': {message: `O comando do Client Secret "${command}" não mostrou nada na primeira linha: nenhum Client Secret foi lido, e nada foi gravado.`, hint: 'Execute o comando sozinho: ele deve mostrar o Client Secret na primeira linha.'},
	}),
	notText: (command: string): Text => ({
		en: {message: `The secret command "${command}" printed something that is not UTF-8 text: no Client Secret was read.`, hint: 'Give a command that prints the Client Secret as text.'},
		'pt-BR': {message: `O comando do Client Secret "${command}" mostrou algo que não é texto UTF-8: nenhum Client Secret foi lido.`, hint: 'Informe um comando que mostre o Client Secret como texto.'},
	}),
};

/** --client-secret-command given with another way of giving the secret. */
export const secretCommandUsageText = {
	twoWays: (other: string): Text => ({
		en: {message: `--client-secret-command and ${other} both give the Client Secret: use one of them.`, hint: 'segura-token get --help'},
		'pt-BR': {message: `--client-secret-command e ${other} informam o Client Secret: use só um deles.`, hint: 'segura-token get --help'},
	}),
};

/** `profiles show`, `profiles add` and `profiles import`: where the secret comes from. */
export const secretCommandProfileText = {
	fromCommand: (command: string): Localized<string> => ({
		en: `read from the command "${command}" each time (never saved)`,
		'pt-BR': `lido do comando "${command}" a cada vez (nunca gravado)`,
	}),
	added: (name: string, command: string): Localized<string> => ({
		en: `"${name}" reads its Client Secret from the command "${command}" each time: the command travels with the profile, the secret never does.`,
		'pt-BR': `"${name}" lê o Client Secret do comando "${command}" a cada vez: o comando vai junto com o perfil, o Client Secret nunca.`,
	}),
};

/** The option's lines in `get --help` and `profiles --help`, at the columns of the text around them. */
export const secretCommandHelp = {
	get: {
		en: `  --client-secret-command CMD
                          run CMD (no shell: quotes and backslashes only)
                          and read the Client Secret from the first line it
                          prints; it may prompt on the terminal; 60 s limit`,
		'pt-BR': `  --client-secret-command CMD
                          executa CMD (sem shell: só aspas e barras
                          invertidas) e lê o Client Secret da primeira linha
                          que ele mostrar; ele pode perguntar no terminal;
                          limite de 60 s`,
	} satisfies Localized<string>,
	profilesAdd: {
		en: `                   --client-secret-command CMD (the secret read from CMD
                   each time; see get --help)`,
		'pt-BR': `                       --client-secret-command CMD (o Client Secret lido
                       de CMD a cada vez; veja get --help)`,
	} satisfies Localized<string>,
};
