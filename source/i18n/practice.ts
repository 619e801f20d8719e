import type {Localized} from './lang.js';

/**
 * What the practice server says when it refuses a request (OAuth `error_description`, SCIM
 * `detail`), in the language `segura-token demo` was started in: the user reads these words in
 * the wizard's error messages.
 */
export type PracticeText = Readonly<{
	clientAuthFailed: string;
	noClientAuth: string;
	basicScheme: string;
	malformedBasic: string;
	oneAuthMethod: string;
	postOnly: string;
	formBody: string;
	bodyTooLarge: string;
	repeated: (name: string) => string;
	grantMissing: string;
	grantUnsupported: string;
	scopeMalformed: string;
	ttlInvalid: string;
	bearerRequired: string;
	bearerScheme: string;
	tokenMalformed: string;
	tokenNoExpiry: string;
	tokenExpired: string;
	otherServer: string;
	otherEndpoint: string;
	unknownProvider: string;
	integer: (name: string) => string;
	filterOnly: (attributes: string) => string;
	methodUnsupported: (method: string) => string;
	notFound: string;
	resourceNotFound: (id: string) => string;
}>;

export const practiceText: Localized<PracticeText> = {
	en: {
		clientAuthFailed: 'Client authentication failed',
		noClientAuth: 'No client authentication was provided',
		basicScheme: 'The Authorization header must use the Basic scheme',
		malformedBasic: 'Malformed Basic credentials',
		oneAuthMethod: 'Use only one client authentication method: the Basic header or the request body',
		postOnly: 'The token endpoint accepts POST only',
		formBody: 'The request body must be application/x-www-form-urlencoded',
		bodyTooLarge: 'The request body is too large',
		repeated: name => `The parameter ${name} appears more than once`,
		grantMissing: 'The grant_type parameter is missing',
		grantUnsupported: 'Only the client_credentials grant is supported',
		scopeMalformed: 'The scope parameter is malformed',
		ttlInvalid: 'ttl must be a positive whole number of minutes',
		bearerRequired: 'Authorization header with a Bearer token is required',
		bearerScheme: 'The Authorization header must use the Bearer scheme',
		tokenMalformed: 'The access token is malformed or its signature is invalid',
		tokenNoExpiry: 'The access token has no expiry',
		tokenExpired: 'The access token has expired',
		otherServer: 'The access token was issued by another server',
		otherEndpoint: 'The access token is not meant for this SCIM endpoint',
		unknownProvider: 'The access token names no known provider',
		integer: name => `${name} must be an integer`,
		filterOnly: attributes => `Only filters of the form ATTRIBUTE eq "VALUE" are supported, on ${attributes}`,
		methodUnsupported: method => `${method} is not supported by this SCIM service provider`,
		notFound: 'Resource not found',
		resourceNotFound: id => `Resource ${id} not found`,
	},
	'pt-BR': {
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
	},
};
