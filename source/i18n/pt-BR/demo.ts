import type {Catalog} from '../en/index.js';

export const demoText: Catalog['demoText'] = {
	stopped: 'Servidor de prática encerrado.',
	title: 'Servidor de prática do Segura, só neste computador (127.0.0.1)',
	seguraUrl: 'URL do Segura',
	provider: {internal: 'Provedor de usuários internos', 'third-party': 'Provedor de usuários terceiros'},
	baseUrl: 'Base URL',
	tokenUrl: 'Token URL',
	clientId: 'ID do Cliente',
	clientSecret: 'Client Secret',
	tryIt: 'Experimente (provedor de usuários internos):',
	serving: 'Servidor de prática no ar. Tecle Ctrl+C para encerrá-lo.',
};

export const demoErrors: Catalog['demoErrors'] = {
	invalidPort: (value: string) => ({
		message: `A porta ${value} não é válida.`,
		hint: 'Informe em --port um número inteiro de 0 a 65535 (0 usa qualquer porta livre).',
	}),
	portInUse: (port: number) => ({
		message: `A porta ${port} já está em uso em 127.0.0.1.`,
		hint: 'Escolha outra com --port, ou omita --port para usar qualquer porta livre.',
	}),
	keptPortInUse: (port: number) => ({
		message: `A porta ${port}, usada pelo servidor de prática da última vez, está ocupada em 127.0.0.1 (outro segura-token demo?).`,
		hint: 'Encerre o outro, ou mude com --port N (perfis salvos com a porta antiga passam a precisar da nova), ou recomece com --reset.',
	}),
	portDenied: (port: number) => ({
		message: `Este sistema não permite que este usuário abra a porta ${port}.`,
		hint: 'Escolha uma porta acima de 1023 com --port, ou omita --port.',
	}),
	cannotStart: (code: string) => ({message: `O servidor de prática não conseguiu iniciar (${code}).`, hint: 'Tente de novo sem --port.'}),
};

export const practiceText: Catalog['practiceText'] = {
	clientAuthFailed: 'ID do Cliente ou Client Secret inválido',
	noClientAuth: 'A requisição não trouxe o ID do Cliente e o Client Secret',
	basicScheme: 'O cabeçalho Authorization deve usar o esquema Basic',
	malformedBasic: 'Credenciais Basic malformadas',
	oneAuthMethod: 'Envie o ID do Cliente e o Client Secret de um jeito só: no cabeçalho Basic ou no corpo da requisição',
	postOnly: 'O endpoint de token só aceita POST',
	formBody: 'O corpo da requisição deve ser application/x-www-form-urlencoded',
	bodyTooLarge: 'O corpo da requisição é grande demais',
	repeated: name => `O parâmetro ${name} aparece mais de uma vez`,
	grantMissing: 'Falta o parâmetro grant_type',
	grantUnsupported: 'Só o grant client_credentials é aceito',
	scopeMalformed: 'O parâmetro scope está malformado',
	ttlInvalid: 'ttl deve ser um número inteiro positivo de minutos',
	bearerRequired: 'É preciso um cabeçalho Authorization com um token Bearer',
	bearerScheme: 'O cabeçalho Authorization deve usar o esquema Bearer',
	tokenMalformed: 'O token de acesso está malformado ou a assinatura é inválida',
	tokenNoExpiry: 'O token de acesso não tem data de expiração (exp)',
	tokenExpired: 'O token de acesso expirou',
	otherServer: 'O token de acesso foi emitido por outro servidor',
	otherEndpoint: 'O token de acesso não é para este endpoint SCIM',
	unknownProvider: 'O token de acesso não corresponde a nenhum provedor conhecido',
	integer: name => `${name} deve ser um número inteiro`,
	filterOnly: attributes => `Só filtros da forma ATRIBUTO eq "VALOR" são aceitos, em ${attributes}`,
	methodUnsupported: method => `${method} não é aceito por este provedor de serviço SCIM`,
	notFound: 'Recurso não encontrado',
	resourceNotFound: id => `Recurso ${id} não encontrado`,
};
