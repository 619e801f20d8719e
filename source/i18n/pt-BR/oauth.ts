import type {Catalog} from '../en/index.js';
import type {ClientRoute} from '../../model/client-route.js';
import {detail, routeOf, serverWords, statusLine} from '../sentence.js';
import {routeText} from './net.js';

const tokenPath = 'no Segura a Token URL costuma ser https://HOST/iso/oauth2/token';

const oauthHints: Readonly<Record<string, string>> = {
	invalid_request: 'Confira os parâmetros extras (como ttl) e o Escopo; retire o que o provedor não espera.',
	invalid_scope: 'Deixe o Escopo vazio, ou use um que o provedor permita.',
	unauthorized_client: 'Este cliente não pode usar o tipo de concessão Client Credentials: confira o provedor no Segura.',
	unsupported_grant_type: `O servidor não oferece Client Credentials neste endereço: confira a Token URL (${tokenPath}).`,
};

const defaultOauthHint = 'Confira as configurações da requisição: Escopo, parâmetros extras e Client Authentication.';

export const oauthText: Catalog['oauthText'] = {
	redirect: (status: number, location: string | undefined) => ({
		message: `A Token URL respondeu com um redirecionamento (HTTP ${status}) para ${location ?? '(sem Location)'}; a requisição não foi repetida lá, então o Client Secret não foi enviado para esse endereço.`,
		hint: 'Se esse endereço for o certo, use-o como Token URL (muitas vezes https:// em vez de http://).',
	}),
	oauthError: (status: number, error: string, description: string | undefined) => {
		const hint = oauthHints[error] ?? defaultOauthHint;
		return {message: `O servidor de token recusou a requisição (HTTP ${status}): ${error}${detail(description)}.`, hint: hint};
	},
	invalidClient: (status: number, error: string | undefined, description: string | undefined, triedBoth: boolean) => ({
		message:
			`O servidor de token não aceitou o ID do Cliente e o Client Secret (HTTP ${status}${serverWords(error, description)}).` +
			(triedBoth ? ' As duas codificações do cabeçalho Basic foram tentadas (a da RFC 6749 e a do Postman, sem codificação).' : ''),
		hint: 'Copie de novo o ID do Cliente e o Client Secret em Detalhes do provider. Confira se eles são do provedor do tipo certo (usuários internos ou usuários terceiros). Se ainda falhar, troque a Client Authentication (passo 3 do assistente, ou --auth).',
	}),
	forbidden: (description: string | undefined, route: ClientRoute) => ({
		message: `O servidor de token recusou o acesso (HTTP 403 Forbidden)${detail(description)}.${routeOf(route, routeText)}`,
		hint: 'Inclua o endereço desta máquina na lista de IPs permitidos do provedor no Segura, ou execute o segura-token numa máquina permitida.',
	}),
	notFound: (url: string) => ({message: `Nada responde em ${url} (HTTP 404 Not Found).`, hint: `Confira o caminho da Token URL: ${tokenPath}.`}),
	serverError: (status: number, statusText: string, description: string | undefined) => ({
		message: `O servidor de token falhou com ${statusLine(status, statusText)}${detail(description)}.`,
		hint: 'Tente de novo daqui a pouco; se continuar falhando, os logs do servidor Segura dizem o motivo.',
	}),
	html: (status: number, title: string | undefined) => ({
		message: `A Token URL respondeu com uma página web (HTML, HTTP ${status}${title ? `, com o título "${title}"` : ''}) em vez de um token.`,
		hint: `Em geral é uma página de proxy ou de login, ou a URL errada: ${tokenPath}.`,
	}),
	noAccessToken: (fields: string) => ({
		message: `O servidor de token respondeu com um JSON sem access_token${fields ? ` (campos: ${fields})` : ' (um objeto vazio)'}.`,
		hint: `Confira se a Token URL aponta para o endpoint de token: ${tokenPath}.`,
	}),
	notUtf8: (host: string) => ({
		message: `A resposta de ${host} não é texto UTF-8 válido, então o token dela não é confiável.`,
		hint: `Outro serviço ou um proxy pode estar respondendo nesse endereço: ${tokenPath}.`,
	}),
	badToken: (problem: 'empty' | 'too-long' | 'characters', maxLength: number, shown: string) => {
		const what = {
			empty: 'ele está vazio',
			'too-long': `ele tem mais de ${maxLength} caracteres`,
			characters: 'ele tem caracteres que um token Bearer não pode ter (a RFC 6750 aceita letras, números e -._~+/=)',
		}[problem];
		return {
			message: `O access_token do servidor não é um token utilizável: ${what}. Começava assim: ${shown}`,
			hint: `Confira se a Token URL é o endpoint de token do provedor: ${tokenPath}.`,
		};
	},
	invalidJson: (status: number, contentType: string | undefined) => ({
		message: `A resposta do servidor de token não é um JSON válido (HTTP ${status}${contentType ? `, ${contentType}` : ''}).`,
		hint: `Outro serviço ou um proxy pode estar respondendo nesse endereço: ${tokenPath}.`,
	}),
	httpStatus: (status: number, statusText: string, description: string | undefined) => ({
		message: `O servidor de token respondeu com ${statusLine(status, statusText)}${detail(description)}.`,
		hint: `Confira a Token URL (${tokenPath}) e a Client Authentication.`,
	}),
};
