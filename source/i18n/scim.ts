import type {ClientRoute} from '../model/client-route.js';
import type {ErrorText, Localized} from './lang.js';

// The Okta-style check of a token against the SCIM Base URL, for a Segura administrator. Every
// value that came from the server is already scrubbed of the token before it reaches these.

type Text = Localized<ErrorText>;

const basePathEn = 'on Segura the Base URL is usually https://HOST/iso/scim/v2';
const basePathPt = 'no Segura a Base URL costuma ser https://HOST/iso/scim/v2';

function detail(value: string | undefined): string {
	return value ? `: ${value}` : '';
}

function statusLine(status: number, statusText: string): string {
	return `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
}

function routeEn(route: ClientRoute): string {
	if (route.kind === 'direct') {
		return ` This machine reaches ${route.host} from the address ${route.address} (as seen from here: NAT on the way may change what Segura sees).`;
	}
	if (route.kind === 'proxy') return ` The request went through the proxy ${route.proxy}, so Segura sees the proxy's address.`;
	return '';
}

function routePt(route: ClientRoute): string {
	if (route.kind === 'direct') {
		return ` Esta máquina acessa ${route.host} a partir do endereço ${route.address} (visto daqui: um NAT no caminho pode mudar o que o Segura vê).`;
	}
	if (route.kind === 'proxy') return ` A requisição passou pelo proxy ${route.proxy}, então o Segura vê o endereço do proxy.`;
	return '';
}

export const scimText = {
	unauthorized: (description: string | undefined): Text => ({
		en: {
			message: `The SCIM server rejected the token (HTTP 401 Unauthorized)${detail(description)}.`,
			hint: 'The token may have expired (Segura tokens last about one hour), or it was issued by the other provider (internal users or third-party users) or by another Segura: get a new token from the provider this Base URL belongs to.',
		},
		'pt-BR': {
			message: `O servidor SCIM recusou o token (HTTP 401 Unauthorized)${detail(description)}.`,
			hint: 'O token pode ter expirado (os tokens do Segura duram cerca de uma hora), ou foi emitido pelo outro provedor (usuários internos ou usuários terceiros) ou por outro Segura: gere um token novo no provedor a que esta Base URL pertence.',
		},
	}),
	forbidden: (description: string | undefined, route: ClientRoute): Text => ({
		en: {
			message: `The SCIM server refused access (HTTP 403 Forbidden)${detail(description)}.${routeEn(route)}`,
			hint: "Add this machine's address to the provider's list of allowed IPs in Segura, or run the check on an allowed machine. The list must also allow the addresses Okta calls from.",
		},
		'pt-BR': {
			message: `O servidor SCIM recusou o acesso (HTTP 403 Forbidden)${detail(description)}.${routePt(route)}`,
			hint: 'Inclua o endereço desta máquina na lista de IPs permitidos do provedor no Segura, ou faça o teste numa máquina permitida. A lista também precisa permitir os endereços de onde a Okta faz as chamadas.',
		},
	}),
	notFound: (url: string): Text => ({
		en: {
			message: `Nothing answers at ${url} (HTTP 404 Not Found).`,
			hint: `Check the path of the Base URL, without /Users at the end: ${basePathEn}.`,
		},
		'pt-BR': {
			message: `Nada responde em ${url} (HTTP 404 Not Found).`,
			hint: `Confira o caminho da Base URL, sem /Users no final: ${basePathPt}.`,
		},
	}),
	html: (status: number, title: string | undefined): Text => ({
		en: {
			message: `The Base URL answered with a web page (HTML, HTTP ${status}${title ? `, titled "${title}"` : ''}) instead of SCIM data.`,
			hint: `That is usually a proxy or login page, or a wrong URL: ${basePathEn}.`,
		},
		'pt-BR': {
			message: `A Base URL respondeu com uma página web (HTML, HTTP ${status}${title ? `, com o título "${title}"` : ''}) em vez de dados SCIM.`,
			hint: `Em geral é uma página de proxy ou de login, ou a URL errada: ${basePathPt}.`,
		},
	}),
	notScim: (status: number, found: Localized<string>): Text => ({
		en: {
			message: `The Base URL answered HTTP ${status}, but not with the SCIM ListResponse Okta expects (${found.en}).`,
			hint: `Check that the Base URL points at the SCIM service: ${basePathEn}.`,
		},
		'pt-BR': {
			message: `A Base URL respondeu com HTTP ${status}, mas não com a ListResponse SCIM que a Okta espera (${found['pt-BR']}).`,
			hint: `Confira se a Base URL aponta para o serviço SCIM: ${basePathPt}.`,
		},
	}),
	serverError: (status: number, statusText: string, description: string | undefined): Text => ({
		en: {
			message: `The SCIM server failed with ${statusLine(status, statusText)}${detail(description)}.`,
			hint: "Try again in a moment; if it keeps failing, the Segura server's logs say why.",
		},
		'pt-BR': {
			message: `O servidor SCIM falhou com ${statusLine(status, statusText)}${detail(description)}.`,
			hint: 'Tente de novo daqui a pouco; se continuar falhando, os logs do servidor Segura dizem o motivo.',
		},
	}),
	redirect: (status: number, location: string | undefined): Text => ({
		en: {
			message: `The Base URL answered with a redirect (HTTP ${status}) to ${location ?? '(no Location given)'}; it was not followed, so the token was not sent there.`,
			hint: 'If that address is the right one, use it as the Base URL (often https:// instead of http://).',
		},
		'pt-BR': {
			message: `A Base URL respondeu com um redirecionamento (HTTP ${status}) para ${location ?? '(sem Location)'}; ele não foi seguido, então o token não foi enviado para esse endereço.`,
			hint: 'Se esse endereço for o certo, use-o como Base URL (muitas vezes https:// em vez de http://).',
		},
	}),
	httpStatus: (status: number, statusText: string, description: string | undefined): Text => ({
		en: {
			message: `The SCIM server answered ${statusLine(status, statusText)} instead of a list of users${detail(description)}.`,
			hint: `Check the Base URL: ${basePathEn}.`,
		},
		'pt-BR': {
			message: `O servidor SCIM respondeu com ${statusLine(status, statusText)} em vez de uma lista de usuários${detail(description)}.`,
			hint: `Confira a Base URL: ${basePathPt}.`,
		},
	}),
	noToken: {
		en: {
			message: 'No token to check: it is read from standard input with --token-stdin, or from SEGURA_TOKEN; never from an argument.',
			hint: 'segura-token get --profile NAME | segura-token verify --profile NAME --token-stdin',
		},
		'pt-BR': {
			message: 'Nenhum token para testar: ele é lido da entrada padrão com --token-stdin, ou de SEGURA_TOKEN; nunca de um argumento.',
			hint: 'segura-token get --profile NOME | segura-token verify --profile NOME --token-stdin',
		},
	} satisfies Text,
	noTokenInProfile: (profile: string): Text => ({
		en: {
			message: `The profile ${profile} gives the Base URL, but no token: tokens are never stored. Pass it with --token-stdin or SEGURA_TOKEN.`,
			hint: `segura-token get --profile ${profile} | segura-token verify --profile ${profile} --token-stdin`,
		},
		'pt-BR': {
			message: `O perfil ${profile} informa a Base URL, mas não o token: tokens nunca são guardados. Envie-o com --token-stdin ou SEGURA_TOKEN.`,
			hint: `segura-token get --profile ${profile} | segura-token verify --profile ${profile} --token-stdin`,
		},
	}),
	emptyTokenStdin: {
		en: {message: 'Standard input was empty: --token-stdin expects the access token there.', hint: 'printf %s "$TOKEN" | segura-token verify --base-url URL --token-stdin'},
		'pt-BR': {message: 'A entrada padrão veio vazia: --token-stdin espera o token de acesso por ali.', hint: 'printf %s "$TOKEN" | segura-token verify --base-url URL --token-stdin'},
	} satisfies Text,
	badToken: {
		en: {
			message: 'The token has characters an access token cannot have (RFC 6750 allows letters, digits and -._~+/=: no spaces, line breaks or control characters).',
			hint: 'Copy the Access token again, on its own, with nothing before or after it.',
		},
		'pt-BR': {
			message: 'O token tem caracteres que um token de acesso não pode ter (a RFC 6750 aceita letras, números e -._~+/=: nada de espaços, quebras de linha ou caracteres de controle).',
			hint: 'Copie de novo o Access token, sozinho, sem nada antes ou depois.',
		},
	} satisfies Text,
} as const;

/** What a 2xx body that is not a ListResponse turned out to be, for scimText.notScim. */
export const notScimFound = {
	notJson: (contentType: string | undefined): Localized<string> => ({
		en: `the answer is not JSON${contentType ? `, ${contentType}` : ''}`,
		'pt-BR': `a resposta não é JSON${contentType ? `, ${contentType}` : ''}`,
	}),
	empty: {en: 'the answer is empty', 'pt-BR': 'a resposta veio vazia'},
	fields: (schemas: string | undefined, fields: string): Localized<string> => ({
		en: schemas ? `schemas: ${schemas}` : fields ? `JSON with the fields ${fields}` : 'an empty JSON object',
		'pt-BR': schemas ? `schemas: ${schemas}` : fields ? `um JSON com os campos ${fields}` : 'um objeto JSON vazio',
	}),
	noTotal: {
		en: 'a ListResponse without a numeric totalResults',
		'pt-BR': 'uma ListResponse sem um totalResults numérico',
	},
	notObject: {en: 'JSON that is not an object', 'pt-BR': 'um JSON que não é um objeto'},
} as const satisfies Record<string, Localized<string> | ((...args: never[]) => Localized<string>)>;

export const verifyText = {
	tokenPrompt: {en: 'Access token (hidden): ', 'pt-BR': 'Token de acesso (oculto): '},
	works: {
		en: (users: number) => `The token works: the SCIM server answered like Okta expects (${users} ${users === 1 ? 'user' : 'users'}).`,
		'pt-BR': (users: number) => `O token funciona: a resposta do servidor SCIM é a que a Okta espera (${users} ${users === 1 ? 'usuário' : 'usuários'}).`,
	},
	expires: {
		en: (expiry: string) => `The token ${expiry}.`,
		'pt-BR': (expiry: string) => `O token ${expiry}.`,
	},
	bearerStripped: {
		en: 'The token began with "Bearer ": it was checked without it. Okta adds the Bearer prefix itself, so paste only the token there.',
		'pt-BR': 'O token começava com "Bearer ", e o teste foi feito sem esse prefixo. A Okta acrescenta o prefixo Bearer por conta própria: cole lá só o token.',
	},
	baseUrl: {en: '--base-url URL (or --profile NAME)', 'pt-BR': '--base-url URL (ou --profile NOME)'},
} as const satisfies Record<string, Localized<unknown>>;
