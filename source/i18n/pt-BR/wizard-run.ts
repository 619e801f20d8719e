import type {Catalog} from '../en/index.js';
import {listOf} from '../sentence.js';

export const extraText: Catalog['extraText'] = {
	keyLabels: {saveToProfile: 'gravar no perfil'},
	fate: {
		places: {tmux: 'o buffer do tmux', system: 'a área de transferência deste computador', terminal: 'a área de transferência do seu terminal (sem confirmação)'},
		copied: (places, isAdded) => `${isAdded ? 'Token added (token adicionado): copiado' : 'Token copiado'} para ${listOf(places, 'e')}.`,
		written: (path, isAdded) => `${isAdded ? 'Token added (token adicionado): gravado' : 'Token gravado'} em ${path} (permissão 0600).`,
		notCopied: 'Token não copiado: selecione a linha acima (clique três vezes nela para selecionar tudo).',
	},
	kindField: 'tipo de provedor',
	drift: (profile, fields) => `Diferente do perfil "${profile}": ${listOf(fields, 'e')}. Tecle s para gravar nele os valores que funcionaram.`,
	synced: (profile, fields) => `Perfil "${profile}" atualizado com os valores que funcionaram: ${listOf(fields, 'e')}.`,
	followsSegura: 'A Base URL e a Token URL são sugeridas de novo a partir dela.',
	profileAddress: profile =>
		`O perfil "${profile}" guarda este endereço. Se o servidor mudou, tecle e e informe a URL do Segura: a Base URL e a Token URL acompanham, e s grava no perfil quando o token vier.`,
	practiceMoved: (profile, from, to) =>
		`O servidor de prática agora escuta em ${to}; o perfil "${profile}" foi salvo com ${from}: esta execução usa ${to}.`,
	practiceSecret: profile => `Client Secret de prática preenchido: o do próprio servidor de prática, que o perfil "${profile}" não guarda.`,
	otherServers: (base, token) => `O servidor da Base URL (${base}) não é o da Token URL (${token}): o token é testado em outro servidor, não no que o emitiu.`,
};

export const wizardRunText: Catalog['wizardRunText'] = {
	dumbTerminal: 'Este terminal (TERM=dumb) não consegue mostrar o assistente: as perguntas seguem em linhas simples (--plain).',
	demoStarted: (url: string, file: string) =>
		`Servidor de prática no ar em ${url} enquanto o assistente estiver aberto. O passo 1 sugere os valores desse servidor, gravados em ${file} para as próximas vezes (para gerar valores novos: demo --reset).`,
};

export const plainText: Catalog['plainText'] = {
	keepSecret: 'Enter mantém o valor atual',
	escBack: '(Esc volta, Ctrl+C sai)',
	escEnterBack: '(Esc e depois Enter volta, Ctrl+C sai)',
	whatNext: 'E agora?',
	continue: 'Avançar',
	edit: (label: string) => `Alterar: ${label}`,
	hidden: 'não aparece ao digitar',
	choose: (count: number) => `Número (1-${count})`,
	notAChoice: (answer: string, count: number) => `"${answer}" não é uma das opções: digite um número de 1 a ${count}.`,
	yesNo: {yes: 'Sim', no: 'Não', yesFirst: '(S/n)', noFirst: '(s/N)'},
	selectHelp: '↑↓ mover · Enter escolher',
	inputEnded: 'A entrada padrão terminou antes do assistente.',
};
