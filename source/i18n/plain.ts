import type {Localized} from './lang.js';

export const plainText = {
	keepSecret: {en: '(Enter keeps the one typed before)', 'pt-BR': '(Enter mantém o que foi digitado antes)'},
	escBack: {en: '(Esc goes back, Ctrl+C quits)', 'pt-BR': '(Esc volta, Ctrl+C sai)'},
	whatNext: {en: 'What now?', 'pt-BR': 'E agora?'},
	continue: {en: 'Continue', 'pt-BR': 'Continuar'},
	edit: {en: (label: string) => `Change ${label}`, 'pt-BR': (label: string) => `Alterar ${label}`},
} as const satisfies Record<string, Localized<unknown>>;
