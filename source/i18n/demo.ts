import type {ProviderKind} from '../model/provider-kind.js';
import type {ErrorText, Localized} from './lang.js';

export const demoText = {
	stopped: {en: 'Practice server stopped.', 'pt-BR': 'Servidor de prática encerrado.'},
	title: {
		en: 'Segura practice server, on this computer only (127.0.0.1)',
		'pt-BR': 'Servidor de prática do Segura, só neste computador (127.0.0.1)',
	},
	seguraUrl: {en: 'Segura URL', 'pt-BR': 'URL do Segura'},
	provider: {
		en: {internal: 'Provider for internal users', 'third-party': 'Provider for third-party users'},
		'pt-BR': {internal: 'Provedor de usuários internos', 'third-party': 'Provedor de usuários terceiros'},
	} satisfies Localized<Record<ProviderKind, string>>,
	baseUrl: {en: 'Base URL', 'pt-BR': 'Base URL'},
	tokenUrl: {en: 'Token URL', 'pt-BR': 'Token URL'},
	clientId: {en: 'Client ID', 'pt-BR': 'ID do Cliente'},
	clientSecret: {en: 'Client Secret', 'pt-BR': 'Client Secret'},
	tryIt: {
		en: 'Try it (internal users provider):',
		'pt-BR': 'Experimente (provedor de usuários internos):',
	},
	serving: {
		en: 'Practice server running. Press Ctrl+C to stop it.',
		'pt-BR': 'Servidor de prática no ar. Tecle Ctrl+C para encerrá-lo.',
	},
} as const satisfies Record<string, Localized<unknown>>;

export const demoErrors = {
	invalidPort: (value: string): Localized<ErrorText> => ({
		en: {message: `The port ${value} is not valid.`, hint: 'Give --port a whole number from 0 to 65535 (0 takes any free port).'},
		'pt-BR': {
			message: `A porta ${value} não é válida.`,
			hint: 'Informe em --port um número inteiro de 0 a 65535 (0 usa qualquer porta livre).',
		},
	}),
	portInUse: (port: number): Localized<ErrorText> => ({
		en: {
			message: `Port ${port} is already in use on 127.0.0.1.`,
			hint: 'Choose another with --port, or leave --port out to take any free port.',
		},
		'pt-BR': {
			message: `A porta ${port} já está em uso em 127.0.0.1.`,
			hint: 'Escolha outra com --port, ou omita --port para usar qualquer porta livre.',
		},
	}),
	keptPortInUse: (port: number): Localized<ErrorText> => ({
		en: {
			message: `Port ${port}, where the practice server ran last time, is in use on 127.0.0.1 (another segura-token demo?).`,
			hint: 'Stop the other one, or move it with --port N (profiles saved against the old port then need the new one), or start anew with --reset.',
		},
		'pt-BR': {
			message: `A porta ${port}, usada pelo servidor de prática da última vez, está ocupada em 127.0.0.1 (outro segura-token demo?).`,
			hint: 'Encerre o outro, ou mude com --port N (perfis salvos com a porta antiga passam a precisar da nova), ou recomece com --reset.',
		},
	}),
	portDenied: (port: number): Localized<ErrorText> => ({
		en: {
			message: `This system does not let this user open port ${port}.`,
			hint: 'Choose a port above 1023 with --port, or leave --port out.',
		},
		'pt-BR': {
			message: `Este sistema não permite que este usuário abra a porta ${port}.`,
			hint: 'Escolha uma porta acima de 1023 com --port, ou omita --port.',
		},
	}),
	cannotStart: (code: string): Localized<ErrorText> => ({
		en: {message: `The practice server could not start (${code}).`, hint: 'Try again without --port.'},
		'pt-BR': {message: `O servidor de prática não conseguiu iniciar (${code}).`, hint: 'Tente de novo sem --port.'},
	}),
};
