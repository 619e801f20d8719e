import type {Lang, Localized} from './lang.js';
import {listOf} from './wizard-text.js';

/** The keys of the wizard named in this catalog rather than in WizardText's keyLabels. */
export type ExtraKeyLabel = 'saveToProfile';

/** Where a copy went, as a place in a sentence ("copied to tmux's buffer"). */
export type CopyPlace = 'tmux' | 'system' | 'terminal';

/**
 * Texts of the wizard about what became of the token and of the values a run changed: what a
 * saved profile keeps against what worked, and the practice server's own values.
 */
export type ExtraText = Readonly<{
	keyLabels: Readonly<Record<ExtraKeyLabel, string>>;
	/** The closing words of the wizard: what happened to the token left on the line above them. */
	fate: Readonly<{
		places: Readonly<Record<CopyPlace, string>>;
		copied: (places: readonly string[], isAdded: boolean) => string;
		written: (path: string, isAdded: boolean) => string;
		notCopied: string;
	}>;
	/** A value this run used that the profile in use does not keep. */
	kindField: string;
	drift: (profile: string, fields: readonly string[]) => string;
	synced: (profile: string, fields: readonly string[]) => string;
	/** Under a refused or unknown Segura host: e edits the Segura URL, and the others follow it. */
	followsSegura: string;
	profileAddress: (profile: string) => string;
	/** `segura-token demo` with a profile saved against the practice server on another port. */
	practiceMoved: (profile: string, from: string, to: string) => string;
	/** `segura-token demo` filled in its own Client Secret for a profile that keeps none. */
	practiceSecret: (profile: string) => string;
	/** `v` and `verify`: the Base URL is on another server than the Token URL. */
	otherServers: (base: string, token: string) => string;
}>;

const en: ExtraText = {
	keyLabels: {saveToProfile: 'save to profile'},
	fate: {
		places: {tmux: "tmux's buffer", system: "this computer's clipboard", terminal: "your terminal's clipboard (unconfirmed)"},
		copied: (places, isAdded) => `${isAdded ? 'Token added: copied' : 'Token copied'} to ${listOf(places, 'and')}.`,
		written: (path, isAdded) => `${isAdded ? 'Token added: written' : 'Token written'} to ${path} (mode 0600).`,
		notCopied: 'Token not copied: select the line above (a triple-click selects all of it).',
	},
	kindField: 'provider kind',
	drift: (profile, fields) => `Not as in profile "${profile}": ${listOf(fields, 'and')}. Press s to save the values that worked to it.`,
	synced: (profile, fields) => `Profile "${profile}" updated with the values that worked: ${listOf(fields, 'and')}.`,
	followsSegura: 'The Base URL and Token URL are proposed again from it.',
	profileAddress: profile => `Profile "${profile}" keeps this address. If the server moved, press e and give its Segura URL: the Base URL and Token URL follow it, and s saves them to the profile once a token comes.`,
	practiceMoved: (profile, from, to) =>
		`The practice server listens at ${to} now; profile "${profile}" was saved with ${from}: this run uses ${to}.`,
	practiceSecret: profile => `Practice secret filled in: the practice server's own Client Secret, which profile "${profile}" does not keep.`,
	otherServers: (base, token) => `The Base URL's server (${base}) is not the Token URL's (${token}): the token is checked on another server than the one that issued it.`,
};

const ptBR: ExtraText = {
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

export const extraText: Localized<ExtraText> = {en, 'pt-BR': ptBR};

export function extraTextFor(lang: Lang): ExtraText {
	return extraText[lang];
}
