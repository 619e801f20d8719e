import type {Catalog} from '../en/index.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import {profileKindText} from './profiles.js';

const secretWays = 'defina SEGURA_CLIENT_SECRET (read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET), envie pela entrada padrão com --client-secret-stdin ou use um perfil que guarde o Client Secret';

export const doctorText: Catalog['doctorText'] = {
	labels: {url: 'URL', dns: 'DNS', proxy: 'Proxy', tcp: 'TCP', tls: 'TLS', http: 'HTTP', token: 'Token', scim: 'SCIM', kind: 'Tipo de provedor'},
	heading: (host: string) => `O caminho desta máquina até ${host}, elo por elo:`,
	urls: (tokenUrl: string, baseUrl: string | undefined) => `Token URL ${tokenUrl}${baseUrl ? `, Base URL ${baseUrl}` : '; sem Base URL, então o SCIM não é testado'}`,
	dnsLiteral: (host: string) => `${host} é um endereço IP: nada a consultar`,
	dnsFound: (host: string, addresses: readonly string[]) => `${host} → ${addresses.join(', ')}`,
	dnsByProxy: (host: string, proxy: string) => `${host} não é resolvido nesta máquina; o proxy ${proxy} resolve o nome por conta própria`,
	proxyNone: (isHttps: boolean) => `nenhum: ${isHttps ? 'nem HTTPS_PROXY nem HTTP_PROXY estão definidos' : 'HTTP_PROXY não está definido'}, então a conexão vai direto ao servidor`,
	proxyBypassed: (host: string, variable: string) => `nenhum: o NO_PROXY inclui ${host}, então ${variable} não vale para ele`,
	proxyTunnel: (proxy: string, variable: string, target: string, reachedMs: number | undefined) => `${proxy} (de ${variable})${reachedMs === undefined ? '' : `, alcançado em ${Math.round(reachedMs)} ms,`} abriu um túnel até ${target} (CONNECT 200)`,
	tcpConnected: (address: string, port: number, local: string) => `conectado a ${address} na porta ${port}, a partir de ${local}`,
	tcpTunnel: (target: string, proxy: string) => `${target} alcançado pelo túnel do proxy ${proxy}`,
	tlsNone: 'http:// para esta máquina: não há TLS a testar',
	httpTokenEndpoint: (status: string, server: string | undefined, error: string | undefined) => `${status}${server ? ` de ${server}` : ''}: um endpoint de token responde aqui (recusou uma requisição sem credenciais${error ? ` com ${error}` : ''}, como deve)`,
	httpNoCredentialsAccepted: (status: string, server: string | undefined) => `${status}${server ? ` de ${server}` : ''}: a Token URL respondeu com sucesso a uma requisição sem credenciais, o que um endpoint de token não faz`,
	httpAnswer: (status: string, server: string | undefined) => `resposta: ${status}${server ? `, servidor: ${server}` : ''} (um redirecionamento nunca é seguido)`,
	tokenIssued: (type: string, expiry: string | undefined, isJwt: boolean) => `um token ${type}${isJwt ? ' (um JWT)' : ''}${expiry ? `, ${expiry}` : ''}`,
	tokenRetried: (encoding: string) => `o servidor só aceitou as credenciais com a codificação Basic ${encoding}: use --encoding ${encoding} no get`,
	noClientId: 'não testado: sem ID do Cliente (informe --client-id ID ou --profile NOME)',
	noSecret: 'não testado: sem Client Secret à mão, então nenhum token foi pedido',
	secretHow: `para testar, ${secretWays}`,
	noToken: 'não testado: não há token para testar',
	noBaseUrl: 'não testado: sem Base URL (informe --base-url URL ou --profile NOME)',
	kindUnclaimed: 'não testado: o token não diz que tipo de provedor o emitiu',
	kindNotCompared: (claimed: ProviderKind) => `o token indica um provedor de ${profileKindText[claimed]}; informe --kind ou --profile para comparar`,
	kindMatches: (kind: ProviderKind) => `o token foi emitido por um provedor de ${profileKindText[kind]}, como esperado`,
	notRun: 'não testado: um elo anterior está quebrado',
	allHold: 'Todos os elos estão bons: esta máquina consegue um token para a aplicação SCIM da Okta.',
	holdExcept: (skipped: readonly string[]) => `Todos os elos testados estão bons; não testados: ${skipped.join(', ')}.`,
	stopped: (link: string, code: number, rest: readonly string[]) => `Parou no primeiro elo quebrado, ${link} (saída ${code})${rest.length > 0 ? `; não testados depois dele: ${rest.join(', ')}` : ''}.`,
	missingTokenUrl: '--token-url URL (ou --profile NOME)',
	missingClientId: '--client-id ID (ou --profile NOME) para --client-secret-stdin',
};

export const doctorErrors: Catalog['doctorErrors'] = {
	dnsTimeout: (host: string, seconds: string) => ({message: `Nenhuma resposta de DNS para ${host} em ${seconds} s.`, hint: 'Confira os servidores DNS desta máquina (/etc/resolv.conf) e a VPN.'}),
	kindMismatch: (claimed: ProviderKind, expected: ProviderKind) => ({
		message: `O token foi emitido pelo provedor de ${profileKindText[claimed]}, não de ${profileKindText[expected]}: os grupos no push da Okta com ele iriam para o menu de ${profileKindText[claimed]}.`,
		hint: 'Copie os dados do provedor certo (Configurações > Provisionamento > Gerenciamento de identidade (IGA) > Provedores) ou corrija o tipo (--kind).',
	}),
};

export const doctorTlsText: Catalog['doctorTlsText'] = {
	nameMatches: (host: string) => `Nome: o certificado vale para ${host}`,
	nameMismatch: (host: string, names: string) => `Nome: o certificado NÃO vale para ${host}${names ? ` (ele indica ${names})` : ''}`,
	issuerPublic: (root: string) => `Emissor: uma autoridade certificadora pública (${root})`,
	issuerPrivate: (root: string, isProxied: boolean) => `Emissor: ${root}, que não é uma autoridade certificadora pública: a CA da sua organização ou a do appliance${isProxied ? ', ou o proxy inspecionando o TLS' : ''}`,
	issuerSelfSigned: 'Emissor: o próprio servidor (um certificado autoassinado, como vem nos appliances)',
	issuerInspecting: (vendor: string, root: string) => `Emissor: ${root}, que parece um proxy que inspeciona TLS (${vendor}), e não uma autoridade certificadora pública: algo na rede decifra o tráfego e o assina de novo`,
	caAdvice: (target: string, isProxied: boolean) => `--ca: se este certificado (ou a CA que o emitiu) é do appliance ou da sua organização, grave-o em PEM e informe --ca ARQUIVO (um perfil o guarda). Para ver a cadeia: openssl s_client -connect ${target} -showcerts </dev/null${isProxied ? ' (com -proxy HOST:PORTA)' : ''}`,
	inspectingAdvice: (host: string) => `--ca: peça à equipe de rede o certificado (PEM) da CA de inspeção e informe com --ca ARQUIVO ou NODE_EXTRA_CA_CERTS, ou peça que ${host} fique fora da inspeção`,
	inspectedTrusted: 'Esta máquina confia na CA de inspeção: o token e o Client Secret ficam visíveis para esse proxy.',
	trustedByExtra: 'Confiável por causa de --ca, NODE_EXTRA_CA_CERTS ou do arquivo de CA de um perfil, não pelas CAs públicas.',
	notEnforced: (problem: string) => `Não aplicado (--insecure): ${problem}`,
};
