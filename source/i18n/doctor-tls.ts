import type {ErrorText, Localized} from './lang.js';

// `segura-token doctor`, the TLS link: whether the certificate names the host, who issued it,
// and what to do about a CA this machine does not trust.

type Text = Localized<string>;

export const doctorTlsText = {
	nameMatches: (host: string): Text => ({
		en: `Name: the certificate is valid for ${host}`,
		'pt-BR': `Nome: o certificado vale para ${host}`,
	}),
	nameMismatch: (host: string, names: string): Text => ({
		en: `Name: the certificate is NOT valid for ${host}${names ? ` (it names ${names})` : ''}`,
		'pt-BR': `Nome: o certificado NÃO vale para ${host}${names ? ` (ele indica ${names})` : ''}`,
	}),
	issuerPublic: (root: string): Text => ({
		en: `Issuer: a public certificate authority (${root})`,
		'pt-BR': `Emissor: uma autoridade certificadora pública (${root})`,
	}),
	issuerPrivate: (root: string, isProxied: boolean): Text => ({
		en: `Issuer: ${root}, not a public certificate authority: your organisation's own CA or the appliance's${isProxied ? ', or the proxy inspecting TLS' : ''}`,
		'pt-BR': `Emissor: ${root}, que não é uma autoridade certificadora pública: a CA da sua organização ou a do appliance${isProxied ? ', ou o proxy inspecionando o TLS' : ''}`,
	}),
	issuerSelfSigned: {
		en: 'Issuer: the server itself (a self-signed certificate, as appliances come with)',
		'pt-BR': 'Emissor: o próprio servidor (um certificado autoassinado, como vem nos appliances)',
	} satisfies Text,
	issuerInspecting: (vendor: string, root: string): Text => ({
		en: `Issuer: ${root}, which looks like a TLS-inspecting proxy (${vendor}), not a public certificate authority: something on the network decrypts the traffic and signs it again`,
		'pt-BR': `Emissor: ${root}, que parece um proxy que inspeciona TLS (${vendor}), e não uma autoridade certificadora pública: algo na rede decifra o tráfego e o assina de novo`,
	}),
	caAdvice: (target: string, isProxied: boolean): Text => ({
		en: `--ca: if this certificate (or the CA that issued it) is the appliance's or your organisation's, save it as PEM and pass --ca FILE (a profile keeps it). To see the chain: openssl s_client -connect ${target} -showcerts </dev/null${isProxied ? ' (with -proxy HOST:PORT)' : ''}`,
		'pt-BR': `--ca: se este certificado (ou a CA que o emitiu) é do appliance ou da sua organização, grave-o em PEM e informe --ca ARQUIVO (um perfil o guarda). Para ver a cadeia: openssl s_client -connect ${target} -showcerts </dev/null${isProxied ? ' (com -proxy HOST:PORTA)' : ''}`,
	}),
	inspectingAdvice: (host: string): Text => ({
		en: `--ca: ask the network team for the certificate (PEM) of the inspection CA and pass it with --ca FILE or NODE_EXTRA_CA_CERTS, or ask them to leave ${host} out of the inspection`,
		'pt-BR': `--ca: peça à equipe de rede o certificado (PEM) da CA de inspeção e informe com --ca ARQUIVO ou NODE_EXTRA_CA_CERTS, ou peça que ${host} fique fora da inspeção`,
	}),
	inspectedTrusted: {
		en: 'This machine trusts the inspecting CA: the token and the Client Secret are visible to that proxy.',
		'pt-BR': 'Esta máquina confia na CA de inspeção: o token e o Client Secret ficam visíveis para esse proxy.',
	} satisfies Text,
	trustedByExtra: {
		en: 'Trusted through --ca, NODE_EXTRA_CA_CERTS or a profile\'s CA file, not through the public CAs.',
		'pt-BR': 'Confiável por causa de --ca, NODE_EXTRA_CA_CERTS ou do arquivo de CA de um perfil, não pelas CAs públicas.',
	} satisfies Text,
	notEnforced: (problem: Localized<ErrorText>): Text => ({
		en: `Not enforced (--insecure): ${problem.en.message}`,
		'pt-BR': `Não aplicado (--insecure): ${problem['pt-BR'].message}`,
	}),
} as const;
