import type {Catalog} from '../en/index.js';
export const copyText: Catalog['copyText'] = {
	inTmuxBuffer: 'Copiado para o buffer do tmux; o seu terminal também deve tê-lo.',
	onlyInTmuxBuffer: 'Copiado para o buffer do tmux: prefixo + ] cola dentro do tmux.',
	inClipboard: 'Copiado para a área de transferência deste computador.',
	sentToTerminal: 'Enviado à área de transferência do seu terminal, que não tem como confirmar o recebimento.',
	sentOsc52: 'Enviado ao seu terminal via OSC 52 (o terminal não tem como confirmar que recebeu).',
	sentOsc52Tmux: 'Enviado ao seu terminal através do tmux via OSC 52 (o terminal não tem como confirmar que recebeu; o tmux 3.3 ou mais novo só repassa com `set -g allow-passthrough on`).',
	sentOsc52Screen: 'Enviado ao seu terminal através do GNU screen via OSC 52 (o terminal não tem como confirmar que recebeu).',
	tmuxBuffer: 'Também está no buffer do tmux (prefixo + ] cola).',
	system: (tool: string) => `Copiado para a área de transferência deste computador (${tool}).`,
	noTerminal: 'Não há terminal para receber o OSC 52 (este processo não tem /dev/tty).',
	dumbTerminal: 'OSC 52 não enviado: com TERM=dumb ele apareceria como lixo na tela.',
	tooLong: 'Longo demais para o OSC 52: os terminais recusam uma sequência desse tamanho.',
	writeFailed: (detail: string) => `Não foi possível escrever o OSC 52 no terminal (${detail}).`,
	tmuxNotFound: 'O buffer do tmux não foi preenchido: o comando tmux não foi encontrado.',
	systemNotFound: (tools: string) => `Nenhuma ferramenta de área de transferência foi encontrada (procuradas: ${tools}).`,
	toolTimeout: (tool: string, detail: string) => `${tool} não respondeu em ${detail}.`,
	displayTimeout: (tool: string, detail: string) => `${tool} não respondeu em ${detail}: o display está acessível?`,
	toolFailed: (tool: string, detail: string) => `${tool} falhou: ${detail}`,
	nothingWorked: 'Não foi possível copiar o token daqui.',
	fileSaved: (path: string) => `Token gravado em ${path} (permissão 0600: só você pode ler).`,
	fileOverwriteQuestion: (path: string) => `${path} já existe. Substituir?`,
};

export const copyFallbackText: Catalog['copyFallbackText'] = {
	wizard: 'Se nada aparecer ao colar, escolha imprimir para mostrar o token sozinho numa linha.',
	added: 'Se nada aparecer ao colar, o token fica impresso sozinho numa linha quando o assistente terminar.',
	get: 'Se nada aparecer ao colar, execute o get de novo sem --copy para imprimir o token.',
	printed: 'Em vez disso, o token foi impresso na saída padrão (stdout).',
};

export const copyErrors: Catalog['copyErrors'] = {
	nothingCopied: (face: 'wizard' | 'added' | 'get') => ({message: copyText.nothingWorked, hint: copyFallbackText[face]}),
};

export const tokenFileText: Catalog['tokenFileText'] = {
	fileExists: (path: string) => ({
		message: `${path} já existe; o arquivo não foi alterado.`,
		hint: 'Escolha outro nome de arquivo, ou use --force para substituí-lo (o novo também fica com permissão 0600).',
	}),
	folderMissing: (path: string) => ({message: `A pasta de ${path} não existe.`, hint: 'Crie a pasta antes, ou escolha um arquivo numa pasta que já existe.'}),
	noReader: (path: string) => ({message: `${path} é um pipe nomeado (FIFO) que nenhum processo está lendo: o token não foi gravado.`, hint: 'Inicie primeiro o processo que vai ler, ou informe o caminho de um arquivo comum.'}),
	fileIsLink: (path: string) => ({message: `${path} é um link simbólico; o token não é gravado através de links.`, hint: 'Informe o caminho real do arquivo.'}),
	fileIsFolder: (path: string) => ({message: `${path} é uma pasta.`, hint: 'Informe um nome de arquivo dentro dela, por exemplo token.txt.'}),
	fileDenied: (path: string, code: string) => ({message: `Sem permissão para gravar ${path} (${code}).`, hint: 'Escolha um arquivo numa pasta onde você pode gravar, como a sua pasta pessoal.'}),
	fileWriteFailed: (path: string, code: string) => ({message: `Não foi possível gravar ${path} (${code}).`, hint: 'Confira o disco e o caminho, ou escolha outro arquivo.'}),
};
