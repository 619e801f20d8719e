import type {ClientRoute} from '../model/client-route.js';
import type {ErrorText, Localized} from './lang.js';

// What the token endpoint's answers mean, for a Segura administrator. Every value that came
// from the server is already scrubbed of the secret before it reaches these functions.

type Text = Localized<ErrorText>;

const tokenPathEn = 'on Segura the Token URL is usually https://HOST/iso/oauth2/token';
const tokenPathPt = 'no Segura a Token URL costuma ser https://HOST/iso/oauth2/token';

function detail(value: string | undefined): string {
	return value ? `: ${value}` : '';
}

/** The server's error code and description, to follow the status: ", invalid_client: bad secret". */
function serverWords(error: string | undefined, description: string | undefined): string {
	if (error && description) return `, ${error}: ${description}`;
	if (error || description) return `, ${error ?? description}`;
	return '';
}

const oauthHints: Record<string, Localized<string>> = {
	invalid_request: {
		en: 'Check the extra parameters (such as ttl) and the Scope; leave out what the provider does not expect.',
		'pt-BR': 'Confira os parâmetros extras (como ttl) e o Escopo; retire o que o provedor não espera.',
	},
	invalid_scope: {
		en: 'Leave the Scope empty, or use one the provider allows.',
		'pt-BR': 'Deixe o Escopo vazio, ou use um que o provedor permita.',
	},
	unauthorized_client: {
		en: 'This client may not use the Client Credentials grant: check the provider in Segura.',
		'pt-BR': 'Este cliente não pode usar o tipo de concessão Client Credentials: confira o provedor no Segura.',
	},
	unsupported_grant_type: {
		en: `The server does not offer Client Credentials at this address: check the Token URL (${tokenPathEn}).`,
		'pt-BR': `O servidor não oferece Client Credentials neste endereço: confira a Token URL (${tokenPathPt}).`,
	},
};

const defaultOauthHint: Localized<string> = {
	en: 'Check the request settings: Scope, extra parameters and Client Authentication.',
	'pt-BR': 'Confira as configurações da requisição: Escopo, parâmetros extras e Client Authentication.',
};

export const oauthText = {
	redirect: (status: number, location: string | undefined): Text => ({
		en: {
			message: `The Token URL answered with a redirect (HTTP ${status}) to ${location ?? '(no Location given)'}; the request was not repeated there, so the secret was not sent to it.`,
			hint: 'If that address is the right one, use it as the Token URL (often https:// instead of http://).',
		},
		'pt-BR': {
			message: `A Token URL respondeu com um redirecionamento (HTTP ${status}) para ${location ?? '(sem Location)'}; a requisição não foi repetida lá, então o Client Secret não foi enviado para esse endereço.`,
			hint: 'Se esse endereço for o certo, use-o como Token URL (muitas vezes https:// em vez de http://).',
		},
	}),
	oauthError: (status: number, error: string, description: string | undefined): Text => {
		const hint = oauthHints[error] ?? defaultOauthHint;
		return {
			en: {message: `The token server refused the request (HTTP ${status}): ${error}${detail(description)}.`, hint: hint.en},
			'pt-BR': {message: `O servidor de token recusou a requisição (HTTP ${status}): ${error}${detail(description)}.`, hint: hint['pt-BR']},
		};
	},
	invalidClient: (status: number, error: string | undefined, description: string | undefined, triedBoth: boolean): Text => ({
		en: {
			message:
				`The token server did not accept the Client ID and Client Secret (HTTP ${status}${serverWords(error, description)}).` +
				(triedBoth ? ' Both encodings of the Basic header were tried (RFC 6749 and Postman\'s raw one).' : ''),
			hint: 'Copy the Client ID and Client Secret again from Provider details. Check that they belong to the provider of the right kind (internal users or third-party users). If it still fails, change Client Authentication (step 3 of the wizard, or --auth).',
		},
		'pt-BR': {
			message:
				`O servidor de token não aceitou o ID do Cliente e o Client Secret (HTTP ${status}${serverWords(error, description)}).` +
				(triedBoth ? ' As duas codificações do cabeçalho Basic foram tentadas (a da RFC 6749 e a do Postman, sem codificação).' : ''),
			hint: 'Copie de novo o ID do Cliente e o Client Secret em Detalhes do provider. Confira se eles são do provedor do tipo certo (usuários internos ou usuários terceiros). Se ainda falhar, troque a Client Authentication (passo 3 do assistente, ou --auth).',
		},
	}),
	forbidden: (
		description: string | undefined,
		route: ClientRoute,
	): Text => {
		const en =
			route.kind === 'direct'
				? ` This machine reaches ${route.host} from the address ${route.address} (as seen from here: NAT on the way may change what Segura sees).`
				: route.kind === 'proxy'
					? ` The request went through the proxy ${route.proxy}, so Segura sees the proxy's address.`
					: '';
		const pt =
			route.kind === 'direct'
				? ` Esta máquina acessa ${route.host} a partir do endereço ${route.address} (visto daqui: um NAT no caminho pode mudar o que o Segura vê).`
				: route.kind === 'proxy'
					? ` A requisição passou pelo proxy ${route.proxy}, então o Segura vê o endereço do proxy.`
					: '';
		return {
			en: {
				message: `The token server refused access (HTTP 403 Forbidden)${detail(description)}.${en}`,
				hint: 'Add this machine\'s address to the provider\'s list of allowed IPs in Segura, or run segura-token on an allowed machine.',
			},
			'pt-BR': {
				message: `O servidor de token recusou o acesso (HTTP 403 Forbidden)${detail(description)}.${pt}`,
				hint: 'Inclua o endereço desta máquina na lista de IPs permitidos do provedor no Segura, ou execute o segura-token numa máquina permitida.',
			},
		};
	},
	notFound: (url: string): Text => ({
		en: {message: `Nothing answers at ${url} (HTTP 404 Not Found).`, hint: `Check the path of the Token URL: ${tokenPathEn}.`},
		'pt-BR': {message: `Nada responde em ${url} (HTTP 404 Not Found).`, hint: `Confira o caminho da Token URL: ${tokenPathPt}.`},
	}),
	serverError: (status: number, statusText: string, description: string | undefined): Text => ({
		en: {
			message: `The token server failed with HTTP ${status}${statusText ? ` ${statusText}` : ''}${detail(description)}.`,
			hint: 'Try again in a moment; if it keeps failing, the Segura server\'s logs say why.',
		},
		'pt-BR': {
			message: `O servidor de token falhou com HTTP ${status}${statusText ? ` ${statusText}` : ''}${detail(description)}.`,
			hint: 'Tente de novo daqui a pouco; se continuar falhando, os logs do servidor Segura dizem o motivo.',
		},
	}),
	html: (status: number, title: string | undefined): Text => ({
		en: {
			message: `The Token URL answered with a web page (HTML, HTTP ${status}${title ? `, titled "${title}"` : ''}) instead of a token.`,
			hint: `That is usually a proxy or login page, or a wrong URL: ${tokenPathEn}.`,
		},
		'pt-BR': {
			message: `A Token URL respondeu com uma página web (HTML, HTTP ${status}${title ? `, com o título "${title}"` : ''}) em vez de um token.`,
			hint: `Em geral é uma página de proxy ou de login, ou a URL errada: ${tokenPathPt}.`,
		},
	}),
	noAccessToken: (fields: string): Text => ({
		en: {
			message: `The token server answered JSON without an access_token${fields ? ` (fields: ${fields})` : ' (an empty object)'}.`,
			hint: `Check that the Token URL points at the token endpoint: ${tokenPathEn}.`,
		},
		'pt-BR': {
			message: `O servidor de token respondeu com um JSON sem access_token${fields ? ` (campos: ${fields})` : ' (um objeto vazio)'}.`,
			hint: `Confira se a Token URL aponta para o endpoint de token: ${tokenPathPt}.`,
		},
	}),
	notUtf8: (host: string): Text => ({
		en: {
			message: `The answer from ${host} is not valid UTF-8 text, so its token cannot be trusted.`,
			hint: `Another service or a proxy may be answering at that address: ${tokenPathEn}.`,
		},
		'pt-BR': {
			message: `A resposta de ${host} não é texto UTF-8 válido, então o token dela não é confiável.`,
			hint: `Outro serviço ou um proxy pode estar respondendo nesse endereço: ${tokenPathPt}.`,
		},
	}),
	badToken: (problem: 'empty' | 'too-long' | 'characters', maxLength: number, shown: string): Text => {
		const what = {
			empty: {en: 'it is empty', 'pt-BR': 'ele está vazio'},
			'too-long': {en: `it is longer than ${maxLength} characters`, 'pt-BR': `ele tem mais de ${maxLength} caracteres`},
			characters: {
				en: 'it holds characters a Bearer token cannot have (RFC 6750 allows letters, digits and -._~+/=)',
				'pt-BR': 'ele tem caracteres que um token Bearer não pode ter (a RFC 6750 aceita letras, números e -._~+/=)',
			},
		}[problem];
		return {
			en: {
				message: `The server's access_token is not a usable token: ${what.en}. It began: ${shown}`,
				hint: `Check that the Token URL is the provider's token endpoint: ${tokenPathEn}.`,
			},
			'pt-BR': {
				message: `O access_token do servidor não é um token utilizável: ${what['pt-BR']}. Começava assim: ${shown}`,
				hint: `Confira se a Token URL é o endpoint de token do provedor: ${tokenPathPt}.`,
			},
		};
	},
	invalidJson: (status: number, contentType: string | undefined): Text => ({
		en: {
			message: `The token server's answer is not valid JSON (HTTP ${status}${contentType ? `, ${contentType}` : ''}).`,
			hint: `Another service or a proxy may be answering at that address: ${tokenPathEn}.`,
		},
		'pt-BR': {
			message: `A resposta do servidor de token não é um JSON válido (HTTP ${status}${contentType ? `, ${contentType}` : ''}).`,
			hint: `Outro serviço ou um proxy pode estar respondendo nesse endereço: ${tokenPathPt}.`,
		},
	}),
	httpStatus: (status: number, statusText: string, description: string | undefined): Text => ({
		en: {
			message: `The token server answered HTTP ${status}${statusText ? ` ${statusText}` : ''}${detail(description)}.`,
			hint: `Check the Token URL (${tokenPathEn}) and the Client Authentication.`,
		},
		'pt-BR': {
			message: `O servidor de token respondeu com HTTP ${status}${statusText ? ` ${statusText}` : ''}${detail(description)}.`,
			hint: `Confira a Token URL (${tokenPathPt}) e a Client Authentication.`,
		},
	}),
} as const;
