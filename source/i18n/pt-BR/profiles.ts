import type {Catalog} from '../en/index.js';
import type {ProviderKind} from '../../model/provider-kind.js';

export const profileKindText: Catalog['profileKindText'] = {
	internal: 'usuários internos',
	'third-party': 'usuários terceiros',
};

export const profileKindShortText: Catalog['profileKindShortText'] = {
	internal: 'internos',
	'third-party': 'terceiros',
};

export const profileErrorText: Catalog['profileErrorText'] = {
	nameInvalid: (name: string) => ({
		message: `"${name}" não é um nome de perfil válido: use letras, números, "-", "_" e "." (de 1 a 64 caracteres).`,
		hint: 'Por exemplo: prod-internos.',
	}),
	nameTaken: (name: string) => ({
		message: `Já existe um perfil chamado "${name}" (maiúsculas e minúsculas não contam).`,
		hint: 'Escolha outro nome ou edite esse perfil.',
	}),
	notFound: (name: string) => ({
		message: `Não existe perfil chamado "${name}".`,
		hint: '`segura-token profiles list` mostra os perfis salvos.',
	}),
	locked: (lockPath: string) => ({
		message: 'O arquivo de perfis está ocupado: outro segura-token está gravando nele.',
		hint: `Tente de novo em instantes. Se nenhum outro segura-token estiver em execução, apague o arquivo de trava ${lockPath}.`,
	}),
	io: (file: string, code: string, directory: string) => ({
		message: `Não foi possível ler ou gravar o arquivo de perfis ${file} (${code}).`,
		hint: `Confira o dono e as permissões de ${directory}.`,
	}),
	notAFile: (file: string) => ({message: `O arquivo de perfis ${file} não é um arquivo (é uma pasta ou um dispositivo).`, hint: `Renomeie o arquivo (mv ${file} ${file}.old) e execute o comando de novo.`}),
	isLink: (path: string) => ({
		message: `${path} é um link simbólico; o segura-token guarda os perfis só em um arquivo e uma pasta reais e não segue o link.`,
		hint: `Remova o link (rm ${path}) e execute o comando de novo.`,
	}),
	newerFormat: (file: string, version: string) => ({
		message: `O arquivo de perfis ${file} foi gravado por um segura-token mais novo (formato ${version}); esta versão não mexe nele.`,
		hint: 'Atualize o segura-token.',
	}),
	usage: (problem: string, suggestion?: string) => ({message: problem, hint: suggestion ? `Você quis dizer "segura-token profiles ${suggestion}"?` : 'segura-token help profiles'}),
	brokenSince: (movedAside: string) => ({message: `${movedAside} (Outro programa o alterou enquanto o segura-token estava em execução.)`, hint: 'Execute o comando de novo.'}),
};

export const profileUsageProblem: Catalog['profileUsageProblem'] = {
	unknownSubcommand: (word: string) => `Comando de perfis desconhecido: "${word}".`,
	unknownOption: (option: string) => `Opção desconhecida: ${option}.`,
	arguments: (subcommand: 'list' | 'show' | 'remove' | 'rename') => ({
		list: 'profiles list não aceita nome.',
		show: 'profiles show precisa de um NOME.',
		remove: 'profiles remove precisa de um NOME.',
		rename: 'profiles rename precisa de ANTIGO e NOVO.',
	}[subcommand]),
};

export const profileNoticeText: Catalog['profileNoticeText'] = {
	movedAside: (backupPath: string, why: 'parse' | 'schema') => `O arquivo de perfis ${why === 'parse' ? 'não pôde ser lido (não é um JSON válido)' : 'não tem o formato esperado'} e foi movido para ${backupPath}. Seguimos sem perfis salvos; nada foi apagado.`,
};

export const profileSecretText: Catalog['profileSecretText'] = {
	remembered: (file: string) => `guardado em texto puro em ${file} (permissão 0600: só você pode ler)`,
	notRemembered: 'não guardado: pedido a cada vez (ou lido de SEGURA_CLIENT_SECRET)',
	offer: (file: string) => `Se você guardar o Client Secret, ele fica em texto puro em ${file} (permissão 0600: só você pode ler). Quem tiver acesso à sua conta ou ao root consegue lê-lo.`,
};

export const profileWarningText: Catalog['profileWarningText'] = {
	sameClientOtherKind: (profileName: string, savedKind: ProviderKind) => `O perfil "${profileName}" usa este mesmo ID do Cliente como provedor de ${profileKindText[savedKind]}. Cada tipo de provedor tem credenciais próprias: confira se você copiou os dados do provedor certo.`,
};

export const profileListText: Catalog['profileListText'] = {
	empty: 'Nenhum perfil salvo. Execute segura-token para criar um.',
	headers: {name: 'NOME', kind: 'TIPO', host: 'HOST', issued: 'ÚLTIMO TOKEN', status: 'SITUAÇÃO'},
	never: 'nunca',
};

export const profileShowText: Catalog['profileShowText'] = {
	labels: {
		profile: 'Perfil',
		kind: 'Provedor',
		seguraUrl: 'URL do Segura',
		baseUrl: 'Base URL',
		tokenUrl: 'Token URL',
		clientId: 'ID do Cliente',
		clientSecret: 'Client Secret',
		tokenName: 'Token Name',
		auth: 'Client Authentication',
		scope: 'Escopo',
		params: 'Parâmetros extras',
		caFile: 'Arquivo de CA',
		certificates: 'Verificação de certificados',
		history: 'Tokens emitidos',
		storedIn: 'Gravado em',
	},
	auth: {
		basicRfc: 'Send as Basic Auth header (codificação RFC 6749)',
		basicRaw: 'Send as Basic Auth header (como no Postman)',
		body: 'Send client credentials in body (no corpo)',
	},
	none: '(nenhum)',
	certificatesOn: 'ativada',
	certificatesOff: 'DESATIVADA (--insecure): quem estiver no caminho pode ler o Client Secret',
	noTokens: 'nenhum ainda',
};

export const profileDoneText: Catalog['profileDoneText'] = {
	removed: (name: string) => `Perfil "${name}" removido.`,
	renamed: (from: string, to: string) => `Perfil "${from}" renomeado para "${to}".`,
};

export const profileInvalidText: Catalog['profileInvalidText'] = {
	incomplete: (name: string, detail: string) => ({
		message: `Não foi possível salvar o perfil "${name}": ${detail}.`,
		hint: 'Preencha a Token URL e o ID do Cliente e confira os parâmetros extras.',
	}),
};

const importHint = 'Gere o arquivo com `segura-token profiles export NOME` e importe-o como saiu; nada foi gravado.';

function at(where: string): string {
	return `O arquivo de importação: ${where}`;
}

export const transferErrorText: Catalog['transferErrorText'] = {
	tooLarge: (limit: string) => ({message: `O arquivo de importação passa de ${limit}: nenhuma exportação de perfis é tão grande.`, hint: importHint}),
	unreadable: (file: string, code: string) => ({message: `Não foi possível ler o arquivo de importação ${file} (${code}).`, hint: 'Informe o caminho do arquivo que o `profiles export` gravou, ou - para a entrada padrão.'}),
	notJson: {message: 'O arquivo de importação não é JSON (ou não é texto UTF-8).', hint: importHint},
	notExport: {message: 'O arquivo de importação não é uma exportação de perfis do segura-token (o "format" não é "segura-token-profiles").', hint: importHint},
	newerVersion: (version: string) => ({message: `O arquivo de importação está na versão ${version} do formato de exportação, gravada por um segura-token mais novo; esta versão lê a 1.`, hint: 'Atualize o segura-token nesta máquina e importe de novo.'}),
	badVersion: {message: 'O arquivo de importação não tem uma "version" usável (um número inteiro).', hint: importHint},
	problem: (where: string, problem: string) => ({message: `${at(where)} ${problem}.`, hint: importHint}),
	holdsSecret: (where: string) => ({
		message: `${at(where)} contém um Client Secret; uma exportação nunca leva um, e uma importação nunca aceita.`,
		hint: 'Tire o clientSecret do arquivo e informe o Client Secret naquela máquina (SEGURA_CLIENT_SECRET, --client-secret-stdin ou "Guardar o Client Secret" no assistente).',
	}),
	exists: (names: readonly string[]) => ({
		message: `Já ${names.length === 1 ? 'existe um perfil chamado' : 'existem perfis chamados'} ${names.map(name => `"${name}"`).join(', ')} aqui (maiúsculas e minúsculas não contam); nada foi gravado.`,
		hint: 'Use --force para substituí-los (o histórico de tokens fica), ou --rename NOVO para importar um único perfil com outro nome.',
	}),
	renameNeedsOne: (count: number) => ({message: `--rename dá nome a um perfil, e o arquivo de importação tem ${count}.`, hint: 'Exporte só esse perfil (segura-token profiles export NOME) ou deixe o --rename de fora.'}),
	missingAddValue: (flag: string) => ({message: `profiles add precisa de ${flag} (--base-url e --token-url têm como padrão os caminhos do Segura na Segura URL).`, hint: 'Por exemplo: segura-token profiles add NOME --segura-url URL --client-id ID --kind internal'}),
};

export const transferProblemText: Catalog['transferProblemText'] = {
	notObject: 'não é um objeto JSON',
	noProfiles: 'não tem perfis (a lista está vazia)',
	notList: 'não é uma lista',
	tooMany: (limit: number) => `tem mais de ${limit} perfis`,
	unknownField: (field: string) => `tem um campo ${field} que uma exportação de perfis não tem`,
	missingField: (field: string) => `não tem ${field}`,
	notText: (field: string) => `${field} não é texto`,
	empty: (field: string) => `${field} está vazio`,
	tooLong: (field: string, limit: number) => `${field} passa de ${limit} caracteres`,
	notBoolean: (field: string) => `${field} não é true nem false`,
	notPairs: (field: string) => `${field} não é uma lista de pares [CHAVE, VALOR] de texto`,
	sameName: (name: string) => `tem o nome "${name}" duas vezes (maiúsculas e minúsculas não contam)`,
};

export const transferDoneText: Catalog['transferDoneText'] = {
	exported: (count: number, file: string) => `${count} ${count === 1 ? 'perfil exportado' : 'perfis exportados'} para ${file} (sem nenhum Client Secret).`,
	added: (name: string, kind: ProviderKind, host: string) => `Perfil "${name}" adicionado (${profileKindText[kind]}, ${host}).`,
	replaced: (name: string, kind: ProviderKind, host: string) => `Perfil "${name}" substituído (${profileKindText[kind]}, ${host}); o histórico de tokens fica.`,
	secretKept: (name: string) => `"${name}" mantém o Client Secret que guardava aqui (mesmo ID do Cliente e mesma Token URL).`,
	noSecret: 'Nenhum Client Secret vai junto com um perfil: informe-o aqui com SEGURA_CLIENT_SECRET ou --client-secret-stdin, ou guarde-o pelo assistente.',
	caFileMissing: (name: string, file: string) => `O arquivo de CA de "${name}", ${file}, não está nesta máquina: copie-o para lá ou adicione o perfil de novo com --ca ARQUIVO.`,
	proposed: (flag: string, value: string) => `${flag} não informado: o caminho documentado do Segura na Segura URL, ${value}.`,
};

export const transferUsageProblem: Catalog['transferUsageProblem'] = {
	arguments: (subcommand: 'export' | 'import' | 'add') => `profiles ${subcommand} precisa de ${{export: 'um NOME ou mais', import: 'um ARQUIVO (- para a entrada padrão)', add: 'um NOME'}[subcommand]}.`,
	option: (option: string, subcommand: string) => `--${option} não se usa com profiles ${subcommand}.`,
};
