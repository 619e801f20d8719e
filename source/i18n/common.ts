import type {ErrorText} from '../errors.js';
import type {Localized} from './lang.js';

export const cancelledText: Localized<ErrorText> = {
	en: {message: 'Cancelled.'},
	'pt-BR': {message: 'Cancelado.'},
};
