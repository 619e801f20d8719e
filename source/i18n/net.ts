import type {ErrorText, Localized} from './lang.js';

// Network, TLS and proxy failures, worded for the person at the terminal. Not OAuth-specific:
// the SCIM check meets the same failures.

type Text = Localized<ErrorText>;

const caHintEn = 'Pass the CA certificate (PEM) with --ca FILE; as a last resort, --insecure skips the check.';
const caHintPt = 'Informe o certificado da CA (PEM) com --ca ARQUIVO; em último caso, --insecure ignora a verificação.';

export const netText = {
	dns: (host: string): Text => ({
		en: {message: `The name ${host} could not be found (DNS).`, hint: 'Check the host name in the URL, and the DNS or VPN of this machine.'},
		'pt-BR': {message: `O nome ${host} não foi encontrado (DNS).`, hint: 'Confira o nome do servidor na URL e o DNS ou a VPN desta máquina.'},
	}),
	refused: (host: string, port: string): Text => ({
		en: {message: `${host} refused the connection on port ${port}: nothing is listening there.`, hint: 'Check the port in the URL, and that the Segura server is up.'},
		'pt-BR': {message: `${host} recusou a conexão na porta ${port}: nada está escutando nela.`, hint: 'Confira a porta na URL e se o servidor Segura está no ar.'},
	}),
	unreachable: (host: string): Text => ({
		en: {message: `There is no network route from this machine to ${host}.`, hint: 'Check the VPN, the firewall and the routes of this machine.'},
		'pt-BR': {message: `Não há rota de rede desta máquina até ${host}.`, hint: 'Confira a VPN, o firewall e as rotas desta máquina.'},
	}),
	connectTimeout: (host: string, port: string, seconds: string): Text => ({
		en: {
			message: `Could not connect to ${host}:${port} within ${seconds} s (connection or TLS handshake).`,
			hint: 'A firewall may be dropping the traffic or the server is down; --timeout SECONDS waits longer.',
		},
		'pt-BR': {
			message: `Não foi possível conectar a ${host}:${port} em ${seconds} s (conexão ou handshake TLS).`,
			hint: 'Um firewall pode estar descartando o tráfego, ou o servidor está fora do ar; --timeout SEGUNDOS espera mais.',
		},
	}),
	responseTimeout: (host: string, seconds: string): Text => ({
		en: {message: `${host} accepted the connection but did not answer within ${seconds} s.`, hint: 'Try again, or wait longer with --timeout SECONDS.'},
		'pt-BR': {message: `${host} aceitou a conexão, mas não respondeu em ${seconds} s.`, hint: 'Tente de novo, ou espere mais com --timeout SEGUNDOS.'},
	}),
	reset: (host: string): Text => ({
		en: {
			message: `The connection to ${host} was closed before the answer arrived.`,
			hint: 'A firewall, proxy or load balancer may be cutting it; also check whether the URL should start with https:// or http://.',
		},
		'pt-BR': {
			message: `A conexão com ${host} foi encerrada antes de a resposta chegar.`,
			hint: 'Um firewall, proxy ou balanceador pode estar cortando a conexão; confira também se a URL deve começar com https:// ou http://.',
		},
	}),
	tlsSelfSigned: (host: string): Text => ({
		en: {
			message: `The certificate of ${host} is self-signed, so this machine cannot trust it.`,
			hint: 'Pass that certificate (PEM) with --ca FILE; as a last resort, --insecure skips the check.',
		},
		'pt-BR': {
			message: `O certificado de ${host} é autoassinado, então esta máquina não pode confiar nele.`,
			hint: 'Informe esse certificado (PEM) com --ca ARQUIVO; em último caso, --insecure ignora a verificação.',
		},
	}),
	tlsUnknownCa: (host: string): Text => ({
		en: {message: `The certificate of ${host} was issued by a certificate authority (CA) this machine does not trust.`, hint: caHintEn},
		'pt-BR': {message: `O certificado de ${host} foi emitido por uma autoridade certificadora (CA) em que esta máquina não confia.`, hint: caHintPt},
	}),
	tlsHostname: (host: string, names: string): Text => ({
		en: {
			message: `The certificate of ${host} was issued for another name${names ? ` (${names})` : ''}.`,
			hint: 'Use the host name the certificate was issued for in the URL; --ca does not help here; as a last resort, --insecure skips the check.',
		},
		'pt-BR': {
			message: `O certificado de ${host} foi emitido para outro nome${names ? ` (${names})` : ''}.`,
			hint: 'Use na URL o nome para o qual o certificado foi emitido; --ca não resolve este caso; em último caso, --insecure ignora a verificação.',
		},
	}),
	tlsExpired: (host: string): Text => ({
		en: {
			message: `The certificate of ${host} has expired.`,
			hint: 'Ask for the certificate to be renewed (or check this machine\'s clock); as a last resort, --insecure skips the check.',
		},
		'pt-BR': {
			message: `O certificado de ${host} expirou.`,
			hint: 'Peça a renovação do certificado (ou confira o relógio desta máquina); em último caso, --insecure ignora a verificação.',
		},
	}),
	tlsNotYetValid: (host: string): Text => ({
		en: {
			message: `The certificate of ${host} is not valid yet.`,
			hint: 'Check the clock of this machine and of the server; as a last resort, --insecure skips the check.',
		},
		'pt-BR': {
			message: `O certificado de ${host} ainda não é válido.`,
			hint: 'Confira o relógio desta máquina e do servidor; em último caso, --insecure ignora a verificação.',
		},
	}),
	tlsOther: (host: string, detail: string): Text => ({
		en: {
			message: `The secure (TLS) connection to ${host} failed: ${detail}.`,
			hint: 'If the server speaks plain HTTP on that port, use an http:// URL; otherwise check the address and the port.',
		},
		'pt-BR': {
			message: `A conexão segura (TLS) com ${host} falhou: ${detail}.`,
			hint: 'Se o servidor usa HTTP simples nessa porta, use uma URL http://; senão, confira o endereço e a porta.',
		},
	}),
	proxyUnreachable: (proxy: string, variable: string): Text => ({
		en: {
			message: `Could not reach the proxy ${proxy} (set by ${variable}).`,
			hint: `Check ${variable}; to go direct to this server, add its host name to NO_PROXY.`,
		},
		'pt-BR': {
			message: `Não foi possível alcançar o proxy ${proxy} (definido em ${variable}).`,
			hint: `Confira ${variable}; para acessar este servidor sem proxy, inclua o nome dele em NO_PROXY.`,
		},
	}),
	proxyAuth: (proxy: string): Text => ({
		en: {
			message: `The proxy ${proxy} asks for a login (407 Proxy Authentication Required).`,
			hint: 'Put the proxy user and password in the proxy variable: http://USER:PASSWORD@HOST:PORT.',
		},
		'pt-BR': {
			message: `O proxy ${proxy} exige login (407 Proxy Authentication Required).`,
			hint: 'Coloque o usuário e a senha do proxy na variável: http://USUARIO:SENHA@HOST:PORTA.',
		},
	}),
	proxyRefused: (proxy: string, target: string, status: string): Text => ({
		en: {
			message: `The proxy ${proxy} did not open a connection to ${target} (it answered ${status}).`,
			hint: 'The proxy may block that address or port, or cannot reach it; ask its administrator, or add the host to NO_PROXY to go direct.',
		},
		'pt-BR': {
			message: `O proxy ${proxy} não abriu a conexão com ${target} (respondeu com ${status}).`,
			hint: 'O proxy pode bloquear esse endereço ou porta, ou não alcançá-lo; fale com quem administra o proxy, ou inclua o nome em NO_PROXY para acessar direto.',
		},
	}),
	proxyInvalid: (variable: string, problem: 'invalid' | 'quotes' | 'scheme' | 'escape' | 'path'): Text => {
		const why = {
			invalid: {en: '', 'pt-BR': ''},
			quotes: {en: ' (it is written inside quotes)', 'pt-BR': ' (está escrita entre aspas)'},
			scheme: {en: ' (only http:// and https:// proxies)', 'pt-BR': ' (só proxies http:// e https://)'},
			escape: {en: ' (a %-escape in its user or password does not decode)', 'pt-BR': ' (um escape % no usuário ou na senha não decodifica)'},
			path: {en: ' (a proxy URL has no path, query or fragment)', 'pt-BR': ' (uma URL de proxy não tem caminho, consulta nem fragmento)'},
		}[problem];
		return {
			en: {message: `${variable} is not a proxy URL this tool can use${why.en}.`, hint: `Write it as http://HOST:PORT (or https://HOST:PORT), or unset ${variable}.`},
			'pt-BR': {message: `${variable} não é uma URL de proxy que esta ferramenta consiga usar${why['pt-BR']}.`, hint: `Escreva como http://HOST:PORTA (ou https://HOST:PORTA), ou remova ${variable}.`},
		};
	},
	tooLarge: (host: string, limit: string): Text => ({
		en: {
			message: `The answer from ${host} is larger than ${limit}; reading stopped there.`,
			hint: 'The URL probably points at a page or a file, not at an API: check it.',
		},
		'pt-BR': {
			message: `A resposta de ${host} passa de ${limit}; a leitura parou aí.`,
			hint: 'A URL provavelmente aponta para uma página ou arquivo, e não para uma API: confira.',
		},
	}),
	other: (host: string, detail: string): Text => ({
		en: {message: `The request to ${host} failed: ${detail}.`, hint: 'Check the URL and the network of this machine.'},
		'pt-BR': {message: `A requisição para ${host} falhou: ${detail}.`, hint: 'Confira a URL e a rede desta máquina.'},
	}),
	caUnreadable: (file: string, source: string, detail: Localized<string>): Text => ({
		en: {message: `Cannot read the CA file ${file} (${source}): ${detail.en}.`, hint: 'Give the path of a PEM file with the CA certificate(s).'},
		'pt-BR': {message: `Não foi possível ler o arquivo de CA ${file} (${source}): ${detail['pt-BR']}.`, hint: 'Informe o caminho de um arquivo PEM com o(s) certificado(s) da CA.'},
	}),
	caNotPem: (file: string, source: string): Text => ({
		en: {
			message: `${file} (${source}) holds no PEM certificate.`,
			hint: 'It must contain -----BEGIN CERTIFICATE----- blocks; convert a DER file with: openssl x509 -inform der -in FILE -out FILE.pem',
		},
		'pt-BR': {
			message: `${file} (${source}) não contém certificado PEM.`,
			hint: 'O arquivo deve ter blocos -----BEGIN CERTIFICATE-----; converta um arquivo DER com: openssl x509 -inform der -in ARQUIVO -out ARQUIVO.pem',
		},
	}),
	invalidUrl: (url: string): Text => ({
		en: {message: `${url} is not a valid http:// or https:// URL.`, hint: 'Copy the URL again from the provider details in Segura.'},
		'pt-BR': {message: `${url} não é uma URL http:// ou https:// válida.`, hint: 'Copie a URL de novo em Detalhes do provider, no Segura.'},
	}),
} as const;

/** How a detail reads in each language. */
export const netWords = {
	notFound: {en: 'file not found', 'pt-BR': 'arquivo não encontrado'},
	tooLarge: {en: 'larger than 1 MiB, which no CA file is', 'pt-BR': 'maior que 1 MiB, e nenhum arquivo de CA é tão grande'},
	notAllowed: {en: 'permission denied', 'pt-BR': 'permissão negada'},
	isDirectory: {en: 'it is a folder', 'pt-BR': 'é uma pasta'},
} as const satisfies Record<string, Localized<string>>;
