import type {Catalog} from '../en/index.js';
const caHint = 'Informe o certificado da CA (PEM) com --ca ARQUIVO; em último caso, --insecure ignora a verificação.';

export const netText: Catalog['netText'] = {
	dns: (host: string) => ({message: `O nome ${host} não foi encontrado (DNS).`, hint: 'Confira o nome do servidor na URL e o DNS ou a VPN desta máquina.'}),
	refused: (host: string, port: string) => ({message: `${host} recusou a conexão na porta ${port}: nada está escutando nela.`, hint: 'Confira a porta na URL e se o servidor Segura está no ar.'}),
	unreachable: (host: string) => ({message: `Não há rota de rede desta máquina até ${host}.`, hint: 'Confira a VPN, o firewall e as rotas desta máquina.'}),
	connectTimeout: (host: string, port: string, seconds: string) => ({
		message: `Não foi possível conectar a ${host}:${port} em ${seconds} s (conexão ou handshake TLS).`,
		hint: 'Um firewall pode estar descartando o tráfego, ou o servidor está fora do ar; --timeout SEGUNDOS espera mais.',
	}),
	responseTimeout: (host: string, seconds: string) => ({message: `${host} aceitou a conexão, mas não respondeu em ${seconds} s.`, hint: 'Tente de novo, ou espere mais com --timeout SEGUNDOS.'}),
	reset: (host: string) => ({
		message: `A conexão com ${host} foi encerrada antes de a resposta chegar.`,
		hint: 'Um firewall, proxy ou balanceador pode estar cortando a conexão; confira também se a URL deve começar com https:// ou http://.',
	}),
	tlsSelfSigned: (host: string) => ({
		message: `O certificado de ${host} é autoassinado, então esta máquina não pode confiar nele.`,
		hint: 'Informe esse certificado (PEM) com --ca ARQUIVO; em último caso, --insecure ignora a verificação.',
	}),
	tlsUnknownCa: (host: string) => ({message: `O certificado de ${host} foi emitido por uma autoridade certificadora (CA) em que esta máquina não confia.`, hint: caHint}),
	tlsHostname: (host: string, names: string) => ({
		message: `O certificado de ${host} foi emitido para outro nome${names ? ` (${names})` : ''}.`,
		hint: 'Use na URL o nome para o qual o certificado foi emitido; --ca não resolve este caso; em último caso, --insecure ignora a verificação.',
	}),
	tlsExpired: (host: string) => ({
		message: `O certificado de ${host} expirou.`,
		hint: 'Peça a renovação do certificado (ou confira o relógio desta máquina); em último caso, --insecure ignora a verificação.',
	}),
	tlsNotYetValid: (host: string) => ({
		message: `O certificado de ${host} ainda não é válido.`,
		hint: 'Confira o relógio desta máquina e do servidor; em último caso, --insecure ignora a verificação.',
	}),
	tlsOther: (host: string, detail: string) => ({
		message: `A conexão segura (TLS) com ${host} falhou: ${detail}.`,
		hint: 'Se o servidor usa HTTP simples nessa porta, use uma URL http://; senão, confira o endereço e a porta.',
	}),
	proxyUnreachable: (proxy: string, variable: string) => ({
		message: `Não foi possível alcançar o proxy ${proxy} (definido em ${variable}).`,
		hint: `Confira ${variable}; para acessar este servidor sem proxy, inclua o nome dele em NO_PROXY.`,
	}),
	proxyAuth: (proxy: string) => ({
		message: `O proxy ${proxy} exige login (407 Proxy Authentication Required).`,
		hint: 'Coloque o usuário e a senha do proxy na variável: http://USUARIO:SENHA@HOST:PORTA.',
	}),
	proxyRefused: (proxy: string, target: string, status: string) => ({
		message: `O proxy ${proxy} não abriu a conexão com ${target} (respondeu com ${status}).`,
		hint: 'O proxy pode bloquear esse endereço ou porta, ou não alcançá-lo; fale com quem administra o proxy, ou inclua o nome em NO_PROXY para acessar direto.',
	}),
	proxyInvalid: (variable: string, problem: 'invalid' | 'quotes' | 'scheme' | 'escape' | 'path') => {
		const why = {
			invalid: '',
			quotes: ' (está escrita entre aspas)',
			scheme: ' (só proxies http:// e https://)',
			escape: ' (um escape % no usuário ou na senha não decodifica)',
			path: ' (uma URL de proxy não tem caminho, consulta nem fragmento)',
		}[problem];
		return {message: `${variable} não é uma URL de proxy que esta ferramenta consiga usar${why}.`, hint: `Escreva como http://HOST:PORTA (ou https://HOST:PORTA), ou remova ${variable}.`};
	},
	tooLarge: (host: string, limit: string) => ({
		message: `A resposta de ${host} passa de ${limit}; a leitura parou aí.`,
		hint: 'A URL provavelmente aponta para uma página ou arquivo, e não para uma API: confira.',
	}),
	other: (host: string, detail: string) => ({message: `A requisição para ${host} falhou: ${detail}.`, hint: 'Confira a URL e a rede desta máquina.'}),
	caUnreadable: (file: string, source: string, detail: string) => ({message: `Não foi possível ler o arquivo de CA ${file} (${source}): ${detail}.`, hint: 'Informe o caminho de um arquivo PEM com o(s) certificado(s) da CA.'}),
	caNotPem: (file: string, source: string) => ({
		message: `${file} (${source}) não contém certificado PEM.`,
		hint: 'O arquivo deve ter blocos -----BEGIN CERTIFICATE-----; converta um arquivo DER com: openssl x509 -inform der -in ARQUIVO -out ARQUIVO.pem',
	}),
	invalidUrl: (url: string) => ({message: `${url} não é uma URL http:// ou https:// válida.`, hint: 'Copie a URL de novo em Detalhes do provider, no Segura.'}),
};

export const netWords: Catalog['netWords'] = {
	notFound: 'arquivo não encontrado',
	tooLarge: 'maior que 1 MiB, e nenhum arquivo de CA é tão grande',
	notAllowed: 'permissão negada',
	isDirectory: 'é uma pasta',
};

export const routeText: Catalog['routeText'] = {
	direct: (host: string, address: string) => ` Esta máquina acessa ${host} a partir do endereço ${address} (visto daqui: um NAT no caminho pode mudar o que o Segura vê).`,
	proxy: (proxy: string) => ` A requisição passou pelo proxy ${proxy}, então o Segura vê o endereço do proxy.`,
};
