import type {ErrorText, Localized} from './lang.js';

/** "bash, zsh and fish" / "bash, zsh e fish". */
function listed(words: readonly string[], and: string): string {
	return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

export const completionErrors = {
	/** `completion` with no shell, or more than one word. */
	oneShell: (shells: readonly string[]): Localized<ErrorText> => ({
		en: {message: `completion takes one shell: ${listed(shells, 'or')}.`, hint: `segura-token completion ${shells[0]}`},
		'pt-BR': {message: `completion precisa de um shell: ${listed(shells, 'ou')}.`, hint: `segura-token completion ${shells[0]}`},
	}),
	unknownShell: (shell: string, shells: readonly string[]): Localized<ErrorText> => ({
		en: {
			message: `No completion for the shell "${shell}": segura-token has completion for ${listed(shells, 'and')}.`,
			hint: `segura-token completion ${shells[0]}`,
		},
		'pt-BR': {
			message: `Não há autocompletar para o shell "${shell}": o segura-token oferece autocompletar para ${listed(shells, 'e')}.`,
			hint: `segura-token completion ${shells[0]}`,
		},
	}),
};
