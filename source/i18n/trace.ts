import type {Localized} from './lang.js';

// The words of --verbose: the HTTP exchange as `curl -v` shows it, for a support ticket. The
// protocol itself (request line, header names, JSON) is not translated.

type Say<A extends unknown[]> = Localized<(...args: A) => string>;

export const traceText = {
	redacted: {en: 'redacted', 'pt-BR': 'oculto'},
	proxy: {en: (url, variable) => `Proxy: ${url} (from ${variable})`, 'pt-BR': (url, variable) => `Proxy: ${url} (de ${variable})`} as Say<[string, string]>,
	noProxy: {en: 'No proxy', 'pt-BR': 'Sem proxy'},
	bypassed: {
		en: (host, variable) => `No proxy: NO_PROXY covers ${host}, so ${variable} is not used`,
		'pt-BR': (host, variable) => `Sem proxy: o NO_PROXY inclui ${host}, então ${variable} não é usado`,
	} as Say<[string, string]>,
	dns: {en: (host, address) => `DNS: ${host} is ${address}`, 'pt-BR': (host, address) => `DNS: ${host} é ${address}`} as Say<[string, string]>,
	connected: {
		en: (address, port, local) => `Connected to ${address} port ${port} (from ${local})`,
		'pt-BR': (address, port, local) => `Conectado a ${address} na porta ${port} (a partir de ${local})`,
	} as Say<[string, string, string]>,
	connectedProxy: {
		en: (address, port) => `Connected to the proxy ${address} port ${port}`,
		'pt-BR': (address, port) => `Conectado ao proxy ${address} na porta ${port}`,
	} as Say<[string, string]>,
	tunnel: {
		en: target => `Tunnel to ${target} open (the proxy answered 200)`,
		'pt-BR': target => `Túnel até ${target} aberto (o proxy respondeu com 200)`,
	} as Say<[string]>,
	reused: {
		en: (address, port) => `Re-using the connection to ${address} port ${port}`,
		'pt-BR': (address, port) => `Reaproveitando a conexão com ${address} na porta ${port}`,
	} as Say<[string, string]>,
	tls: {en: (hop, details) => `TLS with ${hop}: ${details}`, 'pt-BR': (hop, details) => `TLS com ${hop}: ${details}`} as Say<[string, string]>,
	theServer: {en: 'the server', 'pt-BR': 'o servidor'},
	theProxy: {en: 'the proxy', 'pt-BR': 'o proxy'},
	verified: {en: 'certificate verified', 'pt-BR': 'certificado verificado'},
	notVerified: {en: why => `certificate NOT verified (${why})`, 'pt-BR': why => `certificado NÃO verificado (${why})`} as Say<[string]>,
	handshakeFailed: {
		en: hop => `TLS handshake with ${hop} failed`,
		'pt-BR': hop => `O handshake TLS com ${hop} falhou`,
	} as Say<[string]>,
	chain: {en: 'Certificate chain:', 'pt-BR': 'Cadeia de certificados:'},
	subject: {en: 'subject', 'pt-BR': 'emitido para'},
	issuer: {en: 'issuer', 'pt-BR': 'emitido por'},
	names: {en: 'names', 'pt-BR': 'nomes'},
	expires: {en: 'expires', 'pt-BR': 'expira'},
	inDays: {en: days => `in ${days} days`, 'pt-BR': days => `em ${days} dias`} as Say<[number]>,
	daysAgo: {en: days => `EXPIRED ${days} days ago`, 'pt-BR': days => `EXPIROU há ${days} dias`} as Say<[number]>,
	withinDay: {en: 'in less than a day', 'pt-BR': 'em menos de um dia'},
	expiredToday: {en: 'EXPIRED less than a day ago', 'pt-BR': 'EXPIROU há menos de um dia'},
	notYetValid: {en: from => `NOT valid until ${from}`, 'pt-BR': from => `NÃO é válido antes de ${from}`} as Say<[string]>,
	failed: {en: (after, what) => `Failed after ${after}: ${what}`, 'pt-BR': (after, what) => `Falhou depois de ${after}: ${what}`} as Say<[string, string]>,
	bodyCut: {
		en: count => `… ${count} more characters not shown`,
		'pt-BR': count => `… mais ${count} caracteres não mostrados`,
	} as Say<[number]>,
	notText: {en: bytes => `[${bytes} bytes, not UTF-8 text]`, 'pt-BR': bytes => `[${bytes} bytes, não é texto UTF-8]`} as Say<[number]>,
	timing: {en: 'Timing', 'pt-BR': 'Tempos'},
	took: {en: 'took', 'pt-BR': 'duração'},
	sinceStart: {en: 'since start', 'pt-BR': 'desde o início'},
	phases: {
		en: {
			proxyDns: 'proxy DNS',
			proxyConnect: 'proxy connect',
			proxyTls: 'proxy TLS',
			tunnel: 'tunnel',
			dns: 'DNS',
			connect: 'connect',
			tls: 'TLS',
			firstByte: 'first byte',
			total: 'total',
		},
		'pt-BR': {
			proxyDns: 'DNS do proxy',
			proxyConnect: 'conexão ao proxy',
			proxyTls: 'TLS do proxy',
			tunnel: 'túnel',
			dns: 'DNS',
			connect: 'conexão',
			tls: 'TLS',
			firstByte: 'primeiro byte',
			total: 'total',
		},
	},
	reusedPhase: {en: 'connection re-used', 'pt-BR': 'conexão reaproveitada'},
	session: {
		en: 'The HTTP exchanges of this session (--verbose):',
		'pt-BR': 'As trocas HTTP desta sessão (--verbose):',
	},
	dropped: {
		en: count => `(${count} earlier lines not kept)`,
		'pt-BR': count => `(${count} linhas anteriores não foram guardadas)`,
	} as Say<[number]>,
} as const;

export type TracePhase = keyof (typeof traceText.phases)['en'];
