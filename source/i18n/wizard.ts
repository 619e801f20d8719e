import type {ClientAuthChoice, RememberChoice} from '../flow/configure-rules.js';
import type {Issue, IssueCode, Removed} from '../flow/issues.js';
import type {CopyMethod} from '../flow/state.js';
import type {CollectField, ConfigureField, StepId} from '../flow/steps.js';
import type {ErrorText} from '../errors.js';
import type {BasicEncoding} from '../oauth/types.js';
import type {ProviderKind} from '../provider-kind.js';
import type {Lang, Localized} from './lang.js';

/** The key names the wizard shows; what each does is in `keyLabels`. */
export type KeyLabel =
	| 'next'
	| 'back'
	| 'show'
	| 'hide'
	| 'fillProposal'
	| 'choose'
	| 'move'
	| 'change'
	| 'continue'
	| 'getToken'
	| 'cancel'
	| 'proceed'
	| 'retry'
	| 'edit'
	| 'quit'
	| 'copy'
	| 'print'
	| 'useToken'
	| 'finish'
	| 'use'
	| 'new'
	| 'remove'
	| 'yes'
	| 'no'
	| 'verify'
	| 'saveFile'
	| 'save';

type Labelled = Readonly<{label: string; help: string}>;

export type WizardText = Readonly<{
	steps: Readonly<Record<StepId, string>>;
	/** The step indicator when the full one does not fit. */
	stepCompact: (number: number, total: number, name: string) => string;
	fields: Readonly<Record<CollectField, Labelled>>;
	seguraPlaceholder: string;
	proposalNote: string;
	secretLength: (length: number) => string;
	demoTitle: string;
	issues: Readonly<Record<IssueCode, (issue: Issue) => string>>;
	removed: Readonly<Record<Removed, string>>;
	and: string;
	kinds: Readonly<Record<ProviderKind, string>>;
	providerQuestion: string;
	providerWarning: string;
	configureTitle: string;
	/** Postman's own labels, which the manual uses in both languages. */
	postman: Readonly<{
		type: string;
		addAuthDataTo: string;
		headerPrefix: string;
		grantType: string;
		accessTokenUrl: string;
		clientId: string;
		clientSecret: string;
		oauth2: string;
		requestHeaders: string;
		clientCredentials: string;
	}>;
	configureFields: Readonly<Record<ConfigureField, Labelled>>;
	authChoices: Readonly<Record<ClientAuthChoice, string>>;
	/** The same, for the one-line summary of step 3. */
	authShort: Readonly<Record<ClientAuthChoice, string>>;
	clearTitle: string;
	clearItems: readonly string[];
	clearNote: string;
	fetching: (host: string, seconds: number) => string;
	complete: string;
	result: Readonly<{
		tokenType: string;
		lifetime: string;
		/** The server's expires_in, shown safe, was no usable count of seconds. */
		unknownLifetime: (sent: string) => string;
		expiresAt: string;
		scope: string;
		tokenName: string;
		claims: string;
	}>;
	retriedWith: (encoding: BasicEncoding) => string;
	failedTitle: string;
	editGoesTo: (field: string, stepNumber: number, stepName: string) => string;
	cancelled: ErrorText;
	quit: ErrorText;
	copyTitle: string;
	copied: Readonly<Record<CopyMethod, string>>;
	copying: string;
	copyFailed: (message: string) => string;
	addedTitle: string;
	addedWhere: string;
	rememberChoices: Readonly<Record<RememberChoice, string>>;
	rememberShort: Readonly<Record<RememberChoice, string>>;
	verifying: (url: string) => string;
	file: Readonly<{
		prompt: string;
		exists: (path: string) => string;
		written: (path: string) => string;
		failed: (message: string) => string;
	}>;
	/** Where a remembered secret goes, said before the user chooses it. */
	rememberWhere: (path: string) => string;
	profiles: Readonly<{
		title: string;
		newProfile: string;
		noToken: string;
		issued: (when: string) => string;
		valid: string;
		expired: string;
		secretKept: string;
		confirmRemove: (name: string) => string;
		removing: (name: string) => string;
		removeFailed: (message: string) => string;
	}>;
	save: Readonly<{
		running: (name: string) => string;
		done: (name: string, path: string) => string;
		secretKept: string;
		secretNotKept: string;
		failed: (message: string) => string;
	}>;
	expires: (clock: string, lifetime: string | undefined) => string;
	noExpiry: string;
	keyNames: Readonly<{enter: string; escape: string; shiftTab: string; tab: string; upDown: string; leftRight: string; space: string; ctrlR: string}>;
	keyLabels: Readonly<Record<KeyLabel, string>>;
}>;

function list(items: readonly string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}

const whereEn = 'In Segura: Settings > Provisioning > Identity management (IGA) > Providers > Actions > Provider details';
const wherePt = 'No Segura: Configurações > Provisionamento > Gerenciamento de identidade (IGA) > Provedores > Ações > Detalhes do provider';

const en: WizardText = {
	steps: {collect: 'Collect', provider: 'Provider', configure: 'Configure', clear: 'Clear', fetch: 'Fetch', copy: 'Copy'},
	stepCompact: (number, total, name) => `Step ${number}/${total} · ${name}`,
	fields: {
		seguraUrl: {label: 'Segura URL', help: 'The address of the Segura server to integrate with Okta, as you open it in the browser.'},
		baseUrl: {label: 'Base URL', help: `${whereEn}: Base URL.`},
		tokenUrl: {label: 'Token URL', help: `${whereEn}: Token URL.`},
		clientId: {label: 'Client ID', help: `${whereEn}: Client ID (click the eye icon to see it).`},
		clientSecret: {label: 'Client Secret', help: `${whereEn}: Client Secret (click the eye icon to see it).`},
	},
	seguraPlaceholder: 'https://segura.example.com',
	proposalNote: 'Proposed from the Segura URL: Enter accepts it, typing replaces it.',
	secretLength: length => `${length} characters`,
	demoTitle: 'Practice server',
	issues: {
		required: () => 'Required.',
		'url-invalid': () => 'Not a valid URL (no spaces; like https://segura.example.com).',
		'url-no-scheme': () => 'Add https:// at the start.',
		'url-scheme': () => 'Only https:// addresses.',
		'http-remote': () => 'http:// would send the secret unencrypted: use https:// (http only for this machine: localhost, 127.0.0.1, ::1).',
		'http-loopback': () => 'http:// is unencrypted: accepted only because the server is on this machine.',
		'url-credentials': () => 'Take the user name and password out of the URL: credentials go in Client ID and Client Secret.',
		'url-query': () => 'Unusual part after "?": check what was copied.',
		'url-fragment': () => 'The part after "#" is never sent: check what was copied.',
		'other-host': issue => `Not the Segura URL's server (${issue.detail ?? ''}): check that it comes from the same Segura.`,
		'base-path': () => 'A Segura Base URL ends in /iso/scim/v2.',
		'token-path': () => 'A Segura Token URL ends in /iso/oauth2/token.',
		'base-is-token': () => 'This looks like the Token URL; the Base URL ends in /scim/v2.',
		'token-is-base': () => 'This looks like the Base URL; the Token URL ends in /oauth2/token.',
		'client-id-spaces': () => 'A Client ID has no spaces: copy it again (eye icon).',
		'unsafe-characters': () => 'It holds a control or invisible character: copy the value again.',
		cleaned: issue => `Removed ${list((issue.removed ?? []).map(item => en.removed[item]), 'and')} from the paste.`,
		'param-format': issue => `"${issue.detail ?? ''}" is not KEY=VALUE.`,
		'param-key-empty': issue => `"${issue.detail ?? ''}" has no name before "=".`,
		'param-duplicate': issue => `${issue.detail ?? ''} appears twice.`,
		'param-reserved': issue => `${issue.detail ?? ''} is set by the request itself.`,
		'ttl-invalid': () => 'ttl is the lifetime in minutes: a whole number above 0, e.g. ttl=60.',
		'profile-name-invalid': () => 'A profile name uses letters, digits, "-", "_" and "." only (at most 64).',
		'profile-name-taken': issue => `A profile named "${issue.detail ?? ''}" exists already: choose another name (or edit that one from the list).`,
		'same-client-other-kind': issue =>
			`This Client ID is saved in profile "${issue.detail ?? ''}" as the other kind of provider: check that you copied it from the right provider.`,
	},
	removed: {spaces: 'spaces', quotes: 'quotes', 'line-breaks': 'line breaks'},
	and: 'and',
	kinds: {internal: 'Internal users', 'third-party': 'Third-party users'},
	providerQuestion: 'Which provider are these credentials from?',
	providerWarning: 'Take the values from the provider of the kind of groups you will provision: internal users or third-party users. When Okta pushes groups with this token, they appear in the Segura menu of that kind; with the other provider\'s credentials they land in the wrong menu.',
	configureTitle: 'The request, as in Postman\'s OAuth 2.0 form',
	postman: {
		type: 'Type',
		addAuthDataTo: 'Add auth data to',
		headerPrefix: 'Header Prefix',
		grantType: 'Grant Type',
		accessTokenUrl: 'Access Token URL',
		clientId: 'Client ID',
		clientSecret: 'Client Secret',
		oauth2: 'OAuth 2.0',
		requestHeaders: 'Request Headers',
		clientCredentials: 'Client Credentials',
	},
	configureFields: {
		tokenName: {label: 'Token Name', help: 'A descriptive name, as the manual asks. Empty keeps the one proposed.'},
		auth: {label: 'Client Authentication', help: 'The manual sends a Basic Auth header. If the server refuses the credentials, try another way.'},
		scope: {label: 'Scope', help: 'Usually empty for Segura.'},
		params: {label: 'Extra parameters', help: 'KEY=VALUE, separated by spaces. Segura accepts ttl=MINUTES, e.g. ttl=60.'},
		profileName: {label: 'Save as profile', help: 'A name to save these values for next time (letters, digits, - _ .). Empty: not saved.'},
		rememberSecret: {label: 'Remember secret', help: 'Keep the Client Secret in the profile, so the next token is two keys away.'},
	},
	authChoices: {
		'basic-rfc': 'Send as Basic Auth header (RFC 6749 encoding)',
		'basic-raw': 'Send as Basic Auth header (raw, as Postman)',
		body: 'Send client credentials in body',
	},
	authShort: {'basic-rfc': 'Basic header (RFC)', 'basic-raw': 'Basic header (raw)', body: 'credentials in body'},
	clearTitle: 'Clean session',
	clearItems: ['Cookies: none kept', 'Cached token: none', 'Open connections: none; the request opens a new one'],
	clearNote: 'Like Postman\'s Clear cookies: nothing from an earlier request goes with this one.',
	fetching: (host, seconds) => `Getting a new access token from ${host}… ${seconds} s`,
	complete: 'Authentication complete',
	result: {
		tokenType: 'Token type',
		lifetime: 'Lifetime',
		unknownLifetime: sent => `unknown (the server sent expires_in ${sent}, not a number of seconds)`,
		expiresAt: 'Expires at',
		scope: 'Scope',
		tokenName: 'Token name',
		claims: 'JWT claims (signature not checked)',
	},
	retriedWith: encoding => `The server refused the first Basic encoding and accepted the ${encoding === 'raw' ? 'raw (Postman)' : 'RFC 6749'} one.`,
	failedTitle: 'The token request failed',
	editGoesTo: (field, stepNumber, stepName) => `Edit goes back to ${field} (${stepNumber} ${stepName}).`,
	cancelled: {message: 'Request cancelled.', hint: 'Retry when ready, or edit the Token URL.'},
	quit: {message: 'Cancelled: no token was issued.'},
	copyTitle: 'Access token',
	copied: {
		osc52: 'Sent to your terminal with OSC 52 (a terminal cannot confirm it). If nothing pastes, press p to print the token or o to save it to a file.',
		tmux: 'Copied to the tmux buffer and the terminal\'s clipboard.',
		screen: 'Sent through screen to your terminal with OSC 52 (a terminal cannot confirm it). If nothing pastes, press p or o.',
		local: 'Copied to this machine\'s clipboard.',
		print: 'Printed alone on its own line: triple-click it to select it.',
	},
	copying: 'Copying…',
	copyFailed: message => `Could not copy: ${message} Press p to print the token.`,
	addedTitle: 'Token added',
	addedWhere: 'Paste it in Okta: the Segura app > Provisioning > Integration > API Token. Paste it without "Bearer" (Okta adds it), then click Test API Credentials.',
	verifying: url => `Checking the token the way Okta does: GET ${url}…`,
	file: {
		prompt: 'Save the token to the file (readable only by you, mode 0600):',
		exists: path => `${path} exists already. Replace it? y yes · n no`,
		written: path => `✔ Token written to ${path} (mode 0600: only you can read it).`,
		failed: message => `✖ The token was not written: ${message}`,
	},
	rememberShort: {no: 'no', yes: 'yes (plain text, 0600)'},
	rememberChoices: {no: 'No: ask for it each time', yes: 'Yes: in plain text, readable only by you'},
	rememberWhere: path => `It is kept in plain text in ${path} (mode 0600: only your user can read it).`,
	profiles: {
		title: 'Saved profiles',
		newProfile: 'New: type the values of another provider',
		noToken: 'no token yet',
		issued: when => `last token ${when}`,
		valid: 'still valid',
		expired: 'expired',
		secretKept: 'secret kept',
		confirmRemove: name => `Remove profile "${name}" and its token history? y yes · n no`,
		removing: name => `Removing "${name}"…`,
		removeFailed: message => `Could not remove it: ${message}`,
	},
	save: {
		running: name => `Saving profile "${name}"…`,
		done: (name, path) => `Profile "${name}" saved in ${path}.`,
		secretKept: 'The Client Secret is in it, in plain text, readable only by you (mode 0600).',
		secretNotKept: 'The Client Secret is not in it: you will be asked for it next time.',
		failed: message => `The profile was not saved: ${message}`,
	},
	expires: (clock, lifetime) => `It expires at ${clock}${lifetime ? ` (lifetime ${lifetime})` : ''}.`,
	noExpiry: 'The server did not say when it expires.',
	keyNames: {enter: 'Enter', escape: 'Esc', shiftTab: 'Shift+Tab', tab: 'Tab', upDown: '↑↓', leftRight: '←→', space: 'Space', ctrlR: 'Ctrl+R'},
	keyLabels: {
		next: 'next',
		back: 'back',
		show: 'show',
		hide: 'hide',
		fillProposal: 'edit the proposal',
		choose: 'choose',
		move: 'move',
		change: 'change',
		continue: 'continue',
		getToken: 'get new access token',
		cancel: 'cancel',
		proceed: 'Proceed',
		retry: 'retry',
		edit: 'edit',
		quit: 'quit',
		copy: 'copy',
		print: 'print',
		useToken: 'Use token',
		finish: 'finish',
		use: 'use',
		new: 'new',
		remove: 'remove',
		yes: 'yes',
		no: 'no',
		verify: 'verify',
		saveFile: 'to a file',
		save: 'save',
	},
};

const ptBR: WizardText = {
	steps: {collect: 'Coletar', provider: 'Provedor', configure: 'Configurar', clear: 'Limpar', fetch: 'Obter', copy: 'Copiar'},
	stepCompact: (number, total, name) => `Etapa ${number} de ${total} · ${name}`,
	fields: {
		seguraUrl: {label: 'URL do Segura', help: 'O endereço do servidor Segura que será integrado à Okta, o mesmo que você abre no navegador.'},
		baseUrl: {label: 'Base URL', help: `${wherePt}: campo Base URL.`},
		tokenUrl: {label: 'Token URL', help: `${wherePt}: campo Token URL.`},
		clientId: {label: 'ID do Cliente', help: `${wherePt}: campo ID do Cliente (clique no ícone de olho para ver).`},
		clientSecret: {label: 'Client Secret', help: `${wherePt}: campo Client Secret (clique no ícone de olho para ver).`},
	},
	seguraPlaceholder: 'https://segura.exemplo.com.br',
	proposalNote: 'Sugerida a partir da URL do Segura: Enter aceita, ou digite outra.',
	secretLength: length => `${length} caracteres`,
	demoTitle: 'Servidor de prática',
	issues: {
		required: () => 'Campo obrigatório.',
		'url-invalid': () => 'URL inválida (sem espaços; como https://segura.exemplo.com.br).',
		'url-no-scheme': () => 'Falta o https:// no começo.',
		'url-scheme': () => 'Só endereços https://.',
		'http-remote': () => 'Com http:// o secret seguiria sem criptografia: use https:// (http só vale para esta máquina: localhost, 127.0.0.1, ::1).',
		'http-loopback': () => 'http:// não tem criptografia: aceito só porque o servidor está nesta máquina.',
		'url-credentials': () => 'Tire o usuário e a senha da URL: as credenciais vão em ID do Cliente e Client Secret.',
		'url-query': () => 'Trecho depois do "?" fora do comum: confira o que foi copiado.',
		'url-fragment': () => 'O trecho depois do "#" nunca é enviado: confira o que foi copiado.',
		'other-host': issue => `Servidor diferente do da URL do Segura (${issue.detail ?? ''}): confira se veio do mesmo Segura.`,
		'base-path': () => 'A Base URL do Segura termina em /iso/scim/v2.',
		'token-path': () => 'A Token URL do Segura termina em /iso/oauth2/token.',
		'base-is-token': () => 'Isto parece a Token URL; a Base URL termina em /scim/v2.',
		'token-is-base': () => 'Isto parece a Base URL; a Token URL termina em /oauth2/token.',
		'client-id-spaces': () => 'O ID do Cliente não tem espaços: copie de novo (ícone de olho).',
		'unsafe-characters': () => 'Há um caractere de controle ou invisível: copie o valor de novo.',
		cleaned: issue => `Removidos da colagem: ${list((issue.removed ?? []).map(item => ptBR.removed[item]), 'e')}.`,
		'param-format': issue => `"${issue.detail ?? ''}" não está no formato CHAVE=VALOR.`,
		'param-key-empty': issue => `"${issue.detail ?? ''}" está sem nome antes do "=".`,
		'param-duplicate': issue => `${issue.detail ?? ''} aparece duas vezes.`,
		'param-reserved': issue => `${issue.detail ?? ''} já é definido pela própria requisição.`,
		'ttl-invalid': () => 'ttl é a validade em minutos: um número inteiro maior que 0, por exemplo ttl=60.',
		'profile-name-invalid': () => 'O nome do perfil só aceita letras, números, "-", "_" e "." (até 64).',
		'profile-name-taken': issue => `Já existe um perfil chamado "${issue.detail ?? ''}": escolha outro nome (ou edite esse pela lista).`,
		'same-client-other-kind': issue =>
			`Este ID do Cliente está salvo no perfil "${issue.detail ?? ''}" como o outro tipo de provedor: confira se você copiou do provedor certo.`,
	},
	removed: {spaces: 'espaços', quotes: 'aspas', 'line-breaks': 'quebras de linha'},
	and: 'e',
	kinds: {internal: 'Usuários internos', 'third-party': 'Usuários terceiros'},
	providerQuestion: 'De qual provedor são essas credenciais?',
	providerWarning: 'Use os dados do provedor relacionado ao tipo de grupo que você vai provisionar: usuários internos ou usuários terceiros. No push de grupos da Okta com este token, os grupos aparecem no menu correspondente a esse tipo; com as credenciais do outro provedor, eles vão parar no menu errado.',
	configureTitle: 'A requisição, como no formulário OAuth 2.0 do Postman',
	postman: {
		type: 'Type',
		addAuthDataTo: 'Add auth data to',
		headerPrefix: 'Header Prefix',
		grantType: 'Grant Type',
		accessTokenUrl: 'Access Token URL',
		clientId: 'Client ID',
		clientSecret: 'Client Secret',
		oauth2: 'OAuth 2.0',
		requestHeaders: 'Request Headers',
		clientCredentials: 'Client Credentials',
	},
	configureFields: {
		tokenName: {label: 'Token Name', help: 'Um nome descritivo, como pede o manual. Vazio mantém o sugerido.'},
		auth: {label: 'Client Authentication', help: 'O manual usa o cabeçalho Basic Auth. Se o servidor recusar as credenciais, experimente outra opção.'},
		scope: {label: 'Scope', help: 'No Segura, normalmente fica vazio.'},
		params: {label: 'Parâmetros extras', help: 'CHAVE=VALOR, separados por espaço. O Segura aceita ttl=MINUTOS, por exemplo ttl=60.'},
		profileName: {label: 'Salvar como perfil', help: 'Um nome para guardar estes valores para a próxima vez (letras, números, - _ .). Vazio: não salva.'},
		rememberSecret: {label: 'Guardar o secret', help: 'Guarda o Client Secret no perfil, e o próximo token fica a duas teclas de distância.'},
	},
	authChoices: {
		'basic-rfc': 'Send as Basic Auth header (codificação RFC 6749)',
		'basic-raw': 'Send as Basic Auth header (sem codificar, como o Postman)',
		body: 'Send client credentials in body (no corpo da requisição)',
	},
	authShort: {'basic-rfc': 'cabeçalho Basic (RFC)', 'basic-raw': 'cabeçalho Basic (sem codificar)', body: 'credenciais no corpo'},
	clearTitle: 'Sessão limpa',
	clearItems: ['Cookies: nenhum guardado', 'Token em cache: nenhum', 'Conexões abertas: nenhuma; a requisição abre uma nova'],
	clearNote: 'Como o Clear cookies do Postman: nada de uma requisição anterior vai junto com esta.',
	fetching: (host, seconds) => `Obtendo um novo token de acesso em ${host}… ${seconds} s`,
	complete: 'Autenticação concluída',
	result: {
		tokenType: 'Tipo do token',
		lifetime: 'Validade',
		unknownLifetime: sent => `desconhecida (o servidor mandou expires_in ${sent}, que não é um número de segundos)`,
		expiresAt: 'Expira às',
		scope: 'Escopo',
		tokenName: 'Nome do token',
		claims: 'Claims do JWT (assinatura não verificada)',
	},
	retriedWith: encoding => `O servidor recusou a primeira codificação Basic e aceitou a ${encoding === 'raw' ? 'sem codificar (como o Postman)' : 'RFC 6749'}.`,
	failedTitle: 'Não foi possível obter o token',
	editGoesTo: (field, stepNumber, stepName) => `Editar volta para ${field} (${stepNumber} ${stepName}).`,
	cancelled: {message: 'Requisição cancelada.', hint: 'Tente de novo quando quiser, ou edite a Token URL.'},
	quit: {message: 'Cancelado: nenhum token foi emitido.'},
	copyTitle: 'Token de acesso (Access token)',
	copied: {
		osc52: 'Enviado ao seu terminal por OSC 52 (o terminal não tem como confirmar). Se nada colar, tecle p para imprimir o token ou o para salvá-lo em arquivo.',
		tmux: 'Copiado para o buffer do tmux e para a área de transferência do terminal.',
		screen: 'Enviado pelo screen ao seu terminal por OSC 52 (o terminal não tem como confirmar). Se nada colar, tecle p ou o.',
		local: 'Copiado para a área de transferência desta máquina.',
		print: 'Impresso sozinho numa linha: clique três vezes nele para selecionar.',
	},
	copying: 'Copiando…',
	copyFailed: message => `Não foi possível copiar: ${message} Tecle p para imprimir o token.`,
	addedTitle: 'Token adicionado',
	addedWhere: 'Cole na Okta: aplicação do Segura > Provisioning > Integration > API Token. Cole sem o "Bearer" (a Okta já acrescenta) e clique em Test API Credentials.',
	verifying: url => `Testando o token como a Okta faz: GET ${url}…`,
	file: {
		prompt: 'Salvar o token no arquivo (legível só por você, modo 0600):',
		exists: path => `${path} já existe. Substituir? y sim · n não`,
		written: path => `✔ Token gravado em ${path} (modo 0600: só você consegue ler).`,
		failed: message => `✖ O token não foi gravado: ${message}`,
	},
	rememberShort: {no: 'não', yes: 'sim (texto puro, 0600)'},
	rememberChoices: {no: 'Não: pedir toda vez', yes: 'Sim: em texto puro, legível só por você'},
	rememberWhere: path => `Fica em texto puro em ${path} (modo 0600: só o seu usuário consegue ler).`,
	profiles: {
		title: 'Perfis salvos',
		newProfile: 'Novo: digitar os dados de outro provedor',
		noToken: 'nenhum token ainda',
		issued: when => `último token ${when}`,
		valid: 'ainda válido',
		expired: 'expirado',
		secretKept: 'secret guardado',
		confirmRemove: name => `Remover o perfil "${name}" e o histórico de tokens? y sim · n não`,
		removing: name => `Removendo "${name}"…`,
		removeFailed: message => `Não foi possível remover: ${message}`,
	},
	save: {
		running: name => `Salvando o perfil "${name}"…`,
		done: (name, path) => `Perfil "${name}" salvo em ${path}.`,
		secretKept: 'O Client Secret está nele, em texto puro, legível só por você (modo 0600).',
		secretNotKept: 'O Client Secret não está nele: ele será pedido na próxima vez.',
		failed: message => `O perfil não foi salvo: ${message}`,
	},
	expires: (clock, lifetime) => `Ele expira às ${clock}${lifetime ? ` (validade de ${lifetime})` : ''}.`,
	noExpiry: 'O servidor não informou quando ele expira.',
	keyNames: {enter: 'Enter', escape: 'Esc', shiftTab: 'Shift+Tab', tab: 'Tab', upDown: '↑↓', leftRight: '←→', space: 'Espaço', ctrlR: 'Ctrl+R'},
	keyLabels: {
		next: 'avançar',
		back: 'voltar',
		show: 'ver',
		hide: 'ocultar',
		fillProposal: 'editar a sugestão',
		choose: 'escolher',
		move: 'mover',
		change: 'trocar',
		continue: 'continuar',
		getToken: 'obter novo token',
		cancel: 'cancelar',
		proceed: 'prosseguir',
		retry: 'tentar de novo',
		edit: 'editar',
		quit: 'sair',
		copy: 'copiar',
		print: 'imprimir',
		useToken: 'Use token',
		finish: 'concluir',
		use: 'usar',
		new: 'novo',
		remove: 'remover',
		yes: 'sim',
		no: 'não',
		verify: 'testar',
		saveFile: 'salvar',
		save: 'salvar',
	},
};

export const wizardText: Localized<WizardText> = {en, 'pt-BR': ptBR};

export function wizardTextFor(lang: Lang): WizardText {
	return wizardText[lang];
}

/** One string of both catalogs, as the Localized value an AppError takes. */
export function localizedText<T>(pick: (text: WizardText) => T): Localized<T> {
	return {en: pick(en), 'pt-BR': pick(ptBR)};
}
