import type {Localized} from './lang.js';

export const getText = {
	secretPrompt: {en: 'Client Secret (hidden): ', 'pt-BR': 'Client Secret (oculto): '},
	issued: {
		en: (type: string, expiry: string) => `✔ Token issued (${type}${expiry ? `, ${expiry}` : ''}).`,
		'pt-BR': (type: string, expiry: string) => `✔ Token emitido (${type}${expiry ? `, ${expiry}` : ''}).`,
	},
	retried: {
		en: (encoding: string) => `The server accepted the credentials only with the ${encoding} Basic encoding: add --encoding ${encoding} next time.`,
		'pt-BR': (encoding: string) => `O servidor só aceitou as credenciais com a codificação Basic ${encoding}: use --encoding ${encoding} da próxima vez.`,
	},
	unknownLifetime: {
		en: (sent: string) => `The server sent expires_in ${sent}, not a number of seconds: the token's lifetime is unknown.`,
		'pt-BR': (sent: string) => `O servidor enviou expires_in ${sent}, que não é um número de segundos: a validade do token é desconhecida.`,
	},
	savedTo: {
		en: (path: string) => `✔ Token written to ${path} (mode 0600: only you can read it).`,
		'pt-BR': (path: string) => `✔ Token gravado em ${path} (permissão 0600: só você pode ler).`,
	},
	tokenUrl: {en: '--token-url URL (or --profile NAME)', 'pt-BR': '--token-url URL (ou --profile NOME)'},
	clientId: {en: '--client-id ID (or --profile NAME)', 'pt-BR': '--client-id ID (ou --profile NOME)'},
} as const satisfies Record<string, Localized<unknown>>;
