import type {Catalog} from '../en/index.js';
import type {ClientRoute} from '../../model/client-route.js';
import {detail, routeOf, statusLine} from '../sentence.js';
import {routeText} from './net.js';

const basePath = 'no Segura a Base URL costuma ser https://HOST/iso/scim/v2';

export const scimText: Catalog['scimText'] = {
	unauthorized: (description: string | undefined) => ({
		message: `O servidor SCIM recusou o token (HTTP 401 Unauthorized)${detail(description)}.`,
		hint: 'O token pode ter expirado (os tokens do Segura duram cerca de uma hora), ou foi emitido pelo outro provedor (usuários internos ou usuários terceiros) ou por outro Segura: gere um token novo no provedor a que esta Base URL pertence.',
	}),
	forbidden: (description: string | undefined, route: ClientRoute) => ({
		message: `O servidor SCIM recusou o acesso (HTTP 403 Forbidden)${detail(description)}.${routeOf(route, routeText)}`,
		hint: 'Inclua o endereço desta máquina na lista de IPs permitidos do provedor no Segura, ou faça o teste numa máquina permitida. A lista também precisa permitir os endereços de onde a Okta faz as chamadas.',
	}),
	notFound: (url: string) => ({
		message: `Nada responde em ${url} (HTTP 404 Not Found).`,
		hint: `Confira o caminho da Base URL, sem /Users no final: ${basePath}.`,
	}),
	html: (status: number, title: string | undefined) => ({
		message: `A Base URL respondeu com uma página web (HTML, HTTP ${status}${title ? `, com o título "${title}"` : ''}) em vez de dados SCIM.`,
		hint: `Em geral é uma página de proxy ou de login, ou a URL errada: ${basePath}.`,
	}),
	notScim: (status: number, found: string) => ({
		message: `A Base URL respondeu com HTTP ${status}, mas não com a ListResponse SCIM que a Okta espera (${found}).`,
		hint: `Confira se a Base URL aponta para o serviço SCIM: ${basePath}.`,
	}),
	serverError: (status: number, statusText: string, description: string | undefined) => ({
		message: `O servidor SCIM falhou com ${statusLine(status, statusText)}${detail(description)}.`,
		hint: 'Tente de novo daqui a pouco; se continuar falhando, os logs do servidor Segura dizem o motivo.',
	}),
	redirect: (status: number, location: string | undefined) => ({
		message: `A Base URL respondeu com um redirecionamento (HTTP ${status}) para ${location ?? '(sem Location)'}; ele não foi seguido, então o token não foi enviado para esse endereço.`,
		hint: 'Se esse endereço for o certo, use-o como Base URL (muitas vezes https:// em vez de http://).',
	}),
	httpStatus: (status: number, statusText: string, description: string | undefined) => ({
		message: `O servidor SCIM respondeu com ${statusLine(status, statusText)} em vez de uma lista de usuários${detail(description)}.`,
		hint: `Confira a Base URL: ${basePath}.`,
	}),
	noToken: {
		message: 'Nenhum token para testar: ele é lido da entrada padrão com --token-stdin, ou de SEGURA_TOKEN; nunca de um argumento.',
		hint: 'segura-token get --profile NOME | segura-token verify --profile NOME --token-stdin',
	},
	noTokenInProfile: (profile: string) => ({
		message: `O perfil ${profile} informa a Base URL, mas não o token: tokens nunca são guardados. Envie-o com --token-stdin ou SEGURA_TOKEN.`,
		hint: `segura-token get --profile ${profile} | segura-token verify --profile ${profile} --token-stdin`,
	}),
	emptyTokenStdin: {message: 'A entrada padrão veio vazia: --token-stdin espera o token de acesso por ali.', hint: 'printf %s "$TOKEN" | segura-token verify --base-url URL --token-stdin'},
	badToken: {
		message: 'O token tem caracteres que um token de acesso não pode ter (a RFC 6750 aceita letras, números e -._~+/=: nada de espaços, quebras de linha ou caracteres de controle).',
		hint: 'Copie de novo o Access token, sozinho, sem nada antes ou depois.',
	},
};

export const notScimFound: Catalog['notScimFound'] = {
	notJson: (contentType: string | undefined) => `a resposta não é JSON${contentType ? `, ${contentType}` : ''}`,
	empty: 'a resposta veio vazia',
	fields: (schemas: string | undefined, fields: string) => (schemas ? `schemas: ${schemas}` : fields ? `um JSON com os campos ${fields}` : 'um objeto JSON vazio'),
	noTotal: 'uma ListResponse sem um totalResults numérico',
	notObject: 'um JSON que não é um objeto',
};

export const verifyText: Catalog['verifyText'] = {
	tokenPrompt: 'Token de acesso (oculto): ',
	works: (users: number) => `O token funciona: a resposta do servidor SCIM é a que a Okta espera (${users} ${users === 1 ? 'usuário' : 'usuários'}).`,
	expires: (expiry: string) => `O token ${expiry}.`,
	bearerStripped: 'O token começava com "Bearer ", e o teste foi feito sem esse prefixo. A Okta acrescenta o prefixo Bearer por conta própria: cole lá só o token.',
	baseUrl: '--base-url URL (ou --profile NOME)',
};
