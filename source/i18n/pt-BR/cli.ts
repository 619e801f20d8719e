import type {Catalog} from '../en/index.js';
import {helpCommand, listOf} from '../sentence.js';
export const cliText: Catalog['cliText'] = {
	errorPrefix: 'erro',
	tryPrefix: 'dica',
	warningPrefix: 'aviso',
	bug: 'Algo deu errado dentro do segura-token (um bug). Relate o problema com o comando que você executou (nunca com o seu Client Secret).',
	insecure: 'A verificação de certificados TLS está DESLIGADA (--insecure): quem estiver entre você e o servidor poderia ler o seu Client Secret e o token. Prefira --ca ARQUIVO.',
};

const unsetNodeOptions = 'Remova NODE_OPTIONS para executar sem isso (o executável standalone o ignora).';

export const nodeOptionsText: Catalog['nodeOptionsText'] = {
	loadsCode: (list: string) => `NODE_OPTIONS contém ${list}, que carrega código dentro do segura-token: esse código pode ler o seu Client Secret e o token. ${unsetNodeOptions}`,
	debugs: (list: string) => `NODE_OPTIONS contém ${list}, que abre um depurador no segura-token: quem se conectar a ele pode ler o seu Client Secret e o token. ${unsetNodeOptions}`,
	both: (list: string) => `NODE_OPTIONS contém ${list}, que carrega código dentro do segura-token e abre um depurador nele: esse código, ou quem se conectar ao depurador, pode ler o seu Client Secret e o token. ${unsetNodeOptions}`,
};

export const argText: Catalog['argText'] = {
	secretInArgv: (flag: string) => ({
		message: `${flag} não é aceito: um Client Secret na linha de comando aparece no \`ps\` e no histórico do shell.`,
		hint: 'Defina SEGURA_CLIENT_SECRET no ambiente, envie o Client Secret pela entrada padrão com --client-secret-stdin ou use um perfil que o guarde.',
	}),
	invalid: (command: string) => ({message: 'Não foi possível ler esses argumentos.', hint: helpCommand(command)}),
	unknownCommand: (name: string, suggestion: string | undefined) => ({message: `Comando desconhecido: "${name}".`, hint: suggestion ? `Você quis dizer "segura-token ${suggestion}"?` : 'segura-token --help'}),
	unknownOption: (flag: string, suggestion: string | undefined, command: string) => ({message: `Opção desconhecida: ${flag}.`, hint: suggestion ? `Você quis dizer ${suggestion}?` : helpCommand(command)}),
	needsValue: (flag: string, command: string) => ({message: `${flag} precisa de um valor: ${flag} VALOR (ou ${flag}=VALOR para um que comece com -).`, hint: helpCommand(command)}),
	takesNoValue: (flag: string, command: string) => ({message: `${flag} não aceita valor.`, hint: helpCommand(command)}),
	unexpectedArgument: (argument: string, command: string) => ({message: `segura-token ${command} não aceita o argumento "${argument}".`, hint: helpCommand(command)}),
	badChoice: (flag: string, value: string, choices: readonly string[], suggestion?: string) => ({
		message: `${flag} deve ser ${listOf(choices, 'ou')} (valor informado: "${value}").`,
		hint: suggestion ? `Você quis dizer ${flag} ${suggestion}?` : `${flag} ${choices[0]}`,
	}),
	badTimeout: (value: string) => ({message: `--timeout espera segundos, um número de 1 a 600 (valor informado: "${value}").`, hint: '--timeout 30'}),
	badParam: (source: string, problem: string) => ({message: `${source}: ${problem}`, hint: '--param ttl=60'}),
	badUrl: (flag: string, problem: string, path: string, origin?: string) => ({message: `${flag}: ${problem}`, hint: `${flag} ${origin ?? 'https://segura.exemplo.com.br'}${path}`}),
	badValue: (source: string, problem: string) => ({message: `${source}: ${problem}`}),
	missing: (what: string, command: string) => ({message: `Falta ${what}.`, hint: `segura-token ${command} --help`}),
	notATerminal: {message: 'O assistente precisa de um terminal na entrada e na saída: para scripts use `segura-token get`; para perguntas em linhas, `segura-token --plain`.'},
	noSecret: {
		message:
			'Sem Client Secret: ele é lido de SEGURA_CLIENT_SECRET, da entrada padrão com --client-secret-stdin, de um comando com --client-secret-command, ou de um perfil que o guarde ou informe o comando dele. Defina a variável com o comando abaixo e execute o comando de novo.',
		hint: 'read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET',
	},
	secretTooLong: (limit: number) => ({message: `A entrada padrão tem mais de ${limit / 1024} KiB: é grande demais para um Client Secret, e nenhum trecho dela foi usado.`, hint: 'Envie só o Client Secret: printf %s "$SECRET" | segura-token get --client-secret-stdin ...'}),
	emptySecretStdin: {message: 'A entrada padrão veio vazia: --client-secret-stdin espera o Client Secret por ali.', hint: 'printf %s "$SECRET" | segura-token get --client-secret-stdin ...'},
};

export const getText: Catalog['getText'] = {
	secretPrompt: 'Client Secret (oculto): ',
	issued: (type: string, expiry: string) => `✔ Token emitido (${type}${expiry ? `, ${expiry}` : ''}).`,
	retried: (encoding: string) => `O servidor só aceitou as credenciais com a codificação Basic ${encoding}: use --encoding ${encoding} da próxima vez.`,
	unknownLifetime: (sent: string) => `O servidor enviou expires_in ${sent}, que não é um número de segundos: a validade do token é desconhecida.`,
	savedTo: (path: string) => `✔ Token gravado em ${path} (permissão 0600: só você pode ler).`,
	tokenUrl: '--token-url URL (ou --profile NOME)',
	clientId: '--client-id ID (ou --profile NOME)',
};

export const completionErrors: Catalog['completionErrors'] = {
	oneShell: (shells: readonly string[]) => ({message: `completion precisa de um shell: ${listOf(shells, 'ou')}.`, hint: `segura-token completion ${shells[0]}`}),
	unknownShell: (shell: string, shells: readonly string[]) => ({
		message: `Não há autocompletar para o shell "${shell}": o segura-token oferece autocompletar para ${listOf(shells, 'e')}.`,
		hint: `segura-token completion ${shells[0]}`,
	}),
};

export const stoppedText: Catalog['stoppedText'] = {
	cancelled: {message: 'Cancelado.'},
	SIGINT: {message: 'Interrompido (Ctrl+C).'},
	SIGTERM: {message: 'Encerrado por um sinal de término (SIGTERM).'},
	SIGHUP: {message: 'Encerrado: o terminal ou a conexão SSH foi fechada (SIGHUP).'},
};

