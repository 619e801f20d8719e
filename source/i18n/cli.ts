import type {ErrorText, Localized} from './lang.js';

/** Text of the command line itself: usage, argument errors, the framing of every error. */
export const cliText = {
	errorPrefix: {en: 'error', 'pt-BR': 'erro'},
	tryPrefix: {en: 'hint', 'pt-BR': 'dica'},
	warningPrefix: {en: 'warning', 'pt-BR': 'aviso'},
	bug: {
		en: 'Something went wrong inside segura-token (a bug). Please report it with the command you ran (never with your secret).',
		'pt-BR': 'Algo deu errado dentro do segura-token (um bug). Relate o problema com o comando que você executou (nunca com o seu Client Secret).',
	},
	insecure: {
		en: 'TLS certificate checks are OFF (--insecure): anyone on the path could read your client secret and token. Prefer --ca FILE.',
		'pt-BR': 'A verificação de certificados TLS está DESLIGADA (--insecure): quem estiver entre você e o servidor poderia ler o seu Client Secret e o token. Prefira --ca ARQUIVO.',
	},
} as const satisfies Record<string, Localized<string>>;

const unsetNodeOptions = {
	en: 'Unset NODE_OPTIONS to run without it (the standalone executable ignores it).',
	'pt-BR': 'Remova NODE_OPTIONS para executar sem isso (o executável standalone o ignora).',
};

/**
 * NODE_OPTIONS asks the Node that runs the npm-installed command to load code into it (--require,
 * --import, a loader), to open a debugger on it (--inspect), or both: said on stderr first.
 * `list` names the options found.
 */
export const nodeOptionsText = {
	loadsCode: (list: string): Localized<string> => ({
		en: `NODE_OPTIONS has ${list}, which loads code into segura-token: that code can read your client secret and token. ${unsetNodeOptions.en}`,
		'pt-BR': `NODE_OPTIONS contém ${list}, que carrega código dentro do segura-token: esse código pode ler o seu Client Secret e o token. ${unsetNodeOptions['pt-BR']}`,
	}),
	debugs: (list: string): Localized<string> => ({
		en: `NODE_OPTIONS has ${list}, which opens a debugger on segura-token: whoever attaches to it can read your client secret and token. ${unsetNodeOptions.en}`,
		'pt-BR': `NODE_OPTIONS contém ${list}, que abre um depurador no segura-token: quem se conectar a ele pode ler o seu Client Secret e o token. ${unsetNodeOptions['pt-BR']}`,
	}),
	both: (list: string): Localized<string> => ({
		en: `NODE_OPTIONS has ${list}, which loads code into segura-token and opens a debugger on it: that code, or whoever attaches to the debugger, can read your client secret and token. ${unsetNodeOptions.en}`,
		'pt-BR': `NODE_OPTIONS contém ${list}, que carrega código dentro do segura-token e abre um depurador nele: esse código, ou quem se conectar ao depurador, pode ler o seu Client Secret e o token. ${unsetNodeOptions['pt-BR']}`,
	}),
};

type Text = Localized<ErrorText>;

function helpCommand(command: string): string {
	return command ? `segura-token help ${command}` : 'segura-token --help';
}

/** "a, b or c". */
function listOf(items: readonly string[], or: string): string {
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)!}`;
}

export const argText = {
	secretInArgv: (flag: string): Text => ({
		en: {
			message: `${flag} is not accepted: a secret in the command line shows in \`ps\` and in your shell history.`,
			hint: 'Set SEGURA_CLIENT_SECRET in the environment, pipe it in with --client-secret-stdin, or use a profile that remembers it.',
		},
		'pt-BR': {
			message: `${flag} não é aceito: um Client Secret na linha de comando aparece no \`ps\` e no histórico do shell.`,
			hint: 'Defina SEGURA_CLIENT_SECRET no ambiente, envie o Client Secret pela entrada padrão com --client-secret-stdin ou use um perfil que o guarde.',
		},
	}),
	/** The parser refused the arguments for a reason the checks before it did not name. */
	invalid: (command: string): Text => ({
		en: {message: 'These arguments could not be read.', hint: helpCommand(command)},
		'pt-BR': {message: 'Não foi possível ler esses argumentos.', hint: helpCommand(command)},
	}),
	unknownCommand: (name: string, suggestion: string | undefined): Text => ({
		en: {message: `Unknown command "${name}".`, hint: suggestion ? `Did you mean "segura-token ${suggestion}"?` : 'segura-token --help'},
		'pt-BR': {message: `Comando desconhecido: "${name}".`, hint: suggestion ? `Você quis dizer "segura-token ${suggestion}"?` : 'segura-token --help'},
	}),
	unknownOption: (flag: string, suggestion: string | undefined, command: string): Text => ({
		en: {message: `Unknown option ${flag}.`, hint: suggestion ? `Did you mean ${suggestion}?` : helpCommand(command)},
		'pt-BR': {message: `Opção desconhecida: ${flag}.`, hint: suggestion ? `Você quis dizer ${suggestion}?` : helpCommand(command)},
	}),
	needsValue: (flag: string, command: string): Text => ({
		en: {message: `${flag} needs a value: ${flag} VALUE (or ${flag}=VALUE for one that starts with -).`, hint: helpCommand(command)},
		'pt-BR': {message: `${flag} precisa de um valor: ${flag} VALOR (ou ${flag}=VALOR para um que comece com -).`, hint: helpCommand(command)},
	}),
	takesNoValue: (flag: string, command: string): Text => ({
		en: {message: `${flag} takes no value.`, hint: helpCommand(command)},
		'pt-BR': {message: `${flag} não aceita valor.`, hint: helpCommand(command)},
	}),
	unexpectedArgument: (argument: string, command: string): Text => ({
		en: {message: `segura-token ${command} takes no argument "${argument}".`, hint: helpCommand(command)},
		'pt-BR': {message: `segura-token ${command} não aceita o argumento "${argument}".`, hint: helpCommand(command)},
	}),
	badChoice: (flag: string, value: string, choices: readonly string[], suggestion?: string): Text => ({
		en: {
			message: `${flag} must be ${listOf(choices, 'or')} (got "${value}").`,
			hint: suggestion ? `Did you mean ${flag} ${suggestion}?` : `${flag} ${choices[0]}`,
		},
		'pt-BR': {
			message: `${flag} deve ser ${listOf(choices, 'ou')} (valor informado: "${value}").`,
			hint: suggestion ? `Você quis dizer ${flag} ${suggestion}?` : `${flag} ${choices[0]}`,
		},
	}),
	badTimeout: (value: string): Text => ({
		en: {message: `--timeout takes seconds, a number from 1 to 600 (got "${value}").`, hint: '--timeout 30'},
		'pt-BR': {message: `--timeout espera segundos, um número de 1 a 600 (valor informado: "${value}").`, hint: '--timeout 30'},
	}),
	badParam: (source: string, problem: Localized<string>): Text => ({
		en: {message: `${source}: ${problem.en}`, hint: '--param ttl=60'},
		'pt-BR': {message: `${source}: ${problem['pt-BR']}`, hint: '--param ttl=60'},
	}),
	badUrl: (flag: string, problem: Localized<string>, path: string, origin?: string): Text => ({
		en: {message: `${flag}: ${problem.en}`, hint: `${flag} ${origin ?? 'https://segura.example.com'}${path}`},
		'pt-BR': {message: `${flag}: ${problem['pt-BR']}`, hint: `${flag} ${origin ?? 'https://segura.exemplo.com.br'}${path}`},
	}),
	badValue: (source: string, problem: Localized<string>): Text => ({
		en: {message: `${source}: ${problem.en}`},
		'pt-BR': {message: `${source}: ${problem['pt-BR']}`},
	}),
	missing: (what: string, command: string): Text => ({
		en: {message: `Missing ${what}.`, hint: `segura-token ${command} --help`},
		'pt-BR': {message: `Falta ${what}.`, hint: `segura-token ${command} --help`},
	}),
	// One line: a script that ran the wizard by mistake gets one clear pointer.
	notATerminal: {
		en: {message: 'The wizard needs a terminal on stdin and stdout: for scripts use `segura-token get`, for line prompts `segura-token --plain`.'},
		'pt-BR': {message: 'O assistente precisa de um terminal na entrada e na saída: para scripts use `segura-token get`; para perguntas em linhas, `segura-token --plain`.'},
	} satisfies Text,
	noSecret: {
		en: {
			message:
				'No client secret: it is read from SEGURA_CLIENT_SECRET, from standard input with --client-secret-stdin, from a command with --client-secret-command, or from a profile that remembers it or names its command. Set the variable with the command below, then run the command again.',
			hint: 'read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET',
		},
		'pt-BR': {
			message:
				'Sem Client Secret: ele é lido de SEGURA_CLIENT_SECRET, da entrada padrão com --client-secret-stdin, de um comando com --client-secret-command, ou de um perfil que o guarde ou informe o comando dele. Defina a variável com o comando abaixo e execute o comando de novo.',
			hint: 'read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET',
		},
	} satisfies Text,
	secretTooLong: (limit: number): Text => ({
		en: {message: `Standard input holds more than ${limit / 1024} KiB: that is not a client secret, and it was not cut short to make one.`, hint: 'Pipe in the secret alone: printf %s "$SECRET" | segura-token get --client-secret-stdin ...'},
		'pt-BR': {message: `A entrada padrão tem mais de ${limit / 1024} KiB: é grande demais para um Client Secret, e nenhum trecho dela foi usado.`, hint: 'Envie só o Client Secret: printf %s "$SECRET" | segura-token get --client-secret-stdin ...'},
	}),
	emptySecretStdin: {
		en: {message: 'Standard input was empty: --client-secret-stdin expects the client secret there.', hint: 'printf %s "$SECRET" | segura-token get --client-secret-stdin ...'},
		'pt-BR': {message: 'A entrada padrão veio vazia: --client-secret-stdin espera o Client Secret por ali.', hint: 'printf %s "$SECRET" | segura-token get --client-secret-stdin ...'},
	} satisfies Text,
} as const;
