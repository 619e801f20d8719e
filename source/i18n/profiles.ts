import type {ProviderKind} from '../model/provider-kind.js';
import type {ErrorText, Localized} from './lang.js';

export const profileKindText: Readonly<Record<ProviderKind, Localized<string>>> = {
	internal: {en: 'internal users', 'pt-BR': 'usuários internos'},
	'third-party': {en: 'third-party users', 'pt-BR': 'usuários terceiros'},
};

/** For the 80-column table. */
export const profileKindShortText: Readonly<Record<ProviderKind, Localized<string>>> = {
	internal: {en: 'internal', 'pt-BR': 'internos'},
	'third-party': {en: 'third-party', 'pt-BR': 'terceiros'},
};

export const profileErrorText = {
	nameInvalid: (name: string): Localized<ErrorText> => ({
		en: {
			message: `"${name}" is not a valid profile name: use letters, digits, "-", "_" and "." (1 to 64 characters).`,
			hint: 'For example: prod-internal.',
		},
		'pt-BR': {
			message: `"${name}" não é um nome de perfil válido: use letras, números, "-", "_" e "." (de 1 a 64 caracteres).`,
			hint: 'Por exemplo: prod-internos.',
		},
	}),
	nameTaken: (name: string): Localized<ErrorText> => ({
		en: {
			message: `A profile named "${name}" already exists (names ignore upper and lower case).`,
			hint: 'Pick another name, or edit that profile.',
		},
		'pt-BR': {
			message: `Já existe um perfil chamado "${name}" (maiúsculas e minúsculas não contam).`,
			hint: 'Escolha outro nome ou edite esse perfil.',
		},
	}),
	notFound: (name: string): Localized<ErrorText> => ({
		en: {
			message: `There is no profile named "${name}".`,
			hint: '`segura-token profiles list` shows the saved profiles.',
		},
		'pt-BR': {
			message: `Não existe perfil chamado "${name}".`,
			hint: '`segura-token profiles list` mostra os perfis salvos.',
		},
	}),
	locked: (lockPath: string): Localized<ErrorText> => ({
		en: {
			message: 'The profiles file is busy: another segura-token is saving it.',
			hint: `Try again in a moment. If no other segura-token is running, delete the lock file ${lockPath}.`,
		},
		'pt-BR': {
			message: 'O arquivo de perfis está ocupado: outro segura-token está gravando nele.',
			hint: `Tente de novo em instantes. Se nenhum outro segura-token estiver em execução, apague o arquivo de trava ${lockPath}.`,
		},
	}),
	io: (file: string, code: string, directory: string): Localized<ErrorText> => ({
		en: {
			message: `Could not read or write the profiles file ${file} (${code}).`,
			hint: `Check the owner and permissions of ${directory}.`,
		},
		'pt-BR': {
			message: `Não foi possível ler ou gravar o arquivo de perfis ${file} (${code}).`,
			hint: `Confira o dono e as permissões de ${directory}.`,
		},
	}),
	notAFile: (file: string): Localized<ErrorText> => ({
		en: {message: `The profiles file ${file} is not a file (it is a folder or a device).`, hint: `Move it out of the way (mv ${file} ${file}.old) and run the command again.`},
		'pt-BR': {message: `O arquivo de perfis ${file} não é um arquivo (é uma pasta ou um dispositivo).`, hint: `Renomeie o arquivo (mv ${file} ${file}.old) e execute o comando de novo.`},
	}),
	isLink: (path: string): Localized<ErrorText> => ({
		en: {
			message: `${path} is a symbolic link; segura-token keeps its profiles only in a real file and folder of its own, and does not follow it.`,
			hint: `Remove the link (rm ${path}) and run the command again.`,
		},
		'pt-BR': {
			message: `${path} é um link simbólico; o segura-token guarda os perfis só em um arquivo e uma pasta reais e não segue o link.`,
			hint: `Remova o link (rm ${path}) e execute o comando de novo.`,
		},
	}),
	newerFormat: (file: string, version: string): Localized<ErrorText> => ({
		en: {
			message: `The profiles file ${file} was written by a newer segura-token (format ${version}); this one leaves it untouched.`,
			hint: 'Update segura-token.',
		},
		'pt-BR': {
			message: `O arquivo de perfis ${file} foi gravado por um segura-token mais novo (formato ${version}); esta versão não mexe nele.`,
			hint: 'Atualize o segura-token.',
		},
	}),
	usage: (problem: Localized<string>, suggestion?: string): Localized<ErrorText> => ({
		en: {message: problem.en, hint: suggestion ? `Did you mean "segura-token profiles ${suggestion}"?` : 'segura-token help profiles'},
		'pt-BR': {message: problem['pt-BR'], hint: suggestion ? `Você quis dizer "segura-token profiles ${suggestion}"?` : 'segura-token help profiles'},
	}),
};

export const profileUsageProblem = {
	unknownSubcommand: (word: string): Localized<string> => ({
		en: `Unknown profiles command "${word}".`,
		'pt-BR': `Comando de perfis desconhecido: "${word}".`,
	}),
	unknownOption: (option: string): Localized<string> => ({
		en: `Unknown option ${option}.`,
		'pt-BR': `Opção desconhecida: ${option}.`,
	}),
	arguments: (subcommand: 'list' | 'show' | 'remove' | 'rename'): Localized<string> => ({
		en: `profiles ${subcommand} takes ${{list: 'no name', show: 'NAME', remove: 'NAME', rename: 'OLD NEW'}[subcommand]}.`,
		'pt-BR': {
			list: 'profiles list não aceita nome.',
			show: 'profiles show precisa de um NOME.',
			remove: 'profiles remove precisa de um NOME.',
			rename: 'profiles rename precisa de ANTIGO e NOVO.',
		}[subcommand],
	}),
};

export const profileNoticeText = {
	movedAside: (backupPath: string, why: 'parse' | 'schema'): Localized<string> => ({
		en: `The profiles file ${why === 'parse' ? 'could not be read (it is not valid JSON)' : 'does not have the expected shape'}, so it was moved aside to ${backupPath}. Carrying on with no saved profiles; nothing was deleted.`,
		'pt-BR': `O arquivo de perfis ${why === 'parse' ? 'não pôde ser lido (não é um JSON válido)' : 'não tem o formato esperado'} e foi movido para ${backupPath}. Seguimos sem perfis salvos; nada foi apagado.`,
	}),
	/** The file broke while this run was using it: set aside, and nothing done this time. */
	brokenSince: (movedAside: Localized<string>): Localized<ErrorText> => ({
		en: {message: `${movedAside.en} (It was changed by another program while segura-token ran.)`, hint: 'Run the command again.'},
		'pt-BR': {message: `${movedAside['pt-BR']} (Outro programa o alterou enquanto o segura-token estava em execução.)`, hint: 'Execute o comando de novo.'},
	}),
};

export const profileSecretText = {
	remembered: (file: string): Localized<string> => ({
		en: `remembered, in plain text in ${file} (mode 0600: only you can read it)`,
		'pt-BR': `guardado em texto puro em ${file} (permissão 0600: só você pode ler)`,
	}),
	notRemembered: {
		en: 'not remembered: asked each time (or taken from SEGURA_CLIENT_SECRET)',
		'pt-BR': 'não guardado: pedido a cada vez (ou lido de SEGURA_CLIENT_SECRET)',
	} satisfies Localized<string>,
	/** For the screen that offers to remember it, before the user answers. */
	offer: (file: string): Localized<string> => ({
		en: `If you remember the Client Secret, it is kept in plain text in ${file} (mode 0600: only you can read it). Anyone with your account or root can read it.`,
		'pt-BR': `Se você guardar o Client Secret, ele fica em texto puro em ${file} (permissão 0600: só você pode ler). Quem tiver acesso à sua conta ou ao root consegue lê-lo.`,
	}),
};

export const profileWarningText = {
	sameClientOtherKind: (profileName: string, savedKind: ProviderKind): Localized<string> => ({
		en: `The profile "${profileName}" has this same Client ID as a provider of ${profileKindText[savedKind].en}. Each kind of provider has its own credentials: check that you copied them from the right provider.`,
		'pt-BR': `O perfil "${profileName}" usa este mesmo ID do Cliente como provedor de ${profileKindText[savedKind]['pt-BR']}. Cada tipo de provedor tem credenciais próprias: confira se você copiou os dados do provedor certo.`,
	}),
};

export const profileListText = {
	empty: {
		en: 'No saved profiles. Run segura-token to create one.',
		'pt-BR': 'Nenhum perfil salvo. Execute segura-token para criar um.',
	} satisfies Localized<string>,
	headers: {
		en: {name: 'NAME', kind: 'KIND', host: 'HOST', issued: 'LAST TOKEN', status: 'STATUS'},
		'pt-BR': {name: 'NOME', kind: 'TIPO', host: 'HOST', issued: 'ÚLTIMO TOKEN', status: 'SITUAÇÃO'},
	} satisfies Localized<Record<'name' | 'kind' | 'host' | 'issued' | 'status', string>>,
	never: {en: 'never', 'pt-BR': 'nunca'} satisfies Localized<string>,
};

export const profileShowText = {
	labels: {
		en: {
			profile: 'Profile',
			kind: 'Provider',
			seguraUrl: 'Segura URL',
			baseUrl: 'Base URL',
			tokenUrl: 'Token URL',
			clientId: 'Client ID',
			clientSecret: 'Client Secret',
			tokenName: 'Token Name',
			auth: 'Client Authentication',
			scope: 'Scope',
			params: 'Extra parameters',
			caFile: 'CA file',
			certificates: 'Certificate checks',
			history: 'Tokens issued',
			storedIn: 'Stored in',
		},
		'pt-BR': {
			profile: 'Perfil',
			kind: 'Provedor',
			seguraUrl: 'URL do Segura',
			baseUrl: 'Base URL',
			tokenUrl: 'Token URL',
			clientId: 'ID do Cliente',
			clientSecret: 'Client Secret',
			tokenName: 'Token Name',
			auth: 'Client Authentication',
			scope: 'Escopo',
			params: 'Parâmetros extras',
			caFile: 'Arquivo de CA',
			certificates: 'Verificação de certificados',
			history: 'Tokens emitidos',
			storedIn: 'Gravado em',
		},
	},
	auth: {
		basicRfc: {
			en: 'Send as Basic Auth header (RFC 6749 encoding)',
			'pt-BR': 'Send as Basic Auth header (codificação RFC 6749)',
		},
		basicRaw: {
			en: 'Send as Basic Auth header (raw, as Postman)',
			'pt-BR': 'Send as Basic Auth header (como no Postman)',
		},
		body: {
			en: 'Send client credentials in body',
			'pt-BR': 'Send client credentials in body (no corpo)',
		},
	},
	none: {en: '(none)', 'pt-BR': '(nenhum)'} satisfies Localized<string>,
	certificatesOn: {en: 'on', 'pt-BR': 'ativada'} satisfies Localized<string>,
	certificatesOff: {
		en: 'OFF (--insecure): anyone on the path can read the secret',
		'pt-BR': 'DESATIVADA (--insecure): quem estiver no caminho pode ler o Client Secret',
	} satisfies Localized<string>,
	noTokens: {en: 'none yet', 'pt-BR': 'nenhum ainda'} satisfies Localized<string>,
};

export const profileDoneText = {
	removed: (name: string): Localized<string> => ({
		en: `Profile "${name}" removed.`,
		'pt-BR': `Perfil "${name}" removido.`,
	}),
	renamed: (from: string, to: string): Localized<string> => ({
		en: `Profile "${from}" renamed to "${to}".`,
		'pt-BR': `Perfil "${from}" renomeado para "${to}".`,
	}),
};

export const profileInvalidText = {
	/** `detail` is the schema's own wording: it names fields, never values. */
	incomplete: (name: string, detail: string): Localized<ErrorText> => ({
		en: {
			message: `The profile "${name}" cannot be saved: ${detail}.`,
			hint: 'Fill in the Token URL and the Client ID, and check the extra parameters.',
		},
		'pt-BR': {
			message: `Não foi possível salvar o perfil "${name}": ${detail}.`,
			hint: 'Preencha a Token URL e o ID do Cliente e confira os parâmetros extras.',
		},
	}),
};
