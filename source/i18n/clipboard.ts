import type {ErrorText, Localized} from './lang.js';

type Text = Localized<ErrorText>;

/** What the copy did: one plain sentence (the first four), and for --verbose a line per way. */
export const copyText = {
	inTmuxBuffer: {
		en: "Copied to tmux's buffer; your terminal should have it too.",
		'pt-BR': 'Copiado para o buffer do tmux; o seu terminal também deve tê-lo.',
	},
	onlyInTmuxBuffer: {
		en: "Copied to tmux's buffer: prefix + ] pastes it inside tmux.",
		'pt-BR': 'Copiado para o buffer do tmux: prefixo + ] cola dentro do tmux.',
	},
	inClipboard: {
		en: "Copied to this computer's clipboard.",
		'pt-BR': 'Copiado para a área de transferência deste computador.',
	},
	sentToTerminal: {
		en: "Sent to your terminal's clipboard; a terminal cannot confirm it arrived.",
		'pt-BR': 'Enviado à área de transferência do seu terminal, que não tem como confirmar o recebimento.',
	},
	sentOsc52: {
		en: 'Sent to your terminal with OSC 52 (the terminal cannot confirm it arrived).',
		'pt-BR': 'Enviado ao seu terminal via OSC 52 (o terminal não tem como confirmar que recebeu).',
	},
	sentOsc52Tmux: {
		en: 'Sent to your terminal through tmux with OSC 52 (the terminal cannot confirm it arrived; tmux 3.3 or later passes it on only with `set -g allow-passthrough on`).',
		'pt-BR': 'Enviado ao seu terminal através do tmux via OSC 52 (o terminal não tem como confirmar que recebeu; o tmux 3.3 ou mais novo só repassa com `set -g allow-passthrough on`).',
	},
	sentOsc52Screen: {
		en: 'Sent to your terminal through GNU screen with OSC 52 (the terminal cannot confirm it arrived).',
		'pt-BR': 'Enviado ao seu terminal através do GNU screen via OSC 52 (o terminal não tem como confirmar que recebeu).',
	},
	tmuxBuffer: {
		en: "Also in tmux's paste buffer (prefix + ] pastes it).",
		'pt-BR': 'Também está no buffer do tmux (prefixo + ] cola).',
	},
	system: {
		en: (tool: string) => `Copied to this computer's clipboard (${tool}).`,
		'pt-BR': (tool: string) => `Copiado para a área de transferência deste computador (${tool}).`,
	},
	noTerminal: {
		en: 'No terminal to send OSC 52 to (this process has no /dev/tty).',
		'pt-BR': 'Não há terminal para receber o OSC 52 (este processo não tem /dev/tty).',
	},
	dumbTerminal: {
		en: 'OSC 52 skipped: TERM=dumb would show it as garbage.',
		'pt-BR': 'OSC 52 não enviado: com TERM=dumb ele apareceria como lixo na tela.',
	},
	tooLong: {
		en: 'Too long for OSC 52: terminals refuse a sequence this size.',
		'pt-BR': 'Longo demais para o OSC 52: os terminais recusam uma sequência desse tamanho.',
	},
	writeFailed: {
		en: (detail: string) => `Could not write OSC 52 to the terminal (${detail}).`,
		'pt-BR': (detail: string) => `Não foi possível escrever o OSC 52 no terminal (${detail}).`,
	},
	tmuxNotFound: {
		en: "tmux's paste buffer was not set: the tmux command was not found.",
		'pt-BR': 'O buffer do tmux não foi preenchido: o comando tmux não foi encontrado.',
	},
	systemNotFound: {
		en: (tools: string) => `No clipboard tool found for this desktop (looked for ${tools}).`,
		'pt-BR': (tools: string) => `Nenhuma ferramenta de área de transferência foi encontrada (procuradas: ${tools}).`,
	},
	toolTimeout: {
		en: (tool: string, detail: string) => `${tool} did not answer within ${detail}.`,
		'pt-BR': (tool: string, detail: string) => `${tool} não respondeu em ${detail}.`,
	},
	displayTimeout: {
		en: (tool: string, detail: string) => `${tool} did not answer within ${detail}: is the display reachable?`,
		'pt-BR': (tool: string, detail: string) => `${tool} não respondeu em ${detail}: o display está acessível?`,
	},
	toolFailed: {
		en: (tool: string, detail: string) => `${tool} failed: ${detail}`,
		'pt-BR': (tool: string, detail: string) => `${tool} falhou: ${detail}`,
	},
	nothingWorked: {
		en: 'The token could not be copied from here.',
		'pt-BR': 'Não foi possível copiar o token daqui.',
	},
	fileSaved: {
		en: (path: string) => `Token written to ${path} (mode 0600: only you can read it).`,
		'pt-BR': (path: string) => `Token gravado em ${path} (permissão 0600: só você pode ler).`,
	},
	fileOverwriteQuestion: {
		en: (path: string) => `${path} already exists. Overwrite it?`,
		'pt-BR': (path: string) => `${path} já existe. Substituir?`,
	},
} as const satisfies Record<string, Localized<unknown>>;

/**
 * What to do when the paste comes up empty: said after every copy, since OSC 52 cannot be
 * confirmed, in the words of the screen it is said on. The wizard's step 6 offers "print" (a key
 * in the Ink face, a menu item in the plain one); "Token added" offers nothing more, but the
 * wizard prints the token as it ends; `get` takes options.
 */
export const copyFallbackText = {
	wizard: {
		en: 'If nothing arrives when you paste, choose print to show the token alone on a line.',
		'pt-BR': 'Se nada aparecer ao colar, escolha imprimir para mostrar o token sozinho numa linha.',
	},
	added: {
		en: 'If nothing arrives when you paste, the token is printed alone on a line when the wizard ends.',
		'pt-BR': 'Se nada aparecer ao colar, o token fica impresso sozinho numa linha quando o assistente terminar.',
	},
	get: {
		en: 'If nothing arrives when you paste, run get again without --copy to print the token.',
		'pt-BR': 'Se nada aparecer ao colar, execute o get de novo sem --copy para imprimir o token.',
	},
	/** `get --copy` reached nothing, so the token went to stdout after all. */
	printed: {
		en: 'The token was printed on standard output (stdout) instead.',
		'pt-BR': 'Em vez disso, o token foi impresso na saída padrão (stdout).',
	},
} as const satisfies Record<'wizard' | 'added' | 'get' | 'printed', Localized<string>>;

/** Errors of `--output FILE`. */
export const tokenFileText = {
	fileExists: (path: string): Text => ({
		en: {
			message: `${path} already exists; it was left as it was.`,
			hint: 'Choose another file name, or add --force to replace it (the new file is mode 0600 too).',
		},
		'pt-BR': {
			message: `${path} já existe; o arquivo não foi alterado.`,
			hint: 'Escolha outro nome de arquivo, ou use --force para substituí-lo (o novo também fica com permissão 0600).',
		},
	}),
	folderMissing: (path: string): Text => ({
		en: {message: `The folder for ${path} does not exist.`, hint: 'Create the folder first, or choose a file in an existing folder.'},
		'pt-BR': {message: `A pasta de ${path} não existe.`, hint: 'Crie a pasta antes, ou escolha um arquivo numa pasta que já existe.'},
	}),
	noReader: (path: string): Text => ({
		en: {message: `${path} is a named pipe (FIFO) that no process is reading: the token was not written.`, hint: 'Start the reader first, or give the path of a regular file.'},
		'pt-BR': {message: `${path} é um pipe nomeado (FIFO) que nenhum processo está lendo: o token não foi gravado.`, hint: 'Inicie primeiro o processo que vai ler, ou informe o caminho de um arquivo comum.'},
	}),
	fileIsLink: (path: string): Text => ({
		en: {message: `${path} is a symbolic link; the token is not written through links.`, hint: 'Give the real path of the file.'},
		'pt-BR': {message: `${path} é um link simbólico; o token não é gravado através de links.`, hint: 'Informe o caminho real do arquivo.'},
	}),
	fileIsFolder: (path: string): Text => ({
		en: {message: `${path} is a folder.`, hint: 'Give a file name inside it, for example token.txt.'},
		'pt-BR': {message: `${path} é uma pasta.`, hint: 'Informe um nome de arquivo dentro dela, por exemplo token.txt.'},
	}),
	fileDenied: (path: string, code: string): Text => ({
		en: {message: `Not allowed to write ${path} (${code}).`, hint: 'Choose a file in a folder you can write to, such as your home folder.'},
		'pt-BR': {message: `Sem permissão para gravar ${path} (${code}).`, hint: 'Escolha um arquivo numa pasta onde você pode gravar, como a sua pasta pessoal.'},
	}),
	fileWriteFailed: (path: string, code: string): Text => ({
		en: {message: `Could not write ${path} (${code}).`, hint: 'Check the disk and the path, or choose another file.'},
		'pt-BR': {message: `Não foi possível gravar ${path} (${code}).`, hint: 'Confira o disco e o caminho, ou escolha outro arquivo.'},
	}),
};
