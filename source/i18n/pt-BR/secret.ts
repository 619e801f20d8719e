import type {Catalog} from '../en/index.js';

const flag = '--client-secret-command';
const runAlone = 'Execute o comando sozinho para ver o motivo: ele deve mostrar o Client Secret na primeira linha.';

export const secretCommandSplitText: Catalog['secretCommandSplitText'] = {
	empty: (source: string) => ({message: `${source} está vazio: é preciso um comando que mostre o Client Secret.`, hint: `${flag} "pass show segura/prod"`}),
	unbalancedQuote: (source: string, quote: string) => ({message: `${source}: a aspa ${quote} aberta no comando nunca é fechada.`, hint: 'Feche a aspa, ou escape-a com uma barra invertida.'}),
	trailingBackslash: (source: string) => ({message: `${source}: o comando termina com uma barra invertida, que não escapa nada.`, hint: 'Remova-a, ou escreva \\\\ para uma barra invertida.'}),
	shellOnly: (source: string, what: string) => ({
		message: `${source}: "${what}" precisa de um shell, e o comando é executado sem um (sem pipes, redirecionamentos, variáveis ou globbing).`,
		hint: 'Ponha entre aspas se for parte de um argumento, ou ponha o pipeline num script e informe o script como comando.',
	}),
};

export const secretCommandRunText: Catalog['secretCommandRunText'] = {
	notFound: (command: string, program: string) => ({
		message: `O comando do Client Secret "${command}" não foi encontrado: não há programa ${program} no PATH.`,
		hint: 'Confira o nome, ou informe o programa pelo caminho completo (~ e variáveis não são expandidos).',
	}),
	notRunnable: (command: string, code: string) => ({message: `O comando do Client Secret "${command}" não pôde ser iniciado (${code}).`, hint: 'Confira se o programa é executável: chmod +x, e uma linha #! num script.'}),
	failed: (command: string, exitCode: number) => ({message: `O comando do Client Secret "${command}" falhou (código de saída ${exitCode}): nenhum Client Secret foi lido, e nada foi gravado.`, hint: runAlone}),
	killed: (command: string, signal: string) => ({message: `O comando do Client Secret "${command}" foi encerrado por ${signal}: nenhum Client Secret foi lido, e nada foi gravado.`, hint: runAlone}),
	timedOut: (command: string, seconds: number) => ({
		message: `O comando do Client Secret "${command}" não deu o Client Secret em ${String(seconds).replace('.', ',')} s, e foi interrompido.`,
		hint: 'Execute o comando sozinho: ele pode estar esperando algo que nunca chega (um login, um dispositivo).',
	}),
	tooMuch: (command: string, limit: string) => ({
		message: `O comando do Client Secret "${command}" mostrou mais de ${limit}, o que não é um Client Secret, e foi interrompido.`,
		hint: 'Informe um comando que mostre só o Client Secret (pass show NOME, op read op://…).',
	}),
	nothing: (command: string) => ({
		message: `O comando do Client Secret "${command}" não mostrou nada na primeira linha: nenhum Client Secret foi lido, e nada foi gravado.`,
		hint: 'Execute o comando sozinho: ele deve mostrar o Client Secret na primeira linha.',
	}),
	notText: (command: string) => ({message: `O comando do Client Secret "${command}" mostrou algo que não é texto UTF-8: nenhum Client Secret foi lido.`, hint: 'Informe um comando que mostre o Client Secret como texto.'}),
};

export const secretCommandUsageText: Catalog['secretCommandUsageText'] = {
	twoWays: (other: string) => ({message: `--client-secret-command e ${other} informam o Client Secret: use só um deles.`, hint: 'segura-token get --help'}),
};

export const secretCommandProfileText: Catalog['secretCommandProfileText'] = {
	fromCommand: (command: string) => `lido do comando "${command}" a cada vez (nunca gravado)`,
	added: (name: string, command: string) => `"${name}" lê o Client Secret do comando "${command}" a cada vez: o comando vai junto com o perfil, o Client Secret nunca.`,
};

