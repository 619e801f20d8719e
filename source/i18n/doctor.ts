import type {ProviderKind} from '../model/provider-kind.js';
import type {ErrorText, Localized} from './lang.js';
import {profileKindText} from './profiles.js';

// `segura-token doctor`: one line per link of the chain from this machine to a token Okta can
// use. "Link" is "elo" (the links of a chain); each line is a finding, not a sentence to scroll.

type Text = Localized<string>;

const secretWays = {
	en: 'set SEGURA_CLIENT_SECRET (read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET), pipe it in with --client-secret-stdin, or use a profile that remembers it',
	'pt-BR': 'defina SEGURA_CLIENT_SECRET (read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET), envie pela entrada padrão com --client-secret-stdin ou use um perfil que guarde o Client Secret',
};

export const doctorText = {
	labels: {
		en: {url: 'URL', dns: 'DNS', proxy: 'Proxy', tcp: 'TCP', tls: 'TLS', http: 'HTTP', token: 'Token', scim: 'SCIM', kind: 'Provider kind'},
		'pt-BR': {url: 'URL', dns: 'DNS', proxy: 'Proxy', tcp: 'TCP', tls: 'TLS', http: 'HTTP', token: 'Token', scim: 'SCIM', kind: 'Tipo de provedor'},
	},
	heading: (host: string): Text => ({
		en: `The path from this machine to ${host}, link by link:`,
		'pt-BR': `O caminho desta máquina até ${host}, elo por elo:`,
	}),
	urls: (tokenUrl: string, baseUrl: string | undefined): Text => ({
		en: `Token URL ${tokenUrl}${baseUrl ? `, Base URL ${baseUrl}` : '; no Base URL, so SCIM is not checked'}`,
		'pt-BR': `Token URL ${tokenUrl}${baseUrl ? `, Base URL ${baseUrl}` : '; sem Base URL, então o SCIM não é testado'}`,
	}),
	dnsLiteral: (host: string): Text => ({
		en: `${host} is an IP address: nothing to look up`,
		'pt-BR': `${host} é um endereço IP: nada a consultar`,
	}),
	dnsFound: (host: string, addresses: readonly string[]): Text => ({
		en: `${host} → ${addresses.join(', ')}`,
		'pt-BR': `${host} → ${addresses.join(', ')}`,
	}),
	dnsByProxy: (host: string, proxy: string): Text => ({
		en: `${host} does not resolve on this machine; the proxy ${proxy} resolves it itself`,
		'pt-BR': `${host} não é resolvido nesta máquina; o proxy ${proxy} resolve o nome por conta própria`,
	}),
	dnsTimeout: (host: string, seconds: string): Localized<ErrorText> => ({
		en: {message: `No DNS answer for ${host} within ${seconds} s.`, hint: 'Check the DNS servers of this machine (/etc/resolv.conf) and its VPN.'},
		'pt-BR': {message: `Nenhuma resposta de DNS para ${host} em ${seconds} s.`, hint: 'Confira os servidores DNS desta máquina (/etc/resolv.conf) e a VPN.'},
	}),
	proxyNone: (isHttps: boolean): Text => ({
		en: `none: ${isHttps ? 'neither HTTPS_PROXY nor HTTP_PROXY is set' : 'HTTP_PROXY is not set'}, so the connection goes straight to the server`,
		'pt-BR': `nenhum: ${isHttps ? 'nem HTTPS_PROXY nem HTTP_PROXY estão definidos' : 'HTTP_PROXY não está definido'}, então a conexão vai direto ao servidor`,
	}),
	proxyBypassed: (host: string, variable: string): Text => ({
		en: `none: NO_PROXY lists ${host}, so ${variable} is not used for it`,
		'pt-BR': `nenhum: o NO_PROXY inclui ${host}, então ${variable} não vale para ele`,
	}),
	proxyTunnel: (proxy: string, variable: string, target: string, reachedMs: number | undefined): Text => ({
		en: `${proxy} (from ${variable})${reachedMs === undefined ? '' : `, reached in ${Math.round(reachedMs)} ms,`} opened a tunnel to ${target} (CONNECT 200)`,
		'pt-BR': `${proxy} (de ${variable})${reachedMs === undefined ? '' : `, alcançado em ${Math.round(reachedMs)} ms,`} abriu um túnel até ${target} (CONNECT 200)`,
	}),
	tcpConnected: (address: string, port: number, local: string): Text => ({
		en: `connected to ${address} port ${port}, from ${local}`,
		'pt-BR': `conectado a ${address} na porta ${port}, a partir de ${local}`,
	}),
	tcpTunnel: (target: string, proxy: string): Text => ({
		en: `${target} reached through the tunnel of the proxy ${proxy}`,
		'pt-BR': `${target} alcançado pelo túnel do proxy ${proxy}`,
	}),
	tlsNone: {
		en: 'http:// to this machine: no TLS to check',
		'pt-BR': 'http:// para esta máquina: não há TLS a testar',
	} satisfies Text,
	httpTokenEndpoint: (status: string, server: string | undefined, error: string | undefined): Text => ({
		en: `${status}${server ? ` from ${server}` : ''}: a token endpoint answers here (it refused a request without credentials${error ? ` with ${error}` : ''}, as it should)`,
		'pt-BR': `${status}${server ? ` de ${server}` : ''}: um endpoint de token responde aqui (recusou uma requisição sem credenciais${error ? ` com ${error}` : ''}, como deve)`,
	}),
	httpNoCredentialsAccepted: (status: string, server: string | undefined): Text => ({
		en: `${status}${server ? ` from ${server}` : ''}: the Token URL answered a request without credentials with success, which a token endpoint does not do`,
		'pt-BR': `${status}${server ? ` de ${server}` : ''}: a Token URL respondeu com sucesso a uma requisição sem credenciais, o que um endpoint de token não faz`,
	}),
	httpAnswer: (status: string, server: string | undefined): Text => ({
		en: `answer: ${status}${server ? `, server: ${server}` : ''} (a redirect is never followed)`,
		'pt-BR': `resposta: ${status}${server ? `, servidor: ${server}` : ''} (um redirecionamento nunca é seguido)`,
	}),
	tokenIssued: {
		en: (type: string, expiry: string | undefined, isJwt: boolean) => `a ${type} token${isJwt ? ' (a JWT)' : ''}${expiry ? `, ${expiry}` : ''}`,
		'pt-BR': (type: string, expiry: string | undefined, isJwt: boolean) => `um token ${type}${isJwt ? ' (um JWT)' : ''}${expiry ? `, ${expiry}` : ''}`,
	},
	tokenRetried: (encoding: string): Text => ({
		en: `the server accepted the credentials only with the ${encoding} Basic encoding: add --encoding ${encoding} to get`,
		'pt-BR': `o servidor só aceitou as credenciais com a codificação Basic ${encoding}: use --encoding ${encoding} no get`,
	}),
	noClientId: {
		en: 'not checked: no Client ID (give --client-id ID, or --profile NAME)',
		'pt-BR': 'não testado: sem ID do Cliente (informe --client-id ID ou --profile NOME)',
	} satisfies Text,
	noSecret: {
		en: 'not checked: no Client Secret at hand, so no token was asked for',
		'pt-BR': 'não testado: sem Client Secret à mão, então nenhum token foi pedido',
	} satisfies Text,
	secretHow: {en: `to check it, ${secretWays.en}`, 'pt-BR': `para testar, ${secretWays['pt-BR']}`} satisfies Text,
	noToken: {en: 'not checked: there is no token to check with', 'pt-BR': 'não testado: não há token para testar'} satisfies Text,
	noBaseUrl: {
		en: 'not checked: no Base URL (give --base-url URL, or --profile NAME)',
		'pt-BR': 'não testado: sem Base URL (informe --base-url URL ou --profile NOME)',
	} satisfies Text,
	kindUnclaimed: {
		en: 'not checked: the token does not say which kind of provider issued it',
		'pt-BR': 'não testado: o token não diz que tipo de provedor o emitiu',
	} satisfies Text,
	kindNotCompared: (claimed: ProviderKind): Text => ({
		en: `the token names a provider of ${profileKindText[claimed].en}; give --kind or --profile to compare it with`,
		'pt-BR': `o token indica um provedor de ${profileKindText[claimed]['pt-BR']}; informe --kind ou --profile para comparar`,
	}),
	kindMatches: (kind: ProviderKind): Text => ({
		en: `the token was issued by a provider of ${profileKindText[kind].en}, as expected`,
		'pt-BR': `o token foi emitido por um provedor de ${profileKindText[kind]['pt-BR']}, como esperado`,
	}),
	kindMismatch: (claimed: ProviderKind, expected: ProviderKind): Localized<ErrorText> => ({
		en: {
			message: `The token was issued by the provider of ${profileKindText[claimed].en}, not of ${profileKindText[expected].en}: Okta groups pushed with it would land in the ${profileKindText[claimed].en} menu.`,
			hint: 'Copy the values of the right provider (Settings > Provisioning > Identity management (IGA) > Providers), or correct the kind (--kind).',
		},
		'pt-BR': {
			message: `O token foi emitido pelo provedor de ${profileKindText[claimed]['pt-BR']}, não de ${profileKindText[expected]['pt-BR']}: os grupos no push da Okta com ele iriam para o menu de ${profileKindText[claimed]['pt-BR']}.`,
			hint: 'Copie os dados do provedor certo (Configurações > Provisionamento > Gerenciamento de identidade (IGA) > Provedores) ou corrija o tipo (--kind).',
		},
	}),
	notRun: {en: 'not checked: a link before it is broken', 'pt-BR': 'não testado: um elo anterior está quebrado'} satisfies Text,
	allHold: {
		en: 'Every link holds: this machine can get a token for Okta\'s SCIM app.',
		'pt-BR': 'Todos os elos estão bons: esta máquina consegue um token para a aplicação SCIM da Okta.',
	} satisfies Text,
	holdExcept: (skipped: readonly string[]): Text => ({
		en: `Every link checked holds; not checked: ${skipped.join(', ')}.`,
		'pt-BR': `Todos os elos testados estão bons; não testados: ${skipped.join(', ')}.`,
	}),
	stopped: (link: string, code: number, rest: readonly string[]): Text => ({
		en: `Stopped at the first broken link, ${link} (exit ${code})${rest.length > 0 ? `; not checked after it: ${rest.join(', ')}` : ''}.`,
		'pt-BR': `Parou no primeiro elo quebrado, ${link} (saída ${code})${rest.length > 0 ? `; não testados depois dele: ${rest.join(', ')}` : ''}.`,
	}),
	missingTokenUrl: {en: '--token-url URL (or --profile NAME)', 'pt-BR': '--token-url URL (ou --profile NOME)'} satisfies Text,
	missingClientId: {en: '--client-id ID (or --profile NAME) for --client-secret-stdin', 'pt-BR': '--client-id ID (ou --profile NOME) para --client-secret-stdin'} satisfies Text,
} as const;
